import ArgumentParser
import Corpus
import Foundation
import LedeKit

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write what lede extracted, for jq, pandas, DuckDB or a spreadsheet.",
        discussion: """
            json writes one object with every table. jsonl and csv write one table: the one \
            named by --table, or every table into the directory given by -o (TABLE.jsonl, \
            TABLE.csv). sqlite writes every table into one database (-o FILE), for sqlite3, \
            DuckDB or Datasette. Offsets are byte offsets into the article's text, 1-based and \
            inclusive. Files are written atomically: complete, or not at all; with -o DIRECTORY, \
            the whole set at once (the old folder is swapped for a new one).
            """
    )

    @OptionGroup var corpusOptions: CorpusOptions
    @OptionGroup var exportOptions: ExportOptions

    func run() throws {
        try exportOptions.target.write(try corpusOptions.source.load())
    }
}
