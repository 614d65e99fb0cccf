/// Finds quantities in an article's tokens: numbers in digits or words, ranges and
/// alternatives ("five to 20", "70 or 80", "40-50", "between 20 and 30"), bounds ("at
/// least"), units of distance, percent, money, time and counted nouns, and a conversion
/// in brackets after the value, read as part of the same quantity.
enum QuantityFinder {
    static let numberWords: [String: Double] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
    ]
    static let multipliers: [String: Double] = [
        "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "mn": 1e6, "m": 1e6, "k": 1e3,
    ]
    /// Distance units with their length in kilometres.
    static let distanceUnits: [String: (name: String, km: Double)] = [
        "km": ("kilometre", 1), "kms": ("kilometre", 1), "kilometer": ("kilometre", 1), "kilometers": ("kilometre", 1),
        "kilometre": ("kilometre", 1), "kilometres": ("kilometre", 1), "mile": ("mile", 1.609344), "miles": ("mile", 1.609344),
        "meter": ("metre", 0.001), "meters": ("metre", 0.001), "metre": ("metre", 0.001), "metres": ("metre", 0.001),
        "feet": ("foot", 0.0003048), "foot": ("foot", 0.0003048), "ft": ("foot", 0.0003048), "yards": ("yard", 0.0009144),
        "nautical": ("nautical mile", 1.852),
    ]
    static let durationUnits: [String: String] = [
        "year": "year", "years": "year", "month": "month", "months": "month", "week": "week", "weeks": "week",
        "day": "day", "days": "day", "hour": "hour", "hours": "hour", "minute": "minute", "minutes": "minute",
        "decade": "decade", "decades": "decade",
    ]
    static let currencyWords: [String: String] = [
        "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP", "yuan": "CNY", "yen": "JPY",
        "rubles": "RUB", "roubles": "RUB", "shekels": "ILS", "rupees": "INR",
    ]
    static let currencySymbols: [String: String] = ["$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₪": "ILS", "₹": "INR"]
    static let bounds: [[String]] = [
        ["at", "least"], ["more", "than"], ["less", "than"], ["fewer", "than"], ["up", "to"], ["as", "many", "as"],
        ["about"], ["around"], ["nearly"], ["almost"], ["over"], ["some"], ["roughly"], ["approximately"], ["under"],
    ]

    static func find(in article: Article, tokens: [Token]) -> [Quantity] {
        var quantities: [Quantity] = []
        var index = 0
        while index < tokens.count {
            if let quantity = quantity(at: index, tokens: tokens, article: article) {
                quantities.append(quantity.0)
                index = quantity.end
            } else {
                index += 1
            }
        }
        return quantities
    }

    /// A number starting at `index`, its value and the index after it.
    static func number(at index: Int, _ tokens: [Token]) -> (value: Double, end: Int)? {
        guard index < tokens.count else { return nil }
        let token = tokens[index]
        var value: Double
        if token.kind == .number {
            guard let parsed = Double(token.text.replacingOccurrences(of: ",", with: "")) else { return nil }
            value = parsed
        } else if token.isWord, let word = numberWords[token.lowercased] {
            value = word
        } else if token.isWord, token.text.utf8.contains(UInt8(ascii: "-")),
                  case let parts = token.lowercased.split(separator: "-"), parts.count == 2,
                  let tens = numberWords[String(parts[0])], let ones = numberWords[String(parts[1])], tens >= 20, ones < 10 {
            value = tens + ones
        } else {
            return nil
        }
        var end = index + 1
        if end < tokens.count, let multiplier = multipliers[tokens[end].lowercased], tokens[end].isWord {
            // "m" and "k" only right after digits: "$4m".
            if tokens[end].text.count > 2 || !tokens[end].spaceBefore {
                value *= multiplier
                end += 1
            }
        }
        return (value, end)
    }

    private static func quantity(at start: Int, tokens: [Token], article: Article) -> (Quantity, end: Int)? {
        var first = start
        var currency: String?
        if start > 0, tokens[start - 1].kind == .mark, let symbol = currencySymbols[tokens[start - 1].text] {
            currency = symbol
            first = start - 1
        }
        guard let low = number(at: start, tokens) else { return nil }
        // Names and dates are not quantities: "Channel 10", "May 10", "No. 5".
        if start > 0 {
            let before = tokens[start - 1].lowercased
            // A unit after the number outweighs the capital before it: "the Iranians 65 miles".
            let unitFollows = low.end < tokens.count && distanceUnits[tokens[low.end].lowercased] != nil
            if ActorLexicon.calendarWords.contains(before)
                || tokens[start - 1].isCapitalized && tokens[start].kind == .number && !unitFollows { return nil }
            if ["no.", "no", "#", "article", "resolution", "mark"].contains(before) { return nil }
        }
        var cursor = low.end
        var high: Double?
        if cursor + 1 < tokens.count, ["-", "–", "to", "or", "and"].contains(tokens[cursor].lowercased),
           tokens[cursor].lowercased != "and" || (first >= 1 && tokens[first - 1].lowercased == "between"),
           tokens[cursor].lowercased != "and" || first >= 1,
           let next = number(at: cursor + 1, tokens) {
            high = next.value
            cursor = next.end
            if tokens[low.end].lowercased == "and" { first -= 1 }
        }
        var value = low.value
        if let highValue = high, highValue >= 1000, value < 1000, low.end == start + 1,
           tokens[start].kind == .number, let multiplier = [1e3, 1e6, 1e9].first(where: { highValue / $0 >= 1 && highValue / $0 < 1000 }) {
            // "between 2 and 3 million": the multiplier applies to both ends.
            if tokens[cursor - 1].isWord { value *= multiplier }
        }
        var unit: String
        var kind: Quantity.Kind
        var kilometreFactor: Double?
        if let symbol = currency {
            unit = symbol
            kind = .money
        } else if cursor < tokens.count, let distance = distanceUnits[tokens[cursor].lowercased], tokens[cursor].isWord {
            unit = distance.name
            kind = .distance
            kilometreFactor = distance.km
            cursor += distance.name == "nautical mile" && cursor + 1 < tokens.count ? 2 : 1
        } else if cursor < tokens.count, ["percent", "%", "pct"].contains(tokens[cursor].lowercased) {
            unit = "percent"
            kind = .percent
            cursor += 1
        } else if cursor + 1 < tokens.count, tokens[cursor].lowercased == "per", tokens[cursor + 1].lowercased == "cent" {
            unit = "percent"
            kind = .percent
            cursor += 2
        } else if cursor < tokens.count, let money = currencyWords[tokens[cursor].lowercased] {
            unit = money
            kind = .money
            cursor += 1
        } else if cursor < tokens.count, let duration = durationUnits[tokens[cursor].lowercased] {
            unit = duration
            kind = .duration
            cursor += 1
        } else if let counted = countedNoun(after: cursor, tokens) {
            unit = tokens[counted].lowercased
            kind = .count
            cursor = counted + 1
        } else {
            return nil
        }
        // A bare year is not a count: "the 2015 nuclear deal", "in 2018".
        if kind == .count, tokens[start].kind == .number, tokens[start].text.count == 4, (1800...2100).contains(Int(low.value)) {
            return nil
        }
        var bound: String?
        for phrase in bounds where first >= phrase.count {
            let words = tokens[(first - phrase.count)..<first].map(\.lowercased)
            if words == phrase {
                bound = phrase.joined(separator: " ")
                first -= phrase.count
                break
            }
        }
        // "60 kilometers (37 miles)": the conversion is the same quantity.
        if cursor + 2 < tokens.count, tokens[cursor].isMark("("), number(at: cursor + 1, tokens) != nil {
            var close = cursor + 1
            while close < tokens.count, close < cursor + 8, !tokens[close].isMark(")") { close += 1 }
            if close < tokens.count, tokens[close].isMark(")") { cursor = close + 1 }
        }
        let range = tokens[first].range.lowerBound..<tokens[cursor - 1].range.upperBound
        let token = tokens[start]
        var quantity = Quantity(article: article.id, paragraph: token.paragraph + 1, range: range, text: article.slice(range),
                                kind: kind, value: value, high: high, unit: unit, bound: bound)
        if let factor = kilometreFactor {
            quantity.kilometres = value * factor
            quantity.kilometresHigh = high.map { $0 * factor }
        }
        return (quantity, cursor)
    }

    /// "32 rockets", "more than 50 Iranian targets", "3,500 jobs": the plural noun a number
    /// counts, at most two words after it.
    private static func countedNoun(after index: Int, _ tokens: [Token]) -> Int? {
        var cursor = index
        while cursor < tokens.count, cursor <= index + 2, tokens[cursor].isWord {
            let word = tokens[cursor].lowercased
            if !tokens[cursor].isCapitalized, word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us") {
                return cursor
            }
            if ["of", "the", "and", "or", "to", "in", "on", "at", "from", "a", "was", "were", "is", "are", "has", "had"].contains(word) { return nil }
            cursor += 1
        }
        return nil
    }
}
