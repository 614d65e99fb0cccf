/// Who wrote the documents an article names, so that a study or paper that speaks later
/// without an owner ("The study found …", "according to the new paper") speaks for the
/// authors the article named: "Ruiz and her colleagues published a study …", "a paper
/// published by the Harbour Institute", "the report, written by Lund, …".
struct DocumentAuthors {
    /// Token of each document the article brings in, with its author when the article names
    /// one, in reading order. ("A second paper" whose author is unknown ends the last one's.)
    private var documents: [Introduced] = []

    /// A document noun the article brings in, and who wrote it when it says.
    struct Introduced {
        var token: Int
        var noun: String
        var author: String?
    }

    private static let clauseOpeners: Set<String> = ["where", "which", "who", "that", "when", "while", "after", "because", "but"]

    /// Nouns for one piece of research: "the paper" may stand for "a study" brought in before.
    static let researchNouns: Set<String> = ["study", "paper", "research", "work", "model", "analysis", "finding", "survey", "report"]

    private static let authorTypes: Set<ActorType> = [.person, .organization, .group, .media]

    init(tokens: [Token], actorAt: [Int: ClaimFinder.MentionRef]) {
        for index in tokens.indices where tokens[index].isWord && ActorLexicon.documentNouns.contains(tokens[index].lowercased) {
            let noun = tokens[index].lowercased
            // "a report from The Hill": the outlet it came from wrote it, named as an actor or not.
            if index + 3 < tokens.count, tokens[index + 1].lowercased == "from",
               tokens[index + 2].isCapitalized || tokens[index + 2].lowercased == "the" && tokens[index + 3].isCapitalized {
                let source = (index + 2..<min(tokens.count, index + 4)).lazy.compactMap { actorAt[$0] }
                    .first { [.organization, .media, .group].contains($0.type) }
                documents.append(Introduced(token: index, noun: noun, author: source?.actor))
                continue
            }
            if let author = Self.agent(after: index, tokens: tokens, actorAt: actorAt)
                ?? Self.subject(before: index, tokens: tokens, actorAt: actorAt) ?? Self.namedBefore(index, tokens: tokens, actorAt: actorAt) {
                documents.append(Introduced(token: index, noun: noun, author: author))
            } else if Self.isIndefinite(index, tokens: tokens) {
                documents.append(Introduced(token: index, noun: noun, author: nil))
            }
        }
    }

    /// The latest document of the kind `noun` names brought in before `token` (the same
    /// noun, or both words for research), with its author if the article named one.
    func document(before token: Int, like noun: String) -> Introduced? {
        let singular = ActorLexicon.singular(noun)
        return documents.last { document in
            let other = ActorLexicon.singular(document.noun)
            return document.token < token && (other == singular || Self.researchNouns.contains(other) && Self.researchNouns.contains(singular))
        }
    }

    /// "a second paper", "another study", "a new report": a document of its own.
    private static func isIndefinite(_ noun: Int, tokens: [Token]) -> Bool {
        guard let article = (max(0, noun - 3)..<noun).first(where: { ["a", "an", "another"].contains(tokens[$0].lowercased) }) else { return false }
        return ((article + 1)..<noun).allSatisfy { tokens[$0].isWord || tokens[$0].kind == .number }
    }

    /// "a paper published in Nature by Ruiz and her colleagues", "a study by the institute",
    /// "a study conducted by Harbour Institute professor Ana Ruiz" (the person, not her
    /// institute). Only over words that say how it came out, not another clause's "by".
    private static func agent(after noun: Int, tokens: [Token], actorAt: [Int: ClaimFinder.MentionRef]) -> String? {
        let sentence = tokens[noun].sentence
        var by = noun + 1
        while by < tokens.count, by < noun + 10, tokens[by].sentence == sentence, tokens[by].lowercased != "by" {
            let token = tokens[by]
            let lower = token.lowercased
            guard token.isCapitalized || token.kind == .number || token.isMark(",") || ActorLexicon.publishingVerbs.contains(lower)
                    || ["written", "was", "were", "in", "on", "the", "journal", "last", "this", "week", "month", "year"].contains(lower)
                    || ActorLexicon.calendarWords.contains(lower) else { return nil }
            by += 1
        }
        guard by < tokens.count, tokens[by].lowercased == "by" else { return nil }
        var cursor = by + 1
        var first: ClaimFinder.MentionRef?
        while cursor < tokens.count, cursor < by + 10, tokens[cursor].sentence == sentence,
              tokens[cursor].isWord || tokens[cursor].text.isPossessive, tokens[cursor].lowercased != "and",
              // ("started its investigation by hiring a law firm": a means, not an author.)
              tokens[cursor].isCapitalized || !tokens[cursor].lowercased.hasSuffix("ing") {
            if let named = actorAt[cursor], authorTypes.contains(named.type) {
                if named.type == .person || named.type == .group { return named.actor }
                if first == nil { first = named }
                cursor = named.tokens.upperBound
            } else {
                cursor += 1
            }
        }
        return first?.actor
    }

    /// "Ruiz and her colleagues have published a new study", "the Harbour Post published a
    /// report": the one named last before the verb that put the document out, passing over
    /// where people work ("scientists from the University of Miami published") and whose
    /// someone is ("Trump's niece Mary Trump released").
    private static func subject(before noun: Int, tokens: [Token], actorAt: [Int: ClaimFinder.MentionRef]) -> String? {
        guard let verb = (max(0, noun - 5)..<noun).last(where: { ActorLexicon.publishingVerbs.contains(tokens[$0].lowercased) }),
              ((verb + 1)..<noun).allSatisfy({ tokens[$0].isWord || tokens[$0].kind == .number }) else { return nil }
        let sentence = tokens[verb].sentence
        var cursor = verb - 1
        // (Within the clause: "…, where unions produced a briefing paper" is the unions', not the
        // sentence subject's.)
        while cursor >= 0, verb - cursor < 25, tokens[cursor].sentence == sentence, !tokens[cursor].isMark(";"), !tokens[cursor].isMark(":"),
              !tokens[cursor].isMark(","), !Self.clauseOpeners.contains(tokens[cursor].lowercased) {
            guard let named = actorAt[cursor] else {
                cursor -= 1
                continue
            }
            let possessive = named.tokens.upperBound < tokens.count && tokens[named.tokens.upperBound].text.isPossessive
            if !possessive, authorTypes.contains(named.type), !isPlaceOfWork(named, tokens: tokens, actorAt: actorAt) {
                return named.actor
            }
            cursor = named.tokens.lowerBound - 1
        }
        return nil
    }

    /// "The Health Institute report", "the council's study": the body or person whose name
    /// stands right before the noun, with or without a possessive.
    private static func namedBefore(_ noun: Int, tokens: [Token], actorAt: [Int: ClaimFinder.MentionRef]) -> String? {
        // ("the Drudge Report": a capitalised noun is a title's, not a document of the name's.)
        guard !tokens[noun].isCapitalized else { return nil }
        var before = noun - 1
        if before > 0, tokens[before].text.isPossessive { before -= 1 }
        guard before >= 0, let named = actorAt[before], named.tokens.upperBound == before + 1, authorTypes.contains(named.type) else { return nil }
        return named.actor
    }

    /// Whether a mention stands in a phrase after "from", "of" or "at", alone or with others
    /// joined by "and": where someone works, not who did it.
    private static func isPlaceOfWork(_ named: ClaimFinder.MentionRef, tokens: [Token], actorAt: [Int: ClaimFinder.MentionRef]) -> Bool {
        var cursor = named.tokens.lowerBound - 1
        while cursor >= 0 {
            let lower = tokens[cursor].lowercased
            if ["from", "of", "at"].contains(lower) { return true }
            guard ["and", "the", ","].contains(lower) || actorAt[cursor] != nil || tokens[cursor].isCapitalized else { return false }
            cursor -= 1
        }
        return false
    }
}
