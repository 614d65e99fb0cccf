/// A claim carried by a noun with its source named beside it: "Ruiz's claim that the port
/// would grow", "warnings from the ministry that the port could flood", "the union's
/// insistence that jobs were safe". Without a named source ("the claim that …") the words
/// are a topic, not anyone's statement.
extension ClaimFinder.Unit {
    /// Nouns that carry what someone said, with the cue each stands for.
    static let claimNouns: [String: String] = [
        "claim": "claimed", "claims": "claimed", "warning": "warned", "warnings": "warned", "assertion": "asserted",
        "allegation": "alleged", "allegations": "alleged", "insistence": "insisted", "announcement": "announced",
        "statement": "stated", "argument": "argued", "suggestion": "suggested", "prediction": "predicted",
        "denial": "denied", "admission": "admitted", "assurance": "assured", "assurances": "assured",
    ]

    /// The noun claims of this unit that no claim in `claims` already covers.
    func nounClaims(inQuote: [Bool], besides claims: [ClaimFinder.Found], lastSpeaker: String?, finder: ClaimFinder) -> [ClaimFinder.Found] {
        var found: [ClaimFinder.Found] = []
        for index in span where !inQuote[index] {
            if let claim = colonClaim(ofNoun: index, inQuote: inQuote, besides: claims, lastSpeaker: lastSpeaker, finder: finder) {
                found.append(claim)
                continue
            }
            guard let cue = Self.claimNouns[tokens[index].lowercased],
                  !claims.contains(where: { $0.content.contains(index) || $0.cueToken == index }) else { continue }
            if let given = givenStatement(ofNoun: index, lastSpeaker: lastSpeaker, finder: finder) {
                found.append(ClaimFinder.Found(paragraph: paragraph, speaker: given.speaker, speakerText: surface(given.subject), cue: cue,
                                               addressee: nil, kind: .indirect, content: given.content,
                                               attribution: given.subject.lowerBound..<given.content.lowerBound, inTitle: inTitle, cueToken: index))
                continue
            }
            guard let (source, that) = namedSource(ofNoun: index) else { continue }
            let sentence = tokens[index].sentence
            var end = that + 1
            while end < span.upperBound, tokens[end].sentence == sentence, !tokens[end].isMark(",") || inQuote[end],
                  !tokens[end].isMark(";") { end += 1 }
            // "Ruiz's claim that the port would grow was rejected": once the clause has its verb,
            // a second one is the main clause's.
            if let verb = ((that + 3)..<max(that + 3, end)).first(where: {
                ["was", "were", "is", "are", "has", "have", "had"].contains(tokens[$0].lowercased) && ((that + 1)..<$0).contains(where: isFiniteVerb)
            }) { end = verb }
            guard let content = clauseContent((that + 1)..<end) else { continue }
            found.append(ClaimFinder.Found(paragraph: paragraph, speaker: source.actor, speakerText: surface(source.tokens), cue: cue,
                                           addressee: nil, kind: .indirect, content: content,
                                           attribution: min(source.tokens.lowerBound, index)..<(that + 1), inTitle: inTitle, cueToken: index))
        }
        return found
    }

    /// "Lund brings a new warning: fishermen are underestimating …": the words after the
    /// noun's colon are the sentence subject's, when they are no quote (a quote after a colon
    /// has its own rule) and the subject is someone.
    private func colonClaim(ofNoun noun: Int, inQuote: [Bool], besides claims: [ClaimFinder.Found], lastSpeaker: String?,
                            finder: ClaimFinder) -> ClaimFinder.Found? {
        guard let cue = Self.claimNouns[tokens[noun].lowercased], noun + 2 < span.upperBound, tokens[noun + 1].isMark(":"),
              !tokens[noun + 2].isQuoteMark, !inQuote[noun + 2], tokens[noun + 2].sentence == tokens[noun].sentence,
              !claims.contains(where: { $0.content.contains(noun + 2) }),
              // Only a statement the subject gives ("brings a new warning:"), not one it answers
              // ("rejected the allegation: …").
              (max(span.lowerBound, noun - 4)..<noun).contains(where: { Self.givingVerbs.contains(tokens[$0].lowercased) }),
              let subject = sentenceSubject(before: noun, lastSpeaker: lastSpeaker, finder: finder), let speaker = subject.actor
        else { return nil }
        var end = noun + 2
        while end < span.upperBound, tokens[end].sentence == tokens[noun].sentence { end += 1 }
        guard let content = clauseContent((noun + 2)..<end) else { return nil }
        return ClaimFinder.Found(paragraph: paragraph, speaker: speaker, speakerText: surface(subject.tokens), cue: cue, addressee: nil,
                                 kind: .indirect, content: content, attribution: subject.tokens.lowerBound..<(noun + 2), inTitle: inTitle,
                                 cueToken: noun)
    }

    /// `range` without the marks that end it (a closing quote mark stays), when three words or more remain.
    private func clauseContent(_ range: Range<Int>) -> Range<Int>? {
        var content = range
        while let last = content.last, tokens[last].kind == .mark, !tokens[last].isQuoteMark { content = content.lowerBound..<last }
        return content.filter({ tokens[$0].isWord }).count >= 3 ? content : nil
    }

    static let givingVerbs: Set<String> = [
        "issued", "issues", "made", "makes", "gave", "gives", "brings", "brought", "sounded", "sounds", "repeated", "repeats",
        "delivered", "released", "posted", "published", "had", "has", "added", "adds", "offered", "offers",
    ]

    /// "The palace issued a statement to the effect the king considered it inappropriate",
    /// "The department issued a statement that an inmate had been stabbed": the sentence's
    /// subject gave it; what follows "that" or "to the effect" is what it said.
    private func givenStatement(ofNoun noun: Int, lastSpeaker: String?, finder: ClaimFinder)
        -> (speaker: String?, subject: Range<Int>, content: Range<Int>)? {
        guard ["statement", "announcement", "warning", "assurance", "assurances"].contains(tokens[noun].lowercased),
              let verb = (max(span.lowerBound, noun - 3)..<noun).last(where: { Self.givingVerbs.contains(tokens[$0].lowercased) }),
              ((verb + 1)..<noun).allSatisfy({ tokens[$0].isWord && !tokens[$0].isCapitalized }) else { return nil }
        var start = noun + 1
        let effect = start + 2 < span.upperBound && tokens[start].lowercased == "to" && tokens[start + 1].lowercased == "the"
            && tokens[start + 2].lowercased == "effect"
        if effect { start += 3 }
        if start < span.upperBound, tokens[start].lowercased == "that" {
            start += 1
        } else if !effect {
            return nil
        }
        guard start < span.upperBound, tokens[start].sentence == tokens[noun].sentence,
              let subject = sentenceSubject(before: verb, lastSpeaker: lastSpeaker, finder: finder), subject.tokens.upperBound <= verb else { return nil }
        var end = start
        // (Up to a colon: "… had been stabbed: “There was an assault …”" quotes it in full, a claim of its own.)
        while end < span.upperBound, tokens[end].sentence == tokens[noun].sentence, !tokens[end].isMark(";"), !tokens[end].isMark(":") { end += 1 }
        guard let content = clauseContent(start..<end) else { return nil }
        return (subject.actor, subject.tokens, content)
    }

    /// Who the noun at `noun` belongs to, and the "that" opening what was said: "Ruiz's
    /// claim that", "warnings from the ministry that", "a statement by the club that".
    private func namedSource(ofNoun noun: Int) -> (source: ClaimFinder.MentionRef, that: Int)? {
        // "Ruiz's claim that": the possessor, with one word between at most ("Ruiz's repeated
        // claim"), never a word for people ("Ruiz's lawyers claim that": the lawyers speak).
        for gap in 1...2 where noun - gap - 1 >= span.lowerBound && tokens[noun - gap].text.isPossessive {
            guard gap == 1 || tokens[noun - 1].isWord && !tokens[noun - 1].lowercased.hasSuffix("s")
                    && !Self.speakerNouns.contains(tokens[noun - 1].lowercased) && !ActorLexicon.hasTradeEnding(tokens[noun - 1].lowercased),
                  let owner = actorAt[noun - gap - 1],
                  noun + 1 < span.upperBound, tokens[noun + 1].lowercased == "that" else { continue }
            return (owner, noun + 1)
        }
        // "warnings from the ministry that": the source after "from" or "by", then "that".
        guard noun + 2 < span.upperBound, ["from", "by"].contains(tokens[noun + 1].lowercased) else { return nil }
        var cursor = noun + 2
        var source: ClaimFinder.MentionRef?
        while cursor < span.upperBound, cursor < noun + 10, tokens[cursor].sentence == tokens[noun].sentence,
              tokens[cursor].isWord || tokens[cursor].text.isPossessive, tokens[cursor].lowercased != "that" {
            if source == nil, let reference = actorAt[cursor] { source = reference }
            cursor += 1
        }
        guard let source, cursor < span.upperBound, tokens[cursor].lowercased == "that" else { return nil }
        return (source, cursor)
    }
}
