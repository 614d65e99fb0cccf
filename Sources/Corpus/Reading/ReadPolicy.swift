/// What the corpus reader accepts: how far it follows symbolic links, and how large an
/// article may be before it is skipped unread. The size limit is the per-file budget that
/// keeps one pathological file (a log, a dump, a scraper's run-on page) from costing the
/// time and memory of the rest of the corpus: extraction takes time in proportion to an
/// article's size, so a cap on size is a cap on time.
public struct ReadPolicy: Sendable, Equatable {
    public var links: SymbolicLinks
    /// The largest `.txt` or `.md` file, and the largest text of one JSON Lines record.
    public var maximumArticleBytes: Int

    public static let defaultMaximumArticleBytes = 64 << 20
    /// A JSON Lines file is a stream of articles, each held to `maximumArticleBytes`; the
    /// file as a whole is read into memory, so it has a limit of its own.
    static let maximumJSONLinesFile = 2 << 30

    public init(links: SymbolicLinks = .followed, maximumArticleBytes: Int = defaultMaximumArticleBytes) {
        self.links = links
        self.maximumArticleBytes = maximumArticleBytes
    }

    /// The limit for a file at `path`.
    func maximumBytes(of path: String) -> Int {
        path.lowercased().hasSuffix(".jsonl") ? Self.maximumJSONLinesFile : maximumArticleBytes
    }

    /// Why a file or record of `bytes` is skipped, or nil when it is within its limit.
    func overLimit(_ bytes: Int, limit: Int, what: String) -> String? {
        guard bytes > limit else { return nil }
        return "\(Self.size(bytes)), over the \(Self.size(limit)) \(what) may have"
            + (limit == maximumArticleBytes ? " (--max-article-size)" : "")
    }

    /// Sizes as people read them: whole megabytes, or kilobytes below one.
    static func size(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? "\(bytes >> 20) MB" : "\((bytes + 1023) >> 10) KB"
    }

    /// What the cached records of a file depend on besides its bytes and the dictionary.
    var cacheKey: String {
        maximumArticleBytes == Self.defaultMaximumArticleBytes ? "" : "|max-article-bytes=\(maximumArticleBytes)"
    }
}
