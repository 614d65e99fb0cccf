/// "A new report suggests the costs have been exaggerated. The report, issued by the Grattan
/// Institute, says …": broadcast copy opens on a document and names who put it out only
/// in a later sentence. The first claim is the later one's author's, as a reader takes it.
extension ClaimFinder {
    /// `found` with each claim of a document nobody was named for given the author that a
    /// later claim of "the" same document in the article names.
    func documentsNamedLater(_ found: [Found]) -> [Found] {
        var found = found
        for index in found.indices where found[index].speaker == nil && !found[index].inTitle {
            guard let noun = indefiniteDocument(found[index]) else { continue }
            let later = found[(index + 1)...].first { claim in
                guard let speaker = claim.speaker, !claim.inTitle, let attribution = claim.attribution else { return false }
                // ("The report issued by the Grattan Institute says", "The Grattan Institute report says":
                // the sentence opens on the same document.)
                return !speaker.isEmpty && opensOnDocument(noun, before: attribution.lowerBound)
            }
            if let later { found[index].speaker = later.speaker }
        }
        return found
    }

    /// The document noun of a claim whose speaker is "a" or "an" document with no one's name
    /// ("A new report", "A study"), or nil.
    private func indefiniteDocument(_ claim: Found) -> String? {
        guard let words = claim.speakerText?.lowercased().split(separator: " ").map(String.init), words.count >= 2,
              ["a", "an"].contains(words[0]), let noun = words.last, ActorLexicon.documentNouns.contains(noun),
              !["statement", "data", "work", "plans", "release", "announcement", "decision"].contains(noun) else { return nil }
        return noun
    }

    /// Whether the sentence of the attribution at `index` opens on "The" and, within four
    /// words or after a name, `noun`, with nothing but the words of who issued it ("issued by the Grattan
    /// Institute") between the noun and the attribution: the document is the subject.
    private func opensOnDocument(_ noun: String, before index: Int) -> Bool {
        guard tokens.indices.contains(index) else { return false }
        var start = index
        while start > 0, tokens[start - 1].sentence == tokens[index].sentence { start -= 1 }
        // ("The new report", "The Australian Institute of Health and Welfare report".)
        guard tokens[start].lowercased == "the", let found = ((start + 1)..<min(tokens.count, start + 12)).first(where: { tokens[$0].lowercased == noun }),
              found - start <= 4 || ((start + 1)..<found).allSatisfy({ tokens[$0].isCapitalized || ActorLexicon.nameConnectors.contains(tokens[$0].text)
                  || tokens[$0].lowercased == "and" })
        else { return false }
        guard index > found else { return true }
        return index - found <= 6 && !((found + 1)..<index).contains { ActorLexicon.speechVerbs[tokens[$0].lowercased] != nil || tokens[$0].isMark(",") && $0 > found + 1 }
    }
}
