import Corpus

/// The links between records as positions in the corpus lists (0-based). Each table is
/// built the first time a script follows a link that needs it, and kept: a session that
/// only counts claims builds none, and following a link never scans the corpus twice.
final class CorpusIndex {
    private let corpus: Corpus

    init(_ corpus: Corpus) {
        self.corpus = corpus
    }

    /// Link fields read for every record at once (`FieldPath`), by "kind.field": the
    /// linked position of each record, -1 for none. A second count by speaker then reads
    /// an array instead of looking up each claim's speaker id again.
    private var linkColumns: [String: [Int]] = [:]

    func linkColumn(_ name: String, make: () -> [Int]) -> [Int] {
        if let known = linkColumns[name] { return known }
        let made = corpus.storedLinkColumn(name) ?? make()
        linkColumns[name] = made
        return made
    }

    private(set) lazy var articleByID = Corpus.firstPositions(of: corpus.articles.identifiers(\.id))
    private(set) lazy var actorByID = Corpus.firstPositions(of: corpus.actors.identifiers(\.id))
    private(set) lazy var claimByID = Corpus.firstPositions(of: corpus.claims.identifiers(\.id))

    /// Each article's actors in order of their first mention in it (the title first).
    var actorsOfArticle: [[Int]] { articleActors.actors }

    /// Beside each of `actorsOfArticle`, the positions in that actor's `mentions` from its
    /// first mention in the article to its last: what looking at one article's mentions
    /// reads, instead of every mention of an actor the whole corpus names.
    var mentionSpansOfArticle: [[Range<Int>]] { articleActors.spans }

    private lazy var articleActors: (actors: [[Int]], spans: [[Range<Int>]]) = {
        var firstMentions = Array(repeating: [(place: (Int, Int), actor: Int, span: Range<Int>)](), count: corpus.articles.count)
        corpus.actors.loadIntoMemory()
        // Every actor's mentions are a window on one table: this decodes all of them at once.
        corpus.actors.first?.mentions.loadIntoMemory()
        for (position, actor) in corpus.actors.enumerated() {
            var first: [Int: (place: (Int, Int), span: Range<Int>)] = [:]
            for (number, mention) in actor.mentions.enumerated() {
                guard let article = articleByID[mention.article] else { continue }
                let place = (mention.paragraph, mention.range.lowerBound)
                if let known = first[article] {
                    first[article] = (place < known.place ? place : known.place, known.span.lowerBound..<(number + 1))
                } else {
                    first[article] = (place, number..<(number + 1))
                }
            }
            for (article, found) in first { firstMentions[article].append((place: found.place, actor: position, span: found.span)) }
        }
        let sorted = firstMentions.map { mentions in
            mentions.sorted { ($0.place.0, $0.place.1, $0.actor) < ($1.place.0, $1.place.1, $1.actor) }
        }
        return (sorted.map { $0.map(\.actor) }, sorted.map { $0.map(\.span) })
    }()

    /// Lower-cased ids, names and aliases; the first actor to use a name keeps it, and
    /// actors come in order of first mention.
    private(set) lazy var actorByName: [String: Int] = {
        var actorByName: [String: Int] = [:]
        corpus.actors.loadIntoMemory()
        for (position, actor) in corpus.actors.enumerated() {
            for name in [actor.id, actor.name] + actor.aliases where actorByName[name.lowercased()] == nil {
                actorByName[name.lowercased()] = position
            }
        }
        return actorByName
    }()

    private struct ClaimLinks {
        var claimsOfArticle: [[Int]]
        var claimsOfActor: [[Int]]
        var claimOfQuantity: [Int?]
    }

    private lazy var claimLinks: ClaimLinks = {
        var links = ClaimLinks(claimsOfArticle: Array(repeating: [], count: corpus.articles.count),
                               claimsOfActor: Array(repeating: [], count: corpus.actors.count),
                               claimOfQuantity: Array(repeating: nil, count: corpus.quantities.count))
        corpus.claims.loadIntoMemory()
        for (position, claim) in corpus.claims.enumerated() {
            if let article = articleByID[claim.article] { links.claimsOfArticle[article].append(position) }
            if let speaker = claim.speaker, let actor = actorByID[speaker] { links.claimsOfActor[actor].append(position) }
            for quantity in claim.quantities where quantity < links.claimOfQuantity.count { links.claimOfQuantity[quantity] = position }
        }
        return links
    }()

    var claimsOfArticle: [[Int]] { claimLinks.claimsOfArticle }
    var claimsOfActor: [[Int]] { claimLinks.claimsOfActor }
    var claimOfQuantity: [Int?] { claimLinks.claimOfQuantity }

    private(set) lazy var quantitiesOfArticle: [[Int]] = {
        var quantitiesOfArticle = Array(repeating: [Int](), count: corpus.articles.count)
        corpus.quantities.loadIntoMemory()
        for (position, quantity) in corpus.quantities.enumerated() {
            if let article = articleByID[quantity.article] { quantitiesOfArticle[article].append(position) }
        }
        return quantitiesOfArticle
    }()

    /// The actor a name denotes, as `actor(name)` looks it up: ignoring case and a leading "the".
    func actor(named name: String) -> Int? {
        let key = name.lowercased()
        if let position = actorByName[key] { return position }
        guard key.hasPrefix("the ") else { return nil }
        return actorByName[String(key.dropFirst(4).drop(while: \.isWhitespace))]
    }

}
