import Corpus
import Foundation
import SQLite

/// The export tables as one SQLite database, for sqlite3, DuckDB or Datasette: the same
/// tables and columns as `jsonl` and `csv`, with lists as JSON text and links declared as
/// foreign keys.
enum SQLiteExport {
    /// What analysts join and filter on.
    static let indexes: [(table: String, column: String)] = [
        ("claims", "article"), ("claims", "speaker"), ("mentions", "actor"), ("mentions", "article"), ("sentences", "article"),
        ("quantities", "article"), ("dropped", "article"),
    ]

    /// Writes the database atomically: a complete file replaces `path`, or nothing changes.
    static func write(_ corpus: Corpus, to path: String) throws(AtomicFile.WriteError) {
        let (descriptor, temporary) = try AtomicFile.temporaryFile(beside: path)
        close(descriptor)  // SQLite opens it by name; an empty file is an empty database.
        do {
            try fill(temporary, with: corpus)
            try AtomicFile.commit(temporary, to: path)
        } catch let error as AtomicFile.WriteError {
            unlink(temporary)
            throw error
        } catch {
            unlink(temporary)
            throw AtomicFile.WriteError(path: path, reason: "\(error)")
        }
    }

    private static func fill(_ path: String, with corpus: Corpus) throws {
        let database = try Database(path: path)
        // No journal: until the rename, the file is a scratch copy nobody else reads.
        try database.execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA user_version = \(Export.version)")
        let context = CorpusContext(corpus: corpus, index: CorpusIndex(corpus))
        try database.writeTransaction {
            for table in Export.Table.allCases {
                let columns = Export.columns(table)
                let definitions = columns.map { column in
                    var definition = "\"\(column.name)\" " + column.shape.sqlType
                    if column.name == "id" { definition += " PRIMARY KEY" }
                    // Declared, not enforced: Datasette and DuckDB follow them to the linked table.
                    if case .link(let target) = column.shape { definition += " REFERENCES \(target) (id)" }
                    return definition
                }
                try database.execute("CREATE TABLE \(table.rawValue) (\(definitions.joined(separator: ", ")))")
                let placeholders = Array(repeating: "?", count: columns.count).joined(separator: ", ")
                let insert = try database.prepare("INSERT INTO \(table.rawValue) VALUES (\(placeholders))")
                for row in Export.rows(table, context) { try insert.run(row.map { value($0.1) }) }
            }
            for (table, column) in indexes { try database.execute("CREATE INDEX \(table)_\(column) ON \(table) (\(column))") }
        }
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
