import ArgumentParser
import Corpus
import Foundation
import LedeKit

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "What the corpus holds, what the reader dropped and why, and which files it skipped."
    )

    @OptionGroup var corpusOptions: CorpusOptions

    func run() throws {
        let corpus = try corpusOptions.source.load(quiet: true)
        try writeStandardOutput(Array(Stats.report(corpus).utf8))
    }
}
