/// Finds every article's claims and quantities, numbers the claims, and links claims in
/// different articles that report the same words.
enum ClaimResolver {
    static func resolve(_ articles: [Article], tokenized: [ArticleTokens], actors: [Actor]) -> (claims: [Claim], quantities: [Quantity]) {
        var mentionsByArticle: [String: [(actor: Actor, mention: Mention)]] = [:]
        for actor in actors {
            for mention in actor.mentions { mentionsByArticle[mention.article, default: []].append((actor, mention)) }
        }
        // Each article on its own core; claims point at quantities by their index within the
        // article until the articles are put together.
        let mentions = mentionsByArticle
        let perArticle = Array(zip(articles, tokenized)).parallelMap { article, tokenized in
            let (tokens, titleTokens) = (tokenized.body, tokenized.title)
            let quantities = QuantityFinder.find(in: article, tokens: tokens)
            let finder = ClaimFinder(article: article, tokens: tokens, titleTokens: titleTokens, mentions: mentions[article.id] ?? [])
            var claims: [Claim] = []
            for (number, found) in finder.find().enumerated() {
                let list = found.inTitle ? titleTokens : tokens
                let content = list[found.content.lowerBound].range.lowerBound..<list[found.content.upperBound - 1].range.upperBound
                let attribution = found.attribution.map { list[$0.lowerBound].range.lowerBound..<list[$0.upperBound - 1].range.upperBound }
                let text = (found.inTitle ? article.title : article.text).utf8Slice(content)
                let inside = found.inTitle ? [] : quantities.indices.filter {
                    content.contains(quantities[$0].range.lowerBound) && quantities[$0].range.upperBound <= content.upperBound
                }
                claims.append(Claim(id: "\(article.id):\(number + 1)", article: article.id, paragraph: found.paragraph,
                                    sentence: found.inTitle ? 0 : list[found.content.lowerBound].sentence + 1,
                                    speaker: found.speaker, speakerText: found.speakerText, cue: found.cue, addressee: found.addressee,
                                    kind: found.kind, content: text, contentRange: content, attributionRange: attribution,
                                    via: found.via, quantities: inside, corroboratedBy: []))
            }
            return (claims, quantities)
        }
        var claims: [Claim] = []
        var quantities: [Quantity] = []
        for (articleClaims, articleQuantities) in perArticle {
            let offset = quantities.count
            claims += articleClaims.map { claim in
                var claim = claim
                claim.quantities = claim.quantities.map { $0 + offset }
                return claim
            }
            quantities += articleQuantities
        }
        Corroboration.link(&claims)
        return (claims, quantities)
    }
}

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
