/// A statement named by the subject of a passive whose agent made it: "The death of the
/// painter was announced on Friday by the gallery", "Similar accusations were made by the
/// ministry and the army", "Expressions of sympathy have come from Ruiz and Lund". The
/// subject is what was said, and each agent named is a speaker of it.
extension ClaimFinder.Unit {
    /// Participles whose passive announces its subject, whatever it is.
    static let announcingParticiples: Set<String> = ["announced", "confirmed", "revealed", "disclosed"]

    /// Verbs that deliver a statement only when the subject is one ("accusations were made
    /// by", "condolences came from"; not "the decision was made by the board").
    static let deliveringVerbs: Set<String> = ["made", "voiced", "expressed", "issued", "come", "came"]

    private static let agentListEnders: Set<String> = ["via", "on", "in", "at", "through", "during", "after", "before", "following",
                                                       "when", "as", "who", "which", "with", "because", "while", "since",
                                                       "late", "early", "earlier", "later", "yesterday", "today", "this", "last"]

    /// Nouns for something said, as the head of such a subject: the claim nouns but "claim"
    /// ("insurance claims were made by farmers"), and more. (Not "calls": "emergency calls
    /// were made by neighbours".)
    static let statementNouns: Set<String> = Set(claimNouns.keys).subtracting(["claim", "claims"]).union([
        "statements", "attribution", "attributions", "expression", "expressions", "condolences", "accusation", "accusations",
        "threat", "threats", "denials", "appeal", "appeals", "demand", "demands", "pledge", "pledges", "promise", "promises",
        "tribute", "tributes", "condemnation", "condemnations", "criticism", "criticisms", "praise", "apology", "apologies",
        "comment", "comments", "remark", "remarks", "plea", "pleas",
    ])

    /// The passive claims of this unit that no claim in `claims` already covers.
    func passiveClaims(inQuote: [Bool], besides claims: [ClaimFinder.Found]) -> [ClaimFinder.Found] {
        var found: [ClaimFinder.Found] = []
        for index in span where !inQuote[index] && tokens[index].isWord {
            let verb = tokens[index].lowercased
            let announcing = Self.announcingParticiples.contains(verb)
            guard announcing || Self.deliveringVerbs.contains(verb),
                  !claims.contains(where: { $0.content.contains(index) || $0.cueToken == index }),
                  let auxiliary = verbGroupStart(before: index, verb: verb) else { continue }
            var preposition = skipAdverbials(from: index + 1, forward: true)
            // "was confirmed in a statement released by the club": the document's publisher made it.
            if announcing, let by = publisherAfterDocument(from: preposition) { preposition = by }
            guard preposition < span.upperBound, tokens[preposition].lowercased == (["come", "came"].contains(verb) ? "from" : "by"),
                  let subject = statementSubject(endingAt: auxiliary - 1, anyHead: announcing) else { continue }
            let agents = agentList(from: preposition + 1)
            let cue = announcing ? verb : surface(auxiliary..<(preposition + 1)).lowercased()
            for agent in agents {
                found.append(ClaimFinder.Found(paragraph: paragraph, speaker: agent.actor, speakerText: surface(agent.tokens), cue: cue,
                                               addressee: nil, kind: .indirect, content: subject,
                                               attribution: auxiliary..<agent.tokens.upperBound, inTitle: inTitle, cueToken: index))
            }
        }
        return found
    }

    /// The "by" of "in a statement released by", "in a letter issued on Friday by", from
    /// `start` at "in".
    private func publisherAfterDocument(from start: Int) -> Int? {
        guard start + 3 < span.upperBound, tokens[start].lowercased == "in" else { return nil }
        let window = (start + 1)..<min(span.upperBound, start + 10)
        guard let by = window.first(where: { tokens[$0].lowercased == "by" }),
              (start + 1..<by).allSatisfy({ tokens[$0].isWord || tokens[$0].text.isPossessive }),
              (start + 1..<by).contains(where: { ActorLexicon.documentNouns.contains(tokens[$0].lowercased) }),
              (start + 1..<by).contains(where: { ActorLexicon.publishingVerbs.contains(tokens[$0].lowercased) }) else { return nil }
        return by
    }

    /// Where the verb group before `index` starts: "was", "were", "has been", "have come";
    /// "came" needs none.
    private func verbGroupStart(before index: Int, verb: String) -> Int? {
        if verb == "came" { return index }
        guard index - 1 > span.lowerBound else { return nil }
        let previous = tokens[index - 1].lowercased
        if verb == "come" { return ["has", "have", "had"].contains(previous) ? index - 1 : nil }
        if ["was", "were"].contains(previous) { return index - 1 }
        if previous == "been", index - 2 > span.lowerBound, ["has", "have", "had"].contains(tokens[index - 2].lowercased) { return index - 2 }
        return nil
    }

    /// The subject noun phrase that ends at `end` and opens its sentence: at least three
    /// words, no verb, no pronoun, and a noun for something said at its head unless
    /// `anyHead` ("The death of the painter was announced").
    private func statementSubject(endingAt end: Int, anyHead: Bool) -> Range<Int>? {
        guard span.contains(end) else { return nil }
        var start = end
        while start > span.lowerBound, tokens[start - 1].sentence == tokens[end].sentence { start -= 1 }
        let words = (start...end).filter { tokens[$0].isWord || tokens[$0].kind == .number }
        guard words.count >= 3, words.count <= 20,
              (start...end).allSatisfy({ tokens[$0].isWord || tokens[$0].kind == .number || tokens[$0].text.isPossessive || tokens[$0].text == "-" }),
              !["it", "this", "that", "these", "those", "he", "she", "they", "there", "what", "which"].contains(tokens[start].lowercased),
              !(start...end).contains(where: { Self.finiteAuxiliaries.contains(tokens[$0].lowercased) || Self.modals.contains(tokens[$0].lowercased) })
        else { return nil }
        // The head: the word before the first link ("Expressions of condolences"), else the last.
        let link = (start...end).first { $0 > start && ["of", "to", "for", "from", "about", "over", "on", "in"].contains(tokens[$0].lowercased) }
        let head = tokens[(link ?? end + 1) - 1].lowercased
        guard anyHead || Self.statementNouns.contains(head) else { return nil }
        return start..<(end + 1)
    }

    /// The agents listed from `start` to the end of the sentence, by ", " and "and": each a
    /// named actor ending its item ("Sky News producer Jamal Harbi") or a description of
    /// people ("social media users"); other items are passed over. Stops at a word that
    /// starts how or where it was said ("via Twitter", "on Friday").
    private func agentList(from start: Int) -> [(actor: String?, tokens: Range<Int>)] {
        var agents: [(actor: String?, tokens: Range<Int>)] = []
        var item = start
        let sentence = tokens[min(start, span.upperBound - 1)].sentence
        while item < span.upperBound, tokens[item].sentence == sentence {
            var end = item
            while end < span.upperBound, tokens[end].sentence == sentence {
                // "Organisation of Islamic Cooperation (OIC) head Yousef Al-Othaimeen": a short name inside.
                if tokens[end].text == "(", let close = (end..<min(span.upperBound, end + 8)).first(where: { tokens[$0].text == ")" }) {
                    end = close + 1
                    continue
                }
                guard tokens[end].isWord || tokens[end].text.isPossessive || tokens[end].text == "-",
                      tokens[end].lowercased != "and" || end == item,
                      end == item || !Self.agentListEnders.contains(tokens[end].lowercased)
                        && !ActorLexicon.calendarWords.contains(tokens[end].lowercased) else { break }
                end += 1
            }
            guard end > item else { break }
            if let named = actorAt[end - 1], named.tokens.upperBound == end, named.tokens.lowerBound >= item {
                agents.append((named.actor, named.tokens))
            } else if Self.speakerNouns.contains(tokens[end - 1].lowercased) || ActorLexicon.hasTradeEnding(tokens[end - 1].lowercased) {
                var first = item
                if ["the", "a", "an"].contains(tokens[first].lowercased), first + 1 < end { first += 1 }
                agents.append((nil, first..<end))
            }
            var next = end
            while next < span.upperBound, tokens[next].sentence == sentence, tokens[next].isMark(",") || tokens[next].lowercased == "and" { next += 1 }
            guard next > end else { break }
            item = next
        }
        return agents
    }
}
