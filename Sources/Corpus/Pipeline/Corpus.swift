import Foundation

/// The articles read from one or more corpus paths, in a stable order, and what was
/// skipped or read with a caveat on the way.
public struct Corpus: Sendable {
    // A change to a list drops the snapshot's columns: they describe the lists as stored.
    public var articles: Records<Article> { didSet { forgetStoredColumns() } }
    /// Every actor the articles mention, in order of first mention (an actor that is only
    /// ever an affiliation comes after the one that names it).
    public var actors: Records<Actor> { didSet { forgetStoredColumns() } }
    /// Every attributed statement, article by article in reading order.
    public var claims: Records<Claim> { didSet { forgetStoredColumns() } }
    /// Every quantity in the articles' text, claims or not.
    public var quantities: Records<Quantity> { didSet { forgetStoredColumns() } }
    public var warnings: [CorpusWarning]
    public var paths: [String]
    /// Every file looked at, with what became of it.
    public var files: [FileReport]

    public init(articles: [Article] = [], actors: [Actor] = [], warnings: [CorpusWarning] = [], paths: [String] = [], files: [FileReport] = []) {
        self.articles = Records(articles)
        self.actors = Records(actors)
        self.claims = []
        self.quantities = []
        self.warnings = warnings
        self.paths = paths
        self.files = files
    }

    /// Link columns a snapshot holds (see `CorpusSnapshot.linkColumns`).
    var storedLinks: [String: StoredLinks] = [:]

    /// The position linked to by every record of a kind, as the snapshot the corpus came
    /// from stored it ("claim.speaker": each claim's speaker in `actors`, -1 for none); nil
    /// when it has none, and the caller works it out from the records.
    public func storedLinkColumn(_ name: String) -> [Int]? { storedLinks[name]?.positions }

    /// Text columns a snapshot holds (see `CorpusSnapshot.textColumns`).
    var storedTexts: [String: TextColumn] = [:]

    /// Reads an article's text bytes from the snapshot without decoding the article.
    var storedArticleText: (@Sendable (Int) -> [UInt8])?

    /// The UTF-8 bytes of the text of the article at `position`.
    public func articleTextBytes(_ position: Int) -> [UInt8] {
        storedArticleText?(position) ?? Array(articles[position].text.utf8)
    }

    private mutating func forgetStoredColumns() {
        if !storedLinks.isEmpty { storedLinks = [:] }
        if !storedTexts.isEmpty { storedTexts = [:] }
        storedArticleText = nil
    }

    /// A text field of every record of a kind, as the snapshot the corpus came from stored
    /// it ("claim.kind"); nil when it has none.
    public func storedTextColumn(_ name: String) -> [String?]? { storedTexts[name]?.values }

    /// The position of the first of `ids` with each id: the record a link to that id
    /// points at.
    public static func firstPositions(of ids: [String]) -> [String: Int] {
        var positions: [String: Int] = [:]
        for (position, id) in ids.enumerated() where positions[id] == nil { positions[id] = position }
        return positions
    }

    /// What the parse cache supplied, when the load used one.
    public var cacheReport: CacheReport?

    /// How long each stage of the load took.
    public var timings = StageTimings()

    /// Reads every article under `paths`: files, or directories read recursively for
    /// `.txt`, `.md` and `.jsonl` files. A path that does not exist is an error; a file
    /// that cannot be used is a warning and the rest still loads. Actors are found with
    /// `dictionary`, or the built-in one when nil. With a `cache`, article records and
    /// corpus results it holds are not made again; its problems go to its `warnings`.
    ///
    /// Extraction is the map stage (`ArticleMapper`, each article on its own) followed by
    /// the reduce stage (`CorpusReducer`, over the records only).
    ///
    /// `progress`, when given, is called on this thread after each batch of files with the
    /// files done and the files listed under the path being read.
    public static func load(paths: [String], dictionary: ActorDictionary? = nil, cache: ParseCache? = nil,
                            policy: ReadPolicy = ReadPolicy(), progress: ((_ done: Int, _ total: Int) -> Void)? = nil)
        throws(CorpusError) -> Corpus {
        var corpus = Corpus(paths: paths)
        var report = CacheReport()
        let clock = ContinuousClock()
        var start = clock.now
        // The built-in dictionary is parsed only when some file is mapped: a cached run never needs it.
        let mapper = LazyMapper(dictionary: dictionary)
        let dictionaryKey = ActorDictionary.key(dictionary) + policy.cacheKey
        var listings: [ArticleFiles.Listing] = []
        for path in paths { listings.append(try ArticleFiles.list(path, links: policy.links)) }
        // Each file as it is before anything reads it: a snapshot made from this load
        // must not vouch for a change made while it ran.
        var stamps: [CorpusSnapshot.Stamp]?
        var snapshotKey: ParseCache.SnapshotKey?
        if let cache, cache.keepsSnapshots, cache.isOpen {
            let listed = listings.flatMap(\.files)
            let identities = listed.parallelMap(FileIdentity.init)
            if identities.allSatisfy({ $0?.isSettled == true }) {
                stamps = zip(listed, identities).compactMap { path, identity in
                    identity.map { CorpusSnapshot.Stamp(path: path, size: $0.size, mtime: $0.mtime, inode: $0.inode, ctime: $0.ctime) }
                }
            }
            let listingNotes = listings.flatMap { $0.skipped.map { "\($0.path): \($0.skipped ?? "")" } + $0.warnings.map(\.description) }
            let key = ParseCache.SnapshotKey(paths: paths, dictionary: dictionaryKey, corrections: dictionary?.corrections, policy: policy,
                                             listing: listingNotes)
            snapshotKey = key
            if let stamps, var stored = cache.snapshot(for: key, stamps: stamps) {
                stored.cacheReport = CacheReport(fromCache: stamps.count, resultsFromCache: true, fromSnapshot: true)
                stored.timings.map = clock.now - start
                progress?(stamps.count, stamps.count)
                return stored
            }
        }
        var files: [MappedFile] = []
        for (path, listing) in zip(paths, listings) {
            let listed = listing.files
            if listed.isEmpty {
                corpus.warnings.append(CorpusWarning(path: path, message: "no articles found (.txt, .md or .jsonl files)"))
            }
            let mapped = if let cache {
                cache.map(listed, dictionary: dictionaryKey, policy: policy, mapper: mapper.get, report: &report, extraction: false) { done in
                    progress?(done, listed.count)
                }
            } else {
                stride(from: 0, to: listed.count, by: Self.progressBatch).flatMap { start in
                    let batch = Array(listed[start..<min(start + Self.progressBatch, listed.count)])
                    defer { progress?(start + batch.count, listed.count) }
                    return MappedFile.map(batch.parallelMap { MappedFile.read($0, policy: policy) }, mapper: mapper.get())
                }
            }
            files += mapped
            // What was read and what was left out, in the listing's byte order (stable: a
            // file's own warnings keep their line order).
            func inByteOrder<T>(_ items: [T], _ path: (T) -> String) -> [T] {
                items.enumerated().sorted { first, second in
                    let (a, b) = (path(first.element), path(second.element))
                    return a.utf8.elementsEqual(b.utf8) ? first.offset < second.offset : a.precedesInByteOrder(b)
                }.map(\.element)
            }
            corpus.warnings += inByteOrder(listing.warnings + mapped.flatMap(\.warnings), \.path)
            corpus.files += inByteOrder(mapped.map(\.report) + listing.skipped, \.path)
        }
        let records = CorpusReducer.canonical(files.flatMap(\.records))
        corpus.articles = Records(records.map(\.article))
        corpus.timings.map = clock.now - start
        start = clock.now
        guard let cache else {
            corpus.reduce(records, dictionary: dictionary)
            dictionary?.corrections.apply(to: &corpus)
            corpus.timings.reduce = clock.now - start
            return corpus
        }
        let key = CorpusResults.key(paths: paths, files: files, dictionary: dictionary)
        if let parts = cache.results(for: key), let results = CorpusResults.decode(parts, articles: corpus.articles) {
            (corpus.actors, corpus.claims, corpus.quantities) = (Records(results.actors), Records(results.claims), Records(results.quantities))
            // What reduce does to the articles themselves, done again: the records hold them as map made them.
            corpus.articles = Records(CorpusReducer.boundedDates(corpus.articles.array))
            report.resultsFromCache = true
        } else {
            let whole = cache.withExtraction(files, dictionary: dictionaryKey, policy: policy, mapper: mapper.get)
            corpus.reduce(CorpusReducer.canonical(whole.files.flatMap(\.records)), dictionary: dictionary)
            if whole.unchanged { cache.storeResults(CorpusResults.encode(corpus), for: key) }
        }
        dictionary?.corrections.apply(to: &corpus)
        // Only a run that mapped nothing writes a snapshot: the files have stayed as they are
        // for two runs, so the next is likely to find them so. A nightly run that maps the
        // day's new files would otherwise write one (as large as the text) no run ever opens.
        if let stamps, let snapshotKey, cache.isOpen, report.mapped == 0, files.allSatisfy({ $0.hash != nil }) {
            cache.storeSnapshot(corpus, for: snapshotKey, stamps: stamps)
        }
        corpus.cacheReport = report
        corpus.timings.reduce = clock.now - start
        return corpus
    }

    /// Files read and mapped between two calls of `load`'s progress: enough to keep the
    /// cores busy, few enough that a progress line moves.
    static let progressBatch = 512

    /// The reduce stage over records made by `lede map` (or by the map stage anywhere else)
    /// with the same actor dictionary: the corpus `--corpus` would have read from the files.
    public static func reduce(_ records: consuming [ArticleRecord], dictionary: ActorDictionary?, paths: [String]) -> Corpus {
        var corpus = Corpus(paths: paths)
        corpus.reduce(CorpusReducer.canonical(consume records), dictionary: dictionary)
        dictionary?.corrections.apply(to: &corpus)
        return corpus
    }

    /// The same, for records read with `RecordStream.records(from:dictionary:settingAsideIn:)`
    /// into `spool`.
    public static func reduce(_ records: consuming [ArticleRecord], dictionary: ActorDictionary?, paths: [String],
                              spool: RecordSpool) throws(RecordSpool.Failure) -> Corpus {
        var corpus = Corpus(paths: paths)
        corpus.take(try CorpusReducer.reduce(CorpusReducer.canonical(consume records), dictionary: dictionary ?? .builtin, spool: spool))
        dictionary?.corrections.apply(to: &corpus)
        return corpus
    }

    /// `records` in canonical order.
    private mutating func reduce(_ records: consuming [ArticleRecord], dictionary: ActorDictionary?) {
        take(CorpusReducer.reduce(consume records, dictionary: dictionary ?? .builtin))
    }

    private mutating func take(_ output: CorpusReducer.Output) {
        (articles, actors, claims, quantities) = (Records(output.articles), Records(output.actors), Records(output.claims), Records(output.quantities))
    }
}

/// Makes the mapper on first use only.
private final class LazyMapper {
    private let dictionary: ActorDictionary?
    private var mapper: ArticleMapper?

    init(dictionary: ActorDictionary?) {
        self.dictionary = dictionary
    }

    func get() -> ArticleMapper {
        if let mapper { return mapper }
        let made = ArticleMapper(dictionary: dictionary ?? .builtin)
        mapper = made
        return made
    }
}

/// How long the stages of a load took.
public struct StageTimings: Sendable, Equatable {
    /// Listing, reading and cleaning the files and mapping their articles (or taking their
    /// records from the cache).
    public var map: Duration = .zero
    /// The corpus steps over the records (or taking their results from the cache).
    public var reduce: Duration = .zero

    public init() {}
}

/// What became of one file.
public struct FileReport: Sendable, Equatable {
    public var path: String
    public var encoding: TextEncoding?
    public var articles: Int
    /// Why the file gave no article, when it gave none.
    public var skipped: String?
}
