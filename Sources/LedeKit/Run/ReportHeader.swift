import Corpus
import Foundation
import LuaHost

/// A saved report's leading comment: what it does, and the parameters it takes.
///
/// ```lua
/// -- Daily digest: the articles and claims since a date.
/// --
/// -- @param since  date     required  The first day to include (YYYY-MM-DD).
/// -- @param limit  integer  = 20      At most this many claims.
/// ```
///
/// A parameter line is `@param NAME TYPE`, then `= DEFAULT` or `required` or neither
/// (then `params.NAME` is nil unless given), then a description. A quoted default may
/// hold spaces.
public struct ReportHeader: Equatable, Sendable {
    public enum ParameterType: String, CaseIterable, Sendable {
        case string, number, integer, boolean, date
    }

    public struct Parameter: Equatable, Sendable {
        public var name: String
        public var type: ParameterType
        public var defaultValue: String?
        public var required: Bool
        public var summary: String
    }

    /// A header line lede cannot read, with its line in the script.
    public struct SyntaxError: Error, CustomStringConvertible {
        public var source: String
        public var line: Int
        public var problem: String
        public var description: String { "\(source):\(line): \(problem)" }
    }

    /// A `--param` lede cannot give the script.
    public struct ParameterError: Error, CustomStringConvertible {
        public var description: String
    }

    /// The comment's prose, @param lines left out.
    public var text: String
    public var parameters: [Parameter]

    /// A script without a header.
    public init() {
        text = ""
        parameters = []
    }

    /// Reads the comment lines at the top of `script` (after a `#!` line), up to the first
    /// line of code. A comment that runs straight into a function documents the function
    /// (LDoc's `@param`), not the report, and is left alone.
    public init(parsing script: String, source: String) throws(SyntaxError) {
        var prose: [Substring] = []
        var declared: [Parameter] = []
        var mistake: SyntaxError?  // thrown only once the comment turns out to be the header
        // "\r\n" is one Character in Swift; splitting on newlines handles it and "\n" alike.
        let lines = script.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        for (index, rawLine) in lines.enumerated() {
            var line = rawLine.drop { $0 == " " || $0 == "\t" || $0 == "\u{FEFF}" }.trimmingSuffix { $0 == " " || $0 == "\t" }
            if index == 0, line.hasPrefix("#!") { continue }
            if line.isEmpty { continue }
            guard line.hasPrefix("--"), !line.hasPrefix("--[[") else {
                if line.hasPrefix("function ") || line.hasPrefix("local function ") {
                    declared = []
                    mistake = nil
                }
                break
            }
            // One space after the dashes is the comment's margin; more is indentation.
            line = line.dropFirst(2).drop { $0 == "-" }
            if line.first == " " { line = line.dropFirst() }
            let word = line.drop { $0 == " " }
            if word.hasPrefix("@param") {
                do throws(SyntaxError) {
                    let parameter = try Self.parameter(word.dropFirst("@param".count), source: source, line: index + 1)
                    guard !declared.contains(where: { $0.name == parameter.name }) else {
                        throw SyntaxError(source: source, line: index + 1, problem: "@param \(parameter.name) is declared twice")
                    }
                    declared.append(parameter)
                } catch {
                    mistake = mistake ?? error
                }
            } else {
                prose.append(line)
            }
        }
        if let mistake { throw mistake }
        while prose.last?.isEmpty == true { prose.removeLast() }
        text = prose.joined(separator: "\n")
        parameters = declared
    }

    private static func parameter(_ rest: Substring, source: String, line: Int) throws(SyntaxError) -> Parameter {
        func fail(_ problem: String) -> SyntaxError { SyntaxError(source: source, line: line, problem: problem) }
        var words = Words(rest)
        guard let name = words.next(), isIdentifier(name) else {
            throw fail("@param needs a name (letters, digits, _) and a type: @param NAME TYPE [= DEFAULT | required] DESCRIPTION")
        }
        let types = ParameterType.allCases.map(\.rawValue).joined(separator: ", ")
        guard let typeName = words.next() else { throw fail("@param \(name) needs a type: \(types)") }
        guard let type = ParameterType(rawValue: String(typeName)) else {
            throw fail("@param \(name): unknown type '\(typeName)' (\(types))")
        }
        var defaultValue: String?
        var required = false
        var mark = words
        switch mark.next() {
        case "="?:
            guard let value = mark.nextValue() else { throw fail("@param \(name): '=' needs a default value") }
            do throws(ParameterError) {
                _ = try convert(value, to: type, name: String(name))
            } catch {
                throw fail("@param \(name): the default \(value) is not \(type.article)")
            }
            defaultValue = value
            words = mark
        case "required"?:
            required = true
            words = mark
        default:
            break
        }
        return Parameter(name: String(name), type: type, defaultValue: defaultValue, required: required,
                         summary: String(words.remainder))
    }

    public static func isIdentifier(_ text: Substring) -> Bool {
        guard let first = text.unicodeScalars.first, first == "_" || (first.isASCII && first.properties.isAlphabetic) else { return false }
        return text.unicodeScalars.allSatisfy { $0 == "_" || ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) }
    }

    // MARK: Values

    /// The `params` table for `given` (`--param` NAME=VALUE pairs, later ones winning):
    /// declared parameters checked and converted, defaults filled in. A script that
    /// declares none takes any names, numbers as numbers.
    public func values(for given: [(name: String, value: String)], script: String) throws(ParameterError) -> [String: LuaValue] {
        var result: [String: LuaValue] = [:]
        if parameters.isEmpty {
            for (name, value) in given { result[name] = Self.guess(value) }
            return result
        }
        for (name, value) in given {
            guard let parameter = parameters.first(where: { $0.name == name }) else {
                throw ParameterError(description: "\(script) has no parameter '\(name)'; it takes "
                    + parameters.map(\.name).joined(separator: ", ") + " (lede run \(script) --help)")
            }
            result[name] = try Self.convert(value, to: parameter.type, name: name)
        }
        for parameter in parameters where result[parameter.name] == nil {
            if let value = parameter.defaultValue {
                result[parameter.name] = try Self.convert(value, to: parameter.type, name: parameter.name)
            } else if parameter.required {
                throw ParameterError(description: "\(script) needs --param \(parameter.name)=\(parameter.type.placeholder)"
                    + (parameter.summary.isEmpty ? "" : ": \(parameter.summary)"))
            }
        }
        return result
    }

    /// A value given to a script that declares no parameters: a decimal number becomes a
    /// number, anything else stays a string.
    public static func guess(_ value: String) -> LuaValue {
        if let integer = Int64(value) { return .integer(integer) }
        // Double("nan"), Double("inf") and Double("0x1p3") parse too; only decimals are numbers here.
        let decimal = value.allSatisfy { $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }
        if decimal, let number = Double(value), number.isFinite { return .number(number) }
        return .string(value)
    }

    static func convert(_ value: String, to type: ParameterType, name: String) throws(ParameterError) -> LuaValue {
        let bad = ParameterError(description: "--param \(name)=\(value): expected \(type.article)")
        switch type {
        case .string:
            return .string(value)
        case .integer:
            guard let integer = Int64(value) else { throw bad }
            return .integer(integer)
        case .number:
            let number = guess(value)
            guard number.stringValue == nil else { throw bad }
            return number
        case .boolean:
            switch value.lowercased() {
            case "true", "yes", "1": return .boolean(true)
            case "false", "no", "0": return .boolean(false)
            default: throw bad
            }
        case .date:
            guard isDate(value) else { throw bad }
            return .string(value)
        }
    }

    /// Whether `text` is a real calendar date written YYYY-MM-DD.
    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return false }
        return DateParser.isRealDay(year: year, month: month, day: day)
    }

    // MARK: Help

    /// What `lede run SCRIPT --help` prints.
    public func help(script: String) -> String {
        var lines = ["Usage: lede run [options] \(script)" + (parameters.isEmpty ? "" : " [--param NAME=VALUE ...]"), ""]
        if !text.isEmpty { lines += [text, ""] }
        if parameters.isEmpty {
            lines.append("This script declares no parameters (-- @param NAME TYPE ... in its header).")
        } else {
            lines.append("Parameters:")
            let rows = parameters.map { parameter in
                [parameter.name, parameter.type.rawValue + (parameter.required ? ", required"
                    : parameter.defaultValue.map { ", default \($0)" } ?? ""), parameter.summary]
            }
            lines += ColumnAligner.lines(rows).map { "  " + $0 }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension ReportHeader {
    /// The header of the script at `path`: a script that cannot be read is a usage error
    /// (exit 2), a header that does not parse a script error (exit 1).
    public init(script path: String) throws(LedeFailure) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LedeFailure(.usage, "cannot read script \(path)")
        }
        do {
            try self.init(parsing: String(decoding: data, as: UTF8.self), source: path)
        } catch {
            throw LedeFailure(.script, "\(error)")
        }
    }
}

extension ReportHeader.ParameterType {
    var article: String {
        switch self {
        case .string: "a string"
        case .number: "a number"
        case .integer: "an integer"
        case .boolean: "true or false"
        case .date: "a date, YYYY-MM-DD"
        }
    }

    var placeholder: String {
        switch self {
        case .string: "TEXT"
        case .number: "NUMBER"
        case .integer: "N"
        case .boolean: "true|false"
        case .date: "YYYY-MM-DD"
        }
    }
}

/// Space-separated words of a header line, with "quoted values" kept whole.
private struct Words {
    var rest: Substring

    init(_ text: Substring) { rest = text }

    var remainder: Substring { rest.drop { $0 == " " || $0 == "\t" } }

    mutating func next() -> Substring? {
        rest = remainder
        guard !rest.isEmpty else { return nil }
        let end = rest.firstIndex { $0 == " " || $0 == "\t" } ?? rest.endIndex
        defer { rest = rest[end...] }
        return rest[..<end]
    }

    /// A word, or a double-quoted string without its quotes.
    mutating func nextValue() -> String? {
        rest = remainder
        guard rest.first == "\"" else { return next().map(String.init) }
        guard let close = rest.dropFirst().firstIndex(of: "\"") else { return nil }
        defer { rest = rest[rest.index(after: close)...] }
        return String(rest[rest.index(after: rest.startIndex)..<close])
    }
}

extension Substring {
    func trimmingSuffix(while predicate: (Character) -> Bool) -> Substring {
        var result = self
        while let last = result.last, predicate(last) { result.removeLast() }
        return result
    }
}

extension String {
    func trimmingSuffix(while predicate: (Character) -> Bool) -> Substring {
        Substring(self).trimmingSuffix(while: predicate)
    }
}
