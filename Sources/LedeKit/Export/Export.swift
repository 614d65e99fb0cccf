import Corpus

/// The corpus as tables for other tools (jq, pandas, DuckDB, Datasette). Every table is a
/// record kind of `Schema` and every column one of its exported fields, so JSON, JSON
/// Lines, CSV and SQLite hold the same columns with the same values: a link is the linked
/// record's id, a list a JSON array (its JSON text in CSV and SQLite), a missing value null
/// (empty in CSV). Offsets are byte offsets into the article's `text`, 1-based and
/// inclusive, as in Lua.
public enum Export {
    public enum Format: String, CaseIterable, Sendable {
        case json, jsonl, csv, sqlite
    }

    public enum Table: String, CaseIterable, Sendable {
        case articles, sentences, dropped, actors, mentions, claims, quantities
    }

    /// Goes up whenever a table or column changes; the README says what changed.
    public static let version = 3

    /// One object holding every table: `{"version":3, "articles":[…], "sentences":[…], …}`.
    public static func json(_ corpus: Corpus) -> String {
        let context = CorpusContext(corpus: corpus, index: CorpusIndex(corpus))
        var members: [(String, JSONValue)] = [("version", .int(version))]
        for table in Table.allCases {
            members.append((table.rawValue, .array(rows(table, context).map(JSONValue.object))))
        }
        return JSONValue.object(members).serialized(pretty: true) + "\n"
    }

    /// Every table into one SQLite database at `path`, written atomically.
    public static func sqlite(_ corpus: Corpus, to path: String) throws(AtomicFile.WriteError) {
        try SQLiteExport.write(corpus, to: path)
    }

    /// One table, one JSON object a line.
    public static func jsonl(_ table: Table, _ corpus: Corpus) -> String {
        let context = CorpusContext(corpus: corpus, index: CorpusIndex(corpus))
        return rows(table, context).map { JSONValue.object($0).serialized() + "\n" }.joined()
    }

    /// One table as CSV.
    public static func csv(_ table: Table, _ corpus: Corpus) -> String {
        let context = CorpusContext(corpus: corpus, index: CorpusIndex(corpus))
        return CSV.render(header: columns(table).map(\.name), rows: rows(table, context).map { row in
            row.map { _, value in
                switch value {
                case .null: ""
                case .string(let string): string
                default: value.serialized()
                }
            }
        })
    }

    /// A table's columns: its kind's exported fields, in declaration order.
    static func columns(_ table: Table) -> [FieldInfo] {
        Schema.kind(of: table).exportedFields
    }

    typealias Row = [(String, JSONValue)]

    /// A table's rows, made as they are read: the SQLite export of a million articles never
    /// holds a table's rows at once.
    static func rows(_ table: Table, _ context: CorpusContext) -> LazyMapSequence<AnySequence<[FieldValue]>, Row> {
        let kind = Schema.kind(of: table)
        let columns = kind.exportedFields
        return kind.exportedRows(context).lazy.map { values in
            zip(columns, values).map { column, value in (column.name, json(value, shape: column.shape, context)) }
        }
    }

    /// A field's value as the export writes it: links as the linked records' ids.
    static func json(_ value: FieldValue, shape: FieldShape, _ context: CorpusContext) -> JSONValue {
        switch value {
        case .none: return .null
        case .text(let text): return .string(text)
        case .integer(let integer): return .int(integer)
        case .number(let number): return .double(number)
        case .link(let position):
            guard let position, let target = shape.target else { return .null }
            return context.id(of: position, in: target)
        case .links(let positions):
            guard let target = shape.target else { return .array([]) }
            return .array(positions.map { context.id(of: $0, in: target) })
        case .texts(let texts): return .array(texts.map(JSONValue.string))
        case .records:
            // Owned records are tables of their own; a field that holds them is never a column.
            return .null
        }
    }
}
