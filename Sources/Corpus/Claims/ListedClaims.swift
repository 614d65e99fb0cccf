/// "Axios summarizes the list of demands made by the Israeli side as follows:" and then one
/// short paragraph per demand (the bullets cleaning took off): each item is a claim of the
/// one whose list it is, and the words "the list of demands … as follows" are none.
extension ClaimFinder {
    /// Items no longer than this, in words, are a list's; a longer paragraph is the story again.
    static let longestListItem = 30

    /// `found` with the items of each list a claim announces "as follows:" added as claims.
    func listedClaims(_ found: [Found], paragraphs: [Range<Int>]) -> [Found] {
        var found = found
        for (position, intro) in paragraphs.enumerated() where position + 1 < paragraphs.count && opensList(intro) {
            guard let announcing = found.lastIndex(where: { !$0.inTitle && intro.contains($0.cueToken) }) else { continue }
            let announcement = found[announcing]
            // ("the list of demands made by the Israeli side": whose list it is, when the words say.)
            let owner = announcement.content.lazy.filter { self.tokens[$0].lowercased == "by" }
                .compactMap { self.actorAt[$0 + 1] ?? (self.tokens[$0 + 1].lowercased == "the" ? self.actorAt[$0 + 2] : nil) }.first
            var items: [Found] = []
            for item in paragraphs[(position + 1)...] {
                let words = item.filter { tokens[$0].isWord }.count
                guard words >= 3, words <= Self.longestListItem, Set(item.map { tokens[$0].sentence }).count == 1,
                      !found.contains(where: { !$0.inTitle && item.contains($0.cueToken) }) else { break }
                var end = item.upperBound
                if end - 1 > item.lowerBound, tokens[end - 1].isMark(".") { end -= 1 }
                items.append(Found(paragraph: tokens[item.lowerBound].paragraph + 1, speaker: owner?.actor ?? announcement.speaker,
                                   speakerText: owner.map { article.text.utf8Slice(tokens[$0.tokens.lowerBound].range.lowerBound..<tokens[$0.tokens.upperBound - 1].range.upperBound) }
                                       ?? announcement.speakerText,
                                   cue: announcement.cue, addressee: nil, kind: .indirect, content: item.lowerBound..<end,
                                   attribution: announcement.attribution, via: owner == nil ? announcement.via : [announcement.speaker].compactMap { $0 },
                                   inTitle: false, cueToken: item.lowerBound))
            }
            guard items.count >= 2 else { continue }
            // The announcement's own words are only "the list … as follows".
            if announcement.content.upperBound >= intro.upperBound - 2 {
                found.replaceSubrange(announcing...announcing, with: items)
            } else {
                found.insert(contentsOf: items, at: announcing + 1)
            }
        }
        return found
    }

    /// Whether a paragraph ends "as follows:" or "the following:".
    private func opensList(_ paragraph: Range<Int>) -> Bool {
        guard paragraph.count >= 3, tokens[paragraph.upperBound - 1].isMark(":") else { return false }
        return ["follows", "following"].contains(tokens[paragraph.upperBound - 2].lowercased)
    }
}
