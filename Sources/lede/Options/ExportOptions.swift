import ArgumentParser
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

    var target: ExportTarget { ExportTarget(format: format, table: table, output: output) }

    func validate() throws {
        if let problem = target.problem { throw ValidationError(problem) }
    }
}
