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

    static func link(_ claims: inout [Claim]) {
        let wordLists = claims.map { words($0.content) }
        // Candidates share a run of three words: no claim is compared with every other.
        var byShingle: [String: [Int]] = [:]
        for (index, list) in wordLists.enumerated() where list.count >= 5 {
            var seen = Set<String>()
            for start in 0...(list.count - 3) {
                let shingle = list[start..<(start + 3)].joined(separator: " ")
                if seen.insert(shingle).inserted { byShingle[shingle, default: []].append(index) }
            }
        }
        var pairs = Set<[Int]>()
        for indices in byShingle.values where indices.count > 1 && indices.count < 200 {
            for a in indices {
                for b in indices where a < b && claims[a].article != claims[b].article { pairs.insert([a, b]) }
            }
        }
        for pair in pairs.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            let (a, b) = (pair[0], pair[1])
            let common = commonSubsequence(wordLists[a], wordLists[b])
            guard Double(common) >= 0.6 * Double(max(wordLists[a].count, wordLists[b].count)) else { continue }
            claims[a].corroboratedBy.append(claims[b].id)
            claims[b].corroboratedBy.append(claims[a].id)
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
