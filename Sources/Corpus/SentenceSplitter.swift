/// Splits a paragraph into sentences. A sentence ends at `.`, `!`, `?` or `…` (with any
/// closing quotes and brackets after it) followed by a space and then something that can
/// start a sentence: a capital, a digit, an opening quote or bracket. A period after an
/// abbreviation of a title ("Gen.", "Mr."), an initial ("Joshua S. Block"), a dotted
/// acronym ("U.S.") or "No." before a number ends nothing.
enum SentenceSplitter {
    /// Abbreviations that are followed by a name or a number, never by the end of a sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "pvt",
        "adm", "cmdr", "brig", "gov", "sen", "rep", "rev", "hon", "pres", "supt", "insp", "det", "st", "mt",
        "jr", "sr", "vs", "fig", "approx", "dept", "ft", "no", "nos", "vol", "art", "op",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    private static let closers: Set<Unicode.Scalar> = ["\"", "'", "”", "’", ")", "]", "»", "›"]
    private static let openers: Set<Unicode.Scalar> = ["\"", "'", "“", "‘", "(", "[", "«", "‹", "•", "-", "–", "—"]

    /// Sentence ranges as UTF-8 offsets into `paragraph`, without surrounding spaces.
    static func split(_ paragraph: String) -> [Range<Int>] {
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []  // UTF-8 offset of each scalar; one extra at the end
        scalars.reserveCapacity(paragraph.utf8.count)
        var offset = 0
        for scalar in paragraph.unicodeScalars {
            scalars.append(scalar)
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)

        var sentences: [Range<Int>] = []
        var start = 0
        while start < scalars.count, scalars[start] == " " { start += 1 }
        var index = start
        while index < scalars.count {
            let scalar = scalars[index]
            guard scalar == "." || scalar == "!" || scalar == "?" || scalar == "…" else {
                index += 1
                continue
            }
            var end = index + 1
            while end < scalars.count, [".", "!", "?", "…"].contains(scalars[end]) { end += 1 }
            while end < scalars.count, closers.contains(scalars[end]) { end += 1 }
            var next = end
            while next < scalars.count, scalars[next] == " " { next += 1 }
            guard next > end, next < scalars.count, canStartSentence(scalars[next]),
                  !(scalar == "." && end == index + 1 && continuesAfterPeriod(scalars, period: index, next: next))
            else {
                index = end
                continue
            }
            sentences.append(offsets[start]..<offsets[end])
            start = next
            index = next
        }
        var last = scalars.count
        while last > start, scalars[last - 1] == " " { last -= 1 }
        if last > start { sentences.append(offsets[start]..<offsets[last]) }
        return sentences
    }

    private static func canStartSentence(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isUppercase || ("0"..."9").contains(scalar) || openers.contains(scalar)
    }

    /// Whether the period at `period` belongs to an abbreviation, an initial or an acronym.
    private static func continuesAfterPeriod(_ scalars: [Unicode.Scalar], period: Int, next: Int) -> Bool {
        var wordStart = period
        while wordStart > 0, scalars[wordStart - 1].properties.isAlphabetic || scalars[wordStart - 1] == "." {
            wordStart -= 1
        }
        let word = String(String.UnicodeScalarView(scalars[wordStart..<period]))
        if word.isEmpty { return false }
        if word.contains(".") { return true }  // U.S., e.g, a.m
        if word.count == 1, word.unicodeScalars.first?.properties.isUppercase == true { return true }  // initial
        let lowered = word.lowercased()
        if lowered == "no" || lowered == "nos" || lowered == "art" || lowered == "vol" || lowered == "op" {
            return ("0"..."9").contains(scalars[next])
        }
        return abbreviations.contains(lowered)
    }
}
