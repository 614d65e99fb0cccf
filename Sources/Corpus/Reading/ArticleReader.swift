import Foundation

/// Reads one corpus file into articles: a text file is one article, a JSON Lines file one
/// article per line.
enum ArticleReader {
    struct Read: Sendable {
        var articles: [Article] = []
        var warnings: [CorpusWarning] = []
        var report: FileReport
    }

    /// A line longer than this is read, but said to be suspicious.
    static let longLine = 1 << 20

    enum FileBytes {
        /// The bytes, and the latest day the file's modification time can be in any time zone.
        case read([UInt8], latestDay: String)
        /// What reading the file gives when its bytes cannot be had.
        case unreadable(Read)
    }

    /// A file over its limit (`ReadPolicy`) is skipped with a warning before a byte of it
    /// is read, so one stray disk image or log never costs the memory or the time of the
    /// rest of the corpus.
    static func bytes(of path: String, policy: ReadPolicy) -> FileBytes {
        var info = stat()
        guard stat(path, &info) == 0 else {
            return .unreadable(skipped(path, "cannot read: \(String(cString: strerror(errno)))"))
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .unreadable(skipped(path, "is a directory, not a file"))
        case S_IFIFO: return .unreadable(skipped(path, "is a FIFO, not a file"))
        default: return .unreadable(skipped(path, "is a device or socket, not a file"))
        }
        let what = path.lowercased().hasSuffix(".jsonl") ? "a JSON Lines file" : "an article file"
        if let reason = policy.overLimit(Int(clamping: info.st_size), limit: policy.maximumBytes(of: path), what: what) {
            return .unreadable(skipped(path, reason))
        }
        do {
            return .read(try readBytes(path), latestDay: latestDay(modified: info.st_mtim.tv_sec))
        } catch {
            return .unreadable(skipped(path, "cannot read: \(error.localizedDescription)"))
        }
    }

    private static func skipped(_ path: String, _ reason: String) -> Read {
        Read(warnings: [CorpusWarning(path: path, message: reason + "; skipped")],
             report: FileReport(path: path, encoding: nil, articles: 0, skipped: reason))
    }

    /// The calendar day of `seconds` (since 1970) in the time zone furthest ahead (UTC+14):
    /// a text dated by its writer's clock can be no later than that.
    static func latestDay(modified seconds: Int) -> String {
        var time = time_t(seconds + 14 * 3600)
        var parts = tm()
        gmtime_r(&time, &parts)
        return String(format: "%04d-%02d-%02d", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday))
    }

    /// `latestDay`, when the file's time is known, caps the date a text's top only suggests
    /// (`DateSource.inferred`): a file cannot report a day after it was written.
    static func read(_ path: String, bytes: [UInt8], policy: ReadPolicy, latestDay: String? = nil) -> Read {
        var read = Read(report: FileReport(path: path, encoding: nil, articles: 0, skipped: nil))
        func skip(_ reason: String) -> Read { skipped(path, reason) }
        let decoded: (text: String, encoding: TextEncoding)
        switch TextDecoder.decode(bytes) {
        case .failure(.empty): return skip("empty file")
        case .failure(.binary): return skip("binary file, not text")
        case .success(let success): decoded = success
        }
        read.report.encoding = decoded.encoding
        if decoded.encoding == .windows1252 {
            read.warnings.append(CorpusWarning(path: path, message: "not valid UTF-8; decoded as Windows-1252"))
        }
        if path.lowercased().hasSuffix(".jsonl") {
            let records = JSONLines.articles(in: decoded.text, path: path, encoding: decoded.encoding, policy: policy, latestDay: latestDay)
            read.articles = records.articles
            read.warnings += records.warnings
        } else {
            if let length = longestLine(decoded.text), length > longLine {
                read.warnings.append(CorpusWarning(path: path, message: "has a line of \(length) bytes; read as one paragraph"))
            }
            read.articles = [ArticleBuilder.article(id: stem(of: path), path: path, text: decoded.text, encoding: decoded.encoding,
                                                    latestDay: latestDay)]
        }
        read.report.articles = read.articles.count
        if read.articles.isEmpty, read.report.skipped == nil { read.report.skipped = "no article in the file" }
        return read
    }

    /// A file's name without folder or extension: a text article's id.
    static func stem(of path: String) -> String {
        ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    }

    private static func readBytes(_ path: String) throws -> [UInt8] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
        return [UInt8](data)
    }

    private static func longestLine(_ text: String) -> Int? {
        var longest = 0, current = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\n") { longest = max(longest, current); current = 0 } else { current += 1 }
        }
        return max(longest, current)
    }
}

enum ArticleBuilder {
    static func article(id: String, path: String, line: Int? = nil, text: String,
                        given: ArticleFields = ArticleFields(), encoding: TextEncoding, latestDay: String? = nil) -> Article {
        let cleaned = ArticleCleaner.clean(text, given: given, latestDay: latestDay)
        return Article(id: id, path: path, line: line, title: cleaned.title, date: cleaned.date,
                       dateSource: cleaned.dateSource, author: cleaned.author, outlet: cleaned.outlet,
                       url: cleaned.url, paragraphs: cleaned.paragraphs, dropped: cleaned.dropped, encoding: encoding)
    }
}

/// JSON Lines exports of scrapers and news APIs: one article object per line.
enum JSONLines {
    static let titleKeys = ["title", "headline"]
    static let textKeys = ["text", "body", "content", "article", "full_text"]
    static let dateKeys = ["date", "published", "published_at", "publishedAt", "pubDate", "datePublished"]
    static let authorKeys = ["author", "byline", "authors", "creator"]
    static let urlKeys = ["url", "link"]
    static let outletKeys = ["source", "outlet", "publisher", "site_name", "domain"]

    static func articles(in text: String, path: String, encoding: TextEncoding, policy: ReadPolicy,
                         latestDay: String? = nil) -> (articles: [Article], warnings: [CorpusWarning]) {
        var articles: [Article] = []
        var warnings: [CorpusWarning] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = offset + 1
            guard line.contains(where: { !$0.isWhitespace }) else { continue }
            switch article(line, path: path, line: number, fallbackID: fallbackID(path: path, line: number), encoding: encoding, policy: policy,
                           latestDay: latestDay) {
            case .success(let read):
                articles.append(read.article)
                warnings += read.warnings
            case .failure(let warning):
                warnings.append(warning)
            }
        }
        return (articles, warnings)
    }

    /// The id of a line with none of its own: the file's stem and the line's number.
    static func fallbackID(path: String, line: Int) -> String {
        "\(ArticleReader.stem(of: path))-\(line)"
    }

    /// One line's article, with what was wrong in it; a line that gives no article is the
    /// warning saying why.
    static func article(_ line: Substring, path: String, line number: Int?, fallbackID: String, encoding: TextEncoding,
                        policy: ReadPolicy, latestDay: String? = nil) -> Result<(article: Article, warnings: [CorpusWarning]), CorpusWarning> {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] else {
            return .failure(CorpusWarning(path: path, line: number, message: "not a JSON object; line skipped"))
        }
        return article(object, path: path, line: number, fallbackID: fallbackID, encoding: encoding, policy: policy, latestDay: latestDay)
    }

    /// The article of a line already parsed.
    static func article(_ object: [String: Any], path: String, line number: Int?, fallbackID: String, encoding: TextEncoding,
                        policy: ReadPolicy, latestDay: String? = nil) -> Result<(article: Article, warnings: [CorpusWarning]), CorpusWarning> {
        guard let body = string(object, textKeys), body.contains(where: { !$0.isWhitespace }) else {
            return .failure(CorpusWarning(path: path, line: number, message: "no text field (\(textKeys.joined(separator: ", "))); line skipped"))
        }
        if let reason = policy.overLimit(body.utf8.count, limit: policy.maximumArticleBytes, what: "an article's text") {
            return .failure(CorpusWarning(path: path, line: number, message: reason + "; line skipped"))
        }
        var warnings: [CorpusWarning] = []
        var given = ArticleFields(title: string(object, titleKeys), author: string(object, authorKeys),
                                  outlet: string(object, outletKeys), url: string(object, urlKeys))
        if let rawDate = string(object, dateKeys) {
            if let iso = DateParser.dates(in: rawDate).first?.iso {
                given.date = iso
            } else {
                warnings.append(CorpusWarning(path: path, line: number, message: "date '\(rawDate)' not recognised"))
            }
        }
        let id = identifier(object) ?? fallbackID
        let article = ArticleBuilder.article(id: id, path: path, line: number, text: TextDecoder.normalize(body),
                                             given: given, encoding: encoding, latestDay: latestDay)
        return .success((article, warnings))
    }

    /// Where a line of `lede map`'s input says its article came from: its `path` and `line`.
    static func place(_ object: [String: Any]) -> (path: String?, line: Int?) {
        (string(object, ["path"]), (object["line"] as? NSNumber)?.intValue)
    }

    /// The id a line gives itself, if any.
    static func identifier(_ object: [String: Any]) -> String? {
        string(object, ["id", "_id", "uuid"])
    }

    /// The first of `keys` with a usable value: a string, a number, a list of strings
    /// (authors), or an object with a `name` (a news API's `source`).
    private static func string(_ object: [String: Any], _ keys: [String]) -> String? {
        for key in keys {
            switch object[key] {
            case let value as String where !value.trimmingCharacters(in: .whitespaces).isEmpty:
                return TextDecoder.normalize(value).trimmingCharacters(in: .whitespacesAndNewlines)
            case let value as NSNumber:
                return value.stringValue
            case let values as [String] where !values.isEmpty:
                return values.joined(separator: ", ")
            case let nested as [String: Any]:
                if let name = nested["name"] as? String { return name }
            default:
                continue
            }
        }
        return nil
    }
}
