import Corpus

/// The links between records as positions in the corpus lists (0-based), built once so
/// that following a link from Lua never scans the corpus.
struct CorpusIndex {
    let articleByID: [String: Int]
    let actorByID: [String: Int]
    let claimByID: [String: Int]
    let actorsOfArticle: [[Int]]
    let claimsOfArticle: [[Int]]
    let quantitiesOfArticle: [[Int]]
    let claimsOfActor: [[Int]]
    let claimOfQuantity: [Int?]
    /// Lower-cased ids, names and aliases; the first actor to use a name keeps it, and
    /// actors come in order of first mention.
    let actorByName: [String: Int]

    init(_ corpus: Corpus) {
        articleByID = Self.positions(corpus.articles.map(\.id))
        actorByID = Self.positions(corpus.actors.map(\.id))
        claimByID = Self.positions(corpus.claims.map(\.id))

        // Each article's actors in order of their first mention in it (the title first).
        var firstMentions = Array(repeating: [(place: (Int, Int), actor: Int)](), count: corpus.articles.count)
        var actorByName: [String: Int] = [:]
        for (position, actor) in corpus.actors.enumerated() {
            var first: [Int: (Int, Int)] = [:]
            for mention in actor.mentions {
                guard let article = articleByID[mention.article] else { continue }
                let place = (mention.paragraph, mention.range.lowerBound)
                if first[article].map({ place < $0 }) ?? true { first[article] = place }
            }
            for (article, place) in first { firstMentions[article].append((place: place, actor: position)) }
            for name in [actor.id, actor.name] + actor.aliases where actorByName[name.lowercased()] == nil {
                actorByName[name.lowercased()] = position
            }
        }
        actorsOfArticle = firstMentions.map { mentions in mentions.sorted { ($0.place.0, $0.place.1, $0.actor) < ($1.place.0, $1.place.1, $1.actor) }.map(\.actor) }
        self.actorByName = actorByName

        var claimsOfArticle = Array(repeating: [Int](), count: corpus.articles.count)
        var claimsOfActor = Array(repeating: [Int](), count: corpus.actors.count)
        var claimOfQuantity = [Int?](repeating: nil, count: corpus.quantities.count)
        for (position, claim) in corpus.claims.enumerated() {
            if let article = articleByID[claim.article] { claimsOfArticle[article].append(position) }
            if let speaker = claim.speaker, let actor = actorByID[speaker] { claimsOfActor[actor].append(position) }
            for quantity in claim.quantities where quantity < claimOfQuantity.count { claimOfQuantity[quantity] = position }
        }
        self.claimsOfArticle = claimsOfArticle
        self.claimsOfActor = claimsOfActor
        self.claimOfQuantity = claimOfQuantity

        var quantitiesOfArticle = Array(repeating: [Int](), count: corpus.articles.count)
        for (position, quantity) in corpus.quantities.enumerated() {
            if let article = articleByID[quantity.article] { quantitiesOfArticle[article].append(position) }
        }
        self.quantitiesOfArticle = quantitiesOfArticle
    }

    /// The actor a name denotes, as `actor(name)` looks it up: ignoring case and a leading "the".
    func actor(named name: String) -> Int? {
        let key = name.lowercased()
        if let position = actorByName[key] { return position }
        guard key.hasPrefix("the ") else { return nil }
        return actorByName[String(key.dropFirst(4).drop(while: \.isWhitespace))]
    }

    private static func positions(_ ids: [String]) -> [String: Int] {
        var positions: [String: Int] = [:]
        for (position, id) in ids.enumerated() where positions[id] == nil { positions[id] = position }
        return positions
    }
}
