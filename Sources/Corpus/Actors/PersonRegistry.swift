import Foundation

/// The people of a corpus: every form of a name seen, grouped into one person per cluster.
/// Two forms are one person when they are the same name without middle initials, or share
/// a first name and have surnames a typo apart ("Avigdor Lieberman" / "Avigdor Liberman").
/// A surname alone belongs to the person of that surname in the same article; across the
/// corpus to the only person of that surname (when the surname is no ordinary English word
/// as well: "Hall", "Young"), or else to a person named in full in several articles whom no
/// other such person rivals: a word one article takes for a surname must not spread over
/// the corpus on that one reading.
struct PersonRegistry {
    /// Multi-word forms and lone surnames, in first-seen order.
    private(set) var forms: [[String]] = []
    private var formIndex: [[String]: Int] = [:]
    private var counts: [Int] = []
    private var clusterOfForm: [Int] = []
    private(set) var clusterCount = 0
    private var surnames: [String: [Int]] = [:]
    /// Forms by normalised first name, and by cluster: lookups touch only the forms that can match.
    private var byFirstName: [String: [Int]] = [:]
    private var formsOfCluster: [[Int]] = []
    /// In how many articles each cluster is named in full.
    private var articlesOfCluster: [Int] = []

    /// A person is named in full in this many articles before a lone surname elsewhere may
    /// be theirs: famous enough for a reporter to leave out the first name.
    static let articlesForSurnameAlone = 3
    /// How many times more mentions the best of several such people needs.
    static let dominance = 3

    /// The people named in one article.
    init(_ names: [[String]]) {
        self.init(articles: [names])
    }

    /// The people named in each article of a corpus.
    init(articles: [[[String]]]) {
        let names = articles.flatMap { $0 }
        for words in names where Self.isFullName(words) { note(words) }
        var parent = Array(0..<forms.count)
        func root(_ index: Int) -> Int {
            var index = index
            while parent[index] != index {
                parent[index] = parent[parent[index]]
                index = parent[index]
            }
            return index
        }
        // Only forms with the same first name can be one person: compare within those buckets.
        for (index, words) in forms.enumerated() {
            byFirstName[PersonRegistry.normalize(words[0]), default: []].append(index)
        }
        for bucket in byFirstName.values {
            for (position, a) in bucket.enumerated() {
                for b in bucket[(position + 1)...] where PersonRegistry.sameName(forms[a], forms[b]) {
                    parent[root(a)] = root(b)
                }
            }
        }
        // "Vincent Cable" and "Vince Cable", "Eliot Ness" and "Elliot Ness" in one article:
        // spellings of one first name with the same surname are one person.
        var articlesOfForm: [Int: Set<Int>] = [:]
        for (article, names) in articles.enumerated() {
            for words in names where Self.isFullName(words) { if let index = formIndex[words] { articlesOfForm[index, default: []].insert(article) } }
        }
        var bySurname: [String: [Int]] = [:]
        for (index, words) in forms.enumerated() { bySurname[PersonRegistry.normalize(words[words.count - 1]), default: []].append(index) }
        for bucket in bySurname.values where bucket.count > 1 {
            for (position, a) in bucket.enumerated() {
                for b in bucket[(position + 1)...] where root(a) != root(b)
                    && PersonRegistry.firstNameVariants(forms[a][0], forms[b][0])
                    && !(articlesOfForm[a] ?? []).isDisjoint(with: articlesOfForm[b] ?? []) {
                    parent[root(a)] = root(b)
                }
            }
        }
        var clusterOfRoot: [Int: Int] = [:]
        for index in forms.indices {
            let top = root(index)
            if clusterOfRoot[top] == nil {
                clusterOfRoot[top] = clusterCount
                clusterCount += 1
            }
            clusterOfForm.append(clusterOfRoot[top]!)
        }
        for (index, words) in forms.enumerated() {
            var family = [words[words.count - 1]]
            // "Ricardo Rosselló Nevares" is "Rosselló" alone: Spanish and Portuguese names
            // put the father's surname, the one used alone, before the mother's.
            if words.count == 3, NameLists.isGivenName(words[0]), !NameLists.isGivenName(words[1]),
               words[1].count > 2, !words[1].hasSuffix(".") { family.append(words[1]) }
            for word in family {
                let surname = PersonRegistry.normalize(word)
                if !(surnames[surname]?.contains(clusterOfForm[index]) ?? false) {
                    surnames[surname, default: []].append(clusterOfForm[index])
                }
            }
        }
        // A lone surname no full name explains is a person of its own ("Smith said").
        for words in names where !words.isEmpty && !Self.isFullName(words) {
            let surname = PersonRegistry.normalize(words[words.count - 1])
            if surnames[surname] == nil {
                note(words)
                clusterOfForm.append(clusterCount)
                surnames[surname] = [clusterCount]
                clusterCount += 1
            } else if let index = formIndex[words] {
                counts[index] += 1
            }
        }
        formsOfCluster = Array(repeating: [], count: clusterCount)
        for (index, cluster) in clusterOfForm.enumerated() { formsOfCluster[cluster].append(index) }
        articlesOfCluster = Array(repeating: 0, count: clusterCount)
        for names in articles {
            let named = Set(names.compactMap { Self.isFullName($0) ? formIndex[$0].map { clusterOfForm[$0] } : nil })
            for cluster in named { articlesOfCluster[cluster] += 1 }
        }
    }

    private mutating func note(_ words: [String]) {
        if let index = formIndex[words] {
            counts[index] += 1
        } else {
            formIndex[words] = forms.count
            forms.append(words)
            counts.append(1)
        }
    }

    /// A first name and a surname, not a surname with its particle ("La Riva", "Van Gogh"),
    /// which stands alone as a surname does.
    static func isFullName(_ words: [String]) -> Bool {
        words.count >= 3 || words.count == 2 && !capitalParticles.contains(words[0])
    }

    static let capitalParticles: Set<String> = ["La", "Le", "De", "Da", "Di", "Du", "Del", "Della", "Van", "Von", "Der", "Den", "Al", "El", "Ibn", "Bin"]

    /// The person a name stands for. `preferring` holds the names seen in the same
    /// article: a surname goes to the person named in full there.
    func cluster(for words: [String], preferring nearby: [[String]]) -> Int? {
        if let index = formIndex[words] { return clusterOfForm[index] }
        if Self.isFullName(words) {
            for index in byFirstName[PersonRegistry.normalize(words[0])] ?? [] where PersonRegistry.sameName(forms[index], words) {
                return clusterOfForm[index]
            }
        }
        guard let last = words.last, let candidates = surnames[PersonRegistry.normalize(last)] else { return nil }
        // (In text order: "Joe Biden … his son, Hunter Biden … Biden said" is the one named first,
        // whichever the corpus met first.)
        let local = nearby.lazy.compactMap { self.formIndex[$0].map { self.clusterOfForm[$0] } }
        let wanted = Set(candidates)
        // A lone given name ("John") is somebody's surname only in an article that names
        // that somebody: across the corpus it would join every John to one person.
        if words.count == 1, NameLists.isGivenName(last) {
            return local.first(where: wanted.contains)
        }
        if let here = local.first(where: wanted.contains) { return here }
        // A surname no full name explains is its own person, named by it alone.
        if candidates.count == 1, articlesOfCluster[candidates[0]] == 0 { return candidates[0] }
        if candidates.count == 1, !OrdinaryWords.common.contains(last.lowercased()) { return candidates[0] }
        return wellKnown(candidates)
    }

    /// What follows a surname without being one ("Martin Luther King Jr").
    static let nameSuffixes: Set<String> = ["Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"]

    /// The person a surname alone names across the corpus, if one is well known enough.
    func wellKnownPerson(surname: String) -> Int? {
        surnames[PersonRegistry.normalize(surname)].flatMap(wellKnown)
    }

    private func wellKnown(_ candidates: [Int]) -> Int? {
        let known = candidates.filter { articlesOfCluster[$0] >= Self.articlesForSurnameAlone }
            .sorted { mentions(of: $0) > mentions(of: $1) }
        guard let best = known.first else { return nil }
        if known.count > 1, mentions(of: best) < Self.dominance * mentions(of: known[1]) { return nil }
        return best
    }

    private func mentions(of cluster: Int) -> Int {
        formsOfCluster[cluster].reduce(0) { $0 + counts[$1] }
    }

    /// The form used most often, preferring full names; ties go to the longer, then the first seen.
    func canonicalName(_ cluster: Int) -> String {
        var best: Int?
        for index in formsOfCluster[cluster] {
            guard let current = best else {
                best = index
                continue
            }
            if (counts[index], forms[index].count) > (counts[current], forms[current].count) { best = index }
        }
        return best.map { forms[$0].joined(separator: " ") } ?? ""
    }

    /// Every multi-word form and every surname, for finding later mentions.
    var names: [(words: [String], surname: Bool)] {
        var result: [(words: [String], surname: Bool)] = []
        var seenSurnames = Set<String>()
        for form in forms {
            if form.count >= 2 { result.append((form, false)) }
            guard let last = form.last else { continue }
            for variant in [last, PersonRegistry.withoutParticle(last)] where seenSurnames.insert(variant).inserted {
                result.append(([variant], true))
            }
        }
        return result
    }

    static func sameName(_ a: [String], _ b: [String]) -> Bool {
        let a = a.filter { !isInitial($0) }.map(normalize)
        let b = b.filter { !isInitial($0) }.map(normalize)
        guard a.count >= 2, b.count >= 2, a[0] == b[0] else { return a == b }
        let lastA = a[a.count - 1], lastB = b[b.count - 1]
        if lastA == lastB { return true }
        let limit = max(lastA.count, lastB.count) > 7 ? 2 : 1
        return editDistance(lastA, lastB, limit: limit) <= limit
    }

    private static func isInitial(_ word: String) -> Bool { word.count <= 2 && word.hasSuffix(".") }

    /// Two spellings of one first name: a short form of at least three letters ("Vince",
    /// "Vincent") or one letter apart in names of five or more ("Eliot", "Elliot"), never
    /// names given to different sexes ("Chris", "Christine").
    static func firstNameVariants(_ a: String, _ b: String) -> Bool {
        guard a != b else { return false }
        if let sexA = NameLists.sex(ofGivenName: a), let sexB = NameLists.sex(ofGivenName: b), sexA != sexB { return false }
        let (x, y) = (normalize(a), normalize(b))
        let (short, long) = x.count <= y.count ? (x, y) : (y, x)
        if short.count >= 3, long.hasPrefix(short) { return true }
        return short.count >= 5 && editDistance(x, y, limit: 1) <= 1
    }

    static func withoutParticle(_ word: String) -> String {
        for particle in ["al-", "el-", "ad-", "as-", "ash-", "ar-"] where word.hasPrefix(particle) && word.count > particle.count + 1 {
            return String(word.dropFirst(particle.count))
        }
        return word
    }

    /// Lowercase, no accents, no particle, no apostrophes: how two spellings are compared.
    static func normalize(_ word: String) -> String {
        let bare = withoutParticle(word)
        // ASCII has no diacritics to fold: lowercase it without Foundation's folding.
        if bare.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(String.UnicodeScalarView(bare.lowercased().unicodeScalars.filter { !["'", ".", "-"].contains($0) }))
        }
        let folded = bare.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return String(folded.unicodeScalars.filter { !["'", "’", ".", "-"].contains($0) }.map(Character.init))
    }

    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if abs(a.count - b.count) > limit { return limit + 1 }
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}

/// Names an article spells out somewhere, found again wherever they were not already
/// recognised: a surname at the start of a sentence, a name in the headline, an acronym
/// after its definition.
struct KnownNames {
    private let trie = WordTrie<Referent>()
    /// Full names by their first word, when only one full name in the article starts with it.
    private var onlyFullName: [String: [String]] = [:]

    init(people: PersonRegistry, named: [(words: [String], referent: Referent)], acronyms: [String: Referent]) {
        var fullNames: [String: Set<[String]>] = [:]
        for form in people.forms where form.count >= 2 { fullNames[form[0], default: []].insert(form) }
        onlyFullName = fullNames.compactMapValues { $0.count == 1 ? $0.first : nil }
        for (words, surname) in people.names {
            insert(words, .person(words), overwrite: !surname)
        }
        for (words, referent) in named { insert(words, referent, overwrite: false) }
        for acronym in acronyms.keys.sorted() { insert([acronym], .acronym(acronym), overwrite: false) }
    }

    private func insert(_ words: [String], _ referent: Referent, overwrite: Bool) {
        trie.insert(words, referent, overwrite: overwrite)
    }

    static let titlesBeforeGivenName: Set<String> = ["Sir", "Dame", "King", "Queen", "Prince", "Princess"]

    /// `sightings` plus every known name found in the tokens they leave uncovered.
    func complete(_ sightings: [Sighting], tokens: [Token], article: Article, finder: ActorFinder, inTitle: Bool) -> [Sighting] {
        var covered = Array(repeating: false, count: tokens.count)
        for sighting in sightings {
            for index in sighting.tokens where index < covered.count { covered[index] = true }
        }
        let scan = ActorFinder.Scan(tokens: tokens, article: article, finder: finder, inTitle: inTitle)
        var result = sightings
        // "Sir Allan" after "Sir Allan Kemakeza", "King Juan" after "King Juan Carlos": knights,
        // dames and royals are named by title and given name.
        for position in result.indices {
            guard case .person(let words) = result[position].referent, words.count == 1, let first = result[position].tokens.first,
                  first > 0, Self.titlesBeforeGivenName.contains(tokens[first - 1].text), let full = onlyFullName[words[0]] else { continue }
            result[position].referent = .person(full)
        }
        var index = 0
        while index < tokens.count {
            guard !covered[index], !tokens[index].inCredit, tokens[index].isCapitalized || tokens[index].isAcronym,
                  !ActorLexicon.calendarWords.contains(tokens[index].lowercased) else {
                index += 1
                continue
            }
            guard let best = trie.longestMatch(tokens, at: index, end: tokens.count, allowed: { !covered[$0] }) else {
                index += 1
                continue
            }
            // A title word is no surname on its own: "Mayor Jan Smit" in an article about Michel Mayor.
            if case .person = best.value, best.length == 1, ActorLexicon.isRoleWord(tokens[index].lowercased) {
                index += 1
                continue
            }
            // A name that a word for an area or a landform follows is the place's: "the Hunter region"
            // in an article about Ana Hunter.
            let after = index + best.length
            if case .person = best.value, after < tokens.count, tokens[after].isWord, !tokens[after].isCapitalized,
               ActorLexicon.isAreaWord(tokens[after].lowercased) {
                index = after
                continue
            }
            let span = index..<(index + best.length)
            var sighting = Sighting(tokens: span, inTitle: inTitle, referent: best.value, surface: scan.surface(span))
            if case .person = best.value {
                let context = scan.leftContext(of: index)
                sighting.role = context.role
                sighting.affiliationToken = context.affiliationToken
            }
            result.append(sighting)
            index = span.upperBound
        }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }
}
