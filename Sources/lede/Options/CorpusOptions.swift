import ArgumentParser
import Corpus
import Foundation
import LedeKit

/// Options every command shares.
struct CorpusOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "A corpus file or directory (repeatable; default: $LEDE_CORPUS, else ./seeds), or a database lede export/reduce wrote with --format sqlite.",
        valueName: "path"))
    var corpus: [String] = []

    @Option(name: .long, help: ArgumentHelp(
        "Actors to add to the built-in dictionary (repeatable; format in the README).",
        valueName: "file"))
    var actors: [String] = []

    @Option(name: .long, help: ArgumentHelp(
        "Dates, urls, outlets and authors from a feed or an archive: CSV, TSV or JSON Lines with a file, path or id column (repeatable).",
        valueName: "file"))
    var meta: [String] = []

    @Flag(help: "Print how long reading the corpus and building the Lua tables took, and what came from the cache, on standard error.")
    var timings = false

    @Option(name: .long, help: ArgumentHelp(
        "Keep the parse cache in this directory (default: $XDG_CACHE_HOME/lede, else ~/.cache/lede).",
        valueName: "dir"))
    var cache: String?

    @Flag(help: "Neither read nor write the parse cache: parse every file.")
    var noCache = false

    @OptionGroup var articleSize: ArticleSizeOption

    /// The directory of the parse cache, or nil when it is off.
    var cacheDirectory: String? {
        if noCache { return nil }
        if let cache { return cache }
        return UserDirectory.cache.path()
    }

    func validate() throws {
        if noCache, cache != nil { throw ValidationError("--cache and --no-cache cannot be used together") }
    }

    var paths: [String] {
        if !corpus.isEmpty { return corpus }
        if let environment = ProcessInfo.processInfo.environment["LEDE_CORPUS"], !environment.isEmpty {
            return [environment]
        }
        return ["seeds"]
    }

    /// The corpus these options name, for LedeKit to read.
    var source: CorpusSource {
        var source = CorpusSource(paths: paths)
        source.actorFiles = actors
        source.metadataFiles = meta
        source.cacheDirectory = cacheDirectory
        source.maximumArticleBytes = articleSize.bytes
        source.timings = timings
        return source
    }
}
