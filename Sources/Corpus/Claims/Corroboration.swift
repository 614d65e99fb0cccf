/// Claims in different articles whose words are the same once case, punctuation and quote
/// style are ignored, allowing edits such as a second translation of the same remark: the
/// longest common subsequence of words covers at least 60% of the longer claim, and each
/// has five words or more.
///
/// Corroboration is the same words from the same source: two claims whose speakers are both
/// known and differ do not corroborate each other, and words that three or more different
/// speakers say ("we are monitoring the situation closely") are a stock phrase that
/// corroborates nothing.
enum Corroboration {
    /// The claim's words as corroboration compares them: lowercase, apostrophes dropped,
    /// joined by single spaces. Made by the map stage, so that reduce never reads text.
    static func words(_ text: String) -> String {
        text.lowercased().split { !($0.isLetter || $0.isNumber) && $0 != "'" && $0 != "’" }
            .map { String($0.filter { $0 != "'" && $0 != "’" }) }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Links `claims`, whose `words` (as `words(_:)` makes them) are given in the same order.
    ///
    /// Claims with exactly the same words are grouped first, and groups rather than claims
    /// are compared: a syndicated story repeats its quotes in every copy, and comparing
    /// every copy with every other was most of the time spent on a thousand articles.
    static func link(_ claims: inout [Claim], words: [String]) {
        var groupOf: [String: Int] = [:]
        var groups: [(words: [Int], members: [Int])] = []
        // Words as numbers: the subsequence comparison then compares integers, not strings.
        var wordIDs: [Substring: Int] = [:]
        var speakersOf: [String: Set<Substring>] = [:]
        for (claim, text) in zip(claims, words) {
            if let speaker = named(claim) { speakersOf[text, default: []].insert(surname(speaker)) }
        }
        for (index, text) in words.enumerated() {
            if let group = groupOf[text] {
                groups[group].members.append(index)
                continue
            }
            let list = text.split(separator: " ")
            guard list.count >= 5, speakersOf[text, default: []].count < stockPhraseSpeakers else { continue }
            groupOf[text] = groups.count
            groups.append((list.map { word in
                if let id = wordIDs[word] { return id }
                wordIDs[word] = wordIDs.count
                return wordIDs.count - 1
            }, [index]))
        }
        // Candidates share a run of three words that fewer than 200 claims contain: no claim
        // is compared with every other, and phrases every story uses link nothing.
        var claimsWithShingle: [Shingle: Int] = [:]
        var groupsWithShingle: [Shingle: [Int]] = [:]
        for (group, entry) in groups.enumerated() {
            var seen = Set<Shingle>()
            for start in 0...(entry.words.count - 3) {
                let shingle = Shingle(a: entry.words[start], b: entry.words[start + 1], c: entry.words[start + 2])
                guard seen.insert(shingle).inserted else { continue }
                claimsWithShingle[shingle, default: 0] += entry.members.count
                groupsWithShingle[shingle, default: []].append(group)
            }
        }
        var candidates = Set<Int>()
        for (shingle, sharing) in groupsWithShingle {
            guard let count = claimsWithShingle[shingle], count > 1, count < 200 else { continue }
            for (position, a) in sharing.enumerated() {
                for b in sharing[position...] { candidates.insert(a * groups.count + b) }
            }
        }
        // Bounds the subsequence cannot beat, checked first: it is no longer than the shorter
        // claim, nor than the words the two have in common.
        let bags = groups.map { $0.words.sorted() }
        // Articles as numbers: a syndicated quote pairs every copy with every other, and
        // comparing their article ids as strings was most of the time spent linking them.
        var articleNumbers: [String: Int] = [:]
        let articleOf = claims.map { claim in
            if let number = articleNumbers[claim.article] { return number }
            articleNumbers[claim.article] = articleNumbers.count
            return articleNumbers.count - 1
        }
        // A group whose claims all stand in one article: two such groups of the same article
        // link nothing, so they are never compared (one article can hold thousands of claims).
        let articleOfGroup = groups.map { group -> Int? in
            let first = articleOf[group.members[0]]
            return group.members.allSatisfy { articleOf[$0] == first } ? first : nil
        }
        var partners = [[Int]](repeating: [], count: claims.count)
        for pair in candidates {
            let (a, b) = (pair / groups.count, pair % groups.count)
            if let article = articleOfGroup[a], articleOfGroup[b] == article { continue }
            if a != b {
                let needed = 0.6 * Double(max(groups[a].words.count, groups[b].words.count))
                guard Double(min(groups[a].words.count, groups[b].words.count)) >= needed,
                      Double(sharedWords(bags[a], bags[b])) >= needed,
                      Double(commonSubsequence(groups[a].words, groups[b].words)) >= needed
                else { continue }
            }
            for x in groups[a].members {
                for y in groups[b].members where (a != b || x < y) && articleOf[x] != articleOf[y]
                    && !haveDifferentSpeakers(claims[x], claims[y]) {
                    partners[x].append(y)
                    partners[y].append(x)
                }
            }
        }
        let ids = claims.map(\.id)
        for index in claims.indices where !partners[index].isEmpty {
            claims[index].corroboratedBy = partners[index].sorted().map { ids[$0] }
        }
    }

    /// Different speakers saying the same words from which they are a stock phrase.
    static let stockPhraseSpeakers = 3

    /// Speakers are told apart by the last word of their ids (ids are the names' slugs): a
    /// lone "Ruiz" that reduce could not join to "Ana Ruiz" is still the same source here.
    private static func haveDifferentSpeakers(_ a: Claim, _ b: Claim) -> Bool {
        guard let first = named(a), let second = named(b) else { return false }
        return surname(first) != surname(second)
    }

    /// The speaker when it is someone named: an unnamed source ("authorities", "a
    /// spokesperson") is an actor of its own article, whose id ends with the article's, and
    /// two articles' "authorities" may well be the same ones.
    private static func named(_ claim: Claim) -> String? {
        guard let speaker = claim.speaker, !speaker.hasSuffix("-" + claim.article) else { return nil }
        return speaker
    }

    private static func surname(_ id: String) -> Substring {
        id.split(separator: "-").last ?? Substring(id)
    }

    /// Three words in a row.
    private struct Shingle: Hashable {
        var a: Int, b: Int, c: Int
    }

    /// How many words two sorted lists have in common, repeats counted.
    static func sharedWords(_ a: [Int], _ b: [Int]) -> Int {
        var (i, j, shared) = (0, 0, 0)
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                shared += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return shared
    }

    /// Length of the longest common subsequence of words.
    static func commonSubsequence(_ a: [Int], _ b: [Int]) -> Int {
        var previous = [Int](repeating: 0, count: b.count + 1)
        var current = previous
        for word in a {
            for (j, other) in b.enumerated() {
                current[j + 1] = word == other ? previous[j] + 1 : max(previous[j + 1], current[j])
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
