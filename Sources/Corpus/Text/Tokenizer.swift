/// A word, number or mark in an article, with its place in the text it came from.
struct Token: Sendable {
    enum Kind: Sendable { case word, number, mark }

    var text: String
    /// UTF-8 offsets into the text that was tokenized (the article's `text`, or its title).
    var range: Range<Int>
    var kind: Kind
    /// 0-based index into `Article.sentences`; -1 for the title.
    var sentence: Int
    /// 0-based paragraph; -1 for the title.
    var paragraph: Int
    /// First token of its sentence, or first after an opening quote or bracket there.
    var startsSentence: Bool
    /// True when a space or line break comes right before the token.
    var spaceBefore: Bool
    /// Part of a photo credit ("Image: Ana Ruiz."): a name there took the picture, it
    /// does nothing in the story.
    var inCredit = false

    var isWord: Bool { kind == .word }
    var lowercased: String { text.lowercased() }

    /// Starts with a capital letter ("Lavrov", "IDF", "S.", "Ben-Shabat"), or is a name
    /// with a lowercase particle before a capital ("al-Assad", "duPlessis", "deGrasse").
    var isCapitalized: Bool {
        guard kind == .word, let first = text.unicodeScalars.first else { return false }
        if first.properties.isUppercase { return true }
        for particle in Self.nameParticlePrefixes where text.hasPrefix(particle) {
            let rest = text.unicodeScalars.dropFirst(particle.count)
            // A particle glued on only before a capital ("delta", "dean" stay lowercase words),
            // and a name of three letters or more after it (not "deFi").
            guard rest.count >= (particle.hasSuffix("-") ? 1 : 3) else { continue }
            if rest.first?.properties.isUppercase == true { return true }
        }
        return false
    }

    static let nameParticlePrefixes = ["al-", "el-", "ad-", "as-", "ash-", "ar-", "ibn-", "bin-", "du", "de", "da", "di", "le", "la", "van", "von"]

    /// Every letter a capital, at least two of them: "IDF", "U.S.", "IRGC".
    var isAcronym: Bool {
        guard kind == .word else { return false }
        var letters = 0
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            if !scalar.properties.isUppercase { return false }
            letters += 1
        }
        return letters >= 2
    }

    func isMark(_ mark: String) -> Bool { kind == .mark && text == mark }
    /// An opening or closing quotation mark, curly or straight.
    var isQuoteMark: Bool { ["“", "”", "\""].contains(text) }
}

/// An article's tokens: its content, and its title apart.
struct ArticleTokens: Sendable {
    var body: [Token]
    var title: [Token]

    init(_ article: Article) {
        body = Tokenizer.tokens(of: article)
        // A story with no headline has its first sentence as title: read once, in the body,
        // or its claims and mentions count twice.
        title = Self.titleOpensText(article) ? [] : Tokenizer.titleTokens(of: article)
        Self.markCredits(&body)
    }

    /// The text starts with the whole title ("Fire" over "Firefighters …" is a headline).
    static func titleOpensText(_ article: Article) -> Bool {
        let (title, text) = (article.title.utf8, article.text.utf8)
        guard text.starts(with: title) else { return false }
        guard let next = text.dropFirst(title.count).first else { return true }
        return next == UInt8(ascii: " ") || next == UInt8(ascii: "\n")
    }

    /// Labels that open a credit line in captions.
    static let creditLabels: Set<String> = ["image", "images", "photo", "photos", "photograph", "picture", "credit", "credits", "video"]

    /// "JorgensenImage:": a caption run into its credit when the page lost a line break.
    static func endsWithCreditLabel(_ word: String) -> Bool {
        for label in ["Image", "Photo", "Credit"] where word.count > label.count && word.hasSuffix(label) {
            let before = word.dropLast(label.count).last
            return before?.isLowercase ?? false
        }
        return false
    }

    /// Marks the words after "Image:", "Photo:" or "Credit:" up to the end of the
    /// sentence, the next label or a bracket, at most eight words.
    static func markCredits(_ tokens: inout [Token]) {
        var index = 0
        while index + 1 < tokens.count {
            guard tokens[index].isWord, tokens[index + 1].isMark(":"),
                  creditLabels.contains(tokens[index].lowercased) || endsWithCreditLabel(tokens[index].text) else {
                index += 1
                continue
            }
            tokens[index].inCredit = true
            tokens[index + 1].inCredit = true
            // "Gloria La RivaImage:": the caption that ran into the label is furniture too.
            if endsWithCreditLabel(tokens[index].text) {
                var back = index - 1
                while back >= 0, back >= index - 6, tokens[back].paragraph == tokens[index].paragraph, tokens[back].isWord {
                    tokens[back].inCredit = true
                    back -= 1
                }
            }
            var cursor = index + 2
            while cursor < tokens.count, cursor < index + 10, tokens[cursor].paragraph == tokens[index].paragraph {
                let token = tokens[cursor]
                if token.kind == .mark, [".", "(", ";", "|"].contains(token.text) { break }
                if token.isWord, creditLabels.contains(token.lowercased), cursor + 1 < tokens.count, tokens[cursor + 1].isMark(":") { break }
                tokens[cursor].inCredit = true
                cursor += 1
            }
            index = cursor
        }
    }
}

/// Splits text into tokens. Words keep inner hyphens and apostrophes ("Ben-Shabat",
/// "Shi'ite"), initials and dotted acronyms keep their periods ("S.", "U.S."), and a
/// possessive `'s` is a token of its own, so "Iran's" reads as "Iran" + "'s".
enum Tokenizer {
    /// Tokens of the article's content, each knowing its sentence and paragraph.
    static func tokens(of article: Article) -> [Token] {
        var tokens = tokens(of: article.text, sentence: -1, paragraph: -1)
        var sentence = 0
        for index in tokens.indices {
            while sentence + 1 < article.sentences.count, tokens[index].range.lowerBound >= article.sentences[sentence].range.upperBound {
                sentence += 1
            }
            guard sentence < article.sentences.count else { break }
            let bounds = article.sentences[sentence]
            tokens[index].sentence = sentence
            tokens[index].paragraph = bounds.paragraph
            tokens[index].startsSentence = tokens[index].startsSentence || tokens[index].range.lowerBound == bounds.range.lowerBound
        }
        markSentenceStartsAfterOpeners(&tokens)
        return tokens
    }

    /// Tokens of the title: sentence and paragraph -1.
    static func titleTokens(of article: Article) -> [Token] {
        var tokens = tokens(of: article.title, sentence: -1, paragraph: -1)
        if !tokens.isEmpty { tokens[0].startsSentence = true }
        markSentenceStartsAfterOpeners(&tokens)
        return tokens
    }

    /// A capital after an opening quote or bracket at the start of a sentence is
    /// sentence-initial too (`“We have…`).
    private static func markSentenceStartsAfterOpeners(_ tokens: inout [Token]) {
        var index = 0
        while index < tokens.count {
            if tokens[index].startsSentence, tokens[index].kind == .mark, index + 1 < tokens.count {
                tokens[index + 1].startsSentence = true
            }
            index += 1
        }
    }

    static func tokens(of text: String, sentence: Int, paragraph: Int) -> [Token] {
        var text = text
        return text.withUTF8 { bytes in
            var tokens: [Token] = []
            var index = 0
            var spaceBefore = true
            while index < bytes.count {
                let (scalar, width) = UTF8Scalar.decode(bytes, at: index)
                if scalar.properties.isWhitespace {
                    index += width
                    spaceBefore = true
                    continue
                }
                let start = index
                let kind: Token.Kind
                if isLetter(scalar) {
                    index = wordEnd(bytes, from: index)
                    kind = .word
                } else if isDigit(scalar) {
                    index = numberEnd(bytes, from: index)
                    kind = .number
                } else if isApostrophe(scalar), index + width < bytes.count, bytes[index + width] | 0x20 == UInt8(ascii: "s"),
                          index + width + 1 >= bytes.count || !isLetter(UTF8Scalar.decode(bytes, at: index + width + 1).0) {
                    index += width + 1
                    kind = .word
                } else {
                    index += width
                    kind = .mark
                }
                let token = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                tokens.append(Token(text: token, range: start..<index, kind: kind, sentence: sentence, paragraph: paragraph,
                                    startsSentence: false, spaceBefore: spaceBefore))
                spaceBefore = false
            }
            return tokens
        }
    }

    private static func wordEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        var letters = 0
        while index < bytes.count {
            let (scalar, width) = UTF8Scalar.decode(bytes, at: index)
            if isLetter(scalar) || isDigit(scalar) {
                index += width
                letters += 1
                continue
            }
            let next = index + width
            let nextScalar = next < bytes.count ? UTF8Scalar.decode(bytes, at: next).0 : " "
            if scalar == "-" || scalar == "‑", isLetter(nextScalar) || isDigit(nextScalar) {
                index = next
                continue
            }
            // "PG&E", "AT&T", "S&P": an ampersand between capitals with no space is inside a name.
            if scalar == "&", index > start, isUppercaseASCII(bytes[index - 1]), next < bytes.count, isUppercaseASCII(bytes[next]) {
                index = next
                continue
            }
            if isApostrophe(scalar), isLetter(nextScalar) {
                // "Iran's" ends before the possessive; "Shi'ite" goes on.
                let afterS = next + 1
                let isPossessive = bytes[next] | 0x20 == UInt8(ascii: "s")
                    && (afterS >= bytes.count || !isLetter(UTF8Scalar.decode(bytes, at: afterS).0))
                if isPossessive { return index }
                index = next
                continue
            }
            if scalar == ".", letters > 1, let end = domainEnd(bytes, at: next) {
                // "Amazon.com", "kesslerfoods.co.uk": a web address names a company or an outlet.
                index = end
                continue
            }
            if scalar == ".", letters == 1, isUppercaseASCII(bytes[index - 1]) {
                // An initial ("S.") or a dotted acronym ("U.S.", "U.N."): the period belongs to it.
                index = next
                if next + 1 < bytes.count, isUppercaseASCII(bytes[next]), bytes[next + 1] == UInt8(ascii: ".") {
                    letters = 0
                    continue
                }
                return index
            }
            return index
        }
        return index
    }

    /// The end of a top-level domain starting at `start` ("com" in "Amazon.com") when a
    /// non-letter follows it.
    private static func domainEnd(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        var end = start
        while end < bytes.count, bytes[end] >= UInt8(ascii: "a"), bytes[end] <= UInt8(ascii: "z") { end += 1 }
        guard end > start, end - start <= 4, end >= bytes.count || !isLetter(UTF8Scalar.decode(bytes, at: end).0) else { return nil }
        let suffix = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        return topLevelDomains.contains(suffix) ? end : nil
    }

    private static let topLevelDomains: Set<String> = ["com", "org", "net", "gov", "edu", "co", "uk", "io", "au", "info", "news", "tv"]

    private static func numberEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= 0x30 && byte <= 0x39 {
                index += 1
            } else if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "."),
                      index + 1 < bytes.count, bytes[index + 1] >= 0x30 && bytes[index + 1] <= 0x39 {
                index += 1
            } else {
                return index
            }
        }
        return index
    }

    private static func isUppercaseASCII(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)) : scalar.properties.isAlphabetic
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool { scalar == "'" || scalar == "’" || scalar == "‘" }
}
