import Corpus
import Foundation
import LuaHost

/// Where a run's corpus comes from and how it is read: the files, folders or database,
/// the analyst's actor and metadata files, the cache. `load` reads it, with warnings on
/// standard error; `openSession` binds it into Lua.
public struct CorpusSource {
    public var paths: [String]
    public var actorFiles: [String] = []
    public var metadataFiles: [String] = []
    /// nil: no parse cache.
    public var cacheDirectory: String?
    public var maximumArticleBytes = ReadPolicy.defaultMaximumArticleBytes
    /// Print how long reading and binding took.
    public var timings = false

    public init(paths: [String]) {
        self.paths = paths
    }

    /// Reads the corpus; warnings go to stderr unless `quiet` (stats prints them itself).
    /// Under `--sandbox` (`links: .keptInside`) no symbolic link leads the reader out of a corpus folder.
    public func load(quiet: Bool = false, links: SymbolicLinks = .followed) throws(LedeFailure) -> Corpus {
        var corpus = try loadText(quiet: quiet, links: links)
        for path in metadataFiles {
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

    /// Reads the corpus and binds it into a new Lua session.
    public func openSession(_ options: SessionOptions, quiet: Bool) throws(LedeFailure) -> Session {
        let clock = ContinuousClock()
        let start = clock.now
        let corpus = try load(quiet: quiet, links: options.sandbox == nil ? .followed : .keptInside)
        let read = clock.now
        let session: Session
        do {
            session = try Session(corpus: corpus, options: options)
        } catch where error.kind == .memory {
            throw LedeFailure(.limit, "memory limit reached while building the corpus tables (--memory \(options.memoryLimit.map { $0 >> 20 } ?? 0))")
        } catch {
            throw LedeFailure(.script, "\(error.report)")
        }
        if timings {
            func milliseconds(_ duration: Duration) -> String {
                String(format: "%.1f ms", duration.seconds * 1e3)
            }
            let files = corpus.cacheReport.map { " (files: \($0.summary))" } ?? " (no cache)"
            report("read the corpus in \(milliseconds(read - start))\(files), built the Lua tables in \(milliseconds(clock.now - read))")
            report("stages: map \(milliseconds(corpus.timings.map)), reduce \(milliseconds(corpus.timings.reduce)), Lua tables \(milliseconds(clock.now - read))")
        }
        return session
    }

    private func loadText(quiet: Bool, links: SymbolicLinks) throws(LedeFailure) -> Corpus {
        let policy = ReadPolicy(links: links, maximumArticleBytes: maximumArticleBytes)
        // nil: the built-in dictionary, which a run whose results are cached never parses.
        let dictionary = try loadDictionary(actorFiles)
        // A database lede wrote (export or reduce, --format sqlite): the corpus as built elsewhere.
        if let database = paths.first(where: SQLiteCorpus.isDatabase) {
            guard paths.count == 1 else {
                throw LedeFailure(.usage, "\(database) is a corpus database: open it alone, not with other corpus paths")
            }
            guard actorFiles.isEmpty else {
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
