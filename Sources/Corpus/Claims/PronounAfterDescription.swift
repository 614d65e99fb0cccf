/// "A local woman decided to speak publicly. She said …", "The researchers used data from
/// NASA. They found …": a pronoun opening a sentence stands for the unnamed subject that
/// opened the sentence before, as a reader takes it, not for whoever was named earlier (the
/// prosecutor of the paragraph before, the agency in the object).
extension ClaimFinder {
    /// Nouns for one person that give the pronoun they take: those of `CarriedSpeaker` that
    /// say it ("man", "spokeswoman"), and family words.
    static let genderedPersonNouns: [String: String] = CarriedSpeaker.personNouns.compactMapValues { $0 }.merging([
        "boy": "he", "girl": "she", "mother": "she", "father": "he", "wife": "she", "husband": "he", "daughter": "she", "son": "he",
        "sister": "she", "brother": "he", "grandmother": "she", "grandfather": "he", "widow": "she", "widower": "he",
    ]) { first, _ in first }

    /// `found` with the speaker of each such pronoun set to the description before it: an
    /// actor when the description is one, else the description's tokens for `DescribedSpeaker`.
    func pronounsAfterUnnamedSubjects(_ found: [Found]) -> [Found] {
        var found = found
        for index in found.indices where !found[index].inTitle {
            guard let attribution = found[index].attribution, tokens.indices.contains(attribution.lowerBound),
                  case let pronoun = tokens[attribution.lowerBound].lowercased, ["he", "she", "they"].contains(pronoun),
                  found[index].speakerText?.lowercased() == pronoun,
                  tokens[attribution.lowerBound].startsSentence,
                  let description = unnamedSubject(ofSentenceBefore: attribution.lowerBound, pronoun: pronoun)
            else { continue }
            if let reference = actorAt[description.upperBound - 1], [.anonymous, .group].contains(reference.type) {
                found[index].speaker = reference.actor
            } else {
                found[index].speaker = nil
                found[index].describedAt = description
            }
        }
        return found
    }

    /// The unnamed description ("A local woman", "One of the victims", "The researchers")
    /// that opens the sentence right before `pronoun` and is the verb's subject there, when
    /// nobody that pronoun could stand for is named in that sentence.
    private func unnamedSubject(ofSentenceBefore pronoun: Int, pronoun word: String) -> Range<Int>? {
        guard pronoun > 0 else { return nil }
        let sentence = tokens[pronoun - 1].sentence
        guard sentence == tokens[pronoun].sentence - 1 else { return nil }
        var start = pronoun - 1
        while start > 0, tokens[start - 1].sentence == sentence { start -= 1 }
        let words = start..<pronoun
        // Someone named in that sentence may be whom the pronoun means.
        let named = words.compactMap { actorAt[$0] }
        if word == "they" {
            if named.contains(where: { $0.type == .person }) { return nil }
        } else if named.contains(where: { [.person, .anonymous].contains($0.type) && $0.tokens.lowerBound != start }) {
            return nil
        }
        var cursor = start
        guard ["a", "an", "the", "one", "two", "three", "some", "several"].contains(tokens[cursor].lowercased) else { return nil }
        cursor += 1
        // "One of the victims".
        if tokens[start].lowercased == "one", cursor + 1 < pronoun, tokens[cursor].lowercased == "of", tokens[cursor + 1].lowercased == "the" {
            cursor += 2
        }
        let headLimit = cursor + 3
        while cursor < pronoun, cursor <= headLimit, tokens[cursor].isWord, !tokens[cursor].isCapitalized || actorAt[cursor] != nil {
            let lower = tokens[cursor].lowercased
            if var head = headPronoun(lower) {
                // ("One of the victims" is one person; "a residents" is no phrase.)
                if tokens[start].lowercased == "one", head == "they" { head = "either" }
                // The noun must be the subject: a verb, not "of" or a comma, follows it.
                guard cursor + 1 < pronoun, tokens[cursor + 1].isWord, !["of", "and", "or", "who", "in", "at", "from"].contains(tokens[cursor + 1].lowercased)
                else { return nil }
                let fits = word == "they" ? head == "they" : head == word || head == "either"
                return fits ? start..<(cursor + 1) : nil
            }
            cursor += 1
        }
        return nil
    }

    /// The pronoun a head noun for people takes ("she" for "woman", "they" for "researchers",
    /// "either" for "victim"), or nil for a word that names no one.
    private func headPronoun(_ lower: String) -> String? {
        if let gendered = Self.genderedPersonNouns[lower] { return gendered }
        let singular = ActorLexicon.singular(lower)
        // (People only: "The network aired the interview. She said …" is no network speaking.)
        let isPeople = [lower, singular].contains { word in
            ActorLexicon.roleHeads.contains(word) || ActorLexicon.anonymousHeads.contains(word) || ActorLexicon.peopleNouns.contains(word)
                || Unit.isTradeWord(word) && !ActorLexicon.organizationHeads.contains(word)
        } || ["victim", "victims", "survivor", "survivors", "person", "people"].contains(lower)
        guard isPeople, !ActorLexicon.organizationHeads.contains(singular), !ActorLexicon.mediaDescriptors.contains(singular) else { return nil }
        let isPlural = singular != lower || lower == "people" || lower == "police"
        return isPlural ? "they" : "either"
    }
}
