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
            whatever the order of the records.

            Exit codes: 0 ok · 2 usage error · 3 the records cannot be read · 5 output cannot be written.
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
        let dictionary = try loadDictionary(actors)
        let clock = ContinuousClock()
        let start = clock.now
        let records: [ArticleRecord]
        let failures: [RecordStream.LineFailure]
        do {
            (records, failures) = try RecordStream.records(from: sources.isEmpty ? ["-"] : sources, dictionary: dictionary)
        } catch {
            throw LedeFailure(.corpus, "\(error)")
        }
        if !failures.isEmpty {
            report("warning: \(failures.count) error record\(failures.count == 1 ? "" : "s") left out (lines lede map could not use)")
        }
        let decoded = clock.now
        let count = records.count
        // Handed over, not copied: what reduce keeps of the records is all that stays in memory.
        let corpus = Corpus.reduce(consume records, dictionary: dictionary, paths: sources)
        if timings {
            report(String(format: "read %d records in %.1f ms, reduced them in %.1f ms", count,
                          (decoded - start).seconds * 1e3, (clock.now - decoded).seconds * 1e3))
        }
        try exportOptions.write(corpus)
    }
}
