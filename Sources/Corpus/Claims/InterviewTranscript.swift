/// An interview printed as a transcript: paragraphs that open with a speaker label,
/// "((Ana Ruiz)) …", "Ana Ruiz: …", "Q: …", "A: …". Each answer is a claim of the one
/// answering; the questions are no claims. A label whose paragraphs mostly end with a
/// question mark is the interviewer's.
struct InterviewTranscript {
    struct Label {
        var paragraph: Int
        /// Token range of the label's words.
        var name: Range<Int>
        /// First token after the label.
        var bodyStart: Int
        var text: String
    }

    /// The paragraphs that are answers, with their labels, and those that are questions.
    private(set) var answers: [Int: Label] = [:]
    private(set) var questions: Set<Int> = []

    static let interviewerLabels: Set<String> = ["q", "question", "interviewer", "wn", "int"]

    /// Labels of captions, notes and page furniture, which open paragraphs too.
    static let furnitureLabels: Set<String> = ArticleTokens.creditLabels.union([
        "note", "update", "updated", "source", "sources", "correction", "editor", "related", "see", "read", "watch",
        "listen", "warning", "disclaimer", "file", "caption", "tags", "topics", "share",
    ])

    init(tokens: [Token], paragraphs: [Range<Int>], source: String) {
        var labels: [Label] = []
        for (position, span) in paragraphs.enumerated() {
            guard let label = Self.label(tokens: tokens, span: span) else { continue }
            let text = source.utf8Slice(tokens[label.name.lowerBound].range.lowerBound..<tokens[label.name.upperBound - 1].range.upperBound)
            if !Self.furnitureLabels.contains(text.lowercased()) {
                labels.append(Label(paragraph: position, name: label.name, bodyStart: label.bodyStart, text: text))
            }
        }
        // One "Note:" line is no transcript: at least two labels, two of them different.
        guard labels.count >= 3, Set(labels.map(\.text)).count >= 2 else { return }
        var asking: [String: (questions: Int, total: Int)] = [:]
        for label in labels {
            let span = paragraphs[label.paragraph]
            let endsWithQuestion = tokens[span].last { $0.kind != .mark || $0.text == "?" }?.text == "?"
            var count = asking[label.text] ?? (0, 0)
            count.total += 1
            if endsWithQuestion { count.questions += 1 }
            asking[label.text] = count
        }
        func isInterviewer(_ label: Label) -> Bool {
            let count = asking[label.text] ?? (0, 1)
            return Self.interviewerLabels.contains(label.text.lowercased()) || count.questions * 2 >= count.total
        }
        // An answer answers something: a label counts as the interviewee's only after a
        // question, so that captions ("Ana Ruiz: the minister in 2019.") are no answers.
        var afterQuestion = false
        for label in labels {
            if isInterviewer(label) {
                questions.insert(label.paragraph)
                afterQuestion = true
            } else if afterQuestion, label.bodyStart < paragraphs[label.paragraph].upperBound {
                answers[label.paragraph] = label
            }
        }
        // An answer that runs over several paragraphs: the unlabelled ones up to the next
        // question are the same answer's.
        for (label, next) in zip(labels, labels.dropFirst()) where answers[label.paragraph] != nil && isInterviewer(next) {
            for paragraph in (label.paragraph + 1)..<min(next.paragraph, label.paragraph + 6) {
                let span = paragraphs[paragraph]
                answers[paragraph] = Label(paragraph: paragraph, name: label.name, bodyStart: span.lowerBound, text: label.text)
            }
        }
    }

    /// "((Name))" or "Name:" opening the paragraph `span`: one to four capitalised words or
    /// initials, and the first token after the label. Actor finding asks it too: a label's
    /// name is a person.
    static func label(tokens: [Token], span: Range<Int>) -> (name: Range<Int>, bodyStart: Int)? {
        var cursor = span.lowerBound
        var brackets = 0
        while cursor < span.upperBound, tokens[cursor].isMark("(") {
            brackets += 1
            cursor += 1
        }
        let start = cursor
        while cursor < span.upperBound, cursor < start + 4, tokens[cursor].isCapitalized || tokens[cursor].isAcronym { cursor += 1 }
        guard cursor > start, cursor < span.upperBound else { return nil }
        let name = start..<cursor
        if brackets > 0 {
            var closed = 0
            while cursor < span.upperBound, tokens[cursor].isMark(")"), closed < brackets {
                closed += 1
                cursor += 1
            }
            guard closed == brackets, brackets == 2 else { return nil }
        } else {
            guard tokens[cursor].isMark(":") else { return nil }
            cursor += 1
        }
        return (name, cursor)
    }
}
