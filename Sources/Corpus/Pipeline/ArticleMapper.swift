/// The map stage: one article to one `ArticleRecord`, looking at nothing but the article,
/// the actor dictionary and the word lists lede ships.
///
/// Tokens are made once and dropped at the end: a record keeps offsets, not tokens, so
/// that reduce never reads text.
struct ArticleMapper: Sendable {
    let gazetteer: Gazetteer

    init(dictionary: ActorDictionary) {
        gazetteer = Gazetteer(dictionary)
    }

    func map(_ article: Article) -> ArticleRecord {
        let tokens = ArticleTokens(article)
        let finder = ActorFinder(gazetteer: gazetteer, vocabulary: OrdinaryWords(lowercaseWordsOf: tokens.body))
        let found = finder.find(in: article, tokens: tokens.body, titleTokens: tokens.title)
        var acronyms: [String: Referent] = [:]
        for (acronym, referent) in found.acronyms where acronyms[acronym] == nil { acronyms[acronym] = referent }

        // Names the article spells out in one place, found again where the rules alone did
        // not see them: a surname opening a sentence, a name in the headline.
        let personWords = found.body.compactMap { sighting -> [String]? in
            if case .person(let words) = sighting.referent { return words } else { return nil }
        }
        let people = PersonRegistry(personWords)
        var named = found.body.compactMap { sighting -> NamedForm? in
            guard case .named = sighting.referent else { return nil }
            var words = sighting.tokens.map { tokens.body[$0].text }
            if words.count > 1, words[0].lowercased() == "the" { words.removeFirst() }
            return NamedForm(words: words, referent: sighting.referent)
        }
        let known = KnownNames(people: people, named: named.map { ($0.words, $0.referent) }, acronyms: acronyms)
        let title = known.complete(found.title, tokens: tokens.title, article: article, finder: finder, inTitle: true)
        let body = known.complete(found.body, tokens: tokens.body, article: article, finder: finder, inTitle: false)

        var locals = LocalActors(gazetteer: gazetteer, people: people, acronyms: acronyms)
        var sightings: [RecordSighting] = []
        var actorAt: [Int: ClaimFinder.MentionRef] = [:]
        var titleActorAt: [Int: ClaimFinder.MentionRef] = [:]
        for (list, listTokens, inTitle) in [(title, tokens.title, true), (body, tokens.body, false)] {
            let offset = sightings.count
            for (position, sighting) in list.enumerated() {
                let affiliation = sighting.affiliationToken.flatMap { token in
                    list.firstIndex { $0.tokens.contains(token) && $0.tokens != sighting.tokens }
                }.map { $0 + offset }
                let local = locals.actor(for: sighting, affiliation: affiliation, list: list, offset: offset,
                                         earlier: sightings[offset..<(offset + position)])
                sightings.append(Self.record(sighting, tokens: listTokens, affiliation: affiliation, local: local))
                let reference = ClaimFinder.MentionRef(actor: String(local), type: locals.types[local], tokens: sighting.tokens)
                for index in sighting.tokens {
                    if inTitle { titleActorAt[index] = reference } else { actorAt[index] = reference }
                }
            }
        }

        var candidates = Self.candidates(title, tokens: tokens.title, article: article, finder: finder, inTitle: true, offset: 0)
            + Self.candidates(body, tokens: tokens.body, article: article, finder: finder, inTitle: false, offset: title.count)

        let quantities = QuantityFinder.find(in: article, tokens: tokens.body)
        var claimFinder = ClaimFinder(article: article, tokens: tokens.body, titleTokens: tokens.title,
                                      actorAt: actorAt, titleActorAt: titleActorAt)
        claimFinder.sexOf = claimFinder.sexWithPronounEvidence(Self.sexOfPeople(sightings))
        claimFinder.sexGuessedFromName = Self.sexGuessedFromName(sightings)
        var foundClaims = claimFinder.find()
        for index in foundClaims.indices {
            let claimTokens = foundClaims[index].inTitle ? tokens.title : tokens.body
            guard let sighting = DescribedSpeaker.sighting(for: foundClaims[index], tokens: claimTokens,
                                                           text: foundClaims[index].inTitle ? article.title : article.text, articleID: article.id)
            else { continue }
            let local = locals.actor(for: sighting, affiliation: nil, list: [], offset: 0, earlier: [])
            foundClaims[index].speaker = String(local)
            // (Both halves of a quote split by "a spokesman said" name him once.)
            let record = Self.record(sighting, tokens: claimTokens, affiliation: nil, local: local)
            if !sightings.contains(record) { sightings.append(record) }
        }
        // "…,” said a police dispatcher. “We haven't been able to get inside.”": the quote that goes
        // on is the described speaker's too.
        for index in foundClaims.indices.dropFirst() where foundClaims[index].continuesPrevious && foundClaims[index].speaker == nil {
            foundClaims[index].speaker = foundClaims[index - 1].speaker
        }
        foundClaims = CarriedSpeaker.carry(foundClaims, body: tokens.body, types: locals.types)
        let claims = foundClaims.map { found in
            Self.claim(found, article: article, tokens: found.inTitle ? tokens.title : tokens.body, quantities: quantities)
        }
        // "the Tora Bora region", where no rule took the name: a run of capitals that a word for an
        // area or a landform follows.
        // (A given name may open it: "Tora" is one, and "the Tora Bora mountains" still a place.)
        func namesAnArea(_ run: CandidateRun) -> Bool {
            guard !run.inTitle, let last = run.ranges.last else { return false }
            let next = tokens.body.partitioningIndex { $0.range.lowerBound > last.upperBound }
            guard next < tokens.body.count else { return false }
            let word = tokens.body[next]
            return word.range.lowerBound == last.upperBound + 1 && word.isWord && !word.isCapitalized
                && ActorLexicon.isAreaWord(word.lowercased)
        }
        let namesArea = candidates.map(namesAnArea)
        let areaRuns = zip(candidates, namesArea).filter(\.1).map(\.0.words)
        // Nor is reduce to find a person in them ("the Hunter region" in an article about Ana Hunter).
        candidates = zip(candidates, namesArea).filter { !$0.1 }.map(\.0)
        // After the article's own forms: a place here names no actor in this article, only in
        // others that write the name bare. (Two words or more: "the Hunter region" must not make
        // every "Hunter said" a place.)
        for var words in found.placeNames + areaRuns {
            if words.first == "The" { words.removeFirst() }
            guard words.count > 1, !named.contains(where: { $0.words == words }) else { continue }
            named.append(NamedForm(words: words, referent: .named(.place, key: ActorFinder.Scan.key(words.joined(separator: " ")))))
        }
        return ArticleRecord(article: article, sightings: sightings, candidates: candidates, namedForms: named,
                             acronyms: found.acronyms.map { AcronymDefinition(acronym: $0.0, referent: $0.1) },
                             localTypes: locals.types, claims: claims, quantities: quantities)
    }

    /// What a record keeps of a sighting: offsets, not tokens, and for a role the sighting its
    /// affiliation points at rather than a token.
    private static func record(_ sighting: Sighting, tokens: [Token], affiliation: Int?, local: Int) -> RecordSighting {
        let first = tokens[sighting.tokens.lowerBound], last = tokens[sighting.tokens.upperBound - 1]
        var referent = sighting.referent
        if case .description(let role, _) = referent { referent = .description(role: role, affiliationToken: nil) }
        return RecordSighting(referent: referent, inTitle: sighting.inTitle, surface: sighting.surface, role: sighting.role,
                              displayName: sighting.displayName, range: first.range.lowerBound..<last.range.upperBound,
                              paragraph: sighting.inTitle ? 0 : first.paragraph + 1, sentence: sighting.inTitle ? 0 : first.sentence + 1,
                              affiliation: affiliation, local: local)
    }

    /// Titles that say whether a person is a man or a woman.
    static let maleTitles: Set<String> = ["mr", "mr.", "sir", "lord", "king", "prince", "father", "brother", "chairman", "congressman", "spokesman", "businessman"]
    static let femaleTitles: Set<String> = ["mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "queen", "princess", "mother", "sister",
                                            "chairwoman", "congresswoman", "spokeswoman", "businesswoman"]

    /// The sex of each local person the article shows it for, by a given name or a title.
    /// The local people whose sex no title says, only their given name.
    private static func sexGuessedFromName(_ sightings: [RecordSighting]) -> Set<String> {
        var titled = Set<String>(), named = Set<String>()
        for sighting in sightings {
            guard case .person(let words) = sighting.referent else { continue }
            let title = sighting.role?.lowercased().split(separator: " ").map(String.init) ?? []
            if title.contains(where: { maleTitles.contains($0) || femaleTitles.contains($0) }) { titled.insert(String(sighting.local)) }
            if words.count >= 2, NameLists.sex(ofGivenName: words[0]) != nil { named.insert(String(sighting.local)) }
        }
        return named.subtracting(titled)
    }

    private static func sexOfPeople(_ sightings: [RecordSighting]) -> [String: NameLists.Sex] {
        var sex: [String: NameLists.Sex] = [:]
        var titled = Set<String>()
        for sighting in sightings {
            guard case .person(let words) = sighting.referent else { continue }
            let title = sighting.role?.lowercased().split(separator: " ").map(String.init) ?? []
            var found: NameLists.Sex?
            if title.contains(where: maleTitles.contains) { found = .male }
            if title.contains(where: femaleTitles.contains) { found = .female }
            // (A title says more than a list of given names: "Jodee Rich …. Mr Rich says" is a man.)
            if found != nil { titled.insert(String(sighting.local)) }
            if found == nil, words.count >= 2, !titled.contains(String(sighting.local)) { found = NameLists.sex(ofGivenName: words[0]) }
            if let found, sex[String(sighting.local)] == nil || titled.contains(String(sighting.local)) { sex[String(sighting.local)] = found }
        }
        return sex
    }

    /// The runs of capitalised words `sightings` leave uncovered, less a lone ordinary word
    /// opening a sentence ("However"), which no other article can make a name.
    private static func candidates(_ sightings: [Sighting], tokens: [Token], article: Article, finder: ActorFinder,
                                   inTitle: Bool, offset: Int) -> [CandidateRun] {
        var covered = [Bool](repeating: false, count: tokens.count)
        for sighting in sightings {
            for index in sighting.tokens where index < covered.count { covered[index] = true }
        }
        func isNameWord(_ index: Int) -> Bool {
            !covered[index] && !tokens[index].inCredit && (tokens[index].isCapitalized || tokens[index].isAcronym)
                && !ActorLexicon.calendarWords.contains(tokens[index].lowercased)
        }
        let scan = ActorFinder.Scan(tokens: tokens, article: article, finder: finder, inTitle: inTitle)
        var runs: [CandidateRun] = []
        var index = 0
        while index < tokens.count {
            guard isNameWord(index) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < tokens.count, tokens[end].paragraph == tokens[index].paragraph {
                if isNameWord(end), !tokens[end].startsSentence {
                    end += 1
                } else if end + 1 < tokens.count, !covered[end], ActorLexicon.nameConnectors.contains(tokens[end].text), isNameWord(end + 1) {
                    end += 2
                } else {
                    break
                }
            }
            let run = index..<end
            index = end
            let lower = tokens[run.lowerBound].lowercased
            if run.count == 1, ActorLexicon.functionWords.contains(lower) || (tokens[run.lowerBound].startsSentence && finder.vocabulary.contains(lower)) {
                continue
            }
            let context = scan.leftContext(of: run.lowerBound)
            let affiliation = context.affiliationToken.flatMap { token in sightings.firstIndex { $0.tokens.contains(token) } }
            runs.append(CandidateRun(inTitle: inTitle, words: run.map { tokens[$0].text }, ranges: run.map { tokens[$0].range },
                                     paragraph: inTitle ? 0 : tokens[run.lowerBound].paragraph + 1,
                                     sentence: inTitle ? 0 : tokens[run.lowerBound].sentence + 1,
                                     role: context.role, affiliation: affiliation.map { $0 + offset }))
        }
        return runs
    }

    private static func claim(_ found: ClaimFinder.Found, article: Article, tokens: [Token], quantities: [Quantity]) -> LocalClaim {
        let content = tokens[found.content.lowerBound].range.lowerBound..<tokens[found.content.upperBound - 1].range.upperBound
        let attribution = found.attribution.map { tokens[$0.lowerBound].range.lowerBound..<tokens[$0.upperBound - 1].range.upperBound }
        // Quantities come in text order: the ones inside start at the first at or after the
        // content, found by binary search, so that thousands of claims do not scan them all.
        var inside: [Int] = []
        if !found.inTitle {
            var index = quantities.partitioningIndex { $0.range.lowerBound >= content.lowerBound }
            while index < quantities.count, quantities[index].range.lowerBound < content.upperBound {
                if quantities[index].range.upperBound <= content.upperBound { inside.append(index) }
                index += 1
            }
        }
        let source = found.inTitle ? article.title : article.text
        var text = source.utf8Slice(content)
        if let aside = found.aside, found.content.lowerBound < aside.lowerBound, aside.upperBound < found.content.upperBound {
            text = source.utf8Slice(content.lowerBound..<tokens[aside.lowerBound - 1].range.upperBound) + " "
                + source.utf8Slice(tokens[aside.upperBound].range.lowerBound..<content.upperBound)
        }
        return LocalClaim(paragraph: found.paragraph, sentence: found.inTitle ? 0 : tokens[found.content.lowerBound].sentence + 1,
                          speaker: found.speaker.flatMap { Int($0) }, speakerText: found.speakerText, cue: found.cue,
                          addressee: found.addressee, kind: found.kind,
                          content: text,
                          contentRange: content, attributionRange: attribution, via: found.via.compactMap { Int($0) },
                          quantities: inside, words: Corroboration.words(text))
    }
}

/// Numbers the actors of one article: every sighting of one name, one person (full name
/// and surname alike) or one unresolved description shares a number, which is what claim
/// finding compares when it follows a speaker from sentence to sentence.
private struct LocalActors {
    let gazetteer: Gazetteer
    let people: PersonRegistry
    let acronyms: [String: Referent]
    private(set) var types: [ActorType] = []
    private var numbers: [String: Int] = [:]
    private var personNames: [[String]] = []

    init(gazetteer: Gazetteer, people: PersonRegistry, acronyms: [String: Referent]) {
        self.gazetteer = gazetteer
        self.people = people
        self.acronyms = acronyms
        personNames = people.forms
    }

    /// `list` is the title's or the body's sightings, `earlier` the records made so far from
    /// it, whose indices (like `affiliation`) count from `offset`.
    mutating func actor(for sighting: Sighting, affiliation: Int?, list: [Sighting], offset: Int,
                        earlier: ArraySlice<RecordSighting>) -> Int {
        func affiliationKey(_ index: Int?) -> String? { index.map { key(of: list[$0 - offset].referent) } }
        // A role without a name is the latest person before it with that role (and the same
        // affiliation, when one is stated), else an actor of its own that reduce resolves.
        if case .description(let role, _) = sighting.referent {
            let wanted = Roles.expand(role)
            for candidate in earlier.reversed() {
                guard case .person = candidate.referent, let candidateRole = candidate.role,
                      case let roleWords = Roles.expand(candidateRole.lowercased().split(separator: " ").map(String.init)),
                      wanted.allSatisfy(roleWords.contains), Roles.sameRank(wanted, roleWords)
                else { continue }
                if affiliation != nil, candidate.affiliation != nil, affiliationKey(candidate.affiliation) != affiliationKey(affiliation) {
                    continue
                }
                return candidate.local
            }
            return number(for: "d:" + wanted.joined(separator: " ") + "|" + (affiliationKey(affiliation) ?? ""), type: .person)
        }
        return number(for: key(of: sighting.referent), type: type(of: sighting.referent))
    }

    private mutating func number(for key: String, type: ActorType) -> Int {
        if let number = numbers[key] { return number }
        numbers[key] = types.count
        types.append(type)
        return types.count - 1
    }

    private func key(of referent: Referent) -> String {
        switch referent {
        case .entry(let index): return "e:\(index)"
        case .person(let words):
            if let cluster = people.cluster(for: words, preferring: personNames) { return "p:\(cluster)" }
            return "w:" + words.joined(separator: " ")
        case .named(let type, let key): return "n:\(type.rawValue):\(key)"
        case .anonymous(let key, _): return "a:\(key)"
        case .description(let role, _): return "d:" + role.joined(separator: " ")
        case .acronym(let acronym):
            if let target = acronyms[acronym], target != referent { return key(of: target) }
            return "x:\(acronym)"
        }
    }

    private func type(of referent: Referent) -> ActorType {
        switch referent {
        case .entry(let index): gazetteer.dictionary.entries[index].type
        case .person, .description: .person
        case .named(let type, _): type
        case .anonymous: .anonymous
        case .acronym(let acronym): acronyms[acronym].map { $0 == referent ? .organization : type(of: $0) } ?? .organization
        }
    }
}
