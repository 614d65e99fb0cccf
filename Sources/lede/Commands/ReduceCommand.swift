import ArgumentParser
import Corpus
import Foundation
import LedeKit

struct ReduceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reduce",
        abstract: "The reduce stage: article records (from lede map) in, the corpus's tables out, as lede export writes them.",
        discussion: """
            Reads record lines from standard input (none, or -), files, or folders (their \
            .jsonl files). Error records are counted on standard error and left out. The \
            tables and formats are lede export's; the same articles give the same bytes \
            whatever the order of the records. While it resolves actors, reduce sets each \
            article's text, claims and quantities aside in a temporary file in $TMPDIR \
            (default /tmp), removed however it ends.

            Exit codes: 0 ok · 2 usage error · 3 the records cannot be read · 5 output (or the \
            temporary file in $TMPDIR) cannot be written.
            """
    )

    @Option(name: .long, help: ArgumentHelp("Actors files: the same as lede map was given (repeatable).", valueName: "file"))
    var actors: [String] = []

    @Flag(help: "Print how long reading and reducing the records took on standard error.")
    var timings = false

    @OptionGroup var exportOptions: ExportOptions

    @Argument(help: ArgumentHelp("Record files or directories; none, or -, for standard input.", valueName: "records"))
    var sources: [String] = []

    func run() throws {
        var run = ReduceRun(dictionary: try loadDictionary(actors))
        run.timings = timings
        try exportOptions.target.write(try run.corpus(from: sources.isEmpty ? ["-"] : sources))
    }
}
