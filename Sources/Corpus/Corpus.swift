import Foundation

/// The articles read from one or more corpus paths, in a stable order.
public struct Corpus: Sendable {
    public var articles: [Article]
    public var warnings: [CorpusWarning]
    public var paths: [String]

    public init(articles: [Article] = [], warnings: [CorpusWarning] = [], paths: [String] = []) {
        self.articles = articles
        self.warnings = warnings
        self.paths = paths
    }

    /// Reads every article under `paths` (files, or directories read recursively).
    public static func load(paths: [String]) throws(CorpusError) -> Corpus {
        var corpus = Corpus(paths: paths)
        for path in paths {
            for file in try ArticleFiles.list(path) {
                switch ArticleReader.read(file) {
                case .success(let article): corpus.articles.append(article)
                case .failure(let warning): corpus.warnings.append(warning)
                }
            }
        }
        return corpus
    }
}

/// Finds article files under a corpus path.
enum ArticleFiles {
    static let extensions: Set<String> = ["txt", "md"]

    static func list(_ path: String) throws(CorpusError) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .notFound(path: path)
        }
        guard isDirectory.boolValue else { return [path] }
        guard let walker = FileManager.default.enumerator(atPath: path) else {
            throw .unreadable(path: path, reason: "cannot list the directory")
        }
        var files: [String] = []
        while let relative = walker.nextObject() as? String {
            let url = URL(fileURLWithPath: relative)
            if extensions.contains(url.pathExtension.lowercased()) {
                files.append((path as NSString).appendingPathComponent(relative))
            }
        }
        // Byte order, not locale order: the same corpus loads in the same order everywhere.
        return files.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }
}

/// The walking skeleton's reader: title = first non-empty line, paragraphs = the other
/// non-empty lines.
enum ArticleReader {
    static func read(_ path: String) -> Result<Article, CorpusWarning> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(CorpusWarning(path: path, message: "cannot read the file"))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return .failure(CorpusWarning(path: path, message: "not valid UTF-8; skipped"))
        }
        let lines = text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        guard let title = lines.first else {
            return .failure(CorpusWarning(path: path, message: "no text; skipped"))
        }
        let id = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return .success(Article(id: id, path: path, title: title, paragraphs: Array(lines.dropFirst())))
    }
}
