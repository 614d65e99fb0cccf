import Corpus

/// Where and how `lede export` and `lede reduce` write the tables: one format, one table
/// or all of them, to standard output, a file, or (one file a table) a directory.
public struct ExportTarget {
    public var format: Export.Format
    /// jsonl and csv: the one table to write; nil: every table into the directory `output`.
    public var table: Export.Table?
    /// nil: standard output.
    public var output: String?

    public init(format: Export.Format, table: Export.Table?, output: String?) {
        self.format = format
        self.table = table
        self.output = output
    }

    /// Why this target cannot be written, as a usage message; nil when it can.
    public var problem: String? {
        if format == .json || format == .sqlite, table != nil {
            return "--table is for jsonl and csv; \(format.rawValue) holds every table"
        }
        if format == .sqlite, output == nil {
            return "sqlite writes a database file: give -o FILE"
        }
        if format != .json, table == nil, output == nil {
            return "\(format.rawValue) writes one table a file: give --table, or -o DIRECTORY for every table"
        }
        return nil
    }

    /// Writes the corpus; every file whole or not at all.
    public func write(_ corpus: Corpus) throws(LedeFailure) {
        func render(_ table: Export.Table) -> String {
            format == .csv ? Export.csv(table, corpus) : Export.jsonl(table, corpus)
        }
        if let problem { throw LedeFailure(.usage, problem) }
        switch (format, table, output) {
        case (.sqlite, _, let path?):
            do {
                try Export.sqlite(corpus, to: path)
            } catch {
                throw LedeFailure(.output, "\(error)")
            }
        case (.json, _, let path):
            try emit(Export.json(corpus), to: path)
        case (_, let table?, let path):
            try emit(render(table), to: path)
        case (_, nil, let directory?):
            let files = Export.Table.allCases.map { table in
                (name: "\(table.rawValue).\(format.rawValue)", bytes: Array(render(table).utf8))
            }
            do {
                try AtomicDirectory.write(files, to: directory)
            } catch {
                throw LedeFailure(.output, "\(error)")
            }
        case (_, nil, nil):
            break  // a problem, thrown above
        }
    }
}
