import Foundation

/// General rules for what web-page boilerplate, captions and metadata lines look like.
/// Each takes one trimmed line. None lists any particular article's lines.
enum LineRules {
    // MARK: Helpers

    /// Runs of letters, digits and apostrophes. Every rule asks for them, so they are found
    /// scalar by scalar with an ASCII fast path rather than through `Character`'s Unicode tables.
    static func words<Text: StringProtocol>(_ line: Text) -> [Text.SubSequence] {
        var words: [Text.SubSequence] = []
        var start: Text.Index?
        let scalars = line.unicodeScalars
        var index = scalars.startIndex
        while index != scalars.endIndex {
            let inWord = isWordScalar(scalars[index])
            if inWord, start == nil { start = index }
            if !inWord, let wordStart = start {
                words.append(line[wordStart..<index])
                start = nil
            }
            scalars.formIndex(after: &index)
        }
        if let wordStart = start { words.append(line[wordStart..<line.endIndex]) }
        return words
    }

    static func wordCount<Text: StringProtocol>(_ line: Text) -> Int { words(line).count }

    /// A letter, a digit, an apostrophe, or a combining mark (part of the letter before it).
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isLetterOrDigit || scalar == "'" || scalar == "’" { return true }
        guard !scalar.isASCII else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Lowercased, with surrounding punctuation and spaces removed: "Read More »" → "read more".
    static func bare(_ line: String) -> String {
        let lower = line.lowercased()
        let isWordCharacter: (Character) -> Bool = { $0.isLetter || $0.isNumber }
        guard let first = lower.firstIndex(where: isWordCharacter), let last = lower.lastIndex(where: isWordCharacter) else {
            return ""
        }
        return String(lower[first...last])
    }

    static func endsSentence(_ line: String) -> Bool {
        var trimmed = Substring(line)
        while let last = trimmed.last, "\"'”’)]»".contains(last) { trimmed = trimmed.dropLast() }
        return trimmed.last.map { ".!?…".contains($0) } ?? false
    }

    /// Whether `text` contains one of `phrases` as whole words ("oops" is not in "troops").
    static func containsAny(_ text: String, _ phrases: PhraseList) -> Bool {
        let padded = " " + words(text.lowercased()).joined(separator: " ") + " "
        return phrases.padded.contains { padded.containsBytes($0) }
    }

    /// Phrases in the form `containsAny` compares: lowercased words between single spaces.
    struct PhraseList: ExpressibleByArrayLiteral {
        let padded: [String]

        init(arrayLiteral phrases: String...) {
            padded = phrases.map { " " + LineRules.words($0.lowercased()).joined(separator: " ") + " " }
        }
    }

    /// A person's name as bylines write it: 1–4 capitalised words, with name particles.
    static func looksLikeName(_ text: String) -> Bool {
        let parts = text.split(separator: " ")
        guard (1...5).contains(parts.count) else { return false }
        let particles: Set<String> = ["de", "van", "der", "von", "al", "bin", "la", "le", "du", "da", "di", "el", "ibn"]
        return parts.allSatisfy { part in
            particles.contains(part.lowercased()) || (part.first?.isUppercase ?? false)
        } && parts.contains { $0.first?.isUppercase ?? false }
    }

    static func urls(in line: String) -> [String] {
        line.split(separator: " ").map(String.init).filter { $0.hasPrefix("http://") || $0.hasPrefix("https://") }
    }

    /// The site a URL belongs to ("https://www.jpost.com/x" → "jpost.com"), unless it is a link shortener.
    static func outlet(ofURL url: String) -> String? {
        guard let schemeEnd = url.range(of: "://") else { return nil }
        var host = url[schemeEnd.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }.lowercased()
        if host.hasPrefix("www.") { host.removeFirst(4) }
        let shorteners: Set<String> = ["ift.tt", "bit.ly", "t.co", "goo.gl", "ow.ly", "tinyurl.com", "buff.ly",
                                       "dlvr.it", "feedproxy.google.com", "feeds.feedburner.com", "lnkd.in", "trib.al"]
        return host.isEmpty || shorteners.contains(host) ? nil : host
    }

    // MARK: Metadata

    /// "Published: Tue, May 29, 2018", "Posted on 4 January 2019", "Updated: 2019-01-04".
    static func publishedDate(_ line: String) -> (iso: String, updated: Bool)? {
        // Only the start is compared: lowercasing every content line whole was a cost.
        let lower = line.prefix(20).lowercased()
        let labels = ["published", "posted", "first published", "last updated", "updated", "date", "dated"]
        guard let label = labels.first(where: { lower.hasPrefix($0) }) else { return nil }
        guard wordCount(line) <= 14, let date = DateParser.dates(in: line).first else { return nil }
        return (date.iso, label.contains("updated"))
    }

    /// "By Isabel Fisher", "Worldwide | By Isabel Fisher", "Written by A and B", "Author: X".
    static func byline(_ line: String) -> String? {
        var rest = Substring(line)
        if let bar = rest.lastIndex(of: "|") { rest = rest[rest.index(after: bar)...] }
        rest = rest.drop(while: { $0 == " " })
        let lower = rest.prefix(20).lowercased()
        var name: Substring?
        for prefix in ["by ", "written by ", "words by ", "author: ", "authors: ", "byline: "] where lower.hasPrefix(prefix) {
            name = rest.dropFirst(prefix.count)
            break
        }
        guard var author = name.map({ String($0).trimmingCharacters(in: .whitespaces) }), !author.isEmpty else { return nil }
        // "By John Smith, Reuters" / "By John Smith - Staff Writer": keep the names.
        for separator in [",", " - ", " – ", " — "] {
            if let range = author.range(of: separator) { author = String(author[..<range.lowerBound]) }
        }
        let names = author.components(separatedBy: " and ").flatMap { $0.components(separatedBy: " & ") }
        guard names.allSatisfy({ looksLikeName($0.trimmingCharacters(in: .whitespaces)) }) else { return nil }
        return author
    }

    /// "Article source: URL", "Source: URL", "Originally published at URL", "via RSS URL Name".
    static func sourceLine(_ line: String) -> (url: String?, author: String?)? {
        let lower = line.prefix(40).lowercased()
        let labels = ["article source", "source:", "source url", "originally published", "original article",
                      "via rss", "read the original", "this article originally appeared", "first appeared"]
        guard labels.contains(where: { lower.hasPrefix($0) }) else { return nil }
        let links = urls(in: line)
        guard let url = links.first else {
            return lower.hasPrefix("via rss") ? (nil, nil) : nil
        }
        // "via RSS https://… Tyler Durden": a name after the link is the author.
        var author: String?
        if let range = line.range(of: url) {
            let after = line[range.upperBound...].trimmingCharacters(in: .whitespaces)
            if !after.isEmpty, looksLikeName(after) { author = after }
        }
        return (url, author)
    }

    /// "AP and Times of Israel staff contributed to this report." → "Times of Israel";
    /// "Reporting by Jane Doe; Editing by John Roe" → nil outlet, still a credit line.
    static func creditLine(_ line: String) -> (isCredit: Bool, outlet: String?) {
        let lower = line.lowercased()
        if let range = lower.byteRange(of: " staff contributed to this report") ?? lower.byteRange(of: " staff contributed to this article") {
            let before = line[..<range.lowerBound]
            let last = before.components(separatedBy: " and ").last?.components(separatedBy: ", ").last
            return (true, last?.trimmingCharacters(in: .whitespaces))
        }
        let credits = ["contributed to this report", "contributed reporting", "reporting by ", "editing by ",
                       "additional reporting by", "(reporting by", "writing by "]
        if wordCount(line) <= 30, credits.contains(where: { lower.hasPrefix($0) || lower.containsBytes($0) && lower.contains(";") }) {
            return (true, nil)
        }
        if wordCount(line) <= 20, lower.hasSuffix("contributed to this report.") || lower.hasSuffix("contributed to this report") {
            return (true, nil)
        }
        return (false, nil)
    }

    /// A wire dateline opening a story: "LONDON (Reuters) - …", "GAZA CITY, Gaza Strip (AP) — …".
    static func wireOutlet(_ paragraph: String) -> String? {
        guard let open = paragraph.prefix(80).firstIndex(of: "("),
              let close = paragraph[open...].firstIndex(of: ")") else { return nil }
        let place = paragraph[..<open].trimmingCharacters(in: .whitespaces)
        let placeWords = place.split(separator: ",").first.map { $0.split(separator: " ") } ?? []
        guard !placeWords.isEmpty, placeWords.allSatisfy({ $0 == $0.uppercased() && $0.contains(where: \.isLetter) }) else {
            return nil
        }
        let after = paragraph[paragraph.index(after: close)...].drop(while: { $0 == " " })
        guard let dash = after.first, "-–—".contains(dash) else { return nil }
        let outlet = paragraph[paragraph.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
        return outlet.isEmpty || wordCount(outlet) > 4 ? nil : outlet
    }

    // MARK: Boilerplate

    static let photoWords: PhraseList = ["photo", "image", "picture", "credit", "courtesy", "getty", "handout", "file pic"]

    /// Photo captions with an agency or photographer credit.
    static func isCaption(_ line: String) -> Bool {
        let lower = line.prefix(20).lowercased()
        if ["photo:", "photo credit", "image:", "image credit", "picture:", "photograph:", "caption:", "credit:",
            "[photo", "(photo", "[image", "(image", "file photo"].contains(where: { lower.hasPrefix($0) }) {
            return wordCount(line) <= 40
        }
        // "… (Menahem Kahana/AFP)", "… (AFP Photo/Thomas Coex)", "… (Getty Images)"
        if line.hasSuffix(")"), let open = line.lastIndex(of: "(") {
            let credit = line[line.index(after: open)..<line.index(before: line.endIndex)]
            let creditWords = wordCount(String(credit))
            if creditWords >= 1, creditWords <= 8 {
                if let slash = credit.firstIndex(of: "/"),
                   credit[..<slash].last(where: { $0 != " " })?.isLetter == true,
                   credit[credit.index(after: slash)...].first(where: { $0 != " " })?.isUppercase == true {
                    return true
                }
                if containsAny(credit.lowercased(), photoWords) { return true }
            }
        }
        // "… in Israel. Via Office of the Prime Minister"
        if wordCount(line) <= 30 {
            for marker in [". Via ", ". Photo: ", ". Credit: ", ". Courtesy of ", ". Image: "] {
                if line.containsBytes(marker), let range = line.range(of: marker, options: .backwards),
                   !line[range.upperBound...].utf8.contains(UInt8(ascii: ".")) {
                    return true
                }
            }
        }
        return false
    }

    static let shareVocabulary: Set<String> = [
        "print", "friendly", "pdf", "email", "e", "mail", "send", "to", "kindle", "share", "this", "article",
        "story", "on", "tweet", "facebook", "twitter", "x", "whatsapp", "linkedin", "reddit", "pinterest",
        "telegram", "copy", "link", "save", "comment", "comments", "flipboard", "messenger", "sms", "google",
        "tumblr", "pocket", "bookmark", "the", "via", "page", "gift",
    ]
    static let shareSignals: Set<String> = [
        "print", "pdf", "email", "kindle", "share", "tweet", "facebook", "twitter", "whatsapp", "linkedin",
        "reddit", "pinterest", "telegram", "flipboard", "bookmark", "messenger",
    ]

    /// "Print Friendly, PDF & Email", "Send to Kindle", "Share on Facebook", "Tweet".
    static func isShareWidget(_ line: String) -> Bool {
        let words = words(line)
        guard (1...10).contains(words.count) else { return false }
        let tokens = words.map { $0.lowercased() }
        return tokens.allSatisfy(shareVocabulary.contains) && tokens.contains(where: shareSignals.contains)
    }

    static let commentPhrases: PhraseList = [
        "leave a reply", "leave a comment", "post a comment", "no comments", "comments are closed",
        "required fields are marked", "will not be published", "comment policy", "join the discussion",
        "show comments", "view comments", "add a comment", "log in to comment", "to post comments",
    ]

    static func isCommentSection(_ line: String) -> Bool {
        guard wordCount(line) <= 25 else { return false }
        let lower = line.lowercased()
        if containsAny(lower, commentPhrases) { return true }
        let tokens = words(lower)
        return tokens.count == 2 && Int(tokens[0]) != nil && ["comment", "comments", "responses", "replies"].contains(String(tokens[1]))
    }

    static let newsletterPhrases: PhraseList = [
        "newsletter", "newsletters", "signing up", "sign up", "subscribe", "subscription", "email address", "your inbox",
        "unsubscribe", "e-mail address",
    ]

    static func isNewsletter(_ line: String) -> Bool {
        wordCount(line) <= 25 && containsAny(line.lowercased(), newsletterPhrases)
    }

    static let widgetPhrases: PhraseList = [
        "something went wrong", "try again", "oops", "enable javascript", "javascript is disabled",
        "your browser", "accept cookies", "cookie policy", "advertisement", "sponsored content",
        "skip to content", "skip to main content",
    ]

    static func isWidgetMessage(_ line: String) -> Bool {
        wordCount(line) <= 12 && containsAny(line.lowercased(), widgetPhrases)
    }

    static let navigationLines: Set<String> = [
        "like this", "read more", "continue reading", "related", "related articles", "related stories",
        "related posts", "related content", "related coverage", "more on this", "more on this story", "share",
        "share this", "comments", "top stories", "recommended", "recommended for you", "tags", "click here",
        "close", "back to top", "you may also like", "trending", "trending now", "read next", "see also",
        "sponsored", "subscribe", "most read", "most popular", "editor's picks", "editor’s picks", "latest news",
        "more stories", "loading", "menu", "search", "home", "next article", "previous article", "advertisement",
    ]

    /// "Like this:", "Read More", "read more:", "Related: …", "More from Reuters".
    static func isNavigation(_ line: String) -> Bool {
        // Navigation lines are short: none of the rules below takes more than 20 words.
        let count = wordCount(line)
        guard count <= 20 else { return false }
        let bare = bare(line)
        if navigationLines.contains(bare) { return true }
        let lower = line.lowercased()
        for prefix in ["related:", "read more:", "see also:", "more:", "also read:", "read also:", "recommended:"]
        where lower.hasPrefix(prefix) {
            return count <= 20
        }
        return count <= 6 && (bare.hasPrefix("more from ") || bare.hasPrefix("more on ") || bare.hasPrefix("follow us"))
    }

    /// A link to another article: "In Syria, Putin and Netanyahu Were on the Same Side All Along | Analysis".
    static func isRelatedLink(_ line: String) -> Bool {
        guard line.containsBytes(" | "), !endsSentence(line) else { return false }
        return isTitleCase(line)
    }

    /// Most words capitalised, as headlines are written.
    static func isTitleCase(_ line: String) -> Bool {
        let tokens = words(line).filter { $0.first?.isLetter ?? false }
        guard tokens.count >= 2 else { return false }
        let capitalised = tokens.filter { $0.first?.isUppercase ?? false }.count
        return capitalised * 10 >= tokens.count * 6
    }

    /// Could this line be the article's headline?
    static func isHeadlineLike(_ line: String) -> Bool {
        let count = wordCount(line)
        guard (1...25).contains(count), let first = line.first else { return false }
        guard first.isUppercase || first.isNumber || "\"“‘'".contains(first) else { return false }
        return !line.hasSuffix(".") || line.hasSuffix("...")
    }

    /// A section label above the headline: "Diplomacy", "World News".
    static func isSectionLabel(_ line: String) -> Bool {
        let count = wordCount(line)
        return (1...3).contains(count) && !endsSentence(line) && !line.utf8.contains(UInt8(ascii: ":")) && (line.first?.isUppercase ?? false)
    }
}
