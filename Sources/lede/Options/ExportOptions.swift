import ArgumentParser
import Corpus
import Foundation
import LedeKit

extension Export.Format: ExpressibleByArgument {}
extension Export.Table: ExpressibleByArgument {}

/// Where and how `export` and `reduce` write the tables.
struct ExportOptions: ParsableArguments {
    @Option(help: "json, jsonl, csv, or sqlite (every table in one database file, with -o FILE).")
    var format: Export.Format = .json

    @Option(help: "The table to write with jsonl or csv: \(Export.Table.allCases.map(\.rawValue).joined(separator: ", ")).")
    var table: Export.Table?

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp(
        "Write to this file (or, for every table of jsonl/csv, this directory) instead of standard output.",
        valueName: "path"))
    var output: String?

    func validate() throws {
        if format == .json || format == .sqlite, table != nil {
            throw ValidationError("--table is for jsonl and csv; \(format.rawValue) holds every table")
        }
        if format == .sqlite, output == nil {
            throw ValidationError("sqlite writes a database file: give -o FILE")
        }
        if format != .json, table == nil, output == nil {
            throw ValidationError("\(format.rawValue) writes one table a file: give --table, or -o DIRECTORY for every table")
        }
    }

    func write(_ corpus: Corpus) throws {
        func render(_ table: Export.Table) -> String {
            format == .csv ? Export.csv(table, corpus) : Export.jsonl(table, corpus)
        }
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
            break  // refused by validate()
        }
    }
}
