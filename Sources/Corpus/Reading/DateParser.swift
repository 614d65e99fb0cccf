/// Finds calendar dates written as news text writes them and returns them as ISO
/// `YYYY-MM-DD`: "Tue, May 29, 2018", "Friday, January 4, 2019", "29 May 2018",
/// "Jan. 4, 2019", "2018-05-29", "2018-05-29T10:00:00Z". A date without a year is not one.
public enum DateParser {
    struct Match: Equatable {
        var iso: String
        /// The matched text's range in the scanned string, as UTF-8 offsets.
        var range: Range<Int>
    }

    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
        "december": 12, "dec": 12,
    ]

    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]

    private enum Token: Equatable {
        case word(String)
        case number(String)
        case punctuation(Character)
    }

    /// Every date in `text`, in order.
    static func dates(in text: String) -> [Match] {
        let tokens = tokenize(text)
        var matches: [Match] = []
        var index = 0
        while index < tokens.count {
            if let (iso, end) = date(at: index, in: tokens) {
                matches.append(Match(iso: iso, range: tokens[index].range.lowerBound..<tokens[end - 1].range.upperBound))
                index = end
            } else {
                index += 1
            }
        }
        return matches
    }

    /// Words that, just before a date, say it is not the day the article reports from: a
    /// life or a history ("born December 11, 1935", "founded on", "in office since") or a
    /// plan ("scheduled for 4 July 2031", "due on", "until").
    static let notTheNewsDay: Set<String> = [
        "born", "birth", "died", "death", "founded", "founding", "established", "incorporated", "since",
        "until", "till", "scheduled", "due", "expected", "planned", "deadline", "will",
    ]

    /// Whether one of the few words before `match` (in its line) is one of `notTheNewsDay`.
    static func isNotTheNewsDay(_ match: Match, in text: String) -> Bool {
        let utf8 = Array(text.utf8)
        var start = match.range.lowerBound
        while start > 0, utf8[start - 1] != UInt8(ascii: "\n"), match.range.lowerBound - start < 40 { start -= 1 }
        let before = String(decoding: utf8[start..<match.range.lowerBound], as: UTF8.self).lowercased()
        let words = before.split { !$0.isLetter }.suffix(3)
        return words.contains { notTheNewsDay.contains(String($0)) }
    }

    /// The date when `text` is a date and nothing else (a weekday and punctuation may surround it).
    static func wholeDate(_ text: String) -> String? {
        let tokens = tokenize(text)
        let meaningful = tokens.filter {
            if case .word(let word) = $0.token { return !weekdays.contains(word.lowercased()) }
            if case .punctuation = $0.token { return false }
            return true
        }
        guard let first = meaningful.first, let start = tokens.firstIndex(where: { $0.range == first.range }),
              let (iso, end) = date(at: start, in: tokens)
        else { return nil }
        let rest = tokens[end...].filter {
            if case .punctuation = $0.token { return false }
            return true
        }
        return rest.isEmpty ? iso : nil
    }

    /// A date starting at token `index`, with the index after its last token.
    private static func date(at index: Int, in tokens: [(token: Token, range: Range<Int>)]) -> (String, Int)? {
        func token(_ offset: Int) -> Token? { index + offset < tokens.count ? tokens[index + offset].token : nil }
        func month(_ token: Token?) -> Int? {
            if case .word(let word) = token { return months[word.lowercased()] }
            return nil
        }
        func number(_ token: Token?) -> Int? {
            if case .number(let digits) = token { return Int(digits) }
            return nil
        }
        func skipDot(_ offset: Int) -> Int { token(offset) == .punctuation(".") ? offset + 1 : offset }

        // ISO: 2018-05-29 (tokenized as 2018 - 05 - 29)
        if case .number(let y) = token(0), y.count == 4, token(1) == .punctuation("-"),
           let m = number(token(2)), token(3) == .punctuation("-"), let d = number(token(4)),
           let year = Int(y), let iso = iso(year, m, d) {
            return (iso, index + 5)
        }
        // Month Day, Year: May 29, 2018 / Jan. 4 2019
        if let m = month(token(0)) {
            var offset = skipDot(1)
            guard let d = number(token(offset)) else { return nil }
            offset += 1
            if token(offset) == .punctuation(",") { offset += 1 }
            if case .number(let y) = token(offset), y.count == 4, let year = Int(y), let iso = iso(year, m, d) {
                return (iso, index + offset + 1)
            }
            return nil
        }
        // Day Month Year: 29 May 2018
        if let d = number(token(0)), let m = month(token(1)) {
            var offset = skipDot(2)
            if token(offset) == .punctuation(",") { offset += 1 }
            if case .number(let y) = token(offset), y.count == 4, let year = Int(y), let iso = iso(year, m, d) {
                return (iso, index + offset + 1)
            }
        }
        return nil
    }

    /// Whether the day exists in the Gregorian calendar.
    public static func isRealDay(year: Int, month: Int, day: Int) -> Bool {
        guard (1...12).contains(month) else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        return (1...[31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]).contains(day)
    }

    private static func iso(_ year: Int, _ month: Int, _ day: Int) -> String? {
        guard (1800...2200).contains(year), isRealDay(year: year, month: month, day: day) else { return nil }
        func pad(_ n: Int, _ width: Int) -> String {
            let digits = String(n)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    private static func tokenize(_ text: String) -> [(token: Token, range: Range<Int>)] {
        var tokens: [(Token, Range<Int>)] = []
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let start = index
            if isLetter(byte) {
                while index < bytes.count, isLetter(bytes[index]) { index += 1 }
                tokens.append((.word(String(decoding: bytes[start..<index], as: UTF8.self)), start..<index))
            } else if isDigit(byte) {
                while index < bytes.count, isDigit(bytes[index]) { index += 1 }
                // 29th, 1st: the suffix belongs to the number.
                let digitsEnd = index
                if index + 1 < bytes.count, ["st", "nd", "rd", "th"].contains(String(decoding: bytes[index..<index + 2], as: UTF8.self).lowercased()),
                   index + 2 >= bytes.count || !isLetter(bytes[index + 2]) {
                    index += 2
                }
                tokens.append((.number(String(decoding: bytes[start..<digitsEnd], as: UTF8.self)), start..<index))
            } else if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") {
                index += 1
            } else {
                index += 1
                if byte < 0x80 { tokens.append((.punctuation(Character(Unicode.Scalar(byte))), start..<index)) }
                else {
                    while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
                    tokens.append((.punctuation("·"), start..<index))
                }
            }
        }
        return tokens
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
