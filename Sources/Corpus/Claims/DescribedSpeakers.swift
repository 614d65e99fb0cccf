/// A claim whose speaker is described but named nowhere ("A spokesperson for Stagecoach
/// South said", "Diplomats observing the talks said") gets an unnamed actor of its own, so
/// that `claim.speaker` says who spoke as the sentence says it, and the description is
/// among the article's actors as any other unnamed source is. Pronouns nobody resolved and
/// documents ("the report", "a 2015 court decision") stay without one: a pronoun is no
/// description and a document is not an actor.
enum DescribedSpeaker {
    /// The sighting of the description in `found`'s attribution, or nil.
    static func sighting(for found: ClaimFinder.Found, tokens: [Token], text: String, articleID: String) -> Sighting? {
        guard found.speaker == nil, let spoken = found.speakerText, let attribution = found.attribution,
              let range = found.describedAt ?? tokenRange(of: spoken, around: attribution, tokens: tokens, text: text) else { return nil }
        // ("A local woman …. She said": the pronoun's sighting is the description it stands for.)
        let described = found.describedAt.map { text.utf8Slice(tokens[$0.lowerBound].range.lowerBound..<tokens[$0.upperBound - 1].range.upperBound) } ?? spoken
        var words = Array(range)
        // "Some of the protesters Wikinews interviewed": the people, not the share of them.
        while let first = words.first, determiners.contains(tokens[first].lowercased) || tokens[first].lowercased == "of" && first > range.lowerBound {
            words.removeFirst()
        }
        let nouns = nounWords(of: words, tokens: tokens)
        // ("A 2015 federal court decision said": the court's, but a document all the same.)
        guard let start = words.first, let last = nouns.last, !isDocument(tokens[last].lowercased),
              nouns.contains(where: { speaks(tokens[$0].lowercased) }) else { return nil }
        var name = text.utf8Slice(tokens[start].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound)
        // "Diplomats observing the talks said": capitalised only because the sentence opens on it.
        if tokens[start].startsSentence, OrdinaryWords.common.contains(tokens[start].lowercased) {
            name = name.prefix(1).lowercased() + name.dropFirst()
        }
        return Sighting(tokens: range, inTitle: found.inTitle, referent: .anonymous(key: ActorFinder.Scan.key(name), article: articleID),
                        surface: described, displayName: name)
    }

    static let determiners: Set<String> = ["a", "an", "the", "one", "some", "several", "many", "two", "three", "both"]

    /// The words the description's noun may be: those before its first link ("spokesperson"
    /// in "spokesperson for Stagecoach South", "diplomats" in "diplomats observing the
    /// talks", "protesters" in "protesters Wikinews interviewed").
    private static func nounWords(of words: [Int], tokens: [Token]) -> ArraySlice<Int> {
        let link = words.dropFirst().firstIndex { ["of", "for", "from", "at", "in", "with", "by"].contains(tokens[$0].lowercased)
            || tokens[$0].lowercased.hasSuffix("ing") }
        return words[..<(link ?? words.endIndex)].filter { tokens[$0].isWord }[...]
    }

    /// A noun for people or a body that speaks, by the word lists or by a trade's ending
    /// ("commander", "association", "officials", "sponsors" are; "acquaintance", "city" are not).
    private static func speaks(_ lower: String) -> Bool {
        [lower, ActorLexicon.singular(lower)].contains { word in ClaimFinder.Unit.speakerNouns.contains(word) || ActorLexicon.hasTradeEnding(word) }
            && !isDocument(lower)
    }

    private static func isDocument(_ lower: String) -> Bool {
        [lower, ActorLexicon.singular(lower)].contains { ActorLexicon.documentNouns.contains($0) || ClaimFinder.Unit.documentWords.contains($0) }
    }

    /// The tokens whose text is `described`, looked for in the attribution and the few
    /// tokens beside it, then from the start of its sentence: the subject a second verb
    /// shares ("Police arrested two men and said …") opens the sentence.
    private static func tokenRange(of described: String, around attribution: Range<Int>, tokens: [Token], text: String) -> Range<Int>? {
        let lower = max(0, attribution.lowerBound - 2), upper = min(tokens.count, attribution.upperBound + 2)
        if let near = tokenRange(of: described, startingIn: lower..<upper, endingBy: upper, tokens: tokens, text: text) { return near }
        guard attribution.lowerBound < tokens.count else { return nil }
        var sentenceStart = attribution.lowerBound
        while sentenceStart > 0, tokens[sentenceStart - 1].sentence == tokens[attribution.lowerBound].sentence { sentenceStart -= 1 }
        guard sentenceStart < lower else { return nil }
        return tokenRange(of: described, startingIn: sentenceStart..<lower, endingBy: lower, tokens: tokens, text: text)
    }

    private static func tokenRange(of described: String, startingIn starts: Range<Int>, endingBy upper: Int, tokens: [Token], text: String) -> Range<Int>? {
        for start in starts {
            for end in (start + 1)...min(upper, start + 16) {
                let slice = text.utf8Slice(tokens[start].range.lowerBound..<tokens[end - 1].range.upperBound)
                if slice == described { return start..<end }
                if slice.utf8.count >= described.utf8.count { break }
            }
        }
        return nil
    }
}
