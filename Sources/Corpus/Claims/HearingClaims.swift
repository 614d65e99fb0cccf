/// What a court, an inquiry or anyone else was told with no one named telling it: "A court in
/// Switzerland has been told the wall of water was a natural catastrophe", "The commission heard
/// APRA had serious concerns", "Virgin was told last Thursday it would have to move out". Court
/// and inquiry copy reports evidence this way; the claim is nobody's, and who heard it is the
/// addressee.
extension ClaimFinder.Unit {
    /// Bodies that hear evidence: "the court heard" says what was said before them, where "the
    /// residents heard a bang" does not.
    static let hearingBodies: Set<String> = [
        "court", "commission", "inquiry", "tribunal", "jury", "hearing", "trial", "inquest", "committee", "parliament",
        "senate", "meeting", "court-martial", "panel", "coroner",
    ]

    /// The claims of this unit that no claim in `claims` already covers.
    func hearingClaims(inQuote: [Bool], besides claims: [ClaimFinder.Found]) -> [ClaimFinder.Found] {
        var found: [ClaimFinder.Found] = []
        for index in span where !inQuote[index] && tokens[index].isWord && ["told", "heard"].contains(tokens[index].lowercased) {
            guard !(claims + found).contains(where: { $0.content.contains(index) || $0.cueToken == index || $0.attribution?.contains(index) == true }),
                  let hearer = hearer(before: index) else { continue }
            var start = skipAdverbials(from: index + 1, forward: true)
            if start < span.upperBound, tokens[start].lowercased == "that" { start += 1 }
            while start < span.upperBound, tokens[start].isMark(",") { start += 1 }
            guard start < span.upperBound, tokens[start].sentence == tokens[index].sentence, opensClause(at: start) else { continue }
            let content = restOfSentence(from: start)
            // What was said is a clause with its verb ("the driver had been drinking"), not a thing
            // heard ("The High Court heard the appeal on Tuesday").
            guard wordCount(content) >= 3, content.contains(where: { Self.finiteAuxiliaries.contains(tokens[$0].lowercased) || isPastTense($0) }),
                  !(claims + found).contains(where: { $0.content.overlaps(content) }) else { continue }
            found.append(ClaimFinder.Found(paragraph: paragraph, speaker: nil, speakerText: nil, cue: tokens[index].lowercased,
                                           addressee: surface(hearer), kind: content.contains { inQuote[$0] } ? .mixed : .indirect, content: content,
                                           attribution: hearer.lowerBound..<(index + 1), inTitle: inTitle, cueToken: index))
        }
        return found
    }

    /// Who was told or heard: for "told", the subject of "was/were/has been/had been told"; for
    /// "heard", a body that hears evidence ("The court heard", "The commission has also heard").
    private func hearer(before verb: Int) -> Range<Int>? {
        var auxiliary = verb - 1
        while auxiliary > span.lowerBound, ["also", "earlier", "previously", "again", "today", "yesterday"].contains(tokens[auxiliary].lowercased) {
            auxiliary -= 1
        }
        guard auxiliary >= span.lowerBound else { return nil }
        let passive = tokens[verb].lowercased == "told"
        if passive {
            guard ["was", "were", "been", "being"].contains(tokens[auxiliary].lowercased) else { return nil }
            while auxiliary > span.lowerBound, ["has", "have", "had", "is", "are", "been"].contains(tokens[auxiliary - 1].lowercased) { auxiliary -= 1 }
        } else if ["has", "have", "had"].contains(tokens[auxiliary].lowercased) {
            // "has heard": the auxiliary stands between the body and the verb.
        } else {
            auxiliary += 1
        }
        let end = auxiliary
        guard end > span.lowerBound, tokens[end - 1].isWord, tokens[end - 1].sentence == tokens[verb].sentence else { return nil }
        // The subject is the sentence's opening noun phrase: no verb, quote or clause word in it.
        var start = end
        while start > span.lowerBound, tokens[start - 1].sentence == tokens[verb].sentence {
            let previous = tokens[start - 1]
            guard previous.isWord || previous.text.isPossessive || previous.isMark("-") || previous.kind == .number,
                  !Self.clauseWords.contains(previous.lowercased), !Self.finiteAuxiliaries.contains(previous.lowercased),
                  !isPastTense(start - 1) else { return nil }
            start -= 1
        }
        guard end - start <= 8 else { return nil }
        if passive {
            // ("He was told to leave" is an order; a pronoun that was told is no body hearing evidence,
            // but a named or described one is.)
            return ActorLexicon.personalPronouns.contains(tokens[start].lowercased) || ["i", "we", "you"].contains(tokens[start].lowercased)
                ? nil : start..<end
        }
        return (start..<end).contains { Self.hearingBodies.contains(tokens[$0].lowercased) } ? start..<end : nil
    }

    /// "was", "swept", "heard": a verb's past form, by its ending or the lists of verbs that report.
    private func isPastTense(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.isWord, !token.isCapitalized else { return false }
        return token.lowercased.hasSuffix("ed") && token.lowercased.count > 4 || ["told", "heard", "said", "was", "were"].contains(token.lowercased)
    }

    /// A word that may open a reported clause: a determiner, a pronoun, a name, a number.
    private func opensClause(at index: Int) -> Bool {
        let token = tokens[index]
        let lower = token.lowercased
        if ["to", "of", "about", "by", "so", "not", "how", "what", "why", "when", "where", "whether", "if"].contains(lower) { return false }
        if Self.determiners.contains(lower) || ActorLexicon.personalPronouns.contains(lower)
            || ["i", "we", "you", "there"].contains(lower) || token.isCapitalized || token.kind == .number { return true }
        // "was told staff are owed $9 million": a bare noun, when a finite verb follows it soon.
        return token.isWord && (index + 1..<min(span.upperBound, index + 4)).contains { Self.finiteAuxiliaries.contains(tokens[$0].lowercased) }
    }
}
