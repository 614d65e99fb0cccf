/// The reduce stage over record files too large to hold as a corpus: two passes over the
/// files instead of one corpus in memory.
///
/// The first pass keeps of each record only what resolving actors and linking claims read
/// (its sightings, candidate runs and names, the article's id, place, title, text and date,
/// its claims without their words) and plans every article's rows: its id, its bounded
/// date, its claims' speakers and links, and where its rows go in each table. The second
/// pass reads the files again and hands over one whole article at a time, with its claims
/// and quantities, in the order the files hold them; `rows` says where in canonical order
/// they belong, so a writer that places rows by number writes the tables `CorpusReducer`
/// would, row for row.
public struct RecordFilesReduction: Sendable {
    /// Where one article's rows start in each table: the rows of every article before it
    /// in canonical order.
    public struct Rows: Sendable {
        public var article = 0, sentence = 0, dropped = 0, claim = 0, quantity = 0
    }

    /// One article of the second pass, as the corpus holds it.
    public struct ReducedArticle: Sendable {
        public var article: Article
        public var claims: [Claim]
        public var quantities: [Quantity]
        public var rows: Rows
    }

    private struct Plan: Sendable {
        var id: String
        var date: String?
        var dateSource: DateSource?
        var rows: Rows
    }

    public let actors: [Actor]
    /// Error records: input lines `lede map` could not use.
    public let failures: [RecordStream.LineFailure]
    /// What the actor dictionary's corrections could not apply.
    public let warnings: [CorpusWarning]
    private let files: [String]
    private let dictionary: ActorDictionary?
    /// Canonical order.
    private let plans: [Plan]
    /// The canonical position of each record, in the order the files hold them.
    private let positions: [Int]
    /// Every claim in canonical order, without its words: the second pass puts them back.
    private let claims: [Claim]

    public var articleCount: Int { plans.count }

    /// The first pass. `sources` are record files or folders of them, never standard input:
    /// the second pass reads them again.
    public init(sources: [String], dictionary: ActorDictionary?) throws(RecordStream.ReadError) {
        files = try RecordStream.files(of: sources)
        self.dictionary = dictionary
        var kept: [ArticleRecord] = []
        var counts: [Rows] = []
        var failures: [RecordStream.LineFailure] = []
        try RecordStream.forEachEntry(in: files, dictionary: dictionary) { entry in
            switch entry {
            case .record(let record):
                counts.append(Rows(article: 1, sentence: record.article.sentences.count, dropped: record.article.dropped.count,
                                   claim: record.claims.count, quantity: record.quantities.count))
                kept.append(Self.resolvable(record))
            case .failure(let failure):
                failures.append(failure)
            }
        }
        self.failures = failures

        let order = CorpusReducer.canonicalPositions(kept)
        var positions = [Int](repeating: 0, count: order.count)
        for (position, index) in order.enumerated() { positions[index] = position }
        self.positions = positions
        var records = order.map { kept[$0] }
        kept = []
        CorpusReducer.uniqueIDs(&records)
        let articles = CorpusReducer.boundedDates(records.map(\.article))

        var plans: [Plan] = []
        plans.reserveCapacity(order.count)
        var next = Rows()
        for (article, index) in zip(articles, order) {
            plans.append(Plan(id: article.id, date: article.date, dateSource: article.dateSource, rows: next))
            let count = counts[index]
            next.article += 1
            next.sentence += count.sentence
            next.dropped += count.dropped
            next.claim += count.claim
            next.quantity += count.quantity
        }

        let resolved = ActorResolver.resolve(consume records, dictionary: dictionary ?? .builtin)
        var claims: [Claim] = []
        var words: [String] = []
        for ((record, plan), (locals, namesFound)) in zip(zip(resolved.records, plans), zip(resolved.localActors, resolved.namesFound)) {
            claims += CorpusReducer.claims(of: record, locals: locals, namesFound: namesFound,
                                           quantityCount: counts[order[plan.rows.article]].quantity, quantityOffset: plan.rows.quantity)
            words += record.claims.map(\.words)
        }
        Corroboration.link(&claims, words: words)
        words = []
        // The corrections read actors, claims and the articles' order, as after `CorpusReducer.reduce`.
        var corpus = Corpus(articles: articles.map { Article(id: $0.id, path: $0.path, title: "", paragraphs: []) }, actors: resolved.actors)
        corpus.claims = claims
        claims = []
        dictionary?.corrections.apply(to: &corpus)
        (actors, warnings, self.claims, self.plans) = (corpus.actors, corpus.warnings, corpus.claims, plans)
    }

    /// The second pass: every article in the order the files hold them. Stops at the first
    /// error `body` throws; a file that changed since the first pass is an error too.
    public func forEachArticle(_ body: (ReducedArticle) throws -> Void) throws {
        var index = 0
        var thrown: (any Error)?
        try RecordStream.forEachEntry(in: files, dictionary: dictionary) { entry in
            guard thrown == nil, case .record(let record) = entry else { return }
            defer { index += 1 }
            guard positions.indices.contains(index) else {
                thrown = RecordStream.ReadError(source: files.joined(separator: ", "), line: 0, message: "more records than on the first reading")
                return
            }
            let plan = plans[positions[index]]
            var article = record.article
            (article.id, article.date, article.dateSource) = (plan.id, plan.date, plan.dateSource)
            let planned = claims[plan.rows.claim..<min(claims.count, plan.rows.claim + record.claims.count)]
            guard planned.count == record.claims.count else {
                thrown = RecordStream.ReadError(source: article.path, line: 0, message: "the record changed since the first reading")
                return
            }
            let claims = zip(planned, record.claims).map { claim, local in
                var claim = claim
                claim.content = local.content
                return claim
            }
            let quantities = record.quantities.map { quantity in
                var quantity = quantity
                quantity.article = plan.id
                return quantity
            }
            do {
                try body(ReducedArticle(article: article, claims: claims, quantities: quantities, rows: plan.rows))
            } catch {
                thrown = error
            }
        }
        if let thrown { throw thrown }
        guard index == positions.count else {
            throw RecordStream.ReadError(source: files.joined(separator: ", "), line: 0, message: "fewer records than on the first reading")
        }
    }

    /// What the first pass keeps of a record: no sentences, paragraphs, dropped lines,
    /// quantities or claim contents (the second pass reads them again).
    private static func resolvable(_ record: ArticleRecord) -> ArticleRecord {
        var record = record
        record.article.sentences = []
        record.article.paragraphRanges = []
        record.article.dropped = []
        record.quantities = []
        for index in record.claims.indices { record.claims[index].content = "" }
        return record
    }
}
