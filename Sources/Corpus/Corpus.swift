import Foundation

/// The articles read from one or more corpus paths, in a stable order, and what was
/// skipped or read with a caveat on the way.
public struct Corpus: Sendable {
    public var articles: [Article]
    /// Every actor the articles mention, in order of first mention (an actor that is only
    /// ever an affiliation comes after the one that names it).
    public var actors: [Actor]
    /// Every attributed statement, article by article in reading order.
    public var claims: [Claim]
    /// Every quantity in the articles' text, claims or not.
    public var quantities: [Quantity]
    public var warnings: [CorpusWarning]
    public var paths: [String]
    /// Every file looked at, with what became of it.
    public var files: [FileReport]

    public init(articles: [Article] = [], actors: [Actor] = [], warnings: [CorpusWarning] = [], paths: [String] = [], files: [FileReport] = []) {
        self.articles = articles
        self.actors = actors
        self.claims = []
        self.quantities = []
        self.warnings = warnings
        self.paths = paths
        self.files = files
    }

    /// What the parse cache supplied, when the load used one.
    public var cacheReport: CacheReport?

    /// Reads every article under `paths`: files, or directories read recursively for
    /// `.txt`, `.md` and `.jsonl` files. A path that does not exist is an error; a file
    /// that cannot be used is a warning and the rest still loads. Actors are found with
    /// `dictionary`, or the built-in one when nil. With a `cache`, files and results it
    /// holds are not worked out again; its problems go to its `warnings`.
    public static func load(paths: [String], dictionary: ActorDictionary? = nil, cache: ParseCache? = nil) throws(CorpusError) -> Corpus {
        var corpus = Corpus(paths: paths)
        var report = CacheReport()
        var reads: [FileRead] = []
        for path in paths {
            let files = try ArticleFiles.list(path)
            if files.isEmpty {
                corpus.warnings.append(CorpusWarning(path: path, message: "no articles found (.txt, .md or .jsonl files)"))
            }
            let pathReads = cache?.read(files, report: &report) ?? files.parallelMap { FileRead(read: ArticleReader.read($0), hash: nil) }
            for read in pathReads {
                corpus.articles += read.read.articles
                corpus.warnings += read.read.warnings
                corpus.files.append(read.read.report)
            }
            reads += pathReads
        }
        corpus.articles = uniqueIDs(corpus.articles)
        guard let cache else {
            corpus.extract(dictionary: dictionary ?? .builtin)
            return corpus
        }
        let key = CorpusResults.key(paths: paths, reads: reads, dictionary: dictionary)
        if let parts = cache.results(for: key), let results = CorpusResults.decode(parts, articles: corpus.articles) {
            (corpus.actors, corpus.claims, corpus.quantities) = results
            report.resultsFromCache = true
        } else {
            // The built-in dictionary is parsed only here: a cached run never needs it.
            corpus.extract(dictionary: dictionary ?? .builtin)
            cache.storeResults(CorpusResults.encode(corpus), for: key)
        }
        corpus.cacheReport = report
        return corpus
    }

    private mutating func extract(dictionary: ActorDictionary) {
        // Tokenized once: actors and claims read the same tokens.
        let tokenized = articles.parallelMap(ArticleTokens.init)
        actors = ActorResolver.resolve(articles, tokenized: tokenized, dictionary: dictionary)
        (claims, quantities) = ClaimResolver.resolve(articles, tokenized: tokenized, actors: actors)
    }

    /// Two files with the same name in different folders get `-2`, `-3`… in load order.
    private static func uniqueIDs(_ articles: [Article]) -> [Article] {
        var seen: [String: Int] = [:]
        return articles.map { article in
            var article = article
            let count = (seen[article.id] ?? 0) + 1
            seen[article.id] = count
            if count > 1 { article.id += "-\(count)" }
            return article
        }
    }
}

/// What became of one file.
public struct FileReport: Sendable, Equatable {
    public var path: String
    public var encoding: TextEncoding?
    public var articles: Int
    /// Why the file gave no article, when it gave none.
    public var skipped: String?
}

/// Finds article files under a corpus path, in byte order of their paths.
enum ArticleFiles {
    static let extensions: Set<String> = ["txt", "md", "jsonl"]

    static func list(_ path: String) throws(CorpusError) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            // A dangling symbolic link exists but cannot be followed: still "does not exist".
            throw .notFound(path: path)
        }
        guard isDirectory.boolValue else { return [path] }
        guard let walker = FileManager.default.enumerator(atPath: path) else {
            throw .unreadable(path: path, reason: "cannot list the directory")
        }
        var files: [String] = []
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") { continue }
            if extensions.contains((name as NSString).pathExtension.lowercased()) {
                files.append((path as NSString).appendingPathComponent(relative))
            }
        }
        // Byte order, not locale order: the same corpus loads in the same order everywhere.
        return files.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }
}
