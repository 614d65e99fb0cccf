import Foundation

/// What a feed or an archive knows about its articles better than their text does: a
/// `--meta` file, CSV, TSV or JSON Lines, one row per article, named by its file name, path
/// or id, with any of `date`, `url`, `outlet`, `author`. A row's values replace what the
/// text gave; its date has `date_source = "metadata"`. A `title` column is not taken: the
/// title is text lede extracts from (its actors and claims point into it), so replacing it
/// would mean mapping the article again.
public struct ArticleMetadata: Sendable {
    struct Row: Sendable {
        var line: Int
        /// The file name, path or id the row names.
        var key: String
        var date: String?
        var url: String?
        var outlet: String?
        var author: String?
    }

    let path: String
    let rows: [Row]

    /// Why a metadata file cannot be used, with where.
    public struct ReadError: Error, CustomStringConvertible, Sendable {
        public var path: String
        /// 0 for the whole file.
        public var line: Int
        public var message: String
        public var description: String { line > 0 ? "\(path):\(line): \(message)" : "\(path): \(message)" }
    }

    static let keyColumns = ["file", "path", "id", "name"]

    /// Reads `path`: JSON Lines when its name ends in `.jsonl`, else CSV, or TSV when the
    /// header line holds a tab.
    public init(path: String) throws(ReadError) {
        func fail(_ line: Int, _ message: String) -> ReadError { ReadError(path: path, line: line, message: message) }
        guard let data = FileManager.default.contents(atPath: path) else { throw fail(0, "cannot read the file") }
        guard let text = String(data: data, encoding: .utf8) else { throw fail(0, "not UTF-8 text") }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        self.path = path
        if path.lowercased().hasSuffix(".jsonl") {
            rows = try Self.jsonLines(lines, fail: fail)
        } else {
            rows = try Self.table(lines, fail: fail)
        }
        if rows.isEmpty { throw fail(0, "no rows") }
    }

    private static func jsonLines(_ lines: [Substring], fail: (Int, String) -> ReadError) throws(ReadError) -> [Row] {
        var rows: [Row] = []
        for (index, line) in lines.enumerated() where line.contains(where: { !$0.isWhitespace }) {
            guard let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] else {
                throw fail(index + 1, "not a JSON object")
            }
            func value(_ key: String) -> String? {
                switch object[key] {
                case let string as String: string.isEmpty ? nil : string
                case let number as NSNumber: number.stringValue
                default: nil
                }
            }
            rows.append(try row(line: index + 1, value: value, fail: fail))
        }
        return rows
    }

    private static func table(_ lines: [Substring], fail: (Int, String) -> ReadError) throws(ReadError) -> [Row] {
        guard let headerLine = lines.first else { return [] }
        let separator: Character = headerLine.contains("\t") ? "\t" : ","
        let header = try fields(of: headerLine, separator: separator, line: 1, fail: fail).map { $0.lowercased() }
        var rows: [Row] = []
        for (index, line) in lines.enumerated().dropFirst() where line.contains(where: { !$0.isWhitespace }) {
            let cells = try fields(of: line, separator: separator, line: index + 1, fail: fail)
            guard cells.count == header.count else {
                throw fail(index + 1, "\(cells.count) fields where the header has \(header.count)")
            }
            let byName = Dictionary(zip(header, cells), uniquingKeysWith: { first, _ in first })
            rows.append(try row(line: index + 1, value: { byName[$0].flatMap { $0.isEmpty ? nil : $0 } }, fail: fail))
        }
        return rows
    }

    /// One line's fields: CSV's quoting (RFC 4180, within the line) or plain tab-separated.
    private static func fields(of line: Substring, separator: Character, line number: Int,
                               fail: (Int, String) -> ReadError) throws(ReadError) -> [String] {
        guard separator == "," else { return line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        var fields: [String] = [], current = "", quoted = false, index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if quoted {
                if character == "\"" {
                    let next = line.index(after: index)
                    if next < line.endIndex, line[next] == "\"" { current.append("\""); index = next } else { quoted = false }
                } else {
                    current.append(character)
                }
            } else if character == "\"", current.isEmpty {
                quoted = true
            } else if character == separator {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
            index = line.index(after: index)
        }
        if quoted { throw fail(number, "a quoted field does not end on its line") }
        fields.append(current)
        return fields
    }

    private static func row(line: Int, value: (String) -> String?, fail: (Int, String) -> ReadError) throws(ReadError) -> Row {
        guard let key = keyColumns.lazy.compactMap(value).first else {
            throw fail(line, "no \(keyColumns.joined(separator: ", ")) naming the article")
        }
        var row = Row(line: line, key: key, url: value("url"),
                      outlet: value("outlet") ?? value("source"), author: value("author"))
        if let raw = value("date") {
            guard let iso = DateParser.dates(in: raw).first?.iso else { throw fail(line, "date '\(raw)' not recognised") }
            row.date = iso
        }
        return row
    }
}

extension Corpus {
    /// Puts each row's values on the article it names (its id, file name or path); returns
    /// what could not be matched, one line per file.
    public mutating func apply(_ metadata: ArticleMetadata) -> [String] {
        var byKey: [String: Int] = [:]
        for (index, article) in articles.enumerated() {
            for key in [article.id, (article.path as NSString).lastPathComponent, article.path] where byKey[key] == nil {
                byKey[key] = index
            }
        }
        var unmatched: [ArticleMetadata.Row] = []
        for row in metadata.rows {
            guard let index = byKey[row.key] else {
                unmatched.append(row)
                continue
            }
            if let date = row.date { (articles[index].date, articles[index].dateSource) = (date, .metadata) }
            if let url = row.url { articles[index].url = url }
            if let outlet = row.outlet { articles[index].outlet = outlet }
            if let author = row.author { articles[index].author = author }
        }
        guard let first = unmatched.first else { return [] }
        return ["\(metadata.path): \(unmatched.count) row\(unmatched.count == 1 ? "" : "s") name no article in the corpus "
                + "(the first, line \(first.line): '\(first.key)')"]
    }
}
