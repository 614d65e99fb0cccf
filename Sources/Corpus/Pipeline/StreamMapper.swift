import Foundation

/// The map stage as `lede map` runs it: article lines or files in, record lines out, in
/// order, a bounded batch at a time, so that memory stays flat however long a stream of
/// lines. Files are read whole (a batch of them at a time): a multi-gigabyte JSON Lines file
/// is better streamed on standard input.
public struct StreamMapper: Sendable {
    private let mapper: ArticleMapper
    private let dictionaryKey: String
    private let policy: ReadPolicy

    /// Lines mapped together on all cores: enough to keep the cores busy, few enough that
    /// a stream of any length holds little at once.
    public static let batchSize = 256

    /// `dictionary` nil is the built-in one.
    public init(dictionary: ActorDictionary?, policy: ReadPolicy = ReadPolicy()) {
        self.policy = policy
        mapper = ArticleMapper(dictionary: dictionary ?? .builtin)
        dictionaryKey = ActorDictionary.key(dictionary)
    }

    /// One output line for each input line of a JSON Lines article stream (the input format
    /// `--corpus` reads, plus optional `path` and `line` fields saying where the article came
    /// from, or a whole article file as `file` and `path`), with the failure when the line
    /// gave no article and what was odd in one that did ("date '…' not recognised").
    public func map(lines: [(number: Int, text: Substring)]) -> [(output: String, failure: RecordStream.LineFailure?, warnings: [String])] {
        lines.parallelMap { number, text in
            let encoder = RecordStream.encoder()
            switch article(of: text, line: number) {
            case .success(let read):
                return (RecordStream.line(for: mapper.map(read.article), dictionary: dictionaryKey, encoder: encoder), nil, read.warnings)
            case .failure(let failure):
                return (RecordStream.line(for: failure, encoder: encoder), failure, [])
            }
        }
    }

    private func article(of text: Substring, line number: Int) -> Result<(article: Article, warnings: [String]), RecordStream.LineFailure> {
        guard text.contains(where: { !$0.isWhitespace }) else {
            return .failure(RecordStream.LineFailure(line: number, message: "empty line"))
        }
        guard let object = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] else {
            return .failure(RecordStream.LineFailure(line: number, message: "not a JSON object; line skipped"))
        }
        let (path, place) = JSONLines.place(object)
        // `file_modified` (seconds since 1970) is the file's own time, which a folder reader
        // takes from the disk: it caps an inferred date the same way.
        let latestDay = (object["file_modified"] as? NSNumber).map { ArticleReader.latestDay(modified: $0.intValue) }
        func failure(_ message: String) -> RecordStream.LineFailure {
            RecordStream.LineFailure(line: number, id: JSONLines.identifier(object),
                                     source: path.map { path in place.map { "\(path):\($0)" } ?? path }, message: message)
        }
        if object["file"] != nil {
            return file(object, path: path, latestDay: latestDay, failure: failure)
        }
        // An article without an id is named as the corpus reader names it when the line says
        // where it came from, else by its content, not its place in this stream: a Spark
        // partition or a Hadoop split numbers its lines from 1 again.
        let fallbackID = if let path, let place { JSONLines.fallbackID(path: path, line: place) }
            else { "article-" + String(ContentHash.of(Array(text.utf8)), radix: 16) }
        switch JSONLines.article(object, path: path ?? "-", line: place, fallbackID: fallbackID, encoding: .utf8, policy: policy,
                                 latestDay: latestDay) {
        case .success(let read): return .success((read.article, read.warnings.map(\.message)))
        case .failure(let warning): return .failure(failure(warning.message))
        }
    }

    /// A whole `.txt` or `.md` file carried in a line (`file`: its bytes in base64), read as
    /// the corpus reader reads that file in a folder: a job that can only hand lines to lede
    /// (Spark over HDFS) still gets each file's encoding, title and date line read as here.
    private func file(_ object: [String: Any], path: String?, latestDay: String?, failure: (String) -> RecordStream.LineFailure)
        -> Result<(article: Article, warnings: [String]), RecordStream.LineFailure> {
        guard let path else { return .failure(failure("a \"file\" line needs the \"path\" of the file")) }
        guard let encoded = object["file"] as? String, let data = Data(base64Encoded: encoded) else {
            return .failure(failure("\"file\" is not base64 text"))
        }
        if path.lowercased().hasSuffix(".jsonl") {
            return .failure(failure("a JSON Lines file is mapped a line at a time, not as one \"file\""))
        }
        if let reason = policy.overLimit(data.count, limit: policy.maximumArticleBytes, what: "an article file") {
            return .failure(failure(reason + "; skipped"))
        }
        let read = ArticleReader.read(path, bytes: [UInt8](data), policy: policy, latestDay: latestDay)
        guard var article = read.articles.first else { return .failure(failure(read.report.skipped.map { $0 + "; skipped" } ?? "no article")) }
        if let id = JSONLines.identifier(object) { article.id = id }
        return .success((article, read.warnings.map(\.message)))
    }

    /// Maps the articles of corpus files and folders as `--corpus` reads them, calling `emit`
    /// with each batch of record lines (false from `emit` stops); what the reader noted goes
    /// to `warn`, with `true` when a file or line gave no article. A path that cannot be read
    /// is one such warning, and the next path is still mapped.
    public func map(paths: [String], emit: ([String]) -> Bool, warn: (CorpusWarning, Bool) -> Void) {
        for path in paths {
            let files: [String]
            do {
                let listing = try ArticleFiles.list(path, links: policy.links)
                files = listing.files
                for warning in listing.warnings { warn(warning, true) }
            } catch {
                warn(CorpusWarning(path: path, message: error.description), true)
                continue
            }
            if files.isEmpty { warn(CorpusWarning(path: path, message: "no articles found (.txt, .md or .jsonl files)"), true) }
            for start in stride(from: 0, to: files.count, by: Self.batchSize) {
                let batch = Array(files[start..<min(start + Self.batchSize, files.count)])
                let mapped = MappedFile.map(batch.parallelMap { MappedFile.read($0, policy: policy) }, mapper: mapper)
                for file in mapped {
                    for warning in file.warnings { warn(warning, file.report.skipped != nil || warning.message.hasSuffix("line skipped")) }
                }
                let lines = mapped.flatMap { $0.records }.parallelMap { record in
                    RecordStream.line(for: record, dictionary: dictionaryKey, encoder: RecordStream.encoder())
                }
                guard emit(lines) else { return }
            }
        }
    }
}
