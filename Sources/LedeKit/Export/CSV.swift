import Foundation

/// RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled.
public enum CSV {
    public static func render(header: [String], rows: [[String]]) -> String {
        var output = line(header)
        for row in rows { output += line(row) }
        return output
    }

    static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// One field, quoted when it must be (lede's Lua `csv` applies the same rule). Bytes, not
    /// characters: "\r\n" is one Character, equal to neither "\r" nor "\n".
    public static func field(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }) else {
            return value
        }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
