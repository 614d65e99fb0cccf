/// What a source already states about an article (JSON Lines fields), before cleaning.
public struct ArticleFields: Sendable, Equatable {
    public var title: String?
    public var date: String?
    public var author: String?
    public var outlet: String?
    public var url: String?

    public init(title: String? = nil, date: String? = nil, author: String? = nil, outlet: String? = nil, url: String? = nil) {
        self.title = title
        self.date = date
        self.author = author
        self.outlet = outlet
        self.url = url
    }
}

/// Turns a scraped page's text into an article: finds the headline and the metadata
/// lines, drops boilerplate and captions (keeping each with its reason), and keeps the
/// rest as paragraphs, one per line (a line cut inside a sentence goes on in the next).
struct ArticleCleaner {
    struct Result {
        var title: String
        var date: String?
        var dateSource: DateSource?
        var author: String?
        var outlet: String?
        var url: String?
        var paragraphs: [String]
        var dropped: [DroppedLine]
    }

    private struct Line {
        var number: Int
        var text: String
        var reason: String?
    }

    /// No rule drops a line longer than this (the longest allow 40 words).
    private static let longestFurniture = 600

    /// Reasons that mark page furniture: a short line between two of them is furniture too.
    private static let furniture: Set<String> = ["share widget", "newsletter", "widget", "navigation", "comments"]

    /// Whether `line` stops inside a sentence that `next` goes on with: no mark ends it and
    /// `next` opens on a lowercase letter.
    private static func isCutInsideSentence(_ line: String, before next: String) -> Bool {
        guard let last = line.unicodeScalars.last, let first = next.unicodeScalars.first else { return false }
        return (last.properties.isAlphabetic || last.properties.numericType != nil || ",;-–".unicodeScalars.contains(last))
            && first.properties.isLowercase
    }

    static func clean(_ text: String, given: ArticleFields = ArticleFields(), latestDay: String? = nil) -> Result {
        var result = Result(title: given.title ?? "", date: given.date, dateSource: given.date == nil ? nil : .metadata,
                            author: given.author, outlet: given.outlet, url: given.url, paragraphs: [], dropped: [])
        var lines: [Line] = []
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let tidy = tidy(raw)
            if !tidy.isEmpty { lines.append(Line(number: offset + 1, text: tidy)) }
        }

        var updatedDate: String?
        var titleFound = given.title != nil
        var kept: Set<String> = []
        for index in lines.indices {
            let line = lines[index].text
            func drop(_ reason: String) { lines[index].reason = reason }

            if let published = LineRules.publishedDate(line) {
                if published.updated { updatedDate = updatedDate ?? published.iso } else if result.date == nil {
                    result.date = published.iso
                    result.dateSource = .stated
                }
                drop("metadata")
            } else if line.utf8.count > longestFurniture {
                // Too long to be a metadata line, a caption or page furniture: content.
                titleFound = true
                if !kept.insert(fingerprint(line)).inserted { drop("repeated line") }
            } else if let iso = DateParser.wholeDate(line) {
                if result.date == nil {
                    result.date = iso
                    result.dateSource = .stated
                }
                drop("dateline")
            } else if let author = LineRules.byline(line) {
                result.author = result.author ?? author
                drop("byline")
            } else if let source = LineRules.sourceLine(line) {
                if let url = source.url {
                    result.url = result.url ?? url
                    result.outlet = result.outlet ?? LineRules.outlet(ofURL: url)
                }
                if let author = source.author { result.author = result.author ?? author }
                drop("source")
            } else if case let credit = LineRules.creditLine(line), credit.isCredit {
                if let outlet = credit.outlet { result.outlet = result.outlet ?? outlet }
                drop("credit")
            } else if LineRules.isCaption(line) {
                drop("caption")
            } else if LineRules.isShareWidget(line) {
                drop("share widget")
            } else if LineRules.isCommentSection(line) {
                drop("comments")
            } else if LineRules.isNewsletter(line) {
                drop("newsletter")
            } else if LineRules.isWidgetMessage(line) {
                drop("widget")
            } else if LineRules.isNavigation(line) {
                drop("navigation")
            } else if LineRules.isRelatedLink(line) {
                drop("related link")
            } else if !titleFound {
                if LineRules.isSectionLabel(line), headlineFollows(lines, after: index) {
                    drop("section label")
                } else if LineRules.isHeadlineLike(line) {
                    result.title = line
                    titleFound = true
                    lines[index].reason = "title"
                } else {
                    titleFound = true  // the story starts without a headline
                    kept.insert(fingerprint(line))
                }
            } else if fingerprint(line) == fingerprint(result.title) {
                drop("repeated headline")
            } else if !kept.insert(fingerprint(line)).inserted {
                drop("repeated line")
            }
        }
        absorbFurnitureGaps(&lines)

        var previousKept: Line?
        for line in lines {
            switch line.reason {
            case nil:
                // A line cut inside a sentence ("Jane Roe said the plan⏎was good.") goes on in
                // the next when nothing stands between and the next opens in lowercase.
                if let previous = previousKept, previous.number + 1 == line.number, isCutInsideSentence(previous.text, before: line.text),
                   let last = result.paragraphs.indices.last {
                    result.paragraphs[last] += " " + line.text
                } else {
                    result.paragraphs.append(line.text)
                }
                previousKept = line
            case "title": break
            case let reason?: result.dropped.append(DroppedLine(line: line.number, text: line.text, reason: reason))
            }
        }
        if result.title.isEmpty, let first = result.paragraphs.first {
            // No headline: the lede's first sentence stands in for it.
            let sentence = SentenceSplitter.split(first).first.map { range in
                String(decoding: Array(first.utf8)[range], as: UTF8.self)
            }
            result.title = sentence ?? first
        }
        if result.outlet == nil, let first = result.paragraphs.first {
            result.outlet = LineRules.wireOutlet(first)
        }
        if result.date == nil, let updatedDate {
            result.date = updatedDate
            result.dateSource = .stated
        }
        let top = lines.prefix(20).map { $0.text.utf8.count > 2000 ? String($0.text.prefix(2000)) : $0.text }
            .joined(separator: "\n")
        // The latest date near the top, but not a birth, a founding or a plan: when in doubt, none.
        // (Never after the day the file was written, when that is known.)
        let reported = DateParser.dates(in: top).filter { match in
            !DateParser.isNotTheNewsDay(match, in: top) && latestDay.map { String(match.iso.prefix(10)) <= $0 } ?? true
        }
        if result.date == nil, let latest = reported.map(\.iso).max() {
            result.date = latest
            result.dateSource = .inferred
        }
        return result
    }

    /// Trims, collapses runs of spaces and removes a bullet marker ("• item" → "item") or a
    /// Markdown heading marker ("## Title" → "Title").
    private static func tidy(_ raw: Substring) -> String {
        var text = raw.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        if text.hasPrefix("#"), let space = text.firstIndex(of: " "), text[..<space].allSatisfy({ $0 == "#" }) {
            text = String(text[text.index(after: space)...])
        }
        for bullet in ["• ", "· ", "▪ ", "◦ ", "* ", "- ", "– "] where text.hasPrefix(bullet) {
            text.removeFirst(bullet.count)
            break
        }
        return text
    }

    /// Letters and digits only, lowercased: two lines with the same fingerprint say the same thing.
    private static func fingerprint(_ line: String) -> String {
        // Every line is fingerprinted: ASCII lines, the common case, skip the Unicode tables.
        var ascii: [UInt8] = []
        ascii.reserveCapacity(line.utf8.count)
        for byte in line.utf8 {
            switch byte {
            case 0x41...0x5A: ascii.append(byte | 0x20)
            case 0x61...0x7A, 0x30...0x39: ascii.append(byte)
            case 0x80...: return unicodeFingerprint(line)
            default: continue
            }
        }
        return String(decoding: ascii, as: UTF8.self)
    }

    private static func unicodeFingerprint(_ line: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in line.lowercased().unicodeScalars where scalar.isLetterOrDigit { scalars.append(scalar) }
        return String(scalars)
    }

    private static func headlineFollows(_ lines: [Line], after index: Int) -> Bool {
        lines[(index + 1)...].prefix(4).contains { line in
            // A paragraph that ends with a full stop inside its closing quote ("… said: “We won.”")
            // is story, not the headline a section label would stand above.
            LineRules.isHeadlineLike(line.text) && LineRules.wordCount(line.text) > LineRules.wordCount(lines[index].text)
                && !LineRules.isShareWidget(line.text) && !(LineRules.endsSentence(line.text) && !line.text.hasSuffix("?"))
        }
    }

    /// "Thank you," between two lines of a sign-up box is part of the box.
    private static func absorbFurnitureGaps(_ lines: inout [Line]) {
        guard lines.count >= 3 else { return }
        for index in 1..<(lines.count - 1) where lines[index].reason == nil {
            guard LineRules.wordCount(lines[index].text) <= 4,
                  let before = lines[index - 1].reason, furniture.contains(before),
                  let after = lines[index + 1].reason, furniture.contains(after)
            else { continue }
            lines[index].reason = "widget"
        }
    }
}
