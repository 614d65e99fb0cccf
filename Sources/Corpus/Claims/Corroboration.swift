/// Claims in different articles whose words are the same once case, punctuation and quote
/// style are ignored, allowing edits such as a second translation of the same remark: the
/// longest common subsequence of words covers at least 60% of the longer claim, and each
/// has five words or more.
enum Corroboration {
    static func words(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber) && $0 != "'" && $0 != "’" }
            .map { String($0.filter { $0 != "'" && $0 != "’" }) }.filter { !$0.isEmpty }
    }

    /// Claims with exactly the same words are grouped first, and groups rather than claims
    /// are compared: a syndicated story repeats its quotes in every copy, and comparing
    /// every copy with every other was most of the time spent on a thousand articles.
    static func link(_ claims: inout [Claim]) {
        let wordLists = claims.parallelMap { words($0.content) }
        var groupOf: [[String]: Int] = [:]
        var groups: [(words: [String], members: [Int])] = []
        for (index, list) in wordLists.enumerated() where list.count >= 5 {
            if let group = groupOf[list] {
                groups[group].members.append(index)
            } else {
                groupOf[list] = groups.count
                groups.append((list, [index]))
            }
        }
        // Candidates share a run of three words that fewer than 200 claims contain: no claim
        // is compared with every other, and phrases every story uses link nothing.
        var claimsWithShingle: [String: Int] = [:]
        var groupsWithShingle: [String: [Int]] = [:]
        for (group, entry) in groups.enumerated() {
            var seen = Set<String>()
            for start in 0...(entry.words.count - 3) {
                let shingle = entry.words[start..<(start + 3)].joined(separator: " ")
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
        var partners = [[Int]](repeating: [], count: claims.count)
        for pair in candidates {
            let (a, b) = (pair / groups.count, pair % groups.count)
            if a != b {
                let common = commonSubsequence(groups[a].words, groups[b].words)
                guard Double(common) >= 0.6 * Double(max(groups[a].words.count, groups[b].words.count)) else { continue }
            }
            for x in groups[a].members {
                for y in groups[b].members where (a != b || x < y) && claims[x].article != claims[y].article {
                    partners[x].append(y)
                    partners[y].append(x)
                }
            }
        }
        for index in claims.indices where !partners[index].isEmpty {
            claims[index].corroboratedBy = partners[index].sorted().map { claims[$0].id }
        }
    }

    /// Length of the longest common subsequence of words.
    static func commonSubsequence(_ a: [String], _ b: [String]) -> Int {
        var previous = [Int](repeating: 0, count: b.count + 1)
        for word in a {
            var current = [Int](repeating: 0, count: b.count + 1)
            for (j, other) in b.enumerated() {
                current[j + 1] = word == other ? previous[j] + 1 : max(previous[j + 1], current[j])
            }
            previous = current
        }
        return previous[b.count]
    }
}
