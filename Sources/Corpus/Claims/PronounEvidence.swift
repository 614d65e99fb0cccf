/// What the article's own pronouns say of its people: "Kim Ruiz said her family …" makes
/// Ruiz a woman for "she" later on, where no given name or title told.
extension ClaimFinder {
    static let malePronouns: Set<String> = ["he", "his", "him", "himself"]
    static let femalePronouns: Set<String> = ["she", "her", "hers", "herself"]

    /// `known`, completed for people it says nothing of: the pronouns after a person named
    /// first in a sentence, to the end of it and opening the next one, before any other
    /// person is named; the sex with more of them wins, a tie says nothing.
    func sexWithPronounEvidence(_ known: [String: NameLists.Sex]) -> [String: NameLists.Sex] {
        var votes: [String: (male: Int, female: Int)] = [:]
        var index = 0
        while index < tokens.count {
            guard let reference = actorAt[index], reference.type == .person, reference.tokens.lowerBound == index else {
                index += 1
                continue
            }
            let sentence = tokens[index].sentence
            // Only the sentence's first person: "Trump told Merkel he …" says nothing of Merkel.
            var first = index
            while first > 0, tokens[first - 1].sentence == sentence { first -= 1 }
            if (first..<index).contains(where: { actorAt[$0]?.type == .person && actorAt[$0]?.actor != reference.actor }) {
                index = reference.tokens.upperBound
                continue
            }
            var cursor = reference.tokens.upperBound
            var vote = votes[reference.actor] ?? (0, 0)
            while cursor < tokens.count, tokens[cursor].sentence <= sentence + 1, tokens[cursor].paragraph == tokens[index].paragraph {
                if let other = actorAt[cursor], other.type == .person, other.actor != reference.actor { break }
                // The next sentence counts only by its first word: "He said …".
                if tokens[cursor].sentence > sentence, !tokens[cursor].startsSentence { break }
                let lower = tokens[cursor].lowercased
                if Self.malePronouns.contains(lower) { vote.male += 1 }
                if Self.femalePronouns.contains(lower) { vote.female += 1 }
                cursor += 1
            }
            votes[reference.actor] = vote
            index = reference.tokens.upperBound
        }
        var sex = known
        for (actor, vote) in votes where sex[actor] == nil && vote.male != vote.female {
            sex[actor] = vote.male > vote.female ? .male : .female
        }
        return sex
    }
}
