import ArgumentParser
import Corpus
import Foundation
import LedeKit

struct MapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: "The map stage: articles in, one article record a line out (for lede reduce, Spark or Hadoop).",
        discussion: """
            With no path (or -), reads JSON Lines articles on standard input, the format \
            --corpus reads (id, title, text, date, url, outlet…, plus optional path and line \
            saying where the article came from; or a whole .txt/.md file as "file", its bytes \
            in base64, with its "path"), and writes one record line for each input \
            line, in order: Spark's RDD.pipe and Hadoop Streaming run it as it is. A line that \
            gives no article (bad JSON, no text, empty) gives an error record and a line on \
            standard error, and the rest still flows. With paths, reads corpus files and \
            folders as --corpus does. Records are described in the README ("Article records").

            Exit codes: 0 every line mapped · 2 usage error · 3 a line or path could not be \
            mapped (the rest was) · 5 output cannot be written.
            """
    )

    @Option(name: .long, help: ArgumentHelp(
        "Actors to add to the built-in dictionary (repeatable); lede reduce must be given the same files.", valueName: "file"))
    var actors: [String] = []

    @Argument(help: ArgumentHelp("Corpus files or directories; none, or -, for JSON Lines on standard input.", valueName: "path"))
    var paths: [String] = []

    @OptionGroup var articleSize: ArticleSizeOption

    func run() throws {
        let run = MapRun(mapper: StreamMapper(dictionary: try loadDictionary(actors), policy: ReadPolicy(maximumArticleBytes: articleSize.bytes)))
        if paths.isEmpty || paths == ["-"] {
            try run.mapStandardInput()
        } else {
            try run.map(paths: paths)
        }
    }
}
