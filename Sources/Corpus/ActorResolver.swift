import Foundation

/// Turns what `ActorFinder` saw in each article into the corpus's actors: people's names
/// merged across spellings and articles, surnames and roles resolved to the person they
/// stand for, acronyms to what they abbreviate, affiliations to actors.
struct ActorResolver {
    let articles: [Article]
    let gazetteer: Gazetteer

    /// The actor a sighting ends up as.
    enum Key: Hashable {
        case entry(Int)
        case person(Int)
        case named(ActorType, String)
        case anonymous(String, String)
    }

    /// Everything found in one article, body and title.
    struct Found {
        var tokens: [Token]
        var titleTokens: [Token]
        var body: [Sighting]
        var title: [Sighting]
    }

    /// Every person sighting that states a role, with its country or organisation: where
    /// a role without a name ("the Israeli PM") looks when its article names nobody.
    struct RoledPerson {
        var key: Key
        var role: [String]
        var affiliation: Key?
    }

    private var roledPeople: [RoledPerson] = []

    init(articles: [Article], gazetteer: Gazetteer) {
        self.articles = articles
        self.gazetteer = gazetteer
    }

    static func resolve(_ articles: [Article], tokenized: [ArticleTokens], dictionary: ActorDictionary) -> [Actor] {
        var resolver = ActorResolver(articles: articles, gazetteer: Gazetteer(dictionary))
        return resolver.resolve(tokenized)
    }

    mutating func resolve(_ tokenized: [ArticleTokens]) -> [Actor] {
        var vocabulary = Set<String>()
        for tokens in tokenized {
            for token in tokens.body where token.isWord {
                if let first = token.text.unicodeScalars.first, first.properties.isLowercase { vocabulary.insert(token.text) }
            }
        }
        let finder = ActorFinder(gazetteer: gazetteer, vocabulary: vocabulary)
        var found: [Found] = []
        var acronyms: [String: Referent] = [:]
        let results = Array(zip(articles, tokenized)).parallelMap { article, tokens in
            finder.find(in: article, tokens: tokens.body, titleTokens: tokens.title)
        }
        for (result, tokens) in zip(results, tokenized) {
            let (tokens, titleTokens) = (tokens.body, tokens.title)
            found.append(Found(tokens: tokens, titleTokens: titleTokens, body: result.body, title: result.title))
            for (acronym, referent) in result.acronyms where acronyms[acronym] == nil { acronyms[acronym] = referent }
        }
        // "Hadashot reported": a word first seen as an outlet's short name is that outlet.
        for index in found.indices {
            for position in found[index].body.indices {
                if case .person(let words) = found[index].body[position].referent, words.count == 1, acronyms[words[0]] != nil {
                    found[index].body[position].referent = .acronym(words[0])
                }
            }
        }
        let people = PersonRegistry(found.flatMap { $0.body.compactMap { if case .person(let words) = $0.referent { return words } else { return nil } } })
        let names = KnownNames(people: people, found: found, acronyms: acronyms)
        for index in found.indices {
            found[index].body = names.complete(found[index].body, tokens: found[index].tokens, article: articles[index], finder: finder, inTitle: false)
            found[index].title = names.complete(found[index].title, tokens: found[index].titleTokens, article: articles[index], finder: finder, inTitle: true)
        }
        // Built once: scanning the corpus for every role without a name would be quadratic.
        for article in found {
            for sighting in article.body {
                guard case .person(let words) = sighting.referent, let role = sighting.role,
                      let cluster = people.cluster(for: words, preferring: []) else { continue }
                var affiliation: Key?
                if let token = sighting.affiliationToken, let owner = article.body.first(where: { $0.tokens.contains(token) }),
                   case .entry(let index) = owner.referent {
                    affiliation = .entry(index)
                }
                roledPeople.append(RoledPerson(key: .person(cluster), role: Roles.expand(role.lowercased().split(separator: " ").map(String.init)),
                                               affiliation: affiliation))
            }
        }
        return assemble(found, people: people, acronyms: acronyms)
    }

    // MARK: assembling actors

    /// A sighting with the actor it became and the actor it said it belongs to.
    private struct Resolved {
        var sighting: Sighting
        var key: Key
        var affiliation: Key?
    }

    private struct Builder {
        var key: Key
        var type: ActorType
        var surfaces: [String: Int] = [:]
        var order: [String] = []
        var roles: [String: Int] = [:]
        var affiliations: [Key: Int] = [:]
        var affiliationOrder: [Key] = []
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

    private func assemble(_ found: [Found], people: PersonRegistry, acronyms: [String: Referent]) -> [Actor] {
        var builders: [Key: Builder] = [:]
        var keyOrder: [Key] = []
        for (articleIndex, article) in articles.enumerated() {
            let entry = found[articleIndex]
            for (sightings, tokens, inTitle) in [(entry.title, entry.titleTokens, true), (entry.body, entry.tokens, false)] {
                var resolvedSoFar: [Resolved] = []
                for sighting in sightings {
                    guard let key = key(for: sighting, people: people, acronyms: acronyms, earlier: resolvedSoFar,
                                        all: sightings, found: found, articleIndex: articleIndex) else { continue }
                    let affiliation = sighting.affiliationToken.flatMap { token in
                        sightings.first { $0.tokens.contains(token) && $0.tokens != sighting.tokens }
                    }.flatMap { self.key(for: $0, people: people, acronyms: acronyms, earlier: resolvedSoFar, all: sightings,
                                         found: found, articleIndex: articleIndex) }
                    resolvedSoFar.append(Resolved(sighting: sighting, key: key, affiliation: affiliation))
                    let first = tokens[sighting.tokens.lowerBound]
                    let last = tokens[sighting.tokens.upperBound - 1]
                    let mention = Mention(article: article.id, paragraph: inTitle ? 0 : first.paragraph + 1,
                                          sentence: inTitle ? 0 : first.sentence + 1,
                                          range: first.range.lowerBound..<last.range.upperBound, text: sighting.surface, role: sighting.role)
                    if builders[key] == nil {
                        builders[key] = Builder(key: key, type: type(of: key))
                        keyOrder.append(key)
                    }
                    if builders[key]?.preferredName == nil { builders[key]?.preferredName = sighting.displayName }
                    builders[key]?.add(mention, affiliation: affiliation)
                }
            }
        }
        // Affiliations point at actors: one that is only ever an affiliation still appears.
        var included = Set(keyOrder)
        var pending = keyOrder
        while let key = pending.popLast() {
            guard let builder = builders[key], let affiliation = bestAffiliation(builder) else { continue }
            if !included.contains(affiliation) {
                included.insert(affiliation)
                keyOrder.append(affiliation)
                builders[affiliation] = Builder(key: affiliation, type: type(of: affiliation))
                pending.append(affiliation)
            }
        }
        var ids: [Key: String] = [:]
        var used = Set<String>()
        for key in keyOrder {
            guard let builder = builders[key] else { continue }
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
        return keyOrder.compactMap { key in
            guard let builder = builders[key], let id = ids[key] else { return nil }
            let name = name(of: builder, people: people)
            var aliases = [name]
            for surface in builder.order where !aliases.contains(surface) { aliases.append(surface) }
            if case .entry(let index) = key {
                let entry = gazetteer.dictionary.entries[index]
                return Actor(id: id, name: name, type: entry.type, aliases: aliases,
                             role: entry.role ?? mostFrequent(builder.roles, order: builder.mentions.compactMap(\.role)),
                             affiliation: (bestAffiliation(builder)).flatMap { ids[$0] }, mentions: builder.mentions)
            }
            return Actor(id: id, name: name, type: builder.type, aliases: aliases,
                         role: mostFrequent(builder.roles, order: builder.mentions.compactMap(\.role)),
                         affiliation: bestAffiliation(builder).flatMap { ids[$0] }, mentions: builder.mentions)
        }
    }

    private func bestAffiliation(_ builder: Builder) -> Key? {
        if case .entry(let index) = builder.key, let name = gazetteer.dictionary.entries[index].affiliation,
           let target = gazetteer.dictionary.entries.firstIndex(where: { $0.name == name }) {
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
        case .entry(let index): return gazetteer.dictionary.entries[index].name
        case .person(let cluster): return people.canonicalName(cluster)
        case .anonymous: return builder.preferredName ?? builder.order.first ?? ""
        case .named where builder.preferredName?.contains("'") ?? false || builder.preferredName?.contains("’") ?? false:
            return builder.preferredName ?? ""
        case .named:
            // The form used most often, without a lowercase "the" before it.
            let forms = builder.order.map { $0.hasPrefix("the ") ? String($0.dropFirst(4)) : $0 }
            var counts: [String: Int] = [:]
            for (form, original) in zip(forms, builder.order) { counts[form, default: 0] += builder.surfaces[original] ?? 0 }
            return mostFrequent(counts, order: forms) ?? ""
        }
    }

    private func type(of key: Key) -> ActorType {
        switch key {
        case .entry(let index): gazetteer.dictionary.entries[index].type
        case .person: .person
        case .named(let type, _): type
        case .anonymous: .anonymous
        }
    }

    /// The actor a sighting stands for; nil for a role that matches nobody.
    private func key(for sighting: Sighting, people: PersonRegistry, acronyms: [String: Referent], earlier: [Resolved],
                     all: [Sighting], found: [Found], articleIndex: Int) -> Key? {
        switch sighting.referent {
        case .entry(let index): return .entry(index)
        case .person(let words):
            return people.cluster(for: words, preferring: found[articleIndex].body.compactMap {
                if case .person(let words) = $0.referent { return words } else { return nil }
            }).map { .person($0) }
        case .named(let type, let key): return .named(type, key)
        case .anonymous(let key, let article): return .anonymous(key, article)
        case .acronym(let acronym):
            guard let target = acronyms[acronym] else { return nil }
            return self.key(for: Sighting(tokens: sighting.tokens, inTitle: sighting.inTitle, referent: target, surface: sighting.surface),
                            people: people, acronyms: [:], earlier: earlier, all: all, found: found, articleIndex: articleIndex)
        case .description(let role, let affiliationToken):
            let affiliation = affiliationToken.flatMap { token in all.first { $0.tokens.contains(token) && $0.tokens != sighting.tokens } }
                .flatMap { self.key(for: $0, people: people, acronyms: acronyms, earlier: earlier, all: all, found: found, articleIndex: articleIndex) }
            return describedPerson(role: role, affiliation: affiliation, earlier: earlier, people: people, found: found)
        }
    }

    /// The person a role without a name points back to: the latest one in the article
    /// with that role (and country, when one is given), else the only one in the corpus.
    private func describedPerson(role: [String], affiliation: Key?, earlier: [Resolved], people: PersonRegistry, found: [Found]) -> Key? {
        let wanted = Roles.expand(role)
        func matches(_ candidateRole: String?) -> Bool {
            guard let candidateRole else { return false }
            let have = Roles.expand(candidateRole.lowercased().split(separator: " ").map(String.init))
            return wanted.allSatisfy(have.contains)
        }
        for earlier in earlier.reversed() {
            guard case .person = earlier.key, matches(earlier.sighting.role) else { continue }
            if let affiliation, let stated = earlier.affiliation, stated != affiliation { continue }
            return earlier.key
        }
        // Across the corpus: one person only, or it stays unresolved.
        var candidates = Set<Key>()
        for person in roledPeople where wanted.allSatisfy(person.role.contains) {
            if let affiliation, person.affiliation != affiliation { continue }
            candidates.insert(person.key)
            if candidates.count > 1 { return nil }
        }
        return candidates.first
    }
}

/// Role words in a comparable form: "PM" is "prime minister", "FM" "foreign minister".
enum Roles {
    static func expand(_ words: [String]) -> [String] {
        words.flatMap { word -> [String] in
            switch word.lowercased() {
            case "pm": ["prime", "minister"]
            case "fm": ["foreign", "minister"]
            case "defence": ["defense"]
            case "advisor": ["adviser"]
            default: [word.lowercased()]
            }
        }.filter { !["the", "of", "and", "senior", "former"].contains($0) }
    }
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
