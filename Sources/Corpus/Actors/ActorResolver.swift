import Foundation

/// The actor half of the reduce stage: turns the sightings of every article record into
/// the corpus's actors. People's names are merged across spellings and articles, surnames
/// and roles resolved to the person they stand for, acronyms to what they abbreviate,
/// affiliations to actors. Reads records only, never text.
struct ActorResolver {
    /// Held alone, so that each article's sightings and candidate runs can be let go once
    /// its mentions are made: a corpus's sightings are most of what reduce holds.
    private var records: [ArticleRecord]
    let dictionary: ActorDictionary

    /// The actor a sighting ends up as.
    enum Key: Hashable {
        case entry(Int)
        case person(Int)
        case named(ActorType, String)
        case anonymous(String, String)
        /// A surname after an honorific, in one article, that the corpus cannot tie to one
        /// person ("Doctor Harris says", with a Rene Harris elsewhere, and Harris also a given
        /// name): a person of that article alone, since leaving them out lost every claim
        /// they made.
        case unmatchedSurname(String, String)
    }

    /// Every key of the corpus once, numbered: sightings hold a key's number, since a key
    /// held by every sighting (40 bytes, often with a string) was a tenth of reduce's peak memory.
    struct KeyTable {
        private(set) var keys: [Key] = []
        private var numbers: [Key: Int32] = [:]

        /// The key's number, given it when first seen; -1 for no key.
        mutating func number(_ key: Key?) -> Int32 {
            guard let key else { return -1 }
            if let number = numbers[key] { return number }
            let number = Int32(keys.count)
            keys.append(key)
            numbers[key] = number
            return number
        }

        subscript(number: Int32) -> Key? { number < 0 ? nil : keys[Int(number)] }
    }

    /// The key numbers of an article's sightings (as `ArticleSightings` orders them) and of
    /// its local actors.
    struct ArticleKeys {
        var sightings: [Int32]
        var locals: [Int32]
    }

    /// The corpus's actors, and for each article the actor id of each of its local actors
    /// (nil for one that resolved to no one) and the names found in its candidate runs; the
    /// records given back without what only resolving reads (sightings, candidate runs,
    /// named forms, acronyms).
    struct Result {
        var actors: [Actor]
        var localActors: [[String?]]
        var namesFound: [[FoundName]]
        var records: [ArticleRecord]
    }

    /// A name found in a candidate run because another article spells it out.
    struct FoundName {
        var inTitle: Bool
        var range: Range<Int>
        var surface: String
        var actor: String
    }

    /// Every person sighting that states a role, with its country or organisation: where
    /// a role without a name ("the Israeli PM") looks when its article names nobody.
    struct RoledPerson {
        var key: Key
        var role: [String]
        var affiliation: Key?
    }

    private var roledPeople: [RoledPerson] = []
    private var acronyms: [String: Referent] = [:]

    static func resolve(_ records: consuming [ArticleRecord], dictionary: ActorDictionary) -> Result {
        var resolver = ActorResolver(records: consume records, dictionary: dictionary)
        // Apart, so that what keying needs corpus-wide (referents, names, the trie) is gone
        // before the mentions are made.
        var (sightings, keys, table, people) = resolver.keyEverySighting()
        resolver.forgetWhatOnlyKeyingReads()
        return resolver.assemble(&sightings, keys: &keys, table: table, people: people)
    }

    private init(records: consuming [ArticleRecord], dictionary: ActorDictionary) {
        self.records = records
        self.dictionary = dictionary
    }

    /// Candidate runs, named forms and acronyms have given their names by now: let go
    /// before the mentions are made, not article by article while they are. So has the
    /// text, where `RecordSpool` holds another copy for the tables.
    private mutating func forgetWhatOnlyKeyingReads() {
        for index in records.indices {
            records[index].candidates = []
            records[index].namedForms = []
            records[index].acronyms = []
            if records[index].spooled != nil { (records[index].article.text, records[index].article.title) = ("", "") }
        }
    }

    private mutating func keyEverySighting() -> (sightings: [ArticleSightings], keys: [ArticleKeys], table: KeyTable, people: PersonRegistry) {
        // The first definition in corpus order wins.
        for record in records {
            for definition in record.acronyms where acronyms[definition.acronym] == nil {
                acronyms[definition.acronym] = definition.referent
            }
        }
        // One-word names other articles show to be organisations or outlets ("Twitter said").
        var namedWords: [String: Referent] = [:]
        var namedNames: [[String]: Referent] = [:]
        for record in records {
            for form in record.namedForms {
                if form.words.count == 1, namedWords[form.words[0]] == nil { namedWords[form.words[0]] = form.referent }
                if form.words.count > 1, namedNames[form.words] == nil { namedNames[form.words] = form.referent }
            }
        }
        // Only the referents that change are kept, by sighting: a copy of every referent was
        // a tenth of reduce's peak memory.
        var changed = records.map { record in
            var changes: [Int: Referent] = [:]
            for (position, sighting) in record.sightings.enumerated() {
                let referent = Self.referentGivenTheCorpus(sighting, acronyms: acronyms, namedWords: namedWords, namedNames: namedNames)
                if referent != sighting.referent { changes[position] = referent }
            }
            return changes
        }
        func referents(_ article: Int) -> [Referent] {
            records[article].sightings.enumerated().map { position, sighting in changed[article][position] ?? sighting.referent }
        }
        let nearby = records.indices.map { article in
            zip(records[article].sightings, referents(article)).compactMap { sighting, referent -> [String]? in
                if !sighting.inTitle, case .person(let words) = referent { return words } else { return nil }
            }
        }
        let people = PersonRegistry(articles: nearby)
        // "Belton said" in an article that never names him in full: map took the lone
        // speaker for an organisation, but the corpus names a Mark Belton in several articles.
        for (index, record) in records.enumerated() {
            for (position, sighting) in record.sightings.enumerated() where !sighting.inTitle && sighting.role == nil {
                guard case .named(.organization, _) = changed[index][position] ?? sighting.referent, !sighting.surface.contains(" "),
                      !NameLists.isGivenName(sighting.surface), people.wellKnownPerson(surname: sighting.surface) != nil else { continue }
                changed[index][position] = .person([sighting.surface])
            }
        }
        // Built once: scanning the corpus for every role without a name would be quadratic.
        for (index, record) in records.enumerated() {
            let referents = referents(index)
            for (sighting, referent) in zip(record.sightings, referents) where !sighting.inTitle {
                guard case .person(let words) = referent, let role = sighting.role,
                      let cluster = people.cluster(for: words, preferring: nearby[index]) else { continue }
                var affiliation: Key?
                if let owner = sighting.affiliation, case .entry(let index) = referents[owner] { affiliation = .entry(index) }
                roledPeople.append(RoledPerson(key: .person(cluster), role: Roles.expand(role),
                                               affiliation: affiliation))
            }
        }
        let known = knownNames(people: people)
        // Each article on its own core: everything corpus-wide is known by now. A batch at a
        // time, its keys numbered before the next: the keys of every sighting at once were
        // a tenth of reduce's peak memory.
        let resolver = self, changedReferents = changed
        var sightings: [ArticleSightings] = []
        var keys: [ArticleKeys] = []
        var table = KeyTable()
        for start in stride(from: 0, to: records.count, by: 4096) {
            let perArticle = Array(start..<min(start + 4096, records.count)).parallelMap { index in
                var record = resolver.records[index]
                var articleReferents = record.sightings.enumerated().map { position, sighting in
                    changedReferents[index][position] ?? sighting.referent
                }
                var joined: [Int: RecordSighting] = [:]
                resolver.joinSplitNames(&record, joined: &joined, referents: &articleReferents, known: known)
                let found = resolver.names(in: record, known: known)
                let sightings = ArticleSightings(made: record.sightings, joined: joined, found: found)
                return (sightings, resolver.keysOfArticle(record, sightings: sightings, referents: articleReferents + found.map(\.referent),
                                                          nearby: nearby[index], people: people))
            }
            for (articleSightings, articleKeys) in perArticle {
                sightings.append(articleSightings)
                keys.append(ArticleKeys(sightings: articleKeys.sightings.map { table.number($0) }, locals: articleKeys.locals.map { table.number($0) }))
            }
        }
        return (sightings, keys, table, people)
    }

    /// A sighting's referent once the whole corpus's acronyms and named forms are known.
    private static func referentGivenTheCorpus(_ sighting: RecordSighting, acronyms: [String: Referent], namedWords: [String: Referent],
                                               namedNames: [[String]: Referent]) -> Referent {
        // "Hadashot reported": a word another article defines as an outlet's short name is that outlet.
        if !sighting.inTitle, case .person(let words) = sighting.referent, words.count == 1, acronyms[words[0]] != nil {
            return .acronym(words[0])
        }
        if !sighting.inTitle, case .named(.organization, _) = sighting.referent, !sighting.surface.contains(" "),
           acronyms[sighting.surface] != nil {
            return .acronym(sighting.surface)
        }
        // A lone word with no title that another article shows is an organisation is that organisation.
        if case .person(let words) = sighting.referent, words.count == 1, sighting.role == nil, let named = namedWords[words[0]] {
            return named
        }
        // "Red Hat announced" where another article says "software company Red Hat".
        if case .person(let words) = sighting.referent, words.count > 1, sighting.role == nil, let named = namedNames[words] {
            return named
        }
        return sighting.referent
    }

    /// Every name some article spells out: people's full names and surnames, organisations
    /// found by their head words, acronyms.
    private func knownNames(people: PersonRegistry) -> WordTrie<Referent> {
        let trie = WordTrie<Referent>()
        // (Not a surname that is also a word for a thing or a place, "Hall", "Bush", "Park": met alone
        // in another article, "Fishmongers' Hall", it is that thing.)
        for (words, surname) in people.names {
            if surname, words.count == 1, let word = words.first,
               OrdinaryWords.common.contains(word.lowercased()) || ActorLexicon.buildingHeads.contains(word.lowercased())
                || ActorLexicon.placeHeads.contains(word.lowercased()) { continue }
            trie.insert(words, .person(words), overwrite: !surname)
        }
        for record in records {
            // A one-word organisation ("Twitter") wins over a lone surname spelled the same.
            // (A place only retypes what another article took for a person, "Tora Bora"; it is
            // not looked for in every run of capitals.)
            for form in record.namedForms {
                if case .named(.place, _) = form.referent { continue }
                trie.insert(form.words, form.referent, overwrite: form.words.count == 1)
            }
        }
        for acronym in acronyms.keys.sorted() { trie.insert([acronym], .acronym(acronym)) }
        return trie
    }

    /// "Joe Biden" where map saw only "Biden" (the article spells out no "Joe Biden" of its
    /// own): a candidate run ending just before a person's name whose last words and that
    /// name are a full name another article spells out joins the name.
    /// The sightings it changes go to `joined`, by index, rather than into the record: a
    /// changed copy of every article's sightings was a sixth of reduce's peak memory.
    private func joinSplitNames(_ record: inout ArticleRecord, joined changed: inout [Int: RecordSighting], referents: inout [Referent],
                                known: WordTrie<Referent>) {
        let utf8 = Array(record.article.text.utf8), titleUTF8 = Array(record.article.title.utf8)
        // Sightings by where they start: looked up once per run, not searched.
        var sightingAt: [Int: Int] = [:]
        for (index, sighting) in record.sightings.enumerated() {
            let key = sighting.inTitle ? -1 - sighting.range.lowerBound : sighting.range.lowerBound
            if sightingAt[key] == nil { sightingAt[key] = index }
        }
        for (position, run) in record.candidates.enumerated() {
            guard let last = run.ranges.last else { continue }
            let text = run.inTitle ? titleUTF8 : utf8
            guard last.upperBound < text.count, text[last.upperBound] == UInt8(ascii: " "),
                  let index = sightingAt[run.inTitle ? -2 - last.upperBound : last.upperBound + 1],
                  case .person(let words) = referents[index]
            else { continue }
            for count in stride(from: run.words.count, through: 1, by: -1) {
                let joined = Array(run.words.suffix(count)) + words
                guard let match = known.longestMatch(joined, at: 0), match.length == joined.count, case .person = match.value else { continue }
                let start = run.ranges[run.words.count - count].lowerBound
                var sighting = changed[index] ?? record.sightings[index]
                let range = start..<sighting.range.upperBound
                sighting.range = range
                sighting.surface = String(decoding: text[range], as: UTF8.self)
                sighting.referent = .person(joined)
                referents[index] = .person(joined)
                if count == run.words.count {
                    // The title before the run is now before the name: "former Vice President [Joe] Biden".
                    sighting.role = sighting.role ?? run.role
                    sighting.affiliation = sighting.affiliation ?? run.affiliation
                }
                changed[index] = sighting
                record.candidates[position].words.removeLast(count)
                record.candidates[position].ranges.removeLast(count)
                break
            }
        }
    }

    /// The known names in an article's candidate runs, as sightings of no local actor.
    private func names(in record: ArticleRecord, known: WordTrie<Referent>) -> [RecordSighting] {
        var found: [RecordSighting] = []
        for run in record.candidates {
            var index = 0
            while index < run.words.count {
                guard let match = known.longestMatch(run.words, at: index) else {
                    index += 1
                    continue
                }
                var isPerson = false
                if case .person = match.value { isPerson = true }
                // A lone surname inside a longer run of capitals is a word of another name
                // ("Clinton" in "Hillary Clinton", "Sun" in "the Baltimore Sun"), unless only
                // a title stands before it ("Vice President Biden").
                // A title word is no surname on its own ("Mayor" of "Michel Mayor" in "Mayor Jan Smit").
                if isPerson, match.length == 1,
                   index + 1 < run.words.count || !run.words[..<index].allSatisfy({ ActorLexicon.isRoleWord($0.lowercased()) })
                   || ActorLexicon.isRoleWord(run.words[index].lowercased()) {
                    index += 1
                    continue
                }
                let range = run.ranges[index].lowerBound..<run.ranges[index + match.length - 1].upperBound
                let atStart = index == 0 && isPerson
                found.append(RecordSighting(referent: match.value, inTitle: run.inTitle,
                                            surface: (run.inTitle ? record.article.title : record.article.text).utf8Slice(range),
                                            role: atStart ? run.role : nil, displayName: nil, range: range,
                                            paragraph: run.paragraph, sentence: run.sentence,
                                            affiliation: atStart ? run.affiliation : nil, local: RecordSighting.noLocalActor))
                index += match.length
            }
        }
        return found
    }

    /// The actor each sighting of one article stands for, and each local actor.
    private func keysOfArticle(_ record: ArticleRecord, sightings: ArticleSightings, referents: [Referent], nearby: [[String]],
                               people: PersonRegistry) -> (sightings: [Key?], locals: [Key?]) {
        var keys = [Key?](repeating: nil, count: referents.count)
        var locals = [Key?](repeating: nil, count: record.localTypes.count)
        var descriptions: [Int] = []
        for (index, referent) in referents.enumerated() {
            if case .description = referent {
                descriptions.append(index)
                continue
            }
            keys[index] = key(for: referent, article: record.article.id, nearby: nearby, people: people,
                              titled: sightings[index].role.flatMap { $0.split(separator: " ").last }
                                  .map { ActorLexicon.honorifics.contains($0.lowercased()) } ?? false)
            let local = sightings[index].local
            if locals.indices.contains(local), locals[local] == nil { locals[local] = keys[index] }
        }
        // A role the article ties to a named person was given that person's local actor by
        // map; any other role is looked up across the corpus.
        for index in descriptions {
            let local = sightings[index].local
            if locals.indices.contains(local), let known = locals[local] {
                keys[index] = known
                continue
            }
            guard case .description(let role, _) = referents[index] else { continue }
            let affiliation = sightings[index].affiliation.flatMap { keys.indices.contains($0) ? keys[$0] : nil }
            // ("The Egyptian Foreign Minister made a visit, urging …" with no such minister named
            // anywhere: an unnamed source of this article, as "a senior official" is, not nobody.)
            keys[index] = personHolding(role, of: affiliation, amongNamed: sightings, keys: keys)
                ?? describedPerson(role: role, affiliation: affiliation)
                ?? Self.unnamedKey(sightings[index].surface).map { .anonymous($0, record.article.id) }
            if locals.indices.contains(local) { locals[local] = keys[index] }
        }
        return (keys, locals)
    }

    /// An article's sightings as map made them (with split names joined), then the names
    /// reduce found in its candidate runs: one view, so that the corpus's sightings are
    /// never copied whole into new arrays (a quarter of reduce's peak memory when they were).
    struct ArticleSightings: RandomAccessCollection {
        let made: [RecordSighting]
        /// Sightings of `made` that reduce joined to the candidate run before them.
        let joined: [Int: RecordSighting]
        let found: [RecordSighting]
        var startIndex: Int { 0 }
        var endIndex: Int { made.count + found.count }
        subscript(position: Int) -> RecordSighting {
            position < made.count ? joined[position] ?? made[position] : found[position - made.count]
        }
    }

    // MARK: assembling actors

    private struct Builder {
        var key: Key
        var type: ActorType
        var surfaces: [String: Int] = [:]
        var order: [String] = []
        var roles: [String: Int] = [:]
        var affiliations: [Key: Int] = [:]
        var affiliationOrder: [Key] = []
        /// Grown as the sightings they are made of are let go: allocated at their final number
        /// when first seen, a frequent actor's mentions and the corpus's sightings were held at once.
        var mentions: [Mention] = []
        var preferredName: String?

        mutating func add(_ mention: Mention, affiliation: Key?) {
            mentions.append(mention)
            if surfaces[mention.text] == nil { order.append(mention.text) }
            surfaces[mention.text, default: 0] += 1
            if let role = mention.role { roles[role, default: 0] += 1 }
            if let affiliation, affiliation != key {
                if affiliations[affiliation] == nil { affiliationOrder.append(affiliation) }
                affiliations[affiliation, default: 0] += 1
            }
        }
    }

    /// Empties `sightings`, `keys` and the records' sightings article by article as it goes.
    private mutating func assemble(_ allSightings: inout [ArticleSightings], keys allKeys: inout [ArticleKeys], table given: KeyTable,
                                   people: PersonRegistry) -> Result {
        var table = given
        Self.oneTypePerName(&allKeys, table: &table)
        var builders: [Builder] = []
        var builderOf = [Int](repeating: -1, count: table.keys.count)
        var foundKeys: [[(name: FoundName, key: Int32)]] = []
        foundKeys.reserveCapacity(records.count)
        for article in records.indices {
            let record = records[article]
            let sightings = allSightings[article], keys = allKeys[article]
            defer {
                allSightings[article] = ArticleSightings(made: [], joined: [:], found: [])
                allKeys[article].sightings = []
                records[article].sightings = []
            }
            // Title first, then body, each in text order: names found in candidate runs
            // take their places among the others.
            let order = sightings.indices.sorted { a, b in
                (sightings[a].inTitle ? 0 : 1, sightings[a].range.lowerBound, a) < (sightings[b].inTitle ? 0 : 1, sightings[b].range.lowerBound, b)
            }
            for index in order {
                let sighting = sightings[index]
                let number = keys.sightings[index]
                guard let key = table[number] else { continue }
                let affiliation = sighting.affiliation.flatMap { keys.sightings.indices.contains($0) ? table[keys.sightings[$0]] : nil }
                let mention = Mention(article: record.article.id, paragraph: sighting.paragraph, sentence: sighting.sentence,
                                      range: sighting.range, text: sighting.surface, role: sighting.role)
                var position = builderOf[Int(number)]
                if position < 0 {
                    position = builders.count
                    builderOf[Int(number)] = position
                    builders.append(Builder(key: key, type: type(of: key)))
                }
                if builders[position].preferredName == nil { builders[position].preferredName = sighting.displayName }
                builders[position].add(mention, affiliation: affiliation)
            }
            foundKeys.append(zip(sightings, keys.sightings).filter { $0.0.local == RecordSighting.noLocalActor }.map { sighting, key in
                (FoundName(inTitle: sighting.inTitle, range: sighting.range, surface: sighting.surface, actor: ""), key)
            })
        }
        var keyOrder = builders.map(\.key)
        var builderByKey = Dictionary(uniqueKeysWithValues: builders.map { ($0.key, $0) })
        builders = []
        // Affiliations point at actors: one that is only ever an affiliation still appears.
        var included = Set(keyOrder)
        var pending = keyOrder
        while let key = pending.popLast() {
            guard let builder = builderByKey[key], let affiliation = bestAffiliation(builder) else { continue }
            if !included.contains(affiliation) {
                included.insert(affiliation)
                keyOrder.append(affiliation)
                builderByKey[affiliation] = Builder(key: affiliation, type: type(of: affiliation))
                pending.append(affiliation)
            }
        }
        var ids: [Key: String] = [:]
        var used = Set<String>()
        for key in keyOrder {
            guard let builder = builderByKey[key] else { continue }
            var id = Slug.make(name(of: builder, people: people))
            if id.hasPrefix("the-"), id.count > 4 { id.removeFirst(4) }
            if case .anonymous(_, let article) = key { id += "-" + article }
            if id.isEmpty { id = "actor" }
            var candidate = id
            var counter = 2
            while used.contains(candidate) {
                candidate = "\(id)-\(counter)"
                counter += 1
            }
            used.insert(candidate)
            ids[key] = candidate
        }
        var actors: [Actor] = []
        actors.reserveCapacity(keyOrder.count)
        for key in keyOrder {
            // Taken out of `builderByKey`, so that its grown mentions are let go once copied at their size.
            guard let builder = builderByKey.removeValue(forKey: key), let id = ids[key] else { continue }
            let name = name(of: builder, people: people)
            var aliases = [name]
            for surface in builder.order where !aliases.contains(surface) { aliases.append(surface) }
            let mentions = builder.mentions.capacity > builder.mentions.count ? builder.mentions.map { $0 } : builder.mentions
            let role = mostFrequent(builder.roles, order: mentions.compactMap(\.role))
            let affiliation = bestAffiliation(builder).flatMap { ids[$0] }
            if case .entry(let index) = key {
                let entry = dictionary.entries[index]
                actors.append(Actor(id: id, name: name, type: entry.type, aliases: aliases, role: entry.role ?? role,
                                    affiliation: affiliation, mentions: mentions))
            } else {
                actors.append(Actor(id: id, name: name, type: builder.type, aliases: aliases, role: role, affiliation: affiliation,
                                    mentions: mentions))
            }
        }
        let namesFound = foundKeys.map { article in
            article.compactMap { found, number in
                table[number].flatMap { ids[$0] }.map { FoundName(inTitle: found.inTitle, range: found.range, surface: found.surface, actor: $0) }
            }
        }
        return Result(actors: actors, localActors: allKeys.map { $0.locals.map { table[$0].flatMap { ids[$0] } } }, namesFound: namesFound,
                      records: records)
    }

    /// "code-hosting site GitHub" in one article and "GitHub said" in another are one actor:
    /// a name found by its context is of the type most of its sightings give it (ties go to
    /// organisation, then outlet, group, place).
    private static func oneTypePerName(_ keys: inout [ArticleKeys], table: inout KeyTable) {
        var uses = [Int](repeating: 0, count: table.keys.count)
        for article in keys {
            for number in article.sightings where number >= 0 { uses[Int(number)] += 1 }
        }
        var counts: [String: [ActorType: Int]] = [:]
        for (number, key) in table.keys.enumerated() {
            if case .named(let type, let name) = key, uses[number] > 0 { counts[name, default: [:]][type, default: 0] += uses[number] }
        }
        let preference: [ActorType] = [.organization, .media, .group, .place]
        func rank(_ type: ActorType) -> Int { preference.count - (preference.firstIndex(of: type) ?? preference.count) }
        let chosen = counts.compactMapValues { byType -> ActorType? in
            guard byType.count > 1 else { return nil }
            return byType.max { ($0.value, rank($0.key)) < ($1.value, rank($1.key)) }?.key
        }
        guard !chosen.isEmpty else { return }
        let numbered = table.keys
        let unified = numbered.map { key -> Int32 in
            if case .named(_, let name) = key, let type = chosen[name] { return table.number(.named(type, name)) }
            return table.number(key)
        }
        func renumber(_ numbers: inout [Int32]) {
            for position in numbers.indices where numbers[position] >= 0 { numbers[position] = unified[Int(numbers[position])] }
        }
        for article in keys.indices {
            renumber(&keys[article].sightings)
            renumber(&keys[article].locals)
        }
    }

    private func bestAffiliation(_ builder: Builder) -> Key? {
        if case .entry(let index) = builder.key, let name = dictionary.entries[index].affiliation,
           let target = dictionary.entries.firstIndex(where: { $0.name == name }) {
            return .entry(target)
        }
        // Most often stated; ties go to the first stated.
        var best: Key?
        for key in builder.affiliationOrder where best == nil || builder.affiliations[key, default: 0] > builder.affiliations[best!, default: 0] {
            best = key
        }
        return best
    }

    private func mostFrequent(_ counts: [String: Int], order: [String]) -> String? {
        var best: String?
        for candidate in order where best == nil || counts[candidate, default: 0] > counts[best!, default: 0] { best = candidate }
        return best
    }

    private func name(of builder: Builder, people: PersonRegistry) -> String {
        switch builder.key {
        case .entry(let index): return dictionary.entries[index].name
        case .person(let cluster): return withParticles(people.canonicalName(cluster), surfaces: builder.order)
        case .unmatchedSurname: return builder.preferredName ?? builder.order.first ?? ""
        case .anonymous:
            // ("The Prime Minister", an office no one named holds here: shown without its "the".)
            guard builder.preferredName == nil, let first = builder.order.first else { return builder.preferredName ?? "" }
            let words = first.split(separator: " ")
            return words.count >= 2 && ["the", "a", "an"].contains(words[0].lowercased()) ? words.dropFirst().joined(separator: " ") : first
        case .named where builder.preferredName?.contains("'") ?? false || builder.preferredName?.contains("’") ?? false:
            return builder.preferredName ?? ""
        case .named:
            // The form used most often, without a "the" before it (capitalised only because it opens
            // a sentence, "The Federal Opposition"), except in an outlet's name ("The Hill").
            // (Only when the name is also written without it: "The Israel Project" keeps its The.)
            let keepsThe = type(of: builder.key) == .media
            let bare = Set(builder.order.map { $0.hasPrefix("the ") ? String($0.dropFirst(4)) : $0 })
            let forms = builder.order.map { form in
                if form.hasPrefix("the ") { return String(form.dropFirst(4)) }
                if !keepsThe, form.hasPrefix("The "), bare.contains(String(form.dropFirst(4))) { return String(form.dropFirst(4)) }
                return form
            }
            var counts: [String: Int] = [:]
            for (form, original) in zip(forms, builder.order) { counts[form, default: 0] += builder.surfaces[original] ?? 0 }
            return mostFrequent(counts, order: forms) ?? ""
        }
    }

    /// "Osama bin Laden", "Ursula von der Leyen": a person's name is keyed without its lowercase
    /// particles, but shown as written, from the first mention that spells the same name with them.
    private func withParticles(_ name: String, surfaces: [String]) -> String {
        surfaces.first { surface in
            let words = surface.split(separator: " ")
            return words.contains { ActorFinder.Scan.nameParticles.contains(String($0)) }
                && words.filter { !ActorLexicon.nameConnectors.contains(String($0)) }.joined(separator: " ") == name
        } ?? name
    }

    private func type(of key: Key) -> ActorType {
        switch key {
        case .entry(let index): dictionary.entries[index].type
        case .person, .unmatchedSurname: .person
        case .named(let type, _): type
        case .anonymous: .anonymous
        }
    }

    /// The actor a name stands for; nil for an acronym no article defines. `nearby` holds
    /// the people named in the same article, where a surname looks first.
    /// `titled`: an honorific stands before the name ("Doctor Harris", "Mr Howard"), which makes
    /// a lone name a surname, given name or not ("prime minister John" is not: an office is
    /// written before a full name).
    private func key(for referent: Referent, article: String, nearby: [[String]], people: PersonRegistry, titled: Bool = false) -> Key? {
        switch referent {
        case .entry(let index): return dictionary.entries.indices.contains(index) ? .entry(index) : nil
        case .person(let words):
            if let cluster = people.cluster(for: words, preferring: nearby) { return .person(cluster) }
            guard titled, words.count == 1, !PersonRegistry.nameSuffixes.contains(words[0]) else { return nil }
            // ("Mr Howard" in an article that never names John Howard, whom the corpus names often.)
            if let known = people.wellKnownPerson(surname: words[0]) { return .person(known) }
            return .unmatchedSurname(words[0], article)
        case .named(let type, let key): return .named(type, key)
        case .anonymous(let key, _): return .anonymous(key, article)
        case .acronym(let acronym):
            guard let target = acronyms[acronym], target != referent else { return nil }
            if case .acronym = target { return nil }
            return key(for: target, article: article, nearby: nearby, people: people)
        case .description: return nil
        }
    }

    /// The key an unnamed source written as `surface` has, the one a described speaker of
    /// the same words gets in map ("The Egyptian Foreign Minister" and "the Egyptian foreign
    /// minister" are one); nil for a bare office ("the president", "the mayor"), which says
    /// too little to stand as an actor of its own.
    private static func unnamedKey(_ surface: String) -> String? {
        var words = surface.split(separator: " ")
        if words.count > 1, let first = words.first, ["a", "an", "the"].contains(first.lowercased()) { words.removeFirst() }
        guard words.count >= 2 else { return nil }
        return ActorFinder.Scan.key(words.joined(separator: " "))
    }

    /// The only person the article itself names with the role ("The governor of Louisiana
    /// declared …", then "Governor John Bel Edwards addressed …"): map ties a role to a name
    /// written before it, not to one written after; the corpus's other governors are not
    /// this one. (Nor is "the president of Mexico" a president of somewhere else.)
    private func personHolding(_ role: [String], of affiliation: Key?, amongNamed sightings: ArticleSightings, keys: [Key?]) -> Key? {
        let wanted = Roles.expand(role)
        var found: Key?
        for (sighting, key) in zip(sightings, keys) {
            guard case .person? = key, let held = sighting.role else { continue }
            if let affiliation, let their = sighting.affiliation.flatMap({ keys.indices.contains($0) ? keys[$0] : nil }), their != affiliation { continue }
            guard Roles.fits(wanted, Roles.expand(held)) else { continue }
            if found != nil, found != key { return nil }
            found = key
        }
        return found
    }

    /// The only person in the corpus with the role (and affiliation, when one is given)
    /// of a role without a name whose article ties it to no one; else no one.
    private func describedPerson(role: [String], affiliation: Key?) -> Key? {
        let wanted = Roles.expand(role)
        // ("the prosecutor", "the coach", "the mayor": every story has its own; only a
        // country's or a body's one office is the same person from story to story.)
        guard wanted.contains(where: Roles.singleOffices.contains) else { return nil }
        // ("the minister", "a community leader", "the club secretary": one of many unless something says whose.)
        if wanted.count == 1, ["minister", "leader", "secretary", "speaker", "envoy"].contains(wanted[0]), affiliation == nil { return nil }
        var candidates = Set<Key>()
        for person in roledPeople where Roles.fits(wanted, person.role) {
            if let affiliation, person.affiliation != affiliation { continue }
            candidates.insert(person.key)
            if candidates.count > 1 { return nil }
        }
        return candidates.first
    }
}

/// Role words in a comparable form: "PM" is "prime minister", "FM" "foreign minister".
enum Roles {
    /// Words that make a role another office: a deputy minister is not the minister.
    static let rankWords: Set<String> = ["deputy", "vice", "shadow", "former", "assistant", "acting", "junior", "ex", "vice-president"]

    /// Whether two expanded roles agree on every rank word: "the prime minister" is never
    /// the deputy prime minister, "the president" never the vice president.
    static func sameRank(_ a: [String], _ b: [String]) -> Bool {
        Set(a).intersection(rankWords) == Set(b).intersection(rankWords)
    }

    /// Whether whoever holds `held` is what `wanted` describes: every word of it, at the same rank.
    static func fits(_ wanted: [String], _ held: [String]) -> Bool {
        wanted.allSatisfy(held.contains) && sameRank(wanted, held)
    }

    /// A role as written ("Foreign Minister"), expanded.
    static func expand(_ role: String) -> [String] {
        expand(role.split(separator: " ").map(String.init))
    }

    static func expand(_ words: [String]) -> [String] {
        let expanded = words.flatMap { word -> [String] in
            switch word.lowercased() {
            case "pm": ["prime", "minister"]
            case "fm": ["foreign", "minister"]
            case "defence": ["defense"]
            case "advisor": ["adviser"]
            default: [word.lowercased()]
            }
        }.filter { !["the", "of", "and", "senior"].contains($0) }
        // "Foreign Secretary" and "foreign minister", "Health Secretary" and "health minister":
        // after a portfolio the two titles are one office (not "Press Secretary", "Secretary of State").
        var result: [String] = []
        for (position, word) in expanded.enumerated() {
            result.append(word)
            if ["minister", "secretary"].contains(word), position > 0, portfolios.contains(expanded[position - 1]) {
                result.append(word == "minister" ? "secretary" : "minister")
            }
        }
        return result
    }

    /// Offices a country or body has one holder of at a time, so that a role without a name
    /// in one story may be the person another story names with it.
    static let singleOffices: Set<String> = [
        "minister", "president", "premier", "chancellor", "king", "queen", "pope", "secretary", "secretary-general",
        "prince", "princess", "monarch", "emperor", "taoiseach", "speaker", "leader", "envoy", "president-elect", "vice-president",
    ]

    /// Fields of a government office, written before "minister" or "secretary".
    static let portfolios: Set<String> = [
        "foreign", "home", "defense", "defence", "health", "education", "trade", "interior", "environment", "transport", "justice",
        "culture", "energy", "finance", "agriculture", "immigration", "treasury", "business", "work", "works", "labour", "labor",
    ]
}

/// Makes ids: lowercase ASCII letters and digits joined by hyphens, accents dropped.
enum Slug {
    static func make(_ name: String) -> String {
        var slug = ""
        var pendingHyphen = false
        for scalar in name.decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark || ["'", "’", "."].contains(scalar) { continue }
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingHyphen, !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                slug += String(scalar).lowercased()
            } else {
                pendingHyphen = true
            }
        }
        return slug
    }
}
