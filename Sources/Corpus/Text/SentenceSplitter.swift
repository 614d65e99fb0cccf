/// Splits a paragraph into sentences. A sentence ends at `.`, `!`, `?` or `…` (with any
/// closing quotes and brackets after it) followed by a space and then something that can
/// start a sentence: a capital, a digit, an opening quote or bracket. A period after an
/// abbreviation of a title ("Gen.", "Mr."), an initial ("Joshua S. Block"), a dotted
/// acronym ("U.S.") or "No." before a number ends nothing.
///
/// Works on UTF-8 bytes: every mark it looks for is ASCII or a known multi-byte sequence,
/// so a paragraph of any length is split in one pass without copying it.
enum SentenceSplitter {
    /// Abbreviations that are followed by a name or a number, never by the end of a sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "pvt",
        "adm", "cmdr", "brig", "gov", "sen", "rep", "rev", "hon", "pres", "supt", "insp", "det", "st", "mt",
        "jr", "sr", "vs", "v", "fig", "approx", "dept", "ft",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
    /// Companies' legal forms, which continue the sentence before a bracket: "Ipari Kft. (HDT
    /// Limited) acquired …", "Kessler Inc. (KSL) rose …".
    static let legalForms: Set<String> = ["ltd", "inc", "corp", "co", "kft", "pty", "bhd", "llc", "plc", "gmbh", "sa", "nv", "bv"]
    /// Abbreviations that only continue the sentence before a number: "No. 10", "Art. 5".
    static let numberAbbreviations: Set<String> = ["no", "nos", "art", "vol", "op", "pp", "p"]

    private static let closers: [[UInt8]] = [[0x22], [0x27], [0x29], [0x5D], Array("”".utf8), Array("’".utf8), Array("»".utf8), Array("›".utf8)]
    private static let openers: [[UInt8]] = [[0x22], [0x27], [0x28], [0x5B], Array("“".utf8), Array("‘".utf8), Array("«".utf8), Array("‹".utf8),
                                             Array("•".utf8), [0x2D], Array("–".utf8), Array("—".utf8)]
    private static let ellipsis = Array("…".utf8)

    /// Sentence ranges as UTF-8 offsets into `paragraph`, without surrounding spaces.
    static func split(_ paragraph: String) -> [Range<Int>] {
        var paragraph = paragraph
        return paragraph.withUTF8 { split(bytes: $0) }
    }

    static func split(bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        let count = bytes.count
        var sentences: [Range<Int>] = []
        var start = 0
        while start < count, bytes[start] == 0x20 { start += 1 }
        var index = start
        while index < count {
            guard let afterMark = terminator(bytes, at: index) else {
                index += 1
                continue
            }
            var end = afterMark
            while end < count, let next = terminator(bytes, at: end) { end = next }
            while end < count, let next = match(closers, bytes, at: end) { end = next }
            var next = end
            while next < count, bytes[next] == 0x20 { next += 1 }
            let isPlainPeriod = bytes[index] == UInt8(ascii: ".") && end == index + 1
            guard next > end, next < count, canStartSentence(bytes, at: next),
                  !(isPlainPeriod && continuesAfterPeriod(bytes, period: index, next: next))
            else {
                index = end
                continue
            }
            sentences.append(start..<end)
            start = next
            index = next
        }
        var last = count
        while last > start, bytes[last - 1] == 0x20 { last -= 1 }
        if last > start { sentences.append(start..<last) }
        return sentences
    }

    /// The offset after a sentence-ending mark at `index`, if there is one.
    private static func terminator(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        switch bytes[index] {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"): return index + 1
        case 0xE2: return match([ellipsis], bytes, at: index)
        default: return nil
        }
    }

    private static func match(_ sequences: [[UInt8]], _ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        for sequence in sequences where index + sequence.count <= bytes.count {
            if sequence.indices.allSatisfy({ bytes[index + $0] == sequence[$0] }) { return index + sequence.count }
        }
        return nil
    }


    private static func canStartSentence(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = bytes[index]
        if (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
            return true
        }
        if match(openers, bytes, at: index) != nil { return true }
        return byte >= 0x80 && UTF8Scalar.decode(bytes, at: index).0.properties.isUppercase
    }

    /// Words that open sentences and never follow "U.S." or "p.m." inside one.
    static let sentenceOpeners: Set<String> = [
        "The", "He", "She", "It", "They", "We", "I", "A", "An", "In", "On", "At", "But", "This", "That", "There", "These",
        "Those", "His", "Her", "Their", "Its", "After", "Before", "When", "While", "However",
    ]

    /// Whether the word at `index` is one of `sentenceOpeners`, followed by a space or a comma.
    private static func opensSentence(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        var end = index
        while end < bytes.count, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[end] | 0x20) { end += 1 }
        guard end > index, end - index <= 9, end == bytes.count || bytes[end] == UInt8(ascii: " ") || bytes[end] == UInt8(ascii: ",") else { return false }
        return sentenceOpeners.contains(String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self))
    }

    /// Whether the period at `period` belongs to an abbreviation, an initial or an acronym.
    private static func continuesAfterPeriod(_ bytes: UnsafeBufferPointer<UInt8>, period: Int, next: Int) -> Bool {
        var wordStart = period
        var hasDot = false
        while wordStart > 0 {
            let byte = bytes[wordStart - 1]
            let isLetter = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || byte >= 0x80
            guard isLetter || byte == UInt8(ascii: ".") else { break }
            if byte == UInt8(ascii: ".") { hasDot = true }
            wordStart -= 1
        }
        let length = period - wordStart
        if length == 0 || length > 12 { return false }
        // (U.S., e.g, a.m: unless a word that opens sentences follows, "at 2 p.m. The police said".)
        if hasDot { return !opensSentence(bytes, at: next) }
        if length == 1, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(bytes[wordStart]) { return true }  // an initial
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[wordStart..<period]), as: UTF8.self).lowercased()
        if numberAbbreviations.contains(word) {
            return (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[next])
        }
        if legalForms.contains(word) { return bytes[next] == UInt8(ascii: "(") }
        return abbreviations.contains(word)
    }
}
