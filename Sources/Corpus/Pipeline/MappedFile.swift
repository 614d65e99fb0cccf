/// One corpus file after the map stage: the record of each article it holds, what the reader
/// noted on the way, and a hash of its bytes when they could be read.
struct MappedFile: Sendable {
    var records: [ArticleRecord]
    var warnings: [CorpusWarning]
    var report: FileReport
    var hash: UInt64?
    /// The records hold their articles only, the rest still in the parse cache: enough
    /// when the reduce results are cached too; `ParseCache.withExtraction` reads the rest.
    var extractionLeftInCache = false

    /// A file read but not yet mapped.
    struct Read: Sendable {
        var read: ArticleReader.Read
        var hash: UInt64?
    }

    static func read(_ path: String, policy: ReadPolicy) -> Read {
        switch ArticleReader.bytes(of: path, policy: policy) {
        case .read(let bytes, let latestDay):
            Read(read: ArticleReader.read(path, bytes: bytes, policy: policy, latestDay: latestDay), hash: ContentHash.of(bytes))
        case .unreadable(let skipped): Read(read: skipped, hash: nil)
        }
    }

    /// Maps the articles of every file on all cores: one large JSON Lines file spreads its
    /// articles over the cores as a folder of small files does.
    static func map(_ reads: [Read], mapper: ArticleMapper) -> [MappedFile] {
        let records = reads.flatMap(\.read.articles).parallelMap(mapper.map)
        var next = 0
        return reads.map { read in
            let count = read.read.articles.count
            defer { next += count }
            return MappedFile(records: Array(records[next..<(next + count)]), warnings: read.read.warnings,
                              report: read.read.report, hash: read.hash)
        }
    }
}
