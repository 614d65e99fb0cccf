/// Speakers a reporting verb's subject gives without naming an actor: "the army said",
/// "The commissioner said", "One of the victims said", and the person or body such a
/// description points back to when the article named them before.
extension ClaimFinder.Unit {
    /// Nouns whose phrase can speak: roles, bodies, outlets, groups and unnamed people.
    static let speakerNouns: Set<String> = {
        var nouns = ActorLexicon.roleHeads.subtracting(ActorLexicon.honorificOnly)
        // "The presidents of Brazil and Chile say": more than one holder of a role speaks too.
        nouns.formUnion(nouns.filter { $0.allSatisfy(\.isLetter) }.map(ActorLexicon.plural))
        nouns.formUnion(ActorLexicon.anonymousHeads)
        nouns.formUnion(ActorLexicon.organizationHeads)
        nouns.formUnion(ActorLexicon.groupNouns)
        nouns.formUnion(ActorLexicon.peopleNouns)
        nouns.formUnion(ActorLexicon.mediaDescriptors)
        nouns.formUnion(ActorLexicon.definiteReferences.keys)
        nouns.formUnion(ActorLexicon.officeHeads)
        nouns.formUnion(quantifierSpeakers)
        nouns.formUnion(ActorLexicon.speakingBodies.map(ActorLexicon.plural))
        // "the palace said": a seat of power speaks for whoever holds it.
        nouns.formUnion(["palace", "presidency", "monarchy"])
        return nouns
    }()

    /// Words that stand for people already in view: "Others said …", "several said …".
    static let quantifierSpeakers: Set<String> = ["others", "many", "several", "some", "both", "most"]

    /// Cues that tell of speech only when someone named does it: "the two leaders agreed",
    /// "the crowd thanked", "the report cited" say less than "the army said".
    static let weakCues: Set<String> = [
        "agreed", "believed", "thanked", "expressed", "criticized", "hailed", "objected", "accused", "asked", "questioned",
        "described", "called", "posted", "quoted", "cited", "mentioned", "promised", "vowed", "pledged", "threatened",
    ]

    /// People who speak for someone: "according to his publicist".
    static let helperNouns: Set<String> = ["publicist", "agent", "manager", "representative", "representatives", "attorney",
                                           "attorneys", "lawyer", "lawyers", "spokesman", "spokeswoman", "spokesperson", "family", "office"]

    /// Words that open a noun phrase and end the walk back to its start.
    static let determiners: Set<String> = [
        "the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "these", "those", "some", "many",
        "several", "one", "two", "three", "four", "five", "both", "all", "most", "few", "other", "another", "each",
    ]

    /// Words that end a clause before a subject: what stands before them is not part of it.
    static let clauseWords: Set<String> = [
        "that", "which", "who", "and", "but", "or", "when", "while", "because", "if", "after", "before", "as",
        "although", "though", "since", "where", "so", "then", "however",
    ]

    /// The noun phrase ending at `head`, the word before the reporting verb, when its head
    /// is a noun for someone who speaks ("the French civil security service", "Some members
    /// of opposition parties"): its tokens, or nil.
    func unnamedSubject(endingAt head: Int) -> Range<Int>? {
        guard tokens[head].isWord else { return nil }
        let sentence = tokens[head].sentence
        var start = head
        var ofLinks = 0
        // A head that speaks needs no "of" phrase before it ("requests from the lawyers" is not
        // who spoke); one that does not may take one ("members of opposition parties").
        // ("Britain's coroner said": a trade after its owner is someone too.)
        let headSpeaks = Self.speakerNouns.contains(tokens[head].lowercased) || isOccupationAfterDeterminer(head)
            || head - 1 >= span.lowerBound && tokens[head - 1].text.isPossessive && !tokens[head].isCapitalized
                && Self.isTradeWord(tokens[head].lowercased) && !["answer", "number", "order", "letter", "paper", "matter", "member"].contains(tokens[head].lowercased)
        while start - 1 >= span.lowerBound, start > head - 8, tokens[start - 1].sentence == sentence {
            let previous = tokens[start - 1]
            let lower = previous.lowercased
            guard previous.isWord || previous.kind == .number || previous.text.isPossessive || previous.isMark("-") else { break }
            if ActorLexicon.speechVerbs[lower] != nil && !ActorLexicon.nounLikeVerbForms.contains(lower) || Self.clauseWords.contains(lower) { break }
            // ("Police in Karachi": "in" links only a noun for people to a place's name.)
            if lower == "in", !tokens[head].isCapitalized || start - 2 < span.lowerBound
                || tokens[start - 2].isCapitalized && !tokens[start - 2].startsSentence { break }
            let link = ["of", "for", "at", "from", "in"].contains(lower)
            // ("Some members of opposition parties", "a spokesman for the airlines": one who
            // speaks for a body that speaks too.)
            let speaksForHead = link && ofLinks == 0 && start - 2 >= span.lowerBound && tokens[start - 2].isWord
                && ["members", "member", "spokesman", "spokeswoman", "spokesperson", "leaders", "leader", "head", "representatives"]
                    .contains(tokens[start - 2].lowercased)
            if link, headSpeaks || ofLinks > 0, !speaksForHead { break }
            if ActorLexicon.functionWords.contains(lower), !Self.determiners.contains(lower), !link { break }
            start -= 1
            if link { ofLinks += 1 }
            if Self.determiners.contains(lower) {
                // "One of the victims", "members of the union": an "of" before the determiner goes on.
                // "A spokesman for the ministry": so does a link after one who speaks for others.
                guard start - 2 >= span.lowerBound, ofLinks == 0, tokens[start - 2].isWord,
                      tokens[start - 1].lowercased == "of"
                        || ["for", "at", "from"].contains(tokens[start - 1].lowercased) && Self.speaksForOthers.contains(tokens[start - 2].lowercased)
                else { break }
                start -= 1
                ofLinks += 1
            }
        }
        // Capitals from the sentence's first word on and no determiner: a name nobody made an
        // actor of reads the same ("French Civil Security service"), but so does a sentence
        // that opens on a verb phrase; a phrase of one word must be a noun for people.
        if start == head, !Self.standaloneSpeakers.contains(tokens[head].lowercased) { return nil }
        while start < head, ["of", "for", "at", "from", "in"].contains(tokens[start].lowercased) { start += 1 }
        // The head is the last word, or the word before "of" ("members of opposition parties",
        // "a spokesperson for Stagecoach South", "police in Karachi").
        let beforeOf = (start..<head).first { ["of", "for", "at", "from", "in"].contains(tokens[$0].lowercased) }.map { $0 - 1 }
        guard headSpeaks || beforeOf.map({ $0 >= start && Self.speakerNouns.contains(tokens[$0].lowercased) }) == true else { return nil }
        return start..<(head + 1)
    }

    /// The noun phrase after an inverted verb, up to the end of the sentence or a comma:
    /// "…,” said a police spokesman.", "…,” reads an AEW press release, “…”": its tokens
    /// when its last word is a noun for someone who speaks or for a document.
    func unnamedSubject(startingAt start: Int) -> Range<Int>? {
        guard start < span.upperBound, Self.determiners.contains(tokens[start].lowercased) else { return nil }
        var end = start + 1
        while end < span.upperBound, end < start + 7, tokens[end].sentence == tokens[start].sentence,
              tokens[end].isWord || tokens[end].text.isPossessive,
              ActorLexicon.speechVerbs[tokens[end].lowercased] == nil || ActorLexicon.nounLikeVerbForms.contains(tokens[end].lowercased),
              !Self.clauseWords.contains(tokens[end].lowercased) {
            // ("said the report": after a determiner, "report" is the noun.)
            end += 1
        }
        guard end > start + 1, end >= span.upperBound || tokens[end].kind == .mark || tokens[end].sentence != tokens[start].sentence else { return nil }
        // "…,” reads a press release from the league.", "said a spokesman for the airline.": the
        // head stands before the link, and whose it is follows.
        let link = (start + 1..<end).first { ["of", "for", "from", "by", "at"].contains(tokens[$0].lowercased) }
        guard speaksOrIsDocument(end - 1) || link.map({ speaksOrIsDocument($0 - 1) }) == true else { return nil }
        return start..<end
    }

    /// "…,” said a farmer living near the river.", "said a man who lives nearby", "said a
    /// protester named Katya": after the quote and its verb, the noun for who spoke and then
    /// what sets them apart, to the end of the sentence. The speaker's words and the end of
    /// the modifier, or nil.
    func modifiedUnnamedSubject(startingAt start: Int) -> (speaker: Range<Int>, end: Int)? {
        guard start < span.upperBound, Self.determiners.contains(tokens[start].lowercased) else { return nil }
        let sentence = tokens[start].sentence
        func opensModifier(_ index: Int) -> Bool {
            let word = tokens[index].lowercased
            return ["who", "named", "called", "aged"].contains(word)
                || word.count > 4 && word.hasSuffix("ing") && !tokens[index].isCapitalized && ActorLexicon.speechVerbs[word] == nil
        }
        var modifier = start + 1
        while modifier < span.upperBound, modifier < start + 5, tokens[modifier].isWord, tokens[modifier].sentence == sentence,
              !opensModifier(modifier) { modifier += 1 }
        guard modifier > start + 1, modifier < span.upperBound, tokens[modifier].isWord, opensModifier(modifier),
              speaksOrIsDocument(modifier - 1) else { return nil }
        var end = modifier + 1
        while end < span.upperBound, end < modifier + 12, tokens[end].sentence == sentence, tokens[end].isWord || tokens[end].text.isPossessive {
            end += 1
        }
        guard end >= span.upperBound || tokens[end].sentence != sentence || tokens[end].isMark(".") || tokens[end].isQuoteMark else { return nil }
        return (start..<modifier, end)
    }

    /// Whether the noun at `index` heads a phrase that can speak or be a document that does.
    private func speaksOrIsDocument(_ index: Int) -> Bool {
        let word = tokens[index].lowercased
        // ("…,” said a Goshen police dispatcher.": after the quote and its verb, a trade's word needs no list.)
        return Self.speakerNouns.contains(word) || ActorLexicon.documentNouns.contains(word) || ["statement", "release", "tweet", "post"].contains(word)
            || !tokens[index].isCapitalized && Self.isTradeWord(word)
    }

    /// "But the association representing food and grocery companies says …", "A rafter who raised
    /// the alarm after his party was swept away, says …", "a senior member of the Northern Alliance
    /// attending the talks in Bonn said …": a clause that opens on a noun phrase for someone who
    /// speaks, then a modifier (a participle, "who …", "known as …"), then the verb. The head
    /// noun's token, or nil.
    func modifiedSubjectHead(before verb: Int) -> Int? {
        let sentence = tokens[verb].sentence
        var start = verb
        while start > span.lowerBound, tokens[start - 1].sentence == sentence { start -= 1 }
        // After an opener and its comma ("Meanwhile, a senior member …") or a conjunction ("But the …").
        if let comma = (start..<verb).first(where: { tokens[$0].isMark(",") }), comma - start <= 2,
           (start..<comma).allSatisfy({ ["meanwhile", "however", "but", "and", "earlier", "later", "separately", "elsewhere"].contains(tokens[$0].lowercased) }) {
            start = comma + 1
        }
        if start < verb, ["but", "and", "yet", "so", "meanwhile"].contains(tokens[start].lowercased) { start += 1 }
        guard start < verb, ["a", "an", "the"].contains(tokens[start].lowercased), verb - start <= 30,
              !(start..<verb).contains(where: { tokens[$0].isQuoteMark }) else { return nil }
        // ("The judge presiding over the case, Bernard Schwartz, said": the name in apposition speaks.)
        var beforeVerb = verb - 1
        while beforeVerb > start, ActorLexicon.verbAdverbs.contains(tokens[beforeVerb].lowercased) { beforeVerb -= 1 }
        if tokens[beforeVerb].isMark(","), beforeVerb - 1 > start, let named = actorAt[beforeVerb - 1], named.tokens.lowerBound > start {
            // ("…, Ms Jane Doe, said": a title may stand between the comma and the name.)
            var comma = named.tokens.lowerBound - 1
            while comma > start, ActorLexicon.honorifics.contains(tokens[comma].lowercased) || ActorLexicon.isRoleWord(tokens[comma].lowercased) {
                comma -= 1
            }
            if tokens[comma].isMark(",") { return nil }
        }
        // The head: the last word before the first modifier, with only words of a noun phrase before it.
        var cursor = start + 1
        while cursor < verb, tokens[cursor].isWord || tokens[cursor].isMark("-") || tokens[cursor].text.isPossessive {
            let lower = tokens[cursor].lowercased
            let opensModifier = lower == "who" || lower == "known" && cursor + 1 < verb && tokens[cursor + 1].lowercased == "as"
                || lower.hasSuffix("ing") && !tokens[cursor].isCapitalized && lower.count > 5 && !Self.nounsInIng.contains(lower)
            if opensModifier {
                func speaks(_ index: Int) -> Bool {
                    let word = tokens[index].lowercased
                    return tokens[index].isWord && !tokens[index].isCapitalized
                        && (Self.speakerNouns.contains(word) || Self.isTradeWord(word))
                }
                // ("a senior member of the Northern Alliance attending …": the member, not the alliance.)
                let link = (start + 1..<cursor).last { ["of", "from", "at"].contains(tokens[$0].lowercased) }
                if cursor - 1 > start, speaks(cursor - 1) { return cursor - 1 }
                if let link, link - 1 > start, speaks(link - 1) { return link - 1 }
                return nil
            }
            if ActorLexicon.speechVerbs[lower] != nil && !ActorLexicon.nounLikeVerbForms.contains(lower) || Self.finiteAuxiliaries.contains(lower)
                || Self.clauseWords.contains(lower) && lower != "that" || ["of", "in", "at", "for", "from"].contains(lower) && cursor == start + 1 {
                return nil
            }
            cursor += 1
        }
        return nil
    }

    /// Words in -ing that are nouns, not the participle that opens a modifier.
    static let nounsInIng: Set<String> = [
        "building", "morning", "evening", "meeting", "hearing", "briefing", "ceiling", "wedding", "funding", "training",
        "spending", "housing", "clothing", "shipping", "banking", "mining", "boxing", "sibling", "darling", "offspring",
        "everything", "something", "nothing", "anything", "bombing", "shooting", "killing", "landing", "ruling",
    ]

    /// "The city said", "An acquaintance said", "People in the administration said", "…, his
    /// sponsors said.": a noun phrase that fills its clause from the clause's first word to
    /// the verb is the verb's subject, though no word list holds its head. Its tokens, or nil.
    /// A clause opens a sentence, follows a scene-setting phrase and its comma ("On Monday,
    /// the city said"), or, for an attribution that closes its sentence, follows a comma.
    func clauseSubject(endingAt head: Int, closesSentence: Bool) -> Range<Int>? {
        // ("Reports said": a verb's form opening the sentence in the plural is the noun.)
        guard span.contains(head), tokens[head].isWord, !tokens[head].text.isPossessive,
              isNounShaped(head) || tokens[head].startsSentence && tokens[head].lowercased.hasSuffix("s") else { return nil }
        let sentence = tokens[head].sentence
        var start = head
        var afterConjunction = false
        while start - 1 >= span.lowerBound, start > head - 10, tokens[start - 1].sentence == sentence {
            let previous = tokens[start - 1]
            guard previous.isWord || previous.kind == .number || previous.text.isPossessive || previous.isMark("-") else { break }
            let lower = previous.lowercased
            // ("But the association says …": a conjunction opening the sentence opens the clause.)
            if Self.openingConjunctions.contains(lower), start - 1 == span.lowerBound || tokens[start - 2].sentence != sentence {
                afterConjunction = true
                break
            }
            // A verb, a pronoun or a clause word before the head: the noun is an object, or
            // the subject of some other clause ("Police arrested two men and residents said").
            if Self.clauseWords.contains(lower) || Self.finiteAuxiliaries.contains(lower) || lower == "or"
                || ActorLexicon.personalPronouns.contains(lower) || ["i", "we", "you"].contains(lower)
                || ActorLexicon.speechVerbs[lower] != nil && !ActorLexicon.nounLikeVerbForms.contains(lower) { return nil }
            start -= 1
        }
        let opensSentence = afterConjunction || start == span.lowerBound || tokens[start - 1].sentence != sentence
        let afterComma = start > span.lowerBound && tokens[start - 1].sentence == sentence && tokens[start - 1].isMark(",")
        guard opensSentence || afterComma && (closesSentence || opensAfterSceneSetting(comma: start - 1)) else { return nil }
        let first = tokens[start].lowercased
        // "Diplomats said": a plural alone may open the sentence; one word otherwise needs its determiner.
        // ("Residents of the town said", "Diplomats observing the talks said": a plural and what follows it.)
        let plural = opensSentence && first.hasSuffix("s") && !first.hasSuffix("ss") && !ActorLexicon.functionWords.contains(first)
        guard Self.determiners.contains(first) && head > start || plural && start == head
            || plural && ["of", "in", "at", "from", "near", "with"].contains(tokens[start + 1].lowercased)
            || plural && tokens[start + 1].lowercased.hasSuffix("ing")
        else { return nil }
        return start..<(head + 1)
    }

    /// A word that may end a noun phrase: not a function word, a time, an adverb or a verb's
    /// auxiliary.
    private func isNounShaped(_ index: Int) -> Bool {
        let lower = tokens[index].lowercased
        return !ActorLexicon.functionWords.contains(lower) && !ActorLexicon.calendarWords.contains(lower)
            && !ClaimFinder.Unit.timeWords.contains(lower) && !lower.hasSuffix("ly") && !Self.finiteAuxiliaries.contains(lower)
            && !ActorLexicon.personalPronouns.contains(lower) && (ActorLexicon.speechVerbs[lower] == nil || ActorLexicon.nounLikeVerbForms.contains(lower))
    }

    /// "On Monday, …", "In a statement, …": the words from the sentence's start to `comma`
    /// set its scene.
    private func opensAfterSceneSetting(comma: Int) -> Bool {
        let sentence = tokens[comma].sentence
        var start = comma
        while start > span.lowerBound, tokens[start - 1].sentence == sentence {
            if tokens[start - 1].isMark(",") || tokens[start - 1].isQuoteMark { return false }
            start -= 1
        }
        guard start < comma, comma - start <= 8 else { return false }
        let first = tokens[start].lowercased
        return ["in", "on", "since", "after", "before", "during", "at", "by", "with", "under", "meanwhile", "however", "earlier",
                "later", "yesterday", "today", "separately", "elsewhere"].contains(first)
            || ActorLexicon.calendarWords.contains(first)
    }

    /// Verbs that make a clause finite: a word after one of them is no subject's head.
    static let finiteAuxiliaries: Set<String> = [
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must",
        "did", "does", "do", "be", "been", "being",
    ]

    /// "the coroner", "a surveyor": a word for a trade in -er, -or, -ist or -ian right after "the"
    /// or "a" names someone who may speak, though no list holds it.
    func isOccupationAfterDeterminer(_ head: Int) -> Bool {
        let word = tokens[head].lowercased
        // Up to three words may say which one: "a leading Adelaide microbiologist", "an AFP journalist".
        var determiner = head - 1
        // ("a few years thereafter": a plural between is no such word, and nor is an adverb.)
        while determiner > span.lowerBound, determiner >= head - 3, tokens[determiner].isWord,
              !["the", "a", "an"].contains(tokens[determiner].lowercased), !ActorLexicon.functionWords.contains(tokens[determiner].lowercased),
              ActorLexicon.speechVerbs[tokens[determiner].lowercased] == nil,
              tokens[determiner].isCapitalized || !tokens[determiner].lowercased.hasSuffix("s") || tokens[determiner].lowercased.hasSuffix("ss") {
            determiner -= 1
        }
        guard determiner >= span.lowerBound, head > span.lowerBound, ["the", "a", "an"].contains(tokens[determiner].lowercased),
              tokens[head].isWord, !tokens[head].isCapitalized, !ActorLexicon.documentNouns.contains(word),
              !Self.adverbsShapedLikeTrades.contains(word) else { return false }
        return ActorLexicon.hasTradeEnding(word)
    }

    /// A word for a trade by its ending ("dispatcher", "geologist"), not an adverb shaped like one.
    static func isTradeWord(_ lower: String) -> Bool {
        ActorLexicon.hasTradeEnding(lower) && !adverbsShapedLikeTrades.contains(lower)
    }

    /// Words in -er that name no one: "a few years thereafter".
    static let adverbsShapedLikeTrades: Set<String> = [
        "thereafter", "hereafter", "however", "whatever", "whenever", "wherever", "whoever", "together", "rather", "further",
        "either", "neither", "whether", "another", "former", "latter", "earlier", "number", "matter", "quarter", "summer", "winter",
        "october", "november", "december", "september", "center", "border", "corner", "weather", "chapter", "letter", "order",
    ]

    /// Those who speak on behalf of a body: "a spokesman for the ministry", "officials at the port".
    static let speaksForOthers: Set<String> = [
        "spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative", "representatives", "official",
        "officials", "source", "sources", "member", "members",
    ]

    /// Nouns that speak alone, with no word before them: "Authorities said", "Police said".
    static let standaloneSpeakers: Set<String> = ActorLexicon.anonymousHeads.union(ActorLexicon.peopleNouns)
        .union(ActorLexicon.groupNouns).union(quantifierSpeakers).union(ActorLexicon.speakingBodies.map(ActorLexicon.plural))
        .subtracting(["person", "member", "leaders", "media", "team", "family", "staff", "medical"])

    /// The actor an organisation's mention ending before `subject` belongs to, when only a
    /// link and words stand between ("Ryan Norris of the University of Guelph in Ontario
    /// said": Ontario is no actor, the university is Norris's).
    func mentionBeforeLink(endingAt subject: Int) -> ClaimFinder.MentionRef? {
        var cursor = subject
        while cursor > span.lowerBound, cursor > subject - 6 {
            let token = tokens[cursor]
            guard token.isWord, ActorLexicon.speechVerbs[token.lowercased] == nil else { return nil }
            if ["of", "at", "from", "in", "with", "for"].contains(token.lowercased), let reference = actorAt[cursor - 1] {
                return reference
            }
            cursor -= 1
        }
        return nil
    }

    /// Whether a quote stands right before the verb at `index` ("…,” Graham continued) or
    /// right after it ("continued: “…”", "The statement read “…”").
    /// A word that makes a clause finite: an auxiliary, a modal or a past form in "-ed"
    /// ("were", "could", "displayed").
    func isFiniteVerb(_ index: Int) -> Bool {
        let lower = tokens[index].lowercased
        return Self.finiteAuxiliaries.contains(lower) || Self.modals.contains(lower)
            || tokens[index].isWord && !tokens[index].isCapitalized && lower.hasSuffix("ed") && lower.count > 4
    }

    func besideQuote(_ index: Int) -> Bool {
        let opening: Set<String> = ["“", "\""]
        var back = index - 1
        while back >= span.lowerBound, back > index - 7, tokens[back].kind != .mark || tokens[back].isMark(",") { back -= 1 }
        if back >= span.lowerBound, back > index - 7, quoteClosesAttribution(at: back) { return true }
        var ahead = index + 1
        while ahead < span.upperBound, ahead < index + 4, tokens[ahead].isMark(",") || tokens[ahead].isMark(":")
            || ActorLexicon.verbAdverbs.contains(tokens[ahead].lowercased) { ahead += 1 }
        // "The ruling read in part, “…”".
        if ahead + 2 < span.upperBound, tokens[ahead].lowercased == "in", tokens[ahead + 1].lowercased == "part", tokens[ahead + 2].isMark(",") || tokens[ahead + 2].isMark(":") {
            ahead += 3
        }
        return ahead < span.upperBound && opening.contains(tokens[ahead].text)
    }
}

extension ClaimFinder.Unit {
    /// Whether the mark at `index` closes a quote that an attribution follows: a comma just
    /// inside or just outside it ("…,” she said", "…”, she said").
    func quoteClosesAttribution(at index: Int) -> Bool {
        guard span.contains(index), ["”", "\""].contains(tokens[index].text) else { return false }
        return (index - 1 >= span.lowerBound && tokens[index - 1].isMark(",")) || (index + 1 < span.upperBound && tokens[index + 1].isMark(","))
    }

    /// Whether the verb at `index` comes right after such a quote: an inverted attribution.
    func followsQuote(_ index: Int) -> Bool {
        quoteClosesAttribution(at: index - 1) || quoteClosesAttribution(at: index - 2)
    }

    /// A short name in brackets after a name, "(NHC)", "(ONS)": where its "(" is, given its ")".
    func shortNameOpen(closingAt close: Int) -> Int? {
        guard span.contains(close), tokens[close].isMark(")") else { return nil }
        return (max(span.lowerBound, close - 5)..<close).last { tokens[$0].isMark("(") }
    }

    /// The same, given its "(": where its ")" is.
    func shortNameClose(openingAt open: Int) -> Int? {
        guard span.contains(open), tokens[open].isMark("(") else { return nil }
        return ((open + 1)..<min(span.upperBound, open + 6)).first { tokens[$0].isMark(")") }
    }

    /// Things a participle after them says were put out: "a statement posted to his account".
    static let postedThings: Set<String> = ActorLexicon.documentNouns.union(["tweet", "post", "message", "video"])
}

extension ClaimFinder {
    /// Qualifiers that make a different office: "the prime minister" is never the deputy one.
    static let officeQualifiers: Set<String> = ["deputy", "vice", "shadow", "former", "assistant", "acting", "associate", "ex"]

    /// The person "the commissioner" or "the foreign minister" points back to: the latest
    /// person before `offset` whose role, written before the name or in an appositive after
    /// it, has the description's head and every one of its role words, and no qualifier
    /// ("deputy", "former") the description lacks.
    func person(described words: [String], before offset: Int) -> String? {
        guard let head = words.last else { return nil }
        let wanted = Set(words.filter { ActorLexicon.roleModifiers.contains($0) && !["of", "for", "the", "and"].contains($0) } + [head])
        let starts = actorAt.filter { $0.value.tokens.lowerBound == $0.key && $0.value.type == .person }
            .map(\.key).filter { tokens[$0].range.lowerBound < offset }.sorted(by: >)
        for start in starts {
            guard let reference = actorAt[start] else { continue }
            let role = roleWords(around: reference.tokens)
            guard role.contains(head), wanted.isSubset(of: role),
                  role.intersection(Self.officeQualifiers).isSubset(of: Set(words)) else { continue }
            return reference.actor
        }
        return nil
    }

    /// The lowercased words of a person's role: the words before the name back to a mark or
    /// function word ("Trade Commissioner Albert Muchanga"), and an appositive after it
    /// ("Albert Muchanga, the trade commissioner,").
    private func roleWords(around name: Range<Int>) -> Set<String> {
        var words = Set(tokens[name].filter { ActorLexicon.isRoleWord($0.lowercased) }.map(\.lowercased))
        var cursor = name.lowerBound - 1
        // ("a spokesman for Immigration Minister Tom Berg": the spokesman is someone else.)
        while cursor >= 0, cursor > name.lowerBound - 6, tokens[cursor].isWord, tokens[cursor].paragraph == tokens[name.lowerBound].paragraph,
              !["for", "to", "and"].contains(tokens[cursor].lowercased),
              ActorLexicon.isRoleWord(tokens[cursor].lowercased) || tokens[cursor].isCapitalized {
            words.insert(tokens[cursor].lowercased)
            cursor -= 1
        }
        // ("The Northern Territory coroner, Dick Wallace, said": an appositive before it.)
        if name.lowerBound >= 2, tokens[name.lowerBound - 1].isMark(","), ActorLexicon.roleHeads.contains(tokens[name.lowerBound - 2].lowercased) {
            var before = name.lowerBound - 2
            while before >= 0, before > name.lowerBound - 8, tokens[before].isWord, tokens[before].paragraph == tokens[name.lowerBound].paragraph,
                  ActorLexicon.isRoleWord(tokens[before].lowercased) || tokens[before].isCapitalized, tokens[before].lowercased != "the" {
                words.insert(tokens[before].lowercased)
                before -= 1
            }
        }
        if name.upperBound + 1 < tokens.count, tokens[name.upperBound].isMark(",") {
            var after = name.upperBound + 1
            while after < tokens.count, after < name.upperBound + 10, tokens[after].isWord || tokens[after].text.isPossessive,
                  actorAt[after] == nil || ActorLexicon.isRoleWord(tokens[after].lowercased) {
                words.insert(tokens[after].lowercased)
                after += 1
            }
        }
        // ("Foreign Secretary Marcelo Ebrard" is "the foreign minister" too.)
        if !words.isDisjoint(with: Roles.portfolios), words.contains("minister") || words.contains("secretary") {
            words.formUnion(["minister", "secretary"])
        }
        return words
    }
}

extension ClaimFinder {
    /// Who a description that opens with "the" points back to: a person by their role
    /// ("the commissioner"), a body by a word of its name or its kind ("the army", "the
    /// company"). Anything else ("residents", "one of the victims") is nobody in particular.
    func speaker(described range: Range<Int>, in unit: Unit) -> String? {
        let words = range.map { unit.tokens[$0] }.filter(\.isWord).map(\.lowercased)
        let offset = unit.tokens[range.lowerBound].range.lowerBound
        // "its website notes …", "its statement said": the body "its" stands for, as "it" would.
        if !unit.inTitle, words.count == 2, words[0] == "its",
           ActorLexicon.documentNouns.contains(words[1]) || ["website", "site", "page", "account", "blog", "newsletter"].contains(words[1]) {
            return latest(before: offset, types: [.organization, .media], inTitle: false)
        }
        guard !unit.inTitle, words.count >= 2, words[0] == "the", !words.contains("of"), let head = words.last else { return nil }
        if ActorLexicon.roleHeads.contains(head) || ActorLexicon.officeHeads.contains(head) {
            return person(described: Array(words.dropFirst()), before: offset)
        }
        // "the Iraqi government" is not whichever organisation came last: only "the company"
        // alone points back by kind.
        // ("the court officials": a word that says which must be there; "the embattled company" may be any.)
        let modifiers = words.dropFirst().dropLast().filter { ActorLexicon.anonymousModifiers.contains($0) || ActorLexicon.roleModifiers.contains($0) }
        // ("the industry publication", "the state broadcaster": an outlet by its kind, whatever it covers.)
        let outletByKind = words.count == 3 && ActorLexicon.definiteReferences[head] == [.media]
        return latestNamed(head: head, modifiers: modifiers, before: offset, inTitle: false)
            ?? ((words.count == 2 || outletByKind) && !ActorLexicon.namedOnlyReferences.contains(head)
                ? ActorLexicon.definiteReferences[head].flatMap { latest(before: offset, types: $0, inTitle: false) } : nil)
    }

    /// The person an unnamed office holder's mention ("the deputy prime minister") stands
    /// for, when the article named someone with that very role.
    func person(describedBy reference: MentionRef, in unit: Unit) -> String? {
        var start = reference.tokens.lowerBound
        while start > unit.span.lowerBound, ActorLexicon.isRoleWord(unit.tokens[start - 1].lowercased),
              !["and", "of", "for"].contains(unit.tokens[start - 1].lowercased),
              !unit.tokens[start - 1].isCapitalized || unit.tokens[start - 1].startsSentence { start -= 1 }
        if start > unit.span.lowerBound, unit.tokens[start - 1].lowercased == "the" { start -= 1 }
        // ("The Prime Minister said": a title capitalised, all of it a role's words, is a role too.)
        guard unit.tokens[start].lowercased == "the", unit.tokens[reference.tokens].allSatisfy({ !$0.isCapitalized || $0.startsSentence })
                || reference.tokens.allSatisfy({ ActorLexicon.isRoleWord(unit.tokens[$0].lowercased) && !ActorLexicon.pluralTitles.contains(unit.tokens[$0].lowercased) })
        else { return nil }
        return speaker(described: start..<reference.tokens.upperBound, in: unit)
    }
}

extension ClaimFinder.Unit {
    /// "a tweet on Monday by US Secretary of State Mike Pompeo", "the filing", "a statement
    /// from the ministry": a document after "according to", with its author when "by",
    /// "from" or "of" names one within the phrase. Reports keep their own rule (the outlet
    /// that reported last), so they are left out here.
    func documentAttribution(from start: Int) -> (range: Range<Int>, author: ClaimFinder.MentionRef?)? {
        guard start < span.upperBound else { return nil }
        var noun = start + 1
        if Self.determiners.contains(tokens[start].lowercased) {
            while noun < span.upperBound, noun < start + 4, tokens[noun].isWord, !Self.documentWords.contains(tokens[noun].lowercased) { noun += 1 }
        } else {
            // "according to documents collected by …", "official documents released today showed": a
            // plural needs no determiner, after at most one plain word.
            noun = start
            if noun + 1 < span.upperBound, tokens[noun].isWord, !tokens[noun].isCapitalized, !Self.documentWords.contains(tokens[noun].lowercased),
               !ActorLexicon.functionWords.contains(tokens[noun].lowercased) { noun += 1 }
            guard noun < span.upperBound, tokens[noun].lowercased.hasSuffix("s") || tokens[noun].lowercased == "data" else { return nil }
            // ("according to projections by CNN and NPR, he won …": a phrase its comma closes is read whole elsewhere.)
            let sentence = tokens[noun].sentence
            var cursor = noun + 1
            while cursor < span.upperBound, tokens[cursor].sentence == sentence, !tokens[cursor].isMark(",") { cursor += 1 }
            guard cursor >= span.upperBound || tokens[cursor].sentence != sentence else { return nil }
        }
        guard noun < span.upperBound, Self.documentWords.contains(tokens[noun].lowercased) else { return nil }
        // "according to the research team": a document word before a word for people or a
        // body only says what they do; they are the source (the rules for bodies take it).
        if noun + 1 < span.upperBound, tokens[noun + 1].isWord, !tokens[noun + 1].isCapitalized,
           Self.bodyNouns.contains(tokens[noun + 1].lowercased) { return nil }
        var end = noun + 1
        var cursor = end
        while cursor < span.upperBound, cursor < end + 6, tokens[cursor].isWord || tokens[cursor].kind == .number,
              !["by", "from", "of"].contains(tokens[cursor].lowercased), actorAt[cursor] == nil { cursor += 1 }
        if cursor + 1 < span.upperBound, ["by", "from", "of"].contains(tokens[cursor].lowercased) {
            let named = tokens[cursor + 1].lowercased == "the" && cursor + 2 < span.upperBound ? cursor + 2 : cursor + 1
            if let stretch = namingStretch(from: named) {
                // ("collected by George Washington University's National Security Archive": the owner's body is part of it.)
                var end = stretch.end
                if end + 1 < span.upperBound, tokens[end].text.isPossessive, tokens[end + 1].isCapitalized {
                    end += 1
                    while end < span.upperBound, end < stretch.end + 8, tokens[end].isCapitalized
                            || ["of", "for", "and"].contains(tokens[end].lowercased) && end + 1 < span.upperBound && tokens[end + 1].isCapitalized { end += 1 }
                }
                return (start..<end, stretch.actor)
            }
            // "a statement released by her family": nobody named, but the phrase is who.
            var phraseEnd = cursor + 1
            while phraseEnd < span.upperBound, phraseEnd < cursor + 8, tokens[phraseEnd].isWord || tokens[phraseEnd].text.isPossessive { phraseEnd += 1 }
            return (start..<phraseEnd, nil)
        }
        while end < span.upperBound, tokens[end].isWord, ["on", "in", "this", "last", "published", "released", "issued"].contains(tokens[end].lowercased)
            || ActorLexicon.calendarWords.contains(tokens[end].lowercased) { end += 1 }
        // "a statement posted to his official Twitter account, …": how it came out is part of it.
        if end < span.upperBound, tokens[end].lowercased.hasSuffix("ed"),
           let comma = (end..<min(span.upperBound, end + 12)).first(where: { !tokens[$0].isWord && !tokens[$0].text.isPossessive }),
           tokens[comma].isMark(",") {
            end = comma
        }
        return (start..<end, nil)
    }

    /// Words for people or a body, which a document word before them describes.
    static let bodyNouns: Set<String> = ActorLexicon.organizationHeads.union(ActorLexicon.anonymousHeads).union(ActorLexicon.peopleNouns)
        .union(["team", "teams", "staff", "unit", "panel", "scientists", "researchers", "authors", "writers"])

    /// Documents that can stand after "according to" (not "report": see above).
    static let documentWords: Set<String> = ActorLexicon.documentNouns.subtracting(["report", "work", "model"])
        .union(["tweet", "post", "statement", "release", "figures", "estimates", "projections", "records", "documents", "filing"])
}
