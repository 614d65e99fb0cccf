import Corpus
import Foundation
import SQLite

/// Opens the database `lede export --format sqlite` or `lede reduce --format sqlite` wrote
/// as a corpus, so that a corpus built elsewhere (on Spark, by a nightly job) opens in the
/// REPL without any text being read again. What the tables do not hold stays empty: the
/// files the corpus came from.
public enum SQLiteCorpus {
    /// Whether `path` is an SQLite database file (by its header, not its name).
    public static func isDatabase(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        return header == Data("SQLite format 3\0".utf8)
    }

    public static func read(_ path: String) throws(CorpusError) -> Corpus {
        do {
            let database = try Database(path: path, readOnly: true)
            guard let version = try database.integer("PRAGMA user_version"), version == Int64(Export.version) else {
                throw CorpusError.unreadable(path: path, reason: "not a lede export of version \(Export.version)")
            }
            return try Reader(database: database, path: path).corpus()
        } catch let error as CorpusError {
            throw error
        } catch {
            throw CorpusError.unreadable(path: path, reason: "\(error)")
        }
    }

    /// UTF-8 ranges of the blank-line-separated paragraphs of `text`.
    static func paragraphRanges(of text: String) -> [Range<Int>] {
        guard !text.isEmpty else { return [] }
        var ranges: [Range<Int>] = []
        var start = 0
        var previousNewline = false
        for (offset, byte) in text.utf8.enumerated() {
            if byte == UInt8(ascii: "\n"), previousNewline {
                ranges.append(start..<(offset - 1))
                start = offset + 1
                previousNewline = false
                continue
            }
            previousNewline = byte == UInt8(ascii: "\n")
        }
        ranges.append(start..<text.utf8.count)
        return ranges
    }

    private struct Reader {
        let database: Database
        let path: String

        func fail(_ reason: String) -> CorpusError { .unreadable(path: path, reason: reason) }

        /// Runs `sql` and hands each row to `row`.
        func rows(_ sql: String, _ row: (Statement) throws -> Void) throws {
            let statement = try database.prepare(sql)
            while try statement.step() { try row(statement) }
        }

        func text(_ statement: Statement, _ column: Int32) -> String? { statement.isNull(column) ? nil : statement.text(column) }
        func int(_ statement: Statement, _ column: Int32) -> Int? { statement.isNull(column) ? nil : Int(statement.integer(column)) }
        func real(_ statement: Statement, _ column: Int32) -> Double? { statement.isNull(column) ? nil : statement.real(column) }

        /// 1-based inclusive offsets as the tables write them, back to a half-open range.
        func range(_ statement: Statement, _ start: Int32, _ end: Int32) -> Range<Int> {
            let lower = Int(statement.integer(start)) - 1
            return lower..<max(lower, Int(statement.integer(end)))
        }

        func list<Element: Decodable>(_ json: String?, of type: Element.Type) throws -> [Element] {
            guard let json, !json.isEmpty else { return [] }
            return try JSONDecoder().decode([Element].self, from: Data(json.utf8))
        }

        /// Every offset inside the text it points into (the title for paragraph 0), and every
        /// article it names present: an edited or damaged database is refused, not sliced
        /// out of bounds later.
        func checkOffsets(articles: [Article], actors: [Actor], claims: [Claim], quantities: [Quantity]) throws {
            var lengths: [String: (text: Int, title: Int)] = [:]
            for article in articles { lengths[article.id] = (article.text.utf8.count, article.title.utf8.count) }
            func fits(_ range: Range<Int>, article: String, inTitle: Bool) -> Bool {
                guard let length = lengths[article] else { return false }
                return range.lowerBound >= 0 && range.upperBound <= (inTitle ? length.title : length.text)
            }
            for actor in actors {
                for mention in actor.mentions where !fits(mention.range, article: mention.article, inTitle: mention.paragraph == 0) {
                    throw fail("a mention of \(actor.id) outside the text of article \(mention.article)")
                }
            }
            for claim in claims {
                let inTitle = claim.paragraph == 0
                guard fits(claim.contentRange, article: claim.article, inTitle: inTitle),
                      claim.attributionRange.map({ fits($0, article: claim.article, inTitle: inTitle) }) ?? true
                else { throw fail("claim \(claim.id) outside the text of article \(claim.article)") }
            }
            for quantity in quantities where !fits(quantity.range, article: quantity.article, inTitle: false) {
                throw fail("a quantity outside the text of article \(quantity.article)")
            }
        }

        func corpus() throws -> Corpus {
            var sentences: [String: [Sentence]] = [:]
            try rows("SELECT article, paragraph, start, \"end\" FROM sentences ORDER BY rowid") { row in
                sentences[text(row, 0) ?? "", default: []].append(Sentence(range: range(row, 2, 3), paragraph: Int(row.integer(1)) - 1))
            }
            var dropped: [String: [DroppedLine]] = [:]
            try rows("SELECT article, line, reason, text FROM dropped ORDER BY rowid") { row in
                dropped[text(row, 0) ?? "", default: []].append(DroppedLine(line: Int(row.integer(1)), text: text(row, 3) ?? "", reason: text(row, 2) ?? ""))
            }
            var articles: [Article] = []
            try rows("SELECT id, path, line, title, date, date_source, author, outlet, url, words, encoding, text FROM articles ORDER BY rowid") { row in
                let id = text(row, 0) ?? ""
                let body = text(row, 11) ?? ""
                var article = Article(id: id, path: text(row, 1) ?? "", line: int(row, 2), title: text(row, 3) ?? "", date: text(row, 4),
                                      dateSource: text(row, 5).flatMap(DateSource.init(rawValue:)), author: text(row, 6),
                                      outlet: text(row, 7), url: text(row, 8), paragraphs: [], dropped: dropped[id] ?? [])
                // The text, sentences and word count as the tables hold them, not a new
                // segmentation: they are what the offsets everywhere else point into. The text is
                // the paragraphs joined by blank lines, as the reader made it.
                article.text = body
                article.paragraphRanges = SQLiteCorpus.paragraphRanges(of: body)
                if let encoding = text(row, 10) {
                    guard let known = TextEncoding(rawValue: encoding) else { throw fail("article \(id): unknown encoding \(encoding)") }
                    article.encoding = known
                }
                article.sentences = sentences[id] ?? []
                article.words = Int(row.integer(9))
                let length = body.utf8.count
                guard article.sentences.allSatisfy({ $0.range.lowerBound >= 0 && $0.range.upperBound <= length }) else {
                    throw fail("article \(id): a sentence outside its text")
                }
                // (A text edited to hold another blank line would shift every paragraph number.)
                guard article.isConsistent else { throw fail("article \(id): a sentence in a paragraph its text does not have") }
                articles.append(article)
            }
            var mentions: [String: [Mention]] = [:]
            try rows("SELECT actor, article, paragraph, sentence, start, \"end\", text, role FROM mentions ORDER BY rowid") { row in
                mentions[text(row, 0) ?? "", default: []].append(Mention(article: text(row, 1) ?? "", paragraph: Int(row.integer(2)),
                                                                         sentence: Int(row.integer(3)), range: range(row, 4, 5),
                                                                         text: text(row, 6) ?? "", role: text(row, 7)))
            }
            var actors: [Actor] = []
            try rows("SELECT id, name, type, role, affiliation, aliases FROM actors ORDER BY rowid") { row in
                let id = text(row, 0) ?? ""
                guard let type = text(row, 2).flatMap(ActorType.init(rawValue:)) else { throw fail("actor \(id): unknown type") }
                actors.append(Actor(id: id, name: text(row, 1) ?? "", type: type, aliases: try list(text(row, 5), of: String.self),
                                    role: text(row, 3), affiliation: text(row, 4), mentions: mentions[id] ?? []))
            }
            var quantities: [Quantity] = []
            // Claims name quantities by id: a table filtered since keeps its links right.
            var quantityIndex: [Int: Int] = [:]
            try rows("SELECT article, paragraph, start, \"end\", text, kind, value, high, unit, bound, km, km_high, id FROM quantities ORDER BY id") { row in
                quantityIndex[Int(row.integer(12))] = quantities.count
                guard let kind = text(row, 5).flatMap(Quantity.Kind.init(rawValue:)) else { throw fail("a quantity of unknown kind") }
                quantities.append(Quantity(article: text(row, 0) ?? "", paragraph: Int(row.integer(1)), range: range(row, 2, 3),
                                           text: text(row, 4) ?? "", kind: kind, value: row.real(6), high: real(row, 7),
                                           unit: text(row, 8) ?? "", bound: text(row, 9), kilometres: real(row, 10), kilometresHigh: real(row, 11)))
            }
            var claims: [Claim] = []
            try rows("""
                SELECT id, article, paragraph, sentence, speaker, speaker_text, cue, addressee_text, kind, content, start, "end",
                       via, quantities, corroborated_by, attribution_start, attribution_end FROM claims ORDER BY rowid
                """) { row in
                let id = text(row, 0) ?? ""
                guard let kind = text(row, 8).flatMap(ClaimKind.init(rawValue:)) else { throw fail("claim \(id): unknown kind") }
                let numbers = try list(text(row, 13), of: Int.self).compactMap { quantityIndex[$0] }
                guard numbers.count == (try list(text(row, 13), of: Int.self)).count else {
                    throw fail("claim \(id): a quantity that is not in the table")
                }
                claims.append(Claim(id: id, article: text(row, 1) ?? "", paragraph: Int(row.integer(2)), sentence: Int(row.integer(3)),
                                    speaker: text(row, 4), speakerText: text(row, 5), cue: text(row, 6) ?? "", addressee: text(row, 7),
                                    kind: kind, content: text(row, 9) ?? "", contentRange: range(row, 10, 11),
                                    attributionRange: row.isNull(15) ? nil : range(row, 15, 16),
                                    via: try list(text(row, 12), of: String.self), quantities: numbers,
                                    corroboratedBy: try list(text(row, 14), of: String.self)))
            }
            try checkOffsets(articles: articles, actors: actors, claims: claims, quantities: quantities)
            var corpus = Corpus(articles: articles, actors: actors, paths: [path])
            corpus.claims = Records(claims)
            corpus.quantities = Records(quantities)
            return corpus
        }
    }
}
