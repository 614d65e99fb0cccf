import Foundation

/// Article records as JSON Lines: what `lede map` writes and `lede reduce` reads, one
/// object a line. Documented field by field in the README ("Article records"); other tools
/// read and write it, so a change to it changes `format`.
///
/// Every line is `{"format": "lede-record 1", "extraction": N, "dictionary": "…",
/// "record": {…}}`, or, for an input line that could not be mapped,
/// `{"format": "lede-record 1", "error": {"line": N, "id": "…", "message": "…"}}`.
public enum RecordStream {
    public static let format = "lede-record 1"

    struct Line: Codable {
        var format: String
        var extraction: Int?
        var dictionary: String?
        var record: ArticleRecord?
        var error: LineFailure?
    }

    /// An input line that gave no record, and why.
    public struct LineFailure: Error, Codable, Sendable, Equatable {
        /// 1-based line of the input.
        public var line: Int
        /// The input's `id`, when it could be read.
        public var id: String?
        /// Where the input line says its article came from (`path:line`, or `path`).
        public var source: String?
        public var message: String

        public init(line: Int, id: String? = nil, source: String? = nil, message: String) {
            (self.line, self.id, self.source, self.message) = (line, id, source, message)
        }
    }

    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        // One byte sequence for one record: keys sorted, slashes as they are.
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// One output line (without its newline) for `record`.
    static func line(for record: ArticleRecord, dictionary: String, encoder: JSONEncoder) -> String {
        let line = Line(format: format, extraction: ExtractionVersion.current, dictionary: dictionary, record: record)
        // Every field is a string, number, list or object of those: encoding cannot fail.
        return (try? encoder.encode(line)).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    static func line(for failure: LineFailure, encoder: JSONEncoder) -> String {
        let line = Line(format: format, error: failure)
        return (try? encoder.encode(line)).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    /// What one line of a record stream holds.
    public enum Entry: Sendable {
        case record(ArticleRecord)
        /// An error record: the map stage could not use that input line.
        case failure(LineFailure)
    }

    /// Why a line of a record stream cannot be used.
    public struct ReadError: Error, CustomStringConvertible, Sendable {
        public var source: String
        /// 0 for a problem with the whole source.
        public var line: Int
        public var message: String
        public var description: String { line > 0 ? "\(source):\(line): \(message)" : "\(source): \(message)" }
    }

    /// The fields that say what a line is, read on their own when the whole line does not
    /// decode: a record of another version then says so, not which field it lacks.
    private struct Header: Decodable {
        var format: String?
        var extraction: Int?
        var dictionary: String?
    }

    /// Reads one line made by `lede map` with the actor dictionary named `dictionary`, of
    /// `entries` entries.
    public static func entry(_ text: Substring, source: String, line: Int, dictionary: String, entries: Int) throws(ReadError) -> Entry {
        func fail(_ message: String) -> ReadError { ReadError(source: source, line: line, message: message) }
        let decoded: Line
        do {
            decoded = try JSONDecoder().decode(Line.self, from: Data(text.utf8))
        } catch {
            if let header = try? JSONDecoder().decode(Header.self, from: Data(text.utf8)) {
                if let format = header.format, format != Self.format { throw fail("format '\(format)', expected '\(Self.format)'") }
                if let extraction = header.extraction, extraction != ExtractionVersion.current {
                    throw fail("made by extraction version \(extraction), this lede has \(ExtractionVersion.current): map it again")
                }
            }
            throw fail("not an article record (\(Self.reason(error)))")
        }
        guard decoded.format == format else { throw fail("format '\(decoded.format)', expected '\(format)'") }
        if let failure = decoded.error { return .failure(failure) }
        guard let record = decoded.record else { throw fail("neither a record nor an error") }
        guard decoded.extraction == ExtractionVersion.current else {
            throw fail("made by extraction version \(decoded.extraction.map(String.init) ?? "?"), this lede has \(ExtractionVersion.current): map it again")
        }
        guard decoded.dictionary == dictionary else {
            throw fail("made with another actor dictionary (\(decoded.dictionary ?? "?"), here \(dictionary)): give reduce the same --actors as map")
        }
        if let problem = record.problem(entries: entries) { throw fail(problem) }
        return .record(record.withExactCapacity())
    }

    private static func reason(_ error: Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        switch error {
        case .dataCorrupted(let context), .keyNotFound(_, let context), .typeMismatch(_, let context), .valueNotFound(_, let context):
            let path = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
            let missing = if case .keyNotFound(let key, _) = error { "missing '\(key.stringValue)'" } else { context.debugDescription }
            return path.isEmpty ? missing : "\(path): \(missing)"
        @unknown default:
            return "\(error)"
        }
    }
}

extension ArticleRecord {
    /// What is wrong with a record made elsewhere, before any index or offset in it is
    /// trusted; `entries` is the size of the actor dictionary its referents point into.
    func problem(entries: Int) -> String? {
        guard article.isConsistent else { return "article \(article.id): a paragraph or sentence outside its text" }
        let (locals, sightingCount, quantityCount) = (localTypes.count, sightings.count, quantities.count)
        let titleLength = article.title.utf8.count, textLength = article.text.utf8.count
        func fits(_ range: Range<Int>, inTitle: Bool) -> Bool { range.lowerBound >= 0 && range.upperBound <= (inTitle ? titleLength : textLength) }
        func isLocal(_ index: Int) -> Bool { (0..<locals).contains(index) }
        func isSighting(_ index: Int?) -> Bool { index.map { (0..<sightingCount).contains($0) } ?? true }
        func isKnown(_ referent: Referent) -> Bool {
            if case .entry(let index) = referent { return (0..<entries).contains(index) }
            return true
        }
        let problems: [(Bool, String)] = [
            (sightings.allSatisfy { isLocal($0.local) && isSighting($0.affiliation) }, "a sighting's local actor or affiliation"),
            (sightings.allSatisfy { fits($0.range, inTitle: $0.inTitle) }, "a sighting's range"),
            ((sightings.map(\.referent) + namedForms.map(\.referent) + acronyms.map(\.referent)).allSatisfy(isKnown),
             "a dictionary entry (the record was made with another dictionary)"),
            (candidates.allSatisfy { run in
                run.words.count == run.ranges.count && isSighting(run.affiliation) && run.ranges.allSatisfy { fits($0, inTitle: run.inTitle) }
                    && zip(run.ranges, run.ranges.dropFirst()).allSatisfy { $0.upperBound <= $1.lowerBound }
            }, "a candidate run's words and ranges"),
            (claims.allSatisfy { $0.speaker.map(isLocal) ?? true && $0.via.allSatisfy(isLocal) }, "a claim's speaker or via"),
            (claims.allSatisfy { $0.quantities.allSatisfy { (0..<quantityCount).contains($0) } }, "a claim's quantities"),
            (claims.allSatisfy { fits($0.contentRange, inTitle: $0.paragraph == 0)
                && $0.attributionRange.map { fits($0, inTitle: false) || fits($0, inTitle: true) } ?? true }, "a claim's range"),
            (quantities.allSatisfy { fits($0.range, inTitle: false) }, "a quantity's range"),
        ]
        return problems.first { !$0.0 }.map { "article \(article.id): \($0.1) points outside the record" }
    }
}

/// A referent as the record format writes it: `{"kind": "person", "words": […]}` and so on.
extension Referent: Codable {
    private enum CodingKeys: String, CodingKey {
        case kind, entry, words, type, key, article, role, acronym
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .entry(let index):
            try container.encode("entry", forKey: .kind)
            try container.encode(index, forKey: .entry)
        case .person(let words):
            try container.encode("person", forKey: .kind)
            try container.encode(words, forKey: .words)
        case .named(let type, let key):
            try container.encode("named", forKey: .kind)
            try container.encode(type, forKey: .type)
            try container.encode(key, forKey: .key)
        case .anonymous(let key, let article):
            try container.encode("anonymous", forKey: .kind)
            try container.encode(key, forKey: .key)
            try container.encode(article, forKey: .article)
        case .description(let role, _):
            // The token index is map's own business; the sighting's `affiliation` says it in records.
            try container.encode("description", forKey: .kind)
            try container.encode(role, forKey: .role)
        case .acronym(let acronym):
            try container.encode("acronym", forKey: .kind)
            try container.encode(acronym, forKey: .acronym)
        }
    }

    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(String.self, forKey: .kind) {
        case "entry": self = .entry(try container.decode(Int.self, forKey: .entry))
        case "person": self = .person(try container.decode([String].self, forKey: .words))
        case "named": self = .named(try container.decode(ActorType.self, forKey: .type), key: try container.decode(String.self, forKey: .key))
        case "anonymous":
            self = .anonymous(key: try container.decode(String.self, forKey: .key), article: try container.decode(String.self, forKey: .article))
        case "description":
            self = .description(role: try container.decode([String].self, forKey: .role), affiliationToken: nil)
        case "acronym": self = .acronym(try container.decode(String.self, forKey: .acronym))
        case let kind:
            throw DecodingError.dataCorruptedError(forKey: .kind, in: container, debugDescription: "unknown referent kind '\(kind)'")
        }
    }
}

extension RecordStream {
    /// The records in record streams: standard input for `-`, files, and folders (their
    /// `.jsonl` files, in byte order of their paths). Error records are counted, not kept:
    /// `lede map` already said what was wrong with each. With a `spool`, what reduce reads
    /// only at its end is set aside there as each record is read.
    public static func records(from sources: [String], dictionary: ActorDictionary?, settingAsideIn spool: RecordSpool? = nil)
        throws(ReadError) -> (records: [ArticleRecord], failures: [LineFailure]) {
        let key = ActorDictionary.key(dictionary)
        let entryCount = (dictionary ?? .builtin).entries.count
        var records: [ArticleRecord] = []
        var failures: [LineFailure] = []
        for source in sources {
            for file in try files(in: source) {
                let name = file == "-" ? "<stdin>" : file
                guard var reader = LineReader(path: file) else {
                    throw ReadError(source: name, line: 0, message: "cannot read: \(String(cString: strerror(errno)))")
                }
                // A batch at a time: the records are kept, the text of the lines is not.
                while true {
                    let batch: [(number: Int, line: Substring)]
                    do {
                        batch = try reader.next(1024)
                    } catch {
                        throw ReadError(source: name, line: reader.linesRead + 1, message: "cannot read: \(error.reason)")
                    }
                    // (A spool that failed to write stops the reading: reduce reports it next.)
                    if batch.isEmpty || spool?.hasFailed == true { break }
                    let decoded = batch.parallelMap { number, line -> Result<Entry, ReadError> in
                        Result { () throws(ReadError) -> Entry in
                            try entry(line, source: name, line: number, dictionary: key, entries: entryCount)
                        }
                    }
                    for entry in decoded {
                        switch entry {
                        case .success(.record(var record)):
                            spool?.setAside(&record)
                            records.append(record)
                        case .success(.failure(let failure)): failures.append(failure)
                        case .failure(let error): throw error
                        }
                    }
                }
            }
        }
        return (records, failures)
    }

    private static func files(in source: String) throws(ReadError) -> [String] {
        if source == "-" { return ["-"] }
        do {
            return try ArticleFiles.list(source, extensions: ["jsonl"]).files
        } catch {
            switch error {
            case .notFound: throw ReadError(source: source, line: 0, message: "does not exist")
            case .unreadable(_, let reason): throw ReadError(source: source, line: 0, message: reason)
            }
        }
    }
}

private extension ArticleRecord {
    /// The record with every array allocated to its length. A decoder grows an array by
    /// doubling it, so decoded records hold a quarter more than they use on average: at a
    /// hundred thousand records, reduce's peak memory is mostly them.
    func withExactCapacity() -> ArticleRecord {
        func exact<Element>(_ array: [Element]) -> [Element] { array.capacity == array.count ? array : array.map { $0 } }
        var record = self
        record.article.paragraphRanges = exact(article.paragraphRanges)
        record.article.sentences = exact(article.sentences)
        record.article.dropped = exact(article.dropped)
        record.sightings = exact(sightings)
        record.candidates = exact(candidates)
        record.namedForms = exact(namedForms)
        record.acronyms = exact(acronyms)
        record.localTypes = exact(localTypes)
        record.claims = exact(claims)
        record.quantities = exact(quantities)
        return record
    }
}
