import Foundation

/// JSON with object keys in the order they were given, so that exports are stable and
/// read in schema order.
public indirect enum JSONValue: Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.serialized() == rhs.serialized()
    }

    public static func optional(_ value: String?) -> JSONValue {
        value.map(JSONValue.string) ?? .null
    }

    /// Compact JSON (`pretty: false`), or indented by two spaces.
    public func serialized(pretty: Bool = false) -> String {
        var output = ""
        write(to: &output, pretty: pretty, indent: 0)
        return output
    }

    private func write(to output: inout String, pretty: Bool, indent: Int) {
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .int(let value): output += String(value)
        case .double(let value): output += JSONValue.text(of: value)
        case .string(let value): JSONValue.writeString(value, to: &output)
        case .array(let elements):
            writeContainer(elements.map { (nil, $0) }, open: "[", close: "]", to: &output, pretty: pretty, indent: indent)
        case .object(let members):
            writeContainer(members.map { ($0.0, $0.1) }, open: "{", close: "}", to: &output, pretty: pretty, indent: indent)
        }
    }

    private func writeContainer(_ items: [(String?, JSONValue)], open: String, close: String,
                                to output: inout String, pretty: Bool, indent: Int) {
        output += open
        if items.isEmpty {
            output += close
            return
        }
        let padding = String(repeating: "  ", count: indent + 1)
        for (index, (key, value)) in items.enumerated() {
            if index > 0 { output += "," }
            if pretty { output += "\n" + padding }
            if let key {
                JSONValue.writeString(key, to: &output)
                output += pretty ? ": " : ":"
            }
            value.write(to: &output, pretty: pretty, indent: indent + 1)
        }
        if pretty { output += "\n" + String(repeating: "  ", count: indent) }
        output += close
    }

    /// A number as JSON writes it: whole numbers without a fraction, others in the
    /// shortest digits that read back as the same number, null for what JSON cannot hold.
    /// (lede's Lua `json` and `csv` call this, so they write numbers as the export does.)
    public static func text(of number: Double) -> String {
        guard number.isFinite else { return "null" }  // JSON has no infinities or NaN
        // Below 2^53 every whole number is exact, and reads best without ".0" or an exponent.
        return number == number.rounded() && abs(number) < 0x1p53 ? String(Int(number)) : String(number)
    }

    /// A string as a JSON string literal, quoted and escaped.
    public static func quoted(_ string: String) -> String {
        var output = ""
        writeString(string, to: &output)
        return output
    }

    static func writeString(_ string: String, to output: inout String) {
        output += "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case let control where control.value < 0x20 || control.value == 0x2028 || control.value == 0x2029:
                let hex = String(control.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
