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

    /// Reads the corpus; warnings go to stderr unless `quiet` (stats prints them itself).
    /// Under `--sandbox` (`links: .keptInside`) no symbolic link leads the reader out of a corpus folder.
    func load(quiet: Bool = false, links: SymbolicLinks = .followed) throws(LedeFailure) -> Corpus {
        var corpus = try loadText(quiet: quiet, links: links)
        for path in meta {
            let metadata: ArticleMetadata
            do {
                metadata = try ArticleMetadata(path: path)
            } catch {
                throw LedeFailure(.usage, "--meta \(error)")
            }
            for warning in corpus.apply(metadata) where !quiet {
                report("warning: \(warning)")
            }
        }
        return corpus
    }

    private func loadText(quiet: Bool, links: SymbolicLinks) throws(LedeFailure) -> Corpus {
        let policy = ReadPolicy(links: links, maximumArticleBytes: articleSize.bytes)
        // nil: the built-in dictionary, which a run whose results are cached never parses.
        let dictionary = try loadDictionary(actors)
        // A database lede wrote (export or reduce, --format sqlite): the corpus as built elsewhere.
        if let database = paths.first(where: SQLiteCorpus.isDatabase) {
            guard paths.count == 1 else {
                throw LedeFailure(.usage, "\(database) is a corpus database: open it alone, not with other corpus paths")
            }
            guard actors.isEmpty else {
                throw LedeFailure(.usage, "--actors has no effect on a corpus database (\(database)): give it to lede map and lede reduce")
            }
            do {
                return try SQLiteCorpus.read(database)
            } catch {
                throw LedeFailure(.corpus, "\(error)")
            }
        }
        let cache = cacheDirectory.map { ParseCache(directory: $0) }
        let corpus: Corpus
        let progress = ProgressLine(enabled: !quiet)
        defer { progress.finish() }
        do {
            corpus = try Corpus.load(paths: paths, dictionary: dictionary, cache: cache, policy: policy, progress: progress.update)
            progress.finish()
        } catch {
            // The commonest first error: lede started away from the folder it defaults to.
            if case .notFound = error {
                throw LedeFailure(.corpus, "\(error) (name a corpus folder, file or database with --corpus PATH or LEDE_CORPUS=PATH)")
            }
            throw LedeFailure(.corpus, "\(error)")
        }
        for warning in (cache?.warnings ?? []) + corpus.warnings.map(\.description) where !quiet {
            report("warning: \(warning)")
        }
        return corpus
    }
}
