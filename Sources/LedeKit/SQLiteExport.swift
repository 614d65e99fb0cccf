import Corpus
import Foundation
import SQLite

/// The export tables as one SQLite database, for sqlite3, DuckDB or Datasette: the same
/// tables and columns as `jsonl` and `csv`, with lists as JSON text.
enum SQLiteExport {
    static let integerColumns: Set<String> = [
        "line", "words", "paragraphs", "paragraph", "sentence", "start", "end", "attribution_start", "attribution_end", "mentions",
    ]
    static let realColumns: Set<String> = ["value", "high", "km", "km_high"]
    /// What analysts join and filter on.
    static let indexes: [(table: String, column: String)] = [
        ("claims", "article"), ("claims", "speaker"), ("mentions", "actor"), ("mentions", "article"), ("sentences", "article"),
        ("quantities", "article"), ("dropped", "article"),
    ]

    /// Writes the database atomically: a complete file replaces `path`, or nothing changes.
    static func write(_ corpus: Corpus, to path: String) throws(AtomicFile.WriteError) {
        do {
            try writeAtomically(to: path) { database in
                for table in Export.Table.allCases {
                    let insert = try prepareInsert(table, in: database)
                    for row in Export.rows(table, corpus) { try insert(row, nil) }
                }
            }
        } catch let error as AtomicFile.WriteError {
            throw error
        } catch {
            throw AtomicFile.WriteError(path: path, reason: "\(error)")
        }
    }

    /// The same database from record files reduced in two passes: the actors first, then
    /// each article's rows as the second pass hands them over, each at its row number in
    /// canonical order, so the tables hold what `write(_:to:)` writes, row for row. Throws
    /// `RecordStream.ReadError` when the second reading of the records fails, else
    /// `AtomicFile.WriteError`; nothing is written either way.
    static func write(_ reduction: RecordFilesReduction, to path: String) throws {
        try writeAtomically(to: path) { database in
            var inserts: [Export.Table: (Export.Row, Int64?) throws -> Void] = [:]
            for table in Export.Table.allCases { inserts[table] = try prepareInsert(table, in: database) }
            let actors = Corpus(actors: reduction.actors)
            for table in [Export.Table.actors, .mentions] {
                guard let insert = inserts[table] else { continue }
                for row in Export.rows(table, actors) { try insert(row, nil) }
            }
            try reduction.forEachArticle { reduced in
                var article = Corpus(articles: [reduced.article])
                article.claims = reduced.claims
                article.quantities = reduced.quantities
                let rows = reduced.rows
                let starts: [(Export.Table, Int)] = [(.articles, rows.article), (.sentences, rows.sentence), (.dropped, rows.dropped),
                                                     (.claims, rows.claim), (.quantities, rows.quantity)]
                for (table, start) in starts {
                    guard let insert = inserts[table] else { continue }
                    for (offset, row) in Export.rows(table, article, quantityOffset: rows.quantity).enumerated() {
                        try insert(row, Int64(start + offset + 1))
                    }
                }
            }
        }
    }

    private static func writeAtomically(to path: String, _ fill: (Database) throws -> Void) throws {
        let (descriptor, temporary) = try AtomicFile.temporaryFile(beside: path)
        close(descriptor)  // SQLite opens it by name; an empty file is an empty database.
        do {
            let database = try Database(path: temporary)
            // No journal: until the rename, the file is a scratch copy nobody else reads.
            try database.execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA user_version = \(Export.version)")
            try database.writeTransaction {
                for table in Export.Table.allCases { try database.execute(createStatement(table)) }
                try fill(database)
                for (table, column) in indexes { try database.execute("CREATE INDEX \(table)_\(column) ON \(table) (\(column))") }
            }
            try AtomicFile.commit(temporary, to: path)
        } catch let error as AtomicFile.WriteError {
            unlink(temporary)
            throw error
        } catch let error as RecordStream.ReadError {
            unlink(temporary)
            throw error
        } catch {
            unlink(temporary)
            throw AtomicFile.WriteError(path: path, reason: "\(error)")
        }
    }

    private static func createStatement(_ table: Export.Table) -> String {
        let definitions = Export.columns(table).map { column in
            var definition = "\"\(column)\" " + type(of: column, in: table)
            if column == "id" { definition += " PRIMARY KEY" }
            return definition
        }
        return "CREATE TABLE \(table.rawValue) (\(definitions.joined(separator: ", ")))"
    }

    /// Inserts a row of `table`, at the given row number or after the last one. (The
    /// quantities' `id` is their row number already.)
    private static func prepareInsert(_ table: Export.Table, in database: Database) throws -> (Export.Row, Int64?) throws -> Void {
        let columns = Export.columns(table)
        let placeholders = Array(repeating: "?", count: columns.count).joined(separator: ", ")
        let append = try database.prepare("INSERT INTO \(table.rawValue) VALUES (\(placeholders))")
        let names = columns.map { "\"\($0)\"" }.joined(separator: ", ")
        let placed = try database.prepare("INSERT INTO \(table.rawValue) (rowid, \(names)) VALUES (?, \(placeholders))")
        let numbered = table != .quantities
        return { row, number in
            let values = Dictionary(row, uniquingKeysWith: { first, _ in first })
            let cells = columns.map { value(values[$0] ?? .null) }
            if let number, numbered {
                try placed.run([.integer(number)] + cells)
            } else {
                try append.run(cells)
            }
        }
    }

    private static func type(of column: String, in table: Export.Table) -> String {
        if integerColumns.contains(column) || (table == .quantities && column == "id") { return "INTEGER" }
        return realColumns.contains(column) ? "REAL" : "TEXT"
    }

    private static func value(_ json: JSONValue) -> SQLiteValue {
        switch json {
        case .null: .null
        case .bool(let bool): .integer(bool ? 1 : 0)
        case .int(let int): .integer(Int64(int))
        case .double(let double): .real(double)
        case .string(let string): .text(string)
        case .array, .object: .text(json.serialized())
        }
    }
}
