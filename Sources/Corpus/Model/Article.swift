/// Where an article's date came from.
public enum DateSource: String, Sendable, CaseIterable, Codable {
    /// Printed as the article's date: a "Published:" line, a dateline, a feed's date field.
    case stated
    /// The latest full date mentioned near the top of the article (its first 20 lines,
    /// captions included): an article is written on or after the events it reports, so this
    /// is a lower bound, not a publication date.
    case inferred
    /// Given by the feed rather than the text: a JSON Lines date field, or a `--meta` file.
    case metadata
}

/// A line of the source file left out of the article's content, and why.
public struct DroppedLine: Sendable, Equatable, Codable {
    /// 1-based line number in the source file (in the record's text, for JSON Lines).
    public var line: Int
    public var text: String
    public var reason: String

    public init(line: Int, text: String, reason: String) {
        self.line = line
        self.text = text
        self.reason = reason
    }
}

/// A sentence: its place in `Article.text` and the paragraph it belongs to (0-based).
public struct Sentence: Sendable, Equatable, Codable {
    public var range: Range<Int>
    public var paragraph: Int

    public init(range: Range<Int>, paragraph: Int) {
        self.range = range
        self.paragraph = paragraph
    }
}

/// One news article, cleaned and segmented.
///
/// `text` is the cleaned content: the kept paragraphs joined by blank lines. Every range
/// is a 0-based, half-open range of UTF-8 offsets into `text` (the Lua side shows them
/// 1-based and inclusive, as `string.sub` takes them).
public struct Article: Sendable, Equatable, Codable {
    /// Stable identifier: the file name without its extension (JSON Lines: the record's
    /// `id`, else `<file stem>-<line>`).
    public var id: String
    public var path: String
    /// The line of a JSON Lines file this article came from.
    public var line: Int?
    public var title: String
    public var date: String?
    public var dateSource: DateSource?
    public var author: String?
    public var outlet: String?
    public var url: String?
    public var text: String
    public var paragraphRanges: [Range<Int>]
    public var sentences: [Sentence]
    public var words: Int
    public var dropped: [DroppedLine]
    public var encoding: TextEncoding

    public init(id: String, path: String, line: Int? = nil, title: String, date: String? = nil,
                dateSource: DateSource? = nil, author: String? = nil, outlet: String? = nil, url: String? = nil,
                paragraphs: [String], dropped: [DroppedLine] = [], encoding: TextEncoding = .utf8) {
        self.id = id
        self.path = path
        self.line = line
        self.title = title
        self.date = date
        self.dateSource = dateSource
        self.author = author
        self.outlet = outlet
        self.url = url
        self.dropped = dropped
        self.encoding = encoding
        var text = ""
        var ranges: [Range<Int>] = []
        var sentences: [Sentence] = []
        var words = 0
        for (index, paragraph) in paragraphs.enumerated() {
            if index > 0 { text += "\n\n" }
            let start = text.utf8.count
            text += paragraph
            ranges.append(start..<text.utf8.count)
            for sentence in SentenceSplitter.split(paragraph) {
                sentences.append(Sentence(range: (sentence.lowerBound + start)..<(sentence.upperBound + start), paragraph: index))
            }
            words += WordCounter.count(paragraph)
        }
        self.text = text
        self.paragraphRanges = ranges
        self.sentences = sentences
        self.words = words
    }

    /// The names of the article record format (README, "Article records").
    enum CodingKeys: String, CodingKey {
        case id, path, line, title, date, author, outlet, url, text, sentences, words, dropped, encoding
        case dateSource = "date_source"
        case paragraphRanges = "paragraphs"
    }

    /// Every range inside the text and every sentence in a paragraph: what a record made
    /// elsewhere must hold before offsets into it are trusted.
    public var isConsistent: Bool {
        let length = text.utf8.count
        return (paragraphRanges + sentences.map(\.range)).allSatisfy { $0.lowerBound >= 0 && $0.upperBound <= length }
            && sentences.allSatisfy { paragraphRanges.indices.contains($0.paragraph) }
    }

    /// The text in `range` (UTF-8 offsets into `text`).
    public func slice(_ range: Range<Int>) -> String { text.utf8Slice(range) }

    public var paragraphs: [String] { paragraphRanges.map(slice) }
}

enum WordCounter {
    /// Runs of letters and digits, with inner apostrophes and hyphens ("Ben-Shabbat", "Iran’s").
    static func count(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let isWordScalar = scalar.isLetterOrDigit
            let isJoiner = scalar == "'" || scalar == "’" || scalar == "-"
            if isWordScalar {
                if !inWord { count += 1 }
                inWord = true
            } else if !(inWord && isJoiner) {
                inWord = false
            }
        }
        return count
    }
}

extension Unicode.Scalar {
    /// A letter or a digit in any script; ASCII is decided without the Unicode tables,
    /// since every word-scanning rule asks this of every character.
    var isLetterOrDigit: Bool {
        if isASCII {
            switch value {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
            default: return false
            }
        }
        return properties.isAlphabetic || properties.numericType != nil
    }
}

extension String {
    /// The text in `range`, given as UTF-8 offsets.
    func utf8Slice(_ range: Range<Int>) -> String {
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        return String(self[start..<utf8.index(start, offsetBy: range.count)])
    }
}
