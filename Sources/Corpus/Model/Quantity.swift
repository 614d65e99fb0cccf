/// A number with what it counts or measures: "at least 60 kilometers (37 miles)", "five to
/// 20 kilometers", "12 percent", "$4.2 billion", "32 rockets".
public struct Quantity: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, CaseIterable, Codable {
        case distance, percent, money, count, duration
    }

    public var article: String
    /// 1-based paragraph.
    public var paragraph: Int
    /// UTF-8 offsets into the article's `text`; a conversion in brackets is included.
    public var range: Range<Int>
    public var text: String
    public var kind: Kind
    /// The value, or the low end of a range ("five to 20" → 5).
    public var value: Double
    /// The high end of a range or of alternatives ("70 or 80" → 80); nil for one value.
    public var high: Double?
    /// The unit as written, normalised: "kilometre", "mile", "percent", "USD", "rockets".
    public var unit: String
    /// "at least", "more than", "about", "up to"… when the text bounds the value.
    public var bound: String?
    /// Distances in kilometres (`value` and `high` converted).
    public var kilometres: Double?
    public var kilometresHigh: Double?

    /// The names of the article record format (README, "Article records").
    enum CodingKeys: String, CodingKey {
        case article, paragraph, range, text, kind, value, high, unit, bound, kilometres
        case kilometresHigh = "kilometres_high"
    }

    public init(article: String, paragraph: Int, range: Range<Int>, text: String, kind: Kind, value: Double, high: Double?, unit: String, bound: String?, kilometres: Double? = nil, kilometresHigh: Double? = nil) {
        self.article = article
        self.paragraph = paragraph
        self.range = range
        self.text = text
        self.kind = kind
        self.value = value
        self.high = high
        self.unit = unit
        self.bound = bound
        self.kilometres = kilometres
        self.kilometresHigh = kilometresHigh
    }
}
