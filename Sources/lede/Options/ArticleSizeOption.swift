import ArgumentParser
import Corpus
import Foundation
import LedeKit

/// The per-file budget: one pathological file must not cost the rest of the corpus.
struct ArticleSizeOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Skip, with a warning, a .txt or .md file or a JSON Lines article text larger than this (default 64).",
        valueName: "MB"))
    var maxArticleSize: Int = ReadPolicy.defaultMaximumArticleBytes >> 20

    var bytes: Int { maxArticleSize << 20 }

    func validate() throws {
        // Above 2 GB a JSON Lines file could not be read anyway.
        guard (1...2048).contains(maxArticleSize) else {
            throw ValidationError("--max-article-size takes a number of megabytes from 1 to 2048, not \(maxArticleSize)")
        }
    }
}
