/// Finds the claims of one article: quotes and reported speech with their speaker, cue,
/// addressee and content.
///
/// Quote marks are paired by direction (“ opens, ” closes; a straight " opens after a space
/// and closes otherwise), so an unclosed quote costs nothing but its own end: it runs to
/// the end of its paragraph, and a paragraph that opens with a quote after it continues it.
struct ClaimFinder {
    let article: Article
    let tokens: [Token]
    let titleTokens: [Token]
    /// The article-local actor (its number as text) and type of each token inside a
    /// sighting, for body and title tokens.
    let actorAt: [Int: MentionRef]
    let titleActorAt: [Int: MentionRef]
    /// The sex of local people where the article shows it (a given name, "Mrs", "King"):
    /// "he" and "she" point only at people they fit.
    var sexOf: [String: NameLists.Sex] = [:]
    /// Of `sexOf`, the people whose sex only the list of given names gave: a guess a "he" or
    /// "she" may overrule.
    var sexGuessedFromName: Set<String> = []
    /// The local actors that are people: "he" never stands for a country that spoke last.
    let people: Set<String>
    /// Who wrote the studies and reports the article names.
    let documentAuthors: DocumentAuthors

    struct MentionRef {
        var actor: String
        var type: ActorType
        var tokens: Range<Int>
    }

    /// A stretch of text in quote marks, in token indices (marks excluded).
    struct Quote {
        var open: Int
        var content: Range<Int>
        var close: Int?
        var paragraph: Int
    }

    /// One claim before ids and corroboration are known.
    struct Found {
        var paragraph: Int
        var speaker: String?
        var speakerText: String?
        var cue: String
        var addressee: String?
        var kind: ClaimKind
        var content: Range<Int>
        var attribution: Range<Int>?
        var via: [String] = []
        var inTitle: Bool
        /// Token of the cue, to find nested attributions.
        var cueToken: Int
        /// A quote that goes on with the speaker of the claim before it: an unnamed speaker
        /// ("said a police dispatcher") becomes an actor only when records are made.
        var continuesPrevious = false
        /// The unnamed description in an earlier sentence that a pronoun speaker stands for
        /// ("A local woman …. She said"): an actor only when records are made.
        var describedAt: Range<Int>?
        /// An attribution between commas inside the words ("The ferry, officials said, carries
        /// 400"), commas included: the content leaves it out, its offsets still span it.
        var aside: Range<Int>?
    }

    /// `actorAt` and `titleActorAt` give the actor of each token inside a sighting.
    init(article: Article, tokens: [Token], titleTokens: [Token], actorAt: [Int: MentionRef], titleActorAt: [Int: MentionRef]) {
        self.article = article
        self.tokens = tokens
        self.titleTokens = titleTokens
        self.actorAt = actorAt
        self.titleActorAt = titleActorAt
        people = Set((Array(actorAt.values) + Array(titleActorAt.values)).filter { $0.type == .person }.map(\.actor))
        documentAuthors = DocumentAuthors(tokens: tokens, actorAt: actorAt)
    }

    func find() -> [Found] {
        var found: [Found] = []
        var previousUnclosed: Found?
        var paragraphs: [Range<Int>] = []
        var start = 0
        for index in tokens.indices where index == tokens.count - 1 || tokens[index + 1].paragraph != tokens[index].paragraph {
            paragraphs.append(start..<(index + 1))
            start = index + 1
        }
        var lastPersonSpeaker: String?
        let title = Unit(tokens: titleTokens, span: titleTokens.indices, actorAt: titleActorAt, inTitle: true, paragraph: 0, source: article.title)
        found += title.claims(previousUnclosed: nil, previousQuote: nil, previousSpeaker: nil, lastSpeaker: &lastPersonSpeaker, finder: self).claims
        var previousQuote: Found?
        // Paragraphs that open a quote and leave it open with no one named: "“I think …" then
        // "“Now we …,” Phillips said." Each is a claim of the speaker the quote's end names.
        var openQuotes: [(paragraph: Int, content: Range<Int>)] = []
        let transcript = InterviewTranscript(tokens: tokens, paragraphs: paragraphs, source: article.text)
        for (position, span) in paragraphs.enumerated() {
            if transcript.questions.contains(position) {
                previousUnclosed = nil
                previousQuote = nil
                openQuotes = []
                continue
            }
            if let label = transcript.answers[position] {
                let speaker = actorAt[label.name.lowerBound] ?? person(labelled: label.text)
                found.append(Found(paragraph: tokens[span.lowerBound].paragraph + 1, speaker: speaker?.actor, speakerText: label.text,
                                   cue: "answered", addressee: nil, kind: .direct, content: label.bodyStart..<span.upperBound,
                                   attribution: label.name, inTitle: false, cueToken: label.name.lowerBound))
                previousUnclosed = nil
                previousQuote = nil
                openQuotes = []
                continue
            }
            let unit = Unit(tokens: tokens, span: span, actorAt: actorAt, inTitle: false, paragraph: tokens[span.lowerBound].paragraph + 1,
                            source: article.text)
            let result = unit.claims(previousUnclosed: previousUnclosed, previousQuote: previousQuote, previousSpeaker: found.last?.speaker,
                                     lastSpeaker: &lastPersonSpeaker, finder: self)
            if let owner = result.claims.first(where: { $0.kind == .direct && $0.content.lowerBound == span.lowerBound + 1 }),
               owner.speaker != nil, tokens[span.lowerBound].isQuoteMark {
                found += openQuotes.map { quote in
                    Found(paragraph: quote.paragraph, speaker: owner.speaker, speakerText: nil, cue: owner.cue, addressee: nil, kind: .direct,
                          content: quote.content, attribution: nil, via: owner.via, inTitle: false, cueToken: quote.content.lowerBound - 1)
                }
            }
            let onlyAnOpenQuote = result.claims.isEmpty && result.openQuote?.lowerBound == span.lowerBound + 1
            openQuotes = result.openQuote.map { (onlyAnOpenQuote ? openQuotes : []) + [(unit.paragraph, $0)] } ?? []
            found += result.claims
            previousUnclosed = result.unclosed
            // (Only when the paragraph ends on that claim's sentence: "… he said. Lund welcomed the
            // verdict." ends on someone else.)
            previousQuote = result.claims.last.flatMap { claim in
                let end = max(claim.content.upperBound, claim.attribution?.upperBound ?? 0)
                return claim.kind == .direct && end > 0 && tokens[end - 1].sentence == tokens[span.upperBound - 1].sentence ? claim : nil
            }
        }
        return listedClaims(documentsNamedLater(pronounsAfterUnnamedSubjects(found)), paragraphs: paragraphs)
    }

    /// The person an interview label names: by the words of one of the article's
    /// mentions ("Ana Ruiz", "Ruiz") or by initials ("AR").
    private func person(labelled label: String) -> MentionRef? {
        let wanted = label.split(separator: " ").map(String.init)
        var bestByInitials: MentionRef?
        for index in actorAt.keys.sorted() {
            guard let reference = actorAt[index], reference.tokens.lowerBound == index, reference.type == .person else { continue }
            let words = tokens[reference.tokens].filter(\.isWord).map(\.text)
            if words == wanted || (wanted.count == 1 && words.last == wanted[0]) { return reference }
            let initials = String(words.compactMap(\.first))
            if wanted.count == 1, initials.count >= 2, initials == wanted[0], bestByInitials == nil { bestByInitials = reference }
        }
        return bestByInitials
    }

    /// The title or one paragraph.
    struct Unit {
        let tokens: [Token]
        let span: Range<Int>
        let actorAt: [Int: MentionRef]
        let inTitle: Bool
        let paragraph: Int
        let source: String

        func quotes() -> [Quote] {
            var quotes: [Quote] = []
            var open: Int?
            let opening: Set<String> = inTitle ? ["“", "‘"] : ["“"]
            let closing: Set<String> = inTitle ? ["”", "’"] : ["”"]
            for index in span where tokens[index].kind == .mark {
                let mark = tokens[index].text
                let isStraight = mark == "\""
                if opening.contains(mark) || (isStraight && (open == nil || opensAfterLostBreak(index))) {
                    if let start = open { quotes.append(Quote(open: start, content: (start + 1)..<index, close: nil, paragraph: paragraph)) }
                    open = index
                } else if closing.contains(mark) || isStraight, let start = open {
                    // “…by 2023,” Souza said: the comma belongs to the attribution, not the words.
                    var end = index
                    while end > start + 1, tokens[end - 1].kind == .mark, tokens[end - 1].text == "," { end -= 1 }
                    quotes.append(Quote(open: start, content: (start + 1)..<end, close: index, paragraph: paragraph))
                    open = nil
                }
            }
            if let start = open { quotes.append(Quote(open: start, content: (start + 1)..<span.upperBound, close: nil, paragraph: paragraph)) }
            return quotes.filter { !$0.content.isEmpty }
        }

        /// `…actions. "We will…`: a straight mark after a sentence's end, with a space before
        /// it and a word right after, opens a quote even while one is open. Copy that lost its
        /// paragraph breaks leaves the quote before it unclosed, as a paragraph break would.
        private func opensAfterLostBreak(_ index: Int) -> Bool {
            guard index - 1 > span.lowerBound, index + 1 < span.upperBound else { return false }
            let (before, after) = (tokens[index - 1], tokens[index + 1])
            return [".", "?", "!"].contains(before.text) && before.range.upperBound < tokens[index].range.lowerBound
                && after.isWord && after.isCapitalized && after.range.lowerBound == tokens[index].range.upperBound
        }

        func claims(previousUnclosed: Found?, previousQuote: Found?, previousSpeaker: String?, lastSpeaker: inout String?,
                    finder: ClaimFinder) -> (claims: [Found], unclosed: Found?, openQuote: Range<Int>?) {
            let quotes = quotes()
            var inQuote = [Bool](repeating: false, count: span.upperBound)
            for quote in quotes {
                for index in quote.open..<(quote.close ?? quote.content.upperBound) { inQuote[index] = true }
                if let close = quote.close { inQuote[close] = true }
            }
            var used = Set<Int>()
            var claims: [Found] = []
            var index = span.lowerBound
            while index < span.upperBound {
                defer { index += 1 }
                guard !inQuote[index], actorAt[index] == nil, let cue = cue(at: index) else { continue }
                guard var claim = claim(cue: cue, at: index, quotes: quotes, inQuote: inQuote, used: &used, lastSpeaker: lastSpeaker,
                                        previousClaim: claims.last?.speaker ?? previousSpeaker, earlier: claims, finder: finder) else { continue }
                if claim.speaker != nil, claim.speakerText.map({ !["he", "she", "it", "they"].contains($0.lowercased()) }) ?? true {
                    lastSpeaker = claim.speaker
                }
                claim.paragraph = paragraph
                claims.append(claim)
                index = max(index, cue.end - 1)
            }
            if inTitle, claims.isEmpty, let headline = headlineClaim(quotes: quotes) { claims.append(headline) }
            let waiting = claims.last.flatMap { $0.content.isEmpty ? $0 : nil }
            claims.removeAll { $0.content.isEmpty }
            // "Smith called the plan a “disaster,” according to the BBC": the quote is Smith's, in
            // her own sentence; the outlet after it only says where it was reported.
            for (position, relayed) in claims.enumerated().reversed() where relayed.cue == "according to" {
                guard let owner = claims.indices.first(where: { other in
                    other != position && claims[other].cue != "according to" && claims[other].cueToken < relayed.cueToken
                        && claims[other].speaker != nil && claims[other].content.contains(relayed.content.lowerBound)
                        && claims[other].content.upperBound >= relayed.content.upperBound
                        && tokens[claims[other].cueToken].sentence == tokens[relayed.cueToken].sentence
                }) else { continue }
                if let outlet = relayed.speaker, !claims[owner].via.contains(outlet) { claims[owner].via.append(outlet) }
                claims.remove(at: position)
            }
            claims = nested(claims)
            // "Michael Morell praised Mendez on Twitter: “…”", "The palace issued a statement from the
            // king: “…”": a quote after a colon closing a clause that someone opens is theirs.
            for (position, quote) in quotes.enumerated() where !inTitle && !used.contains(position) && wordCount(quote.content) >= 4 {
                let colon = quote.open - 1
                // "Jagger also reacted on Twitter, “Sad news …”": after a comma, a quote that is a
                // whole sentence of its own, to the end of this one, and a named subject.
                let sentenceAfterComma = colon > span.lowerBound && tokens[colon].isMark(",") && tokens[quote.content.lowerBound].isCapitalized
                    && quoteEndsSentence(quote)
                guard colon > span.lowerBound, tokens[colon].isMark(":") || sentenceAfterComma, !inQuote[colon - 1],
                      !claims.contains(where: { $0.content.contains(quote.open) }) else { continue }
                // "the official paraphrased the following exchange: “…”": the claim whose words
                // ran up to the colon has the quote as its content.
                if let announced = claims.firstIndex(where: { $0.content.upperBound == colon && $0.cueToken < colon
                    && tokens[$0.cueToken].sentence == tokens[colon].sentence }) {
                    claims[announced].content = quote.content
                    claims[announced].kind = .direct
                    used.insert(position)
                    continue
                }
                guard let subject = sentenceSubject(before: colon, lastSpeaker: lastSpeaker, finder: finder),
                      subject.actor != nil || subject.tokens.count > 1 && !sentenceAfterComma,
                      !sentenceAfterComma || (subject.tokens.upperBound..<colon).contains(where: { isVerbLike($0) }) else { continue }
                var verb = subject.tokens.upperBound
                while verb < colon, ActorLexicon.verbAdverbs.contains(tokens[verb].lowercased) || tokens[verb].isMark(",") { verb += 1 }
                // The reporting verb before the colon if there is one ("…, who asked not to be named, said:"),
                // else the clause's first verb ("praised him on Twitter:").
                let spoken = (subject.tokens.upperBound..<colon).last { ActorLexicon.speechVerbs[tokens[$0].lowercased] != nil }
                let firstVerb = sentenceAfterComma ? (subject.tokens.upperBound..<colon).first(where: { isVerbLike($0) }) : nil
                // (Never a preposition: "Van Tilburg of the University … disagreed with these findings:".)
                let anyVerb = (verb..<colon).first { isVerbLike($0) }
                let cue = spoken.flatMap { ActorLexicon.speechVerbs[tokens[$0].lowercased] } ?? firstVerb.map { tokens[$0].lowercased }
                    ?? anyVerb.map { tokens[$0].lowercased } ?? "said"
                claims.append(Found(paragraph: paragraph, speaker: subject.actor, speakerText: surface(subject.tokens), cue: cue, addressee: nil,
                                    kind: .direct, content: quote.content, attribution: subject.tokens.lowerBound..<colon, inTitle: inTitle,
                                    cueToken: colon))
                used.insert(position)
            }
            claims += nounClaims(inQuote: inQuote, besides: claims, lastSpeaker: lastSpeaker, finder: finder)
            claims += passiveClaims(inQuote: inQuote, besides: claims)
            claims += hearingClaims(inQuote: inQuote, besides: claims)
            // "Remarked Center scientist Tierra Curry, “…”", "Added the minister: “…”": a sentence
            // that opens on its reporting verb names the speaker of the quote after it.
            for (position, quote) in quotes.enumerated() where !inTitle && !used.contains(position) && wordCount(quote.content) >= 4 {
                let mark = quote.open - 1
                guard mark > span.lowerBound, tokens[mark].isMark(",") || tokens[mark].isMark(":"),
                      !claims.contains(where: { $0.content.contains(quote.open) }) else { continue }
                var start = mark
                while start > span.lowerBound, tokens[start - 1].sentence == tokens[mark].sentence { start -= 1 }
                let verb = tokens[start]
                guard verb.isCapitalized, start + 1 < mark, let cue = ActorLexicon.speechVerbs[verb.lowercased],
                      verb.lowercased.hasSuffix("ed") || ["said", "told", "wrote", "spoke"].contains(verb.lowercased) else { continue }
                // The one named last before the mark: "scientist Tierra Curry", not her centre.
                guard let reference = actorAt[mark - 1], reference.tokens.upperBound == mark, reference.tokens.lowerBound > start,
                      (start + 1..<reference.tokens.lowerBound).allSatisfy({ tokens[$0].isWord || tokens[$0].text.isPossessive })
                else { continue }
                claims.append(Found(paragraph: paragraph, speaker: reference.actor, speakerText: surface(reference.tokens), cue: cue,
                                    addressee: nil, kind: .direct, content: quote.content, attribution: start..<mark, inTitle: inTitle,
                                    cueToken: start))
                used.insert(position)
            }
            // "“I think … going. “Now we have …,” Phillips said.": a quote left open where the next
            // one opens (a paragraph break, in copy that lost its breaks) runs on into it: one claim.
            for position in quotes.indices.reversed() where !used.contains(position) && runsIntoNext(position, of: quotes) {
                let (quote, next) = (quotes[position], quotes[position + 1])
                guard wordCount(quote.content) >= 4, isRunOnQuote(quote),
                      !claims.contains(where: { $0.content.contains(quote.content.lowerBound) }),
                      let owner = claims.firstIndex(where: { $0.kind == .direct && next.content.contains($0.content.lowerBound) })
                else { continue }
                claims[owner].content = quote.content.lowerBound..<claims[owner].content.upperBound
                used.insert(position)
            }
            // A quote nobody was named for, after a claim of this paragraph or opening a
            // paragraph after an unclosed one, goes on with that speaker.
            // (“…,” she said, “…”: a quote split by its attribution goes on after the comma.)
            // (“…,” wrote Trump on Twitter, “…”: where it was said may stand before the comma.)
            func resumesSplitQuote(_ quote: Quote) -> Bool {
                quote.open - 1 > span.lowerBound && tokens[quote.open - 1].isMark(",")
                    && claims.contains { claim in
                        guard claim.kind == .direct, let end = claim.attribution?.upperBound, claim.content.upperBound < quote.open,
                              end <= quote.open - 1, quote.open - 1 - end <= 4 else { return false }
                        return end == quote.open - 1 || ["on", "in", "to", "at", "via"].contains(tokens[end].lowercased)
                            && (end..<(quote.open - 1)).allSatisfy { tokens[$0].isWord }
                    }
            }
            for (position, quote) in quotes.enumerated() where !used.contains(position) && wordCount(quote.content) >= 4
                && !claims.contains(where: { $0.content.contains(quote.open) }) {
                let split = resumesSplitQuote(quote)
                // (A quote left open where another opens may be narrative after a lost closing mark.)
                guard tokens[quote.open].startsSentence || split, !runsIntoNext(position, of: quotes) || isRunOnQuote(quote) else { continue }
                // (The nearest before it in the text: the scans after the cues append out of order.)
                let earlier = claims.filter { $0.content.upperBound <= quote.open || ($0.attribution?.upperBound ?? 0) <= quote.open }
                    .max { max($0.content.upperBound, $0.attribution?.upperBound ?? 0) < max($1.content.upperBound, $1.attribution?.upperBound ?? 0) }
                // (A paragraph that is nothing but a quote, after one that ended on a quote, goes on
                // with its speaker: wire copy quotes a speaker over several paragraphs.)
                let wholeParagraph = quote.open == span.lowerBound && quote.close.map { close in
                    ((close + 1)..<span.upperBound).allSatisfy { tokens[$0].kind == .mark } } == true
                let continued = quote.open == span.lowerBound ? previousUnclosed ?? (wholeParagraph ? previousQuote : nil) : nil
                guard let owner = earlier ?? continued, owner.speaker != nil || owner.speakerText != nil else { continue }
                claims.append(Found(paragraph: paragraph, speaker: owner.speaker, speakerText: split ? owner.speakerText : nil, cue: owner.cue,
                                    addressee: split ? owner.addressee : nil, kind: .direct, content: quote.content,
                                    attribution: split ? owner.attribution : nil, via: owner.via, inTitle: inTitle, cueToken: quote.open,
                                    continuesPrevious: true))
                used.insert(position)
                // "“However,” he told the paper, “…”": a word or two before the attribution are no claim of their own.
                if split, let fragment = claims.firstIndex(where: { $0.attribution?.upperBound == quote.open - 1 && $0.content.upperBound < quote.open }),
                   wordCount(claims[fragment].content) < 3 {
                    claims.remove(at: fragment)
                }
            }
            // "“We are not attacking him. “We have a real fight …”": quotes of one speaker that run on
            // where a mark was left open are one claim, as if the mark had stayed open.
            for position in quotes.indices.reversed() where runsIntoNext(position, of: quotes) {
                let (quote, next) = (quotes[position], quotes[position + 1])
                guard isRunOnQuote(quote),
                      let first = claims.firstIndex(where: { $0.kind == .direct && $0.content == quote.content }),
                      let second = claims.firstIndex(where: { $0.kind == .direct && next.content.contains($0.content.lowerBound) }),
                      first != second, claims[first].speaker == claims[second].speaker,
                      // (Two unnamed speakers are one only when no words name them apart.)
                      claims[first].speaker != nil || claims[first].speakerText == nil || claims[second].speakerText == nil
                        || claims[first].speakerText == claims[second].speakerText else { continue }
                var merged = claims[second]
                if merged.attribution == nil {
                    let earlier = claims[first]
                    (merged.speakerText, merged.cue, merged.addressee, merged.attribution, merged.cueToken) =
                        (earlier.speakerText, earlier.cue, earlier.addressee, earlier.attribution, earlier.cueToken)
                }
                merged.content = quote.content.lowerBound..<merged.content.upperBound
                claims[second] = merged
                claims.remove(at: first)
            }
            claims += jointSpeakers(of: claims)
            // "The analysis showed “Dementia Joe” as a popular label": a quoted term found as
            // something is no finding said.
            claims.removeAll { claim in
                ActorLexicon.findingVerbs.contains(claim.cue) && claim.kind != .direct
                    && quotes.contains { [$0.open, $0.open + 1].contains(claim.content.lowerBound) && $0.close.map { $0 + 1 < span.upperBound && tokens[$0 + 1].lowercased == "as" } == true }
            }
            claims.sort { ($0.content.lowerBound, $0.attribution?.lowerBound ?? 0) < ($1.content.lowerBound, $1.attribution?.lowerBound ?? 0) }
            let unclosed = quotes.last.flatMap { quote -> Found? in
                guard quote.close == nil else { return nil }
                return claims.last { $0.content.upperBound == quote.content.upperBound }
            }
            // A sentence-opening quote still open at the paragraph's end that no one was named for:
            // the speaker may come in the next paragraph's quote.
            let openQuote = quotes.last.flatMap { quote -> Range<Int>? in
                guard !inTitle, quote.close == nil, tokens[quote.open].startsSentence, wordCount(quote.content) >= 4,
                      !claims.contains(where: { $0.content.contains(quote.content.lowerBound) }) else { return nil }
                return quote.content
            }
            return (claims, unclosed ?? waiting, openQuote)
        }

        /// Whether the quote at `position` is left open where the next one opens: "“A. “B,” …".
        private func runsIntoNext(_ position: Int, of quotes: [Quote]) -> Bool {
            position + 1 < quotes.count && quotes[position].close == nil && quotes[position + 1].open == quotes[position].content.upperBound
        }

        /// Whether a quote left open reads as words that run on, not narrative after a closing
        /// mark the copy lost: a few sentences, with no one named saying something inside
        /// ("… A spokesman for the Northern Alliance said …").
        private func isRunOnQuote(_ quote: Quote) -> Bool {
            let sentences = Set(quote.content.map { tokens[$0].sentence })
            return sentences.count <= 4 && !quote.content.dropFirst().contains { index in
                // ("What I'm saying is …", "He said to me …": the speaker's own words.)
                ActorLexicon.speechVerbs[tokens[index].lowercased] != nil && (actorAt[index - 1] != nil || tokens[index - 1].isCapitalized
                    && !["i", "i'm", "we", "you", "he", "she", "they", "it"].contains(tokens[index - 1].lowercased))
            }
        }

        /// "Okafor and Belton said …", "Ruiz, Lund and Okafor said …": the same claim for each
        /// person named before the speaker, joined to them by "and" or a comma.
        private func jointSpeakers(of claims: [Found]) -> [Found] {
            var joint: [Found] = []
            // ("The CIA and the NSA believe …": bodies too, each with its "the"; a person pairs only with a person.)
            let bodies: Set<ActorType> = [.organization, .media, .group, .country]
            for claim in claims {
                guard let attribution = claim.attribution, let speaker = claim.speaker else { continue }
                var nameStart = tokens[attribution.lowerBound].lowercased == "the" ? attribution.lowerBound + 1 : attribution.lowerBound
                // ("Palestinian leader Yasser Arafat said": the attribution may open on the title.)
                while nameStart < min(span.upperBound, attribution.upperBound), actorAt[nameStart]?.actor != speaker,
                      ActorLexicon.isRoleWord(tokens[nameStart].lowercased) || actorAt[nameStart]?.type == .country {
                    nameStart += 1
                }
                guard nameStart < span.upperBound, let named = actorAt[nameStart], named.actor == speaker, named.tokens.lowerBound == nameStart,
                      named.type == .person || bodies.contains(named.type) && !(nameStart > span.lowerBound && tokens[nameStart - 1].text.isPossessive)
                else { continue }
                func pairs(_ other: MentionRef) -> Bool { named.type == .person ? other.type == .person : bodies.contains(other.type) }
                var cursor = attribution.lowerBound
                if named.type != .person, cursor - 1 >= span.lowerBound, tokens[cursor - 1].lowercased == "the" { cursor -= 1 }
                // ("Israeli Prime Minister Ariel Sharon and Palestinian leader Yasser Arafat said": the
                // second name's title stands between it and the "and".)
                if named.type == .person {
                    var title = cursor
                    while title - 1 > span.lowerBound, cursor - title < 4, actorAt[title - 1] == nil || actorAt[title - 1]?.type == .country,
                          !["and", "of", "for", "the"].contains(tokens[title - 1].lowercased),
                          ActorLexicon.isRoleWord(tokens[title - 1].lowercased) || tokens[title - 1].isCapitalized && !tokens[title - 1].startsSentence {
                        title -= 1
                    }
                    if title < cursor, ["and", ","].contains(tokens[title - 1].lowercased) { cursor = title }
                }
                var copies: [Found] = []
                // ("A, B and C said": the name next to the speaker comes after "and"; "…Foreign Minister
                // Joschka Fischer, Mr Powell said" is one speaker after a phrase.)
                while cursor - 2 >= span.lowerBound, tokens[cursor - 1].lowercased == "and" || tokens[cursor - 1].isMark(",") && !copies.isEmpty,
                      let other = actorAt[cursor - 2], pairs(other), other.tokens.upperBound == cursor - 1, other.actor != speaker {
                    var copy = claim
                    copy.speaker = other.actor
                    copy.speakerText = surface(other.tokens)
                    copy.attribution = other.tokens.lowerBound..<attribution.upperBound
                    copies.append(copy)
                    cursor = other.tokens.lowerBound
                    if named.type != .person, cursor - 1 >= span.lowerBound, tokens[cursor - 1].lowercased == "the" { cursor -= 1 }
                }
                // ("Both Ruiz and Lund said …": "both" is part of the joint subject, so the names
                // still open their clause.)
                if !copies.isEmpty, cursor - 1 >= span.lowerBound, tokens[cursor - 1].lowercased == "both" { cursor -= 1 }
                // (And the first name's own title: "Israeli Prime Minister Ariel Sharon and …".)
                let firstName = cursor
                while !copies.isEmpty, named.type == .person, cursor - 1 >= span.lowerBound, firstName - cursor < 4,
                      tokens[cursor - 1].sentence == tokens[cursor].sentence, actorAt[cursor - 1] == nil || actorAt[cursor - 1]?.type == .country,
                      !["and", "of", "for", "the"].contains(tokens[cursor - 1].lowercased),
                      ActorLexicon.isRoleWord(tokens[cursor - 1].lowercased) || tokens[cursor - 1].isCapitalized {
                    cursor -= 1
                }
                // ("The Israeli Prime Minister Ariel Sharon and …": its article too.)
                if cursor < firstName, cursor - 1 >= span.lowerBound, tokens[cursor - 1].lowercased == "the" { cursor -= 1 }
                // The names open their clause ("The council met Ruiz and Lund said …" is not a pair).
                let opensClause = cursor == span.lowerBound || tokens[cursor - 1].sentence != tokens[cursor].sentence
                    || tokens[cursor - 1].kind == .mark || ["and", "but", "while", "then", "later"].contains(tokens[cursor - 1].lowercased)
                if opensClause { joint += copies }
            }
            return joint
        }

        /// "Russian FM Lavrov: All Foreign Troops Must Leave Syria": a headline that gives
        /// someone's words after their name and a colon.
        private func headlineClaim(quotes: [Quote]) -> Found? {
            guard let colon = span.first(where: { tokens[$0].isMark(":") }), colon > span.lowerBound,
                  var reference = actorAt[colon - 1], [.person, .anonymous, .organization, .country].contains(reference.type) else { return nil }
            // "Gates on Tillerson and Russia: “…”": the one before "on" speaks about the rest.
            if let on = (span.lowerBound..<colon).first(where: { ["on", "about"].contains(tokens[$0].lowercased) }), on > span.lowerBound,
               let speaker = actorAt[on - 1], speaker.tokens.upperBound == on, [.person, .anonymous, .organization, .country].contains(speaker.type),
               (span.lowerBound..<speaker.tokens.lowerBound).allSatisfy({ tokens[$0].isWord }) {
                reference = speaker
            }
            var start = colon + 1
            while start < span.upperBound, tokens[start].kind == .mark { start += 1 }
            let content = trimmed(start..<span.upperBound)
            guard wordCount(content) >= 3 else { return nil }
            let quoted = quotes.contains { content.contains($0.open) || $0.content.lowerBound <= content.lowerBound }
            return Found(paragraph: 0, speaker: reference.actor, speakerText: surface(reference.tokens), cue: "said", addressee: nil,
                         kind: quoted ? .direct : .indirect, content: content, attribution: reference.tokens.lowerBound..<(colon + 1),
                         inTitle: true, cueToken: colon)
        }

        func wordCount(_ range: Range<Int>) -> Int { range.filter { tokens[$0].isWord || tokens[$0].kind == .number }.count }

        struct Cue {
            var normalized: String
            var range: Range<Int>
            var end: Int { range.upperBound }
        }

        func cue(at index: Int) -> Cue? {
            let lower = tokens[index].lowercased
            // "is reported as saying …", "was quoted by army radio as saying …": one cue, "said".
            if ["reported", "quoted", "cited"].contains(lower), index > span.lowerBound,
               Self.passiveAuxiliaries.contains(tokens[index - 1].lowercased),
               let saying = ((index + 1)..<min(span.upperBound, index + 12)).first(where: { ["saying", "telling"].contains(tokens[$0].lowercased) }),
               tokens[saying - 1].lowercased == "as",
               ((index + 1)..<(saying - 1)).allSatisfy({ tokens[$0].sentence == tokens[index].sentence && !tokens[$0].isQuoteMark }) {
                // ("was quoted … as telling a meeting … that …": told, with whom it was told.)
                return Cue(normalized: tokens[saying].lowercased == "telling" ? "told" : "said", range: index..<(saying + 1))
            }
            // "Army Radio has quoted Tomas Lund as saying …": Lund said it; the quoting is no claim.
            if ["quoted", "cited"].contains(lower), quotedAsSaying(after: index) != nil { return nil }
            if lower == "saying", index - 2 >= span.lowerBound, tokens[index - 1].lowercased == "as", let quoted = actorAt[index - 2],
               (max(span.lowerBound, quoted.tokens.lowerBound - 4)..<quoted.tokens.lowerBound).contains(where: { ["quoted", "cited"].contains(tokens[$0].lowercased) }) {
                return Cue(normalized: "said", range: index..<(index + 1))
            }
            if lower == "according", index + 1 < span.upperBound, tokens[index + 1].lowercased == "to" {
                return Cue(normalized: "according to", range: index..<(index + 2))
            }
            // "Per the decree, shops must close": "per" opening a sentence is "according to".
            if tokens[index].text == "Per", tokens[index].startsSentence, index + 2 < span.upperBound,
               tokens[index + 1].lowercased == "the" || tokens[index + 1].isCapitalized,
               ((index + 2)..<min(span.upperBound, index + 10)).contains(where: { tokens[$0].isMark(",") }) {
                return Cue(normalized: "according to", range: index..<(index + 1))
            }
            if ["made", "makes", "make"].contains(lower), index + 2 < span.upperBound {
                // "has made it clear that…", "made clear that…".
                if tokens[index + 1].lowercased == "clear" { return Cue(normalized: "made clear", range: index..<(index + 2)) }
                if tokens[index + 1].lowercased == "it", tokens[index + 2].lowercased == "clear" {
                    return Cue(normalized: "made clear", range: index..<(index + 3))
                }
            }
            // "Scientists think that …": an opinion reported ("I think", "think about" are not).
            // Kept out of `speechVerbs`, where "think" would make a speaker of whoever thinks.
            if ["think", "thinks"].contains(lower), tokens[index].isWord, !tokens[index].isCapitalized, index + 2 < span.upperBound,
               tokens[index + 1].lowercased == "that", !["way", "much", "far", "many"].contains(tokens[index + 2].lowercased),
               index == span.lowerBound || !["i", "we", "you"].contains(tokens[index - 1].lowercased) {
                return Cue(normalized: "thinks", range: index..<(index + 1))
            }
            // ("with Ruiz responding that …"; "Trump, responding to the announcement, attacked …" only
            // says what the attack answered.)
            if ["responding", "reminding"].contains(lower), index + 1 < span.upperBound,
               !(tokens[index + 1].lowercased == "that" || tokens[index + 1].isQuoteMark || tokens[index + 1].isMark(":")),
               !(lower == "reminding" && index + 3 < span.upperBound && ((index + 2)...(index + 3)).contains(where: { tokens[$0].lowercased == "that" })) {
                return nil
            }
            // ("The couple shared that …", "The constitution specifies that …"; "shared the prize" says nothing.)
            if let cue = ActorLexicon.thatOnlyCues[lower] {
                // (Not "a video she shared that night", "the shares that fell": a time, or the noun.)
                guard tokens[index].isWord, index + 2 < span.upperBound, tokens[index + 1].lowercased == "that",
                      !Self.isTimeWord(tokens[index + 2].lowercased),
                      index == span.lowerBound || !(Self.determinersAndPossessives.contains(tokens[index - 1].lowercased) || tokens[index - 1].kind == .number)
                else { return nil }
                return Cue(normalized: cue, range: index..<(index + 1))
            }
            // "Graham continued: “…”", "a statement from the label read “…”".
            if let cue = ActorLexicon.quoteOnlyCues[lower] {
                guard tokens[index].isWord, besideQuote(index) else { return nil }
                // ("offered “deep sympathy to the families”": words offered, right after, not a term in quotes.)
                if cue == "offered", !(index + 4 < span.upperBound && tokens[index + 1].isQuoteMark
                    && ((index + 2)...(index + 4)).allSatisfy({ tokens[$0].isWord })) { return nil }
                return Cue(normalized: cue, range: index..<(index + 1))
            }
            if ActorLexicon.verdictCues.contains(lower), tokens[index].isWord, quotedVerdict(after: index) {
                return Cue(normalized: lower, range: index..<(index + 1))
            }
            // "who hails from Arizona": where someone comes from, not praise.
            if ["hails", "hailed", "hail", "hailing"].contains(lower), index + 1 < span.upperBound, tokens[index + 1].lowercased == "from" { return nil }
            // "posted a photo on Facebook": a thing put up, not words, unless a quote, a colon or a
            // participle of saying follows ("posted a video saying …" is that participle's claim).
            if ["post", "posts", "posted"].contains(lower), tokens[index].isWord, !besideQuote(index), index + 1 < span.upperBound,
               ["a", "an", "the", "his", "her", "their", "its", "photos", "pictures", "videos", "images"].contains(tokens[index + 1].lowercased),
               !((index + 1)..<min(span.upperBound, index + 12)).contains(where: { tokens[$0].sentence == tokens[index].sentence
                   && (tokens[$0].isMark(":") || tokens[$0].isQuoteMark || tokens[$0].lowercased == "that"
                       || ActorLexicon.participleCues.contains(tokens[$0].lowercased) || tokens[$0].lowercased.hasSuffix("ing") && ActorLexicon.speechVerbs[tokens[$0].lowercased] != nil) }) {
                return nil
            }
            // "thanked the rescue crews": whom, not what; "thanked them for their courage" says why.
            if ["thank", "thanks", "thanked"].contains(lower), tokens[index].isWord, !besideQuote(index),
               !((index + 1)..<min(span.upperBound, index + 12)).contains(where: { tokens[$0].lowercased == "for" && tokens[$0].sentence == tokens[index].sentence }) {
                return nil
            }
            // "have pledged funds", "promised $5 million": money or help given, not words; "pledged to
            // rebuild", "promised more community involvement" say what will be done.
            if ["pledged", "pledges", "pledge", "pledging", "promised", "promises", "promise", "promising"].contains(lower), index + 1 < span.upperBound,
               !["to", "that"].contains(tokens[index + 1].lowercased), !besideQuote(index),
               ((index + 1)..<min(span.upperBound, index + 5)).contains(where: { tokens[$0].text.hasPrefix("$") || tokens[$0].text.hasPrefix("US$")
                   || ["funds", "funding", "money", "aid", "donation", "donations", "cash", "troops", "assistance", "dollars", "euros", "pounds"]
                       .contains(tokens[$0].lowercased) }),
               case let clauseEnd = ((index + 1)..<min(span.upperBound, index + 10)).first(where: {
                   ["and", "but", ",", ";", "."].contains(tokens[$0].lowercased) || tokens[$0].sentence != tokens[index].sentence }) ?? min(span.upperBound, index + 10),
               !((index + 2)..<max(index + 2, clauseEnd)).contains(where: isFiniteVerb) {
                return nil
            }
            // "has rejected claims that 950 detainees are to be moved": a denial, as "denied claims that" is.
            if ["rejected", "rejects", "reject", "rejecting", "dismissed", "dismisses", "dismiss", "dismissing"].contains(lower), tokens[index].isWord,
               index + 2 < span.upperBound, let that = ((index + 2)..<min(span.upperBound, index + 5)).first(where: { tokens[$0].lowercased == "that" }),
               ["claims", "claim", "suggestions", "suggestion", "reports", "report", "allegations", "allegation", "accusations", "accusation",
                "speculation", "fears", "fear"]
                .contains(tokens[that - 1].lowercased) {
                return Cue(normalized: lower.hasPrefix("reject") ? "rejected" : "dismissed", range: index..<(index + 1))
            }
            // "Boeing referred to the plane as a “cargo plane”": what the plane was called, as
            // "described … as" gives it.
            // ("often referred to as “The Lion Man”", "which Ross has referred to as …": with no object
            // after "to", a name someone goes by, or words whose object stands elsewhere.)
            if ["referred", "refers", "refer", "referring"].contains(lower), index + 2 < span.upperBound, tokens[index + 1].lowercased == "to",
               !["as", "himself", "herself", "itself", "themselves"].contains(tokens[index + 2].lowercased), ((index + 2)..<min(span.upperBound, index + 10)).contains(where: { tokens[$0].lowercased == "as" && tokens[$0].sentence == tokens[index].sentence }) {
                return Cue(normalized: "described", range: index..<(index + 2))
            }
            // "Schwartz went on to say …": the subject is the one before "went".
            if ["went", "goes", "go"].contains(lower), index + 3 < span.upperBound, tokens[index + 1].lowercased == "on",
               tokens[index + 2].lowercased == "to", let verb = ActorLexicon.speechVerbs[tokens[index + 3].lowercased], verb != "found", verb != "showed" {
                return Cue(normalized: verb, range: index..<(index + 4))
            }
            // "…, saying …", "…, warning …": after a comma a participle is a verb, though alone
            // it is more often a noun ("an old saying", "a warning").
            // ("…, with analysts saying …": so is one after "with" and who does it.)
            // ("responded to the report by saying …": and after "by", the means of the main verb.)
            let participleAfterComma = ActorLexicon.participleCues.contains(lower) && index > span.lowerBound
                && (isAfterComma(index) || isAfterDocument(index) || speakerAfterWith(before: index) != nil || isAfterBy(index) || isSayingAfterObject(index))
            // "… and report they are considering …": after "and" and before a clause, a verb.
            // ("… blame the vendors and say the toll …": "say" and "says" are no noun after "and".)
            let verbBeforeClause = index > span.lowerBound && index + 1 < span.upperBound && ["and", "but"].contains(tokens[index - 1].lowercased)
                && (["that", "they", "he", "she", "it", "we", "i"].contains(tokens[index + 1].lowercased) || ["say", "says"].contains(lower))
            // "Media reports say …", "Police estimates suggest …": a plural form before a verb of
            // saying is the noun that is its subject.
            if lower.hasSuffix("s"), ActorLexicon.nounLikeVerbForms.contains(String(lower.dropLast())) || ["reports", "warnings"].contains(lower),
               index + 1 < span.upperBound, ["say", "said", "suggest", "suggested", "show", "showed", "indicate", "indicated", "claim", "claimed"]
                .contains(tokens[index + 1].lowercased) { return nil }
            // "The Health Institute report shows …", "the council's estimate suggests": a form that is also
            // a noun, before a verb of its own, is that verb's subject.
            if ActorLexicon.nounLikeVerbForms.contains(lower), !lower.hasSuffix("s"), index + 1 < span.upperBound,
               !["say", "tell", "add", "write", "ask", "call", "recall", "hope", "fear"].contains(lower),
               ["says", "shows", "suggests", "finds", "found", "showed", "suggested", "indicates", "indicated", "reveals", "revealed",
                "states", "stated", "claims", "claimed", "concludes", "concluded", "has", "had", "is", "was", "will", "would"]
                .contains(tokens[index + 1].lowercased) { return nil }
            // "said he had reports that …", "there were reports that": after "had" or "were" the noun.
            if lower.hasSuffix("s"), ActorLexicon.nounLikeVerbForms.contains(String(lower.dropLast())), index > span.lowerBound,
               ["had", "has", "have", "were", "are", "of", "no", "any", "many", "several", "conflicting", "unconfirmed", "initial"]
                .contains(tokens[index - 1].lowercased) { return nil }
            // "The United Nations report on the epidemic has found …": a document before what it is about.
            if lower == "report", index + 1 < span.upperBound, ["on", "into", "about", "from", "by", "released", "published"].contains(tokens[index + 1].lowercased),
               index > span.lowerBound, actorAt[index - 1] != nil || ["the", "a", "new", "latest"].contains(tokens[index - 1].lowercased) { return nil }
            // "The new force, called the International Security Assistance Force, …": a name given, not words.
            if lower == "called", index > span.lowerBound, tokens[index - 1].isMark(","), index + 1 < span.upperBound,
               tokens[index + 1].isCapitalized || tokens[index + 1].lowercased == "the" && index + 2 < span.upperBound && tokens[index + 2].isCapitalized,
               !((index + 1)..<min(span.upperBound, index + 12)).contains(where: { tokens[$0].isQuoteMark }) { return nil }
            // "African Union member states", "Seven members states had bid": the noun, not a verb.
            if lower == "states", index > span.lowerBound, ["member", "members"].contains(tokens[index - 1].lowercased) { return nil }
            // "the Secretary of State", "Department of State": a capitalised verb form after "of" names.
            if tokens[index].isCapitalized, !tokens[index].startsSentence, index > span.lowerBound,
               ["of", "for"].contains(tokens[index - 1].lowercased) { return nil }
            guard tokens[index].isWord, let cue = ActorLexicon.speechVerbs[lower],
                  participleAfterComma || verbBeforeClause || !ActorLexicon.nounLikeVerbForms.contains(lower) || isVerbAfterSubject(index)
                    || progressiveAuxiliary(before: index) != nil else {
                return nil
            }
            // ("Listed US states as having members were …", "the most populous US state": the noun, after a
            // country, unless "that" follows.)
            if ["state", "states"].contains(lower), index > span.lowerBound, let country = actorAt[index - 1], country.type == .country,
               // (A country's name, "US", "Iran": not its people in the plural, "Azerbaijanis state that …".)
               country.tokens.count == 1, tokens[index - 1].isAcronym || !tokens[index - 1].lowercased.hasSuffix("s"),
               index + 1 >= span.upperBound || tokens[index + 1].lowercased != "that" { return nil }
            // "New Hampshire state representative", "its report card": a word that is also a noun,
            // before a title or a trade, names the title's field.
            // (", say scientists": after a comma the verb comes before its subject.)
            // (Only before a title and a name: "Critics say police ignored it" says something.)
            if ActorLexicon.nounLikeVerbForms.contains(lower), index + 2 < span.upperBound, index > span.lowerBound,
               tokens[index - 1].isWord, !ActorLexicon.functionWords.contains(tokens[index - 1].lowercased),
               ActorLexicon.roleHeads.contains(tokens[index + 1].lowercased), tokens[index + 2].isCapitalized {
                return nil
            }
            // "a statement posted to his account", "the notice published by GitHub": a participle
            // after a document names how it came out; the document is what speaks.
            if lower.hasSuffix("ed"), index > span.lowerBound, index + 1 < span.upperBound,
               Self.postedThings.contains(tokens[index - 1].lowercased),
               ["to", "on", "by", "in", "at", "online", "via"].contains(tokens[index + 1].lowercased) { return nil }
            // "the reported deal", "a claimed victory": a participle before a noun is no cue.
            if index > span.lowerBound, ["the", "a", "an", "his", "her", "its", "their"].contains(tokens[index - 1].lowercased) { return nil }
            // "has requested President Tom Berg declare a state of emergency": what someone was asked
            // to do, not what they said.
            if index > span.lowerBound, let asked = actorAt[index - 1], asked.tokens.upperBound == index {
                var before = asked.tokens.lowerBound - 1
                while before > span.lowerBound, tokens[before].isCapitalized, !tokens[before].startsSentence
                        || ActorLexicon.isRoleWord(tokens[before].lowercased) { before -= 1 }
                if before >= span.lowerBound, Self.requestVerbs.contains(tokens[before].lowercased) { return nil }
            }
            if lower.hasSuffix("ing"), lower != "saying", progressiveAuxiliary(before: index) == nil {
                // "…, adding that …": a participle after a comma shares the sentence's subject.
                guard participleAfterComma else { return nil }
            }
            // ("The victim is reported to be in critical condition", "36 people believed to have been
            // involved": hearsay in the passive; "Sirhan claimed to have no memory" is his claim.)
            // ("said" keeps its own rules: "was said to have approved" is read in `claim`.)
            if cue != "said", index + 2 < span.upperBound, tokens[index + 1].lowercased == "to", ["be", "have"].contains(tokens[index + 2].lowercased),
               ["reported", "believed", "thought", "alleged", "understood", "rumoured", "rumored"].contains(cue)
                || index > span.lowerBound && Self.passiveAuxiliaries.contains(tokens[index - 1].lowercased) { return nil }
            // Headlines write "Israel said in talks" for "is said to be in talks".
            if inTitle, index + 1 < span.upperBound, ["in", "to", "at", "near"].contains(tokens[index + 1].lowercased) { return nil }
            var end = index + 1
            if cue == "wrote", end + 1 < span.upperBound, tokens[end].lowercased == "on", tokens[end + 1].isCapitalized { end += 2 }
            // "found the men guilty of torture": a verdict on someone, not a finding reported.
            if cue == "found", ((index + 1)..<min(span.upperBound, index + 9)).contains(where: {
                tokens[$0].sentence == tokens[index].sentence && ["guilty", "innocent", "liable"].contains(tokens[$0].lowercased) }) { return nil }
            if cue == "found" || cue == "showed" {
                // Findings speak only through a study or its authors: "the study found", "they showed".
                // ("A new study has found …", "Researchers have also shown …": past the auxiliary.)
                // (And past when: "A report released by the council yesterday found …".)
                var subjectIndex = index - 1
                while subjectIndex > span.lowerBound {
                    if ["has", "have", "had", "also", "now", "recently", "previously"].contains(tokens[subjectIndex].lowercased) {
                        subjectIndex -= 1
                    } else if case let before = skipAdverbials(from: subjectIndex, forward: false), before < subjectIndex, before >= span.lowerBound {
                        subjectIndex = before
                    } else {
                        break
                    }
                }
                let subject = subjectIndex >= span.lowerBound ? tokens[subjectIndex].lowercased : ""
                // ("The report, published by the ministry, found …": the document before an aside.)
                let asideStart = max(span.lowerBound + 1, index - 14)
                let documentBeforeAside = subject == "," && asideStart < index - 1 && (asideStart..<(index - 1)).reversed()
                    .first(where: { tokens[$0].isMark(",") }).map { ActorLexicon.documentNouns.contains(tokens[$0 - 1].lowercased) } == true
                // ("An investigation by police found the stolen car": after a document with its
                // topic or author, only a clause is a finding.)
                let documentWithTopic = subjectIndex >= span.lowerBound && documentNoun(inPhraseEndingAt: subjectIndex) != nil
                    && opensFinding(after: index)
                // ("The coroner has found that …", "the court found that …": one who judges, and says so.)
                // ("The three-judge court found Johnson's advice was unlawful": one who judges, before a clause.)
                let judgedThat = cue == "found" && index + 1 < span.upperBound && subjectIndex >= span.lowerBound && tokens[subjectIndex].isWord
                    && (tokens[index + 1].lowercased == "that" && (actorAt[subjectIndex] != nil || Self.judgingNouns.contains(subject))
                        || Self.judgingNouns.contains(subject) && actorAt[subjectIndex] == nil && opensFinding(after: index))
                // ("The Australian Bureau of Statistics has found gambling was …": a body that studies,
                // before a clause with no "that"; not "Police found the car was stolen", nobody named.)
                let bodyFound = cue == "found" && subjectIndex >= span.lowerBound
                    && actorAt[subjectIndex]?.type == .organization
                    // ("Boeing found cracks in 38 jets that had been inspected": the clause's verb comes at once.)
                    && index + 1 < span.upperBound
                    && ((index + 2)..<min(span.upperBound, index + 4)).contains { tokens[$0].sentence == tokens[index].sentence && isFiniteVerb($0) }
                    && !["the", "a", "an", "his", "her", "its", "their"].contains(tokens[index + 1].lowercased)
                // ("…, figures released on Wednesday showed.": the document before how it came out.)
                let documentBeforeParticiple = subjectIndex >= span.lowerBound && isReleaseOfDocument(at: subjectIndex)
                // ("It also found …" after a sentence on the report: the report again.)
                let documentAgain = subject == "it" && subjectIndex >= span.lowerBound && tokens[subjectIndex].startsSentence
                    && previousSentenceOpensOnDocument(before: subjectIndex)
                // ("Figures show unemployment fell", "The results showed …": numbers released speak as a report does.)
                guard ActorLexicon.documentNouns.contains(subject) || Self.releasedNumbers.contains(subject)
                        || documentBeforeAside || documentWithTopic || judgedThat || documentAgain
                        || documentBeforeParticiple || bodyFound
                        || ["they", "researchers", "scientists", "authors", "investigators", "al", "al."].contains(subject)
                else { return nil }
                // "the wreck they found last June": a relative clause after a noun finds a thing, not a result.
                if subject == "they", subjectIndex - 1 >= span.lowerBound, tokens[subjectIndex - 1].isWord, !tokens[subjectIndex - 1].isCapitalized,
                   !["and", "but", "that", "so", "as", "because", "when", "if", "then"].contains(tokens[subjectIndex - 1].lowercased) { return nil }
            }
            // "a rate which they note is several times larger", "a figure that officials say was
            // too low": an aside inside a relative clause, whose content has no subject of its own.
            // ("a mission which NASA said might take place this summer": a name there too.)
            let asideSubjectStart = actorAt[index - 1].map { $0.tokens.lowerBound } ?? index - 1
            if asideSubjectStart - 1 >= span.lowerBound, ["which", "that"].contains(tokens[asideSubjectStart - 1].lowercased),
               tokens[index - 1].isWord, !tokens[index - 1].isCapitalized || actorAt[index - 1] != nil, index + 1 < span.upperBound,
               ["is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "can", "might", "may", "should", "must"]
                .contains(tokens[index + 1].lowercased) {
                return nil
            }
            // "the court ruled that …", "the inquiry determined that …" report a finding; "ruled out",
            // "ruled the country", "determined to win" do not.
            // ("The High Court ruled the prorogation was unlawful", "the court ruled on Monday that …": a
            // court's ruling, with "that" after a time, or before a clause with no "that".)
            if cue == "ruled", index > span.lowerBound, index + 1 < span.upperBound, tokens[index + 1].lowercased != "that",
               Self.judgingNouns.contains(tokens[index - 1].lowercased) || Self.courtNameEnds.contains(tokens[index - 1].lowercased),
               case let after = skipAdverbials(from: index + 1, forward: true), after < span.upperBound,
               tokens[after].lowercased == "that" || !["on", "in", "against", "for", "out"].contains(tokens[index + 1].lowercased) && opensFinding(after: index) {
                return Cue(normalized: cue, range: index..<(index + 1))
            }
            if cue == "ruled" || cue == "determined", index + 1 >= span.upperBound || tokens[index + 1].lowercased != "that" { return nil }
            // "agreed to the request", "agreed to pay": consent to a thing or a deed, not words.
            // ("agreed with economists that inflation would ease", "replied to critics that …" say something.)
            let thatFollows = index + 2 < span.upperBound
                && ((index + 2)..<min(span.upperBound, index + 8)).contains { tokens[$0].lowercased == "that" && !isVerbLike($0 - 1) }
            if cue == "agreed", index + 1 < span.upperBound, ["to", "with", "on"].contains(tokens[index + 1].lowercased), !thatFollows { return nil }
            // "responded to the ruling via Twitter, attacking …": to what, not what was said
            // (""…," he replied to reporters" keeps its quote).
            if cue == "responded" || cue == "replied", index + 1 < span.upperBound, tokens[index + 1].lowercased == "to",
               !besideQuote(index), !thatFollows { return nil }
            // "asked Ruiz whether the ice could return", "questioned the minister about costs": a
            // question put to someone says nothing; "asked the council to reconsider" asks for something.
            // "questioned whether the count was fair" with no one asked doubts aloud, a claim.
            if cue == "asked" || cue == "questioned" {
                // ("asked for support": a request for a thing, not for words.)
                if cue == "asked", index + 1 < span.upperBound, tokens[index + 1].lowercased == "for" { return nil }
                var ahead = index + 1
                while ahead < min(span.upperBound, index + 7), tokens[ahead].isWord, tokens[ahead].lowercased != "to" {
                    if Self.questionOpeners.contains(tokens[ahead].lowercased), cue == "asked" || ahead > index + 1 { return nil }
                    ahead += 1
                }
            }
            // "hopes to win", "fears for his safety", "recommended a fine": a view is reported only
            // by a clause after the verb ("hopes there is a vote", "fears jobs are at risk").
            if ["hoped", "feared", "recommended"].contains(cue), index + 1 < span.upperBound {
                // ("it was always hoped the money …": a passive hope is nobody's.)
                var before = index - 1
                while before > span.lowerBound, ActorLexicon.verbAdverbs.contains(tokens[before].lowercased) && !Self.passiveAuxiliaries.contains(tokens[before].lowercased) { before -= 1 }
                if before >= span.lowerBound, Self.passiveAuxiliaries.contains(tokens[before].lowercased) { return nil }
                // ("The ministry said it hoped …", "say they fear …": the speaker's own hope, part of what they said.)
                // ("said in a statement it hoped …": the place of the saying may stand between.)
                if index - 2 >= span.lowerBound, ActorLexicon.personalPronouns.contains(tokens[index - 1].lowercased) {
                    var verb = index - 2
                    while verb > span.lowerBound, verb > index - 8, tokens[verb].isWord, ActorLexicon.speechVerbs[tokens[verb].lowercased] == nil,
                          tokens[verb].lowercased != "that" { verb -= 1 }
                    if ActorLexicon.speechVerbs[tokens[verb].lowercased] != nil || tokens[verb].lowercased == "that" { return nil }
                }
                let next = tokens[index + 1].lowercased
                let clauseFollows = ((index + 2)..<min(span.upperBound, index + 12)).contains { tokens[$0].sentence == tokens[index].sentence && isFiniteVerb($0) }
                guard next == "that" || !["to", "for", "of", "about", "over", "on", "in", "with", "and", "but"].contains(next) && clauseFollows
                else { return nil }
            }
            // "maintained his lead", "maintained a policy", "contended for the nomination", "claimed the title", "recalled
            // 40,000 vans": these report speech only with a clause or a quote after them.
            if ["maintained", "contended", "claimed", "recalled"].contains(cue), index + 1 < span.upperBound {
                let next = tokens[index + 1].lowercased
                if ["his", "her", "its", "their", "our", "my", "your", "for", "with", "against"].contains(next)
                    || cue == "maintained" && next != "that" && isNounPhraseObject(from: ["a", "an", "the"].contains(next) ? index + 1 : index)
                    || cue == "recalled" && (["the", "a", "an", "some", "all", "more", "about"].contains(next) || tokens[index + 1].kind == .number)
                    || cue == "claimed" && Self.claimedThings.contains(next)
                    || cue == "claimed" && next == "the" && index + 2 < span.upperBound && Self.claimedThings.contains(tokens[index + 2].lowercased)
                    // ("claimed 15,393 lives", "has claimed hundreds of lives": a toll, not a claim.)
                    || cue == "claimed" && ((index + 1)..<min(span.upperBound, index + 5)).first(where: { ["lives", "life"].contains(tokens[$0].lowercased) })
                        .map({ thing in ((index + 1)..<thing).allSatisfy { tokens[$0].kind == .number
                            || ["more", "than", "at", "least", "about", "nearly", "over", "some", "almost", "around", "hundreds", "thousands",
                                "dozens", "scores", "millions", "of", "many", "several", "countless"].contains(tokens[$0].lowercased) } }) == true {
                    return nil
                }
            }
            if cue == "pointed out" {
                guard end < span.upperBound, tokens[end].lowercased == "out" else { return nil }
                end += 1
            }
            return Cue(normalized: cue, range: index..<end)
        }

        /// "the harbour office", "local health authorities": up to four lowercase words ending
        /// in a word for an organisation or for unnamed people; the index after them.
        static func unnamedBodyEnd(_ tokens: [Token], from start: Int, limit: Int) -> Int? {
            var cursor = start
            // ("his publicist", "their lawyers": someone's own people.)
            let possessive = cursor < limit && ["his", "her", "its", "their"].contains(tokens[cursor].lowercased)
            if cursor < limit, ["the", "a", "an", "his", "her", "its", "their"].contains(tokens[cursor].lowercased) { cursor += 1 }
            let first = cursor
            while cursor < limit, cursor < first + 4, tokens[cursor].isWord, !tokens[cursor].isCapitalized {
                let lower = tokens[cursor].lowercased
                cursor += 1
                if ActorLexicon.organizationHeads.contains(lower) || ActorLexicon.anonymousHeads.contains(lower) || ActorLexicon.peopleNouns.contains(lower)
                    || ActorLexicon.mediaDescriptors.contains(lower)
                    || possessive && (ActorLexicon.roleHeads.contains(lower) || Self.helperNouns.contains(lower))
                    || ["office", "authorities", "authority", "officials", "data", "figures", "statistics"].contains(lower) {
                    if cursor >= limit || !tokens[cursor].isWord || ["said", "says", "on", "in", "at", "from", "of", "with"].contains(tokens[cursor].lowercased) { return cursor }
                }
            }
            return nil
        }

        /// "Since then", "On Monday", "However": words that set the scene of a sentence rather
        /// than start what was said.
        private func isAdverbial(_ range: Range<Int>) -> Bool {
            let first = tokens[range.lowerBound].lowercased
            return ["in", "on", "since", "after", "before", "during", "for", "at", "by", "with", "from", "under", "over", "as",
                    "however", "meanwhile", "yet", "still", "then", "now", "later", "earlier", "also", "but", "and", "so", "if", "when", "while"].contains(first)
                || first.hasSuffix("ly")
        }

        /// "analysts say", "they claim", "Ruiz says", "…, say scientists": a form that is often a
        /// noun ("a say", "Trump's claims") is the verb right after its subject, or after a comma
        /// before the subject it inverts.
        private func isVerbAfterSubject(_ index: Int) -> Bool {
            guard index > span.lowerBound, !tokens[index].lowercased.hasSuffix("ing") else { return false }
            let before = tokens[index - 1]
            // (Not after "a"/"an": "an Israeli Army post", "a Harbour Police post" are posts, nouns.)
            if let reference = actorAt[index - 1], reference.tokens.upperBound == index, !before.text.isPossessive {
                var start = reference.tokens.lowerBound
                while start - 1 > span.lowerBound, tokens[start - 1].isCapitalized, !tokens[start - 1].startsSentence { start -= 1 }
                // (An unnamed one may hold its article: "a Harbour Police".)
                return !["a", "an"].contains(tokens[start].lowercased) && (start == span.lowerBound || !["a", "an"].contains(tokens[start - 1].lowercased))
            }
            if ["they", "we", "i", "you", "he", "she", "who"].contains(before.lowercased) { return true }
            // "A new economic report claims …": a document, before a clause.
            // (Not "the report claims were rejected": a noun after it.)
            if ActorLexicon.documentNouns.contains(before.lowercased), index + 1 < span.upperBound,
               !Self.finiteAuxiliaries.contains(tokens[index + 1].lowercased) { return true }
            // "A spokesman for the ministry claims …", "Fire officials say …".
            // ("some states", "both state police", "some estimates": a quantifier alone is no subject.)
            if before.isWord, !before.isCapitalized || before.startsSentence, !Self.determiners.contains(before.lowercased),
               unnamedSubject(endingAt: index - 1) != nil { return true }
            if before.isMark(","), index + 1 < span.upperBound {
                // "One of the developers, historian Walter Phillips, hopes there is …": the name closes
                // an apposition whose head is the subject.
                if index - 2 >= span.lowerBound, let named = actorAt[index - 2], named.type == .person, named.tokens.upperBound == index - 1,
                   named.tokens.lowerBound - 1 > span.lowerBound,
                   (max(span.lowerBound, named.tokens.lowerBound - 4)..<named.tokens.lowerBound).contains(where: { tokens[$0].isMark(",") }) {
                    return true
                }
                // "Airfleets, a database detailing the aircraft of carriers, states the …": a name, its
                // apposition opening on a determiner, and the verb.
                if index - 2 > span.lowerBound + 1,
                   let open = (max(span.lowerBound + 1, index - 15)..<(index - 2)).last(where: { tokens[$0].isMark(",") }),
                   let named = actorAt[open - 1], named.tokens.upperBound == open, ![.place, .country].contains(named.type),
                   ["a", "an", "the"].contains(tokens[open + 1].lowercased),
                   named.tokens.lowerBound == span.lowerBound || tokens[named.tokens.lowerBound].startsSentence
                    || tokens[named.tokens.lowerBound - 1].kind == .mark {
                    return true
                }
                let next = tokens[index + 1].lowercased == "the" && index + 2 < span.upperBound ? index + 2 : index + 1
                // ("An Iraqi doctor, held at the centre, claims he was …": a pronoun opening a clause after the verb.)
                return actorAt[next] != nil || ["he", "she", "they", "we", "i"].contains(tokens[index + 1].lowercased)
            }
            return false
        }

        /// Words that may stand between a speaker and the cue, or after the cue before
        /// what was said: "on Thursday", "earlier this week", "in a statement".
        func skipAdverbials(from start: Int, forward: Bool) -> Int {
            var cursor = start
            let step = forward ? 1 : -1
            while span.contains(cursor) {
                let lower = tokens[cursor].lowercased
                // "added that further checks would follow": after the verb, "further" may start what was said.
                if forward, lower == "further", cursor + 1 < span.upperBound, tokens[cursor + 1].isWord, tokens[cursor + 1].lowercased != "that" { break }
                // "last year's temperatures", "Monday's vote": a time that owns a noun starts what was said.
                if forward, (1...2).contains(where: { cursor + $0 < span.upperBound && tokens[cursor + $0].text.isPossessive }) { break }
                // "said this is a move …": "this" and "last" are a time only before one ("this week").
                if forward, ["this", "last", "late", "early"].contains(lower), cursor + 1 < span.upperBound {
                    let next = tokens[cursor + 1].lowercased
                    if !Self.isTimeWord(next) { break }
                }
                // "Microsoft in 2017 announced": a year between subject and verb.
                if !forward, tokens[cursor].kind == .number, tokens[cursor].text.count == 4, cursor - 1 >= span.lowerBound,
                   ["in", "since"].contains(tokens[cursor - 1].lowercased) {
                    cursor -= 2
                    continue
                }
                // "the Pentagon now believes": before the verb, "now" is when ("said now is the time" is not).
                if !forward, ["now", "still"].contains(lower) {
                    cursor += step
                    continue
                }
                if ActorLexicon.verbAdverbs.contains(lower) || ActorLexicon.calendarWords.contains(lower)
                    || ["on", "this", "last", "week", "morning", "afternoon", "evening", "night", "earlier", "later", "today",
                        "yesterday", "month", "year", "weekend", "recently", "further", "late", "early"].contains(lower) {
                    cursor += step
                } else {
                    break
                }
            }
            return cursor
        }

        /// The first token of a name after a title from `start`: "said Mr Pryce", "said
        /// selection committee member Ulf Danielsson".
        private func namedAfter(_ start: Int) -> Int {
            var cursor = start
            var passedOwner = false
            // ("said study co-author and Royal Society Research Fellow Martin How": roles may be long.)
            while cursor < span.upperBound, cursor < start + 10 {
                let token = tokens[cursor]
                if let owner = actorAt[cursor] {
                    // "said Keen's colleague, Ana Ruiz": the name before "'s" is not who speaks.
                    guard owner.tokens.upperBound < span.upperBound, tokens[owner.tokens.upperBound].text.isPossessive else { break }
                    cursor = owner.tokens.upperBound + 1
                    passedOwner = true
                    continue
                }
                // ("Secretary of State": a capitalised verb form after "of" is a title's word.)
                let titleWord = token.isCapitalized && cursor > start && ["of", "for"].contains(tokens[cursor - 1].lowercased)
                guard token.isWord && (ActorLexicon.speechVerbs[token.lowercased] == nil || titleWord)
                        && (!ActorLexicon.functionWords.contains(token.lowercased)
                            || ["the", "a", "an", "of", "and"].contains(token.lowercased) || ActorLexicon.honorifics.contains(token.lowercased))
                        || token.text.isPossessive else { break }
                cursor += 1
            }
            // "argued the government's lawyer, Richard Keen.": the name in apposition to the role.
            if cursor > start, cursor + 1 < span.upperBound, actorAt[cursor] == nil, tokens[cursor].isMark(","),
               let person = actorAt[cursor + 1], person.type == .person { return cursor + 1 }
            // ("announced the President's death": nobody named after the verb.)
            if passedOwner, cursor >= span.upperBound || actorAt[cursor] == nil { return span.upperBound }
            // "stated Minister of Information Moammar al-Eryani": the person after a role read as a body.
            if let reference = actorAt[cursor], reference.type != .person, reference.tokens.upperBound < span.upperBound,
               let person = actorAt[reference.tokens.upperBound], person.type == .person { return reference.tokens.upperBound }
            // "said UCL astronomer Angelos Tsiaras", "said NASA chief scientist Jim Green": the
            // organisation is where the person works; the person speaks.
            if let reference = actorAt[cursor], reference.type != .person {
                var next = reference.tokens.upperBound
                while next < span.upperBound, next < reference.tokens.upperBound + 4, actorAt[next] == nil, isLowercaseRoleWord(next) { next += 1 }
                if next > reference.tokens.upperBound, next < span.upperBound, let person = actorAt[next], person.type == .person { return next }
            }
            return actorAt[cursor] != nil ? cursor : start
        }

        /// "a policy of not charging …", "pressure on …", "the ceasefire." after a verb: a thing,
        /// not a clause; "an inquiry is what …" and "the charges were false" go on as clauses.
        /// (A mark right after the verb, "“…,” Lund maintained." or "maintained, however, that",
        /// and a pronoun after it, "maintained he was at home", are no such thing.)
        private func isNounPhraseObject(from start: Int) -> Bool {
            let prepositions: Set<String> = ["of", "in", "on", "for", "with", "at"]
            guard start + 1 < span.upperBound, tokens[start + 1].isWord,
                  !ActorLexicon.personalPronouns.contains(tokens[start + 1].lowercased) else { return false }
            // ("the deal was in danger": a word such as "was" makes it a clause.)
            var cursor = start + 1
            while cursor < span.upperBound, cursor < start + 4, tokens[cursor].isWord, !prepositions.contains(tokens[cursor].lowercased) {
                if ActorLexicon.functionWords.contains(tokens[cursor].lowercased) { return false }
                cursor += 1
            }
            if cursor < start + 4, cursor < span.upperBound, prepositions.contains(tokens[cursor].lowercased) { return true }
            return cursor >= span.upperBound || tokens[cursor].kind == .mark && cursor <= start + 2
        }

        /// "a spokesman for Immigration Minister Tom Berg", "a lawyer for Ana Ruiz", "an aide to
        /// Senator Ana Ruiz": the start of the phrase for the one who speaks for the person
        /// named, when such a phrase ends on `person`'s name.
        private func helperSpeakingFor(_ person: MentionRef) -> Int? {
            var link = person.tokens.lowerBound - 1
            // The person's title: "Immigration Minister".
            // (Through the "of" of a title, "Secretary of State Mike Pompeo"; not a relative's.)
            while link > span.lowerBound, person.tokens.lowerBound - link <= 4, !["for", "to"].contains(tokens[link].lowercased),
                  !(tokens[link].lowercased == "of" && Self.relativesAndFriends.contains(tokens[link - 1].lowercased)),
                  tokens[link].isCapitalized && !tokens[link].startsSentence || ActorLexicon.isRoleWord(tokens[link].lowercased) {
                link -= 1
            }
            // ("the husband of crash victim, Teresa Pawlik, says": what the person is, before the name;
            // not "the son of a farmer, Tom Reyes, said", where the name is the son's.)
            if link - 2 >= span.lowerBound, !["for", "to", "of"].contains(tokens[link].lowercased),
               let of = (max(span.lowerBound + 1, link - 3)...link).last(where: { tokens[$0].lowercased == "of" }),
               ((of + 1)...link).allSatisfy({ tokens[$0].isWord && !tokens[$0].isCapitalized && !["a", "an", "the"].contains(tokens[$0].lowercased)
                   || tokens[$0].isMark(",") }) {
                link = of
            }
            guard link - 1 >= span.lowerBound, let linkWord = Optional(tokens[link].lowercased), ["for", "to", "of"].contains(linkWord) else { return nil }
            // ("Special Representative for Iran Brian Hook": capitalised, it is his title.)
            let helper = tokens[link - 1].lowercased
            guard !tokens[link - 1].isCapitalized, linkWord == "for" ? Self.speaksForPerson.contains(helper)
                    : linkWord == "of" ? Self.relativesAndFriends.contains(helper) : ["aide", "aides", "adviser", "advisor", "advisers", "advisors"].contains(helper)
            else { return nil }
            return descriptionStart(ofNoun: link - 1)
        }

        /// "a doctor working for the relief agency Muslim Hands", "an engineer employed by the
        /// council": the start of the phrase for someone who works for the body named, when
        /// it ends on `body`'s name.
        private func workerSpeakingFor(_ body: MentionRef) -> Int? {
            var link = body.tokens.lowerBound - 1
            // What the body is: "the relief agency".
            while link > span.lowerBound, body.tokens.lowerBound - link <= 5, tokens[link].isWord,
                  !["for", "with", "at", "by"].contains(tokens[link].lowercased) {
                link -= 1
            }
            guard link - 2 >= span.lowerBound, ["for", "with", "at", "by"].contains(tokens[link].lowercased),
                  ["working", "employed", "volunteering", "serving"].contains(tokens[link - 1].lowercased),
                  tokens[link - 2].isWord, !tokens[link - 2].isCapitalized || tokens[link - 2].startsSentence,
                  Self.speakerNouns.contains(tokens[link - 2].lowercased) || Self.isTradeWord(tokens[link - 2].lowercased)
            else { return nil }
            return descriptionStart(ofNoun: link - 2)
        }

        /// "An official from Acme Corporation", "a spokeswoman for the airline Kessler Air",
        /// "residents of Springfield", "a senior engineer at Acme": unnamed people of the body
        /// or place named, who speak for themselves (the gold convention, and what a reader
        /// checks: the airline did not speak, its spokeswoman did). The start of the phrase,
        /// when it ends on `body`'s name.
        private func personOfBody(_ body: MentionRef) -> Int? {
            var link = body.tokens.lowerBound - 1
            // ("experts at Harvard and Yale said": back over the bodies named with it.)
            if link - 1 > span.lowerBound, tokens[link].lowercased == "and" {
                var other = link - 1
                while other > span.lowerBound, other > link - 6, tokens[other].isCapitalized || ["of", "for"].contains(tokens[other].text) && tokens[other - 1].isCapitalized {
                    other = actorAt[other].flatMap { $0.type == .anonymous ? nil : $0.tokens.lowerBound } ?? other
                    other -= 1
                }
                if other < link - 1 { link = other }
            }
            // What the body is: "the airline".
            while link > span.lowerBound, body.tokens.lowerBound - link <= 3, tokens[link].isWord, !tokens[link].isCapitalized,
                  !["for", "from", "of", "at", "with"].contains(tokens[link].lowercased) {
                link -= 1
            }
            guard link - 1 >= span.lowerBound, ["for", "from", "of", "at", "with"].contains(tokens[link].lowercased),
                  tokens[link - 1].isWord, !tokens[link - 1].isCapitalized || tokens[link - 1].startsSentence,
                  actorAt[link - 1].map({ $0.type == .anonymous }) ?? true
            else { return nil }
            let noun = tokens[link - 1].lowercased
            guard Self.speaksForPerson.contains(noun) || ActorLexicon.anonymousHeads.contains(noun) && !["source", "sources"].contains(noun)
                    || ActorLexicon.peopleNouns.contains(noun) && !["team", "crew", "panel", "jury", "family"].contains(noun)
                    || Self.isTradeWord(noun) && noun.count > 4
            else { return nil }
            let start = descriptionStart(ofNoun: link - 1)
            // (Only a phrase that opens the clause: "the bridge was inspected by engineers at Acme" is no subject.)
            guard start == span.lowerBound || tokens[start].startsSentence || Self.determiners.contains(tokens[start].lowercased)
                    || tokens[start - 1].isMark(",") || ["but", "and"].contains(tokens[start - 1].lowercased)
            else { return nil }
            return start
        }

        /// Where the lowercase description ending on `noun` opens: back over up to three words
        /// ("a senior spokesman", "a doctor") to its determiner, stopping at a clause
        /// word or a verb of speech ("said a doctor …").
        private func descriptionStart(ofNoun noun: Int) -> Int {
            var start = noun
            while start > span.lowerBound, start > noun - 3, tokens[start - 1].isWord,
                  !tokens[start - 1].isCapitalized || tokens[start - 1].startsSentence, !Self.clauseWords.contains(tokens[start - 1].lowercased),
                  ActorLexicon.speechVerbs[tokens[start - 1].lowercased] == nil {
                start -= 1
                if Self.determiners.contains(tokens[start].lowercased) { break }
            }
            return start
        }

        /// Those who speak of their own and are known by whose they are: "the husband of Teresa
        /// Pawlik", "a friend of the victim", "the lawyer of Ana Ruiz".
        static let relativesAndFriends: Set<String> = [
            "husband", "wife", "widow", "widower", "son", "daughter", "mother", "father", "brother", "sister", "parents", "children",
            "friend", "friends", "partner", "fiancée", "fiancee", "fiancé", "cousin", "uncle", "aunt", "nephew", "niece", "grandson",
            "granddaughter", "relative", "relatives", "family", "lawyer", "lawyers", "neighbour", "neighbor", "colleague", "colleagues",
        ]

        /// Those who speak for a person named after "for": "a spokeswoman for Ana Ruiz".
        static let speaksForPerson: Set<String> = [
            "spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative", "representatives", "lawyer", "lawyers",
            "attorney", "attorneys", "publicist", "aide", "aides", "adviser", "advisor", "advisers", "advisors",
        ]

        /// Cues of telling, which a negation empties: "would not say", "had not confirmed".
        static let tellingCues: Set<String> = [
            "said", "told", "confirmed", "commented", "revealed", "disclosed", "specified", "elaborated", "announced", "reported",
            "identified", "explained", "indicated", "stated", "mentioned", "added", "wrote",
        ]

        /// "A spokesman for the ministry claims": the one who speaks is the spokesman, the
        /// ministry only whose; `determiner` is "the".
        private func isAfterSpeakerLink(_ determiner: Int) -> Bool {
            determiner - 2 >= span.lowerBound && ["for", "of", "at", "from"].contains(tokens[determiner - 1].lowercased)
                && Self.speakerNouns.contains(tokens[determiner - 2].lowercased)
        }

        /// "Police are warning …", "Firefighters are predicting …": the "is"/"are"/"was"/"were" of
        /// a reporting verb in -ing right after its subject, when there is one.
        private func progressiveAuxiliary(before index: Int) -> Int? {
            guard tokens[index].lowercased.hasSuffix("ing"), ActorLexicon.speechVerbs[tokens[index].lowercased] != nil else { return nil }
            var auxiliary = index - 1
            while auxiliary > span.lowerBound, ["also", "now", "still", "already"].contains(tokens[auxiliary].lowercased) { auxiliary -= 1 }
            guard tokens[index].lowercased != "asking", auxiliary > span.lowerBound, ["is", "are", "was", "were"].contains(tokens[auxiliary].lowercased),
                  tokens[auxiliary - 1].isWord, tokens[auxiliary - 1].sentence == tokens[index].sentence else { return nil }
            // ("Allen said the police were attributing …": inside what someone else said, it is theirs.)
            var start = auxiliary
            while start > span.lowerBound, tokens[start - 1].sentence == tokens[index].sentence { start -= 1 }
            guard !(start..<auxiliary).contains(where: { ActorLexicon.speechVerbs[tokens[$0].lowercased] != nil || tokens[$0].isQuoteMark }) else { return nil }
            return auxiliary
        }

        /// ("the fire service": "fire" is not the noun "the" points with.)
        private func isLowercaseNoun(_ index: Int) -> Bool {
            index < span.upperBound && tokens[index].isWord && !tokens[index].isCapitalized
                && !ActorLexicon.functionWords.contains(tokens[index].lowercased) && ActorLexicon.speechVerbs[tokens[index].lowercased] == nil
        }

        /// A title or trade in lowercase: "astronomer", "chief", "scientist", "spokesperson".
        private func isLowercaseRoleWord(_ index: Int) -> Bool {
            let token = tokens[index]
            guard token.isWord, !token.isCapitalized else { return false }
            let word = token.lowercased
            if ActorLexicon.roleHeads.contains(word) || ActorLexicon.roleModifiers.contains(word) && !["of", "for", "the", "and"].contains(word) {
                return true
            }
            return ActorLexicon.hasTradeEnding(word)
        }

        /// The first word after "of" or "at" in "… of the island's power authority" ending
        /// at `end`, or `end` + 1 when no such phrase ends there.
        private func ofPhraseStart(endingAt end: Int) -> Int {
            var start = end
            while start - 1 > span.lowerBound, start > end - 8, tokens[start - 1].isWord || tokens[start - 1].text.isPossessive,
                  !["of", "at"].contains(tokens[start - 1].text) {
                if ActorLexicon.speechVerbs[tokens[start - 1].lowercased] != nil, !ActorLexicon.nounLikeVerbForms.contains(tokens[start - 1].lowercased) { return end + 1 }
                start -= 1
            }
            guard start - 1 > span.lowerBound, ["of", "at"].contains(tokens[start - 1].text) else { return end + 1 }
            return start
        }

        /// The person a mention of an organisation belongs to in "Ana Ruiz of the Harbour
        /// Workers Union" or "Ruiz at Kessler Foods": the one named before "of" or "at".
        func owner(of reference: MentionRef) -> MentionRef? {
            // "Dr Alison Kock of the University of Cape Town in South Africa": back over each link.
            var current = reference
            for _ in 0..<3 {
                guard current.type != .person, let before = ownerBefore(current.tokens.lowerBound, through: ["of", "at", "from", "with", "in"]) else { break }
                current = before
            }
            return current.type == .person && current.tokens != reference.tokens ? current : nil
        }

        /// The actor named right before "of" or "at" (or another of `links`) before `start`;
        /// with the default links, only a person or an unnamed source.
        private func ownerBefore(_ start: Int, through links: Set<String>? = nil) -> MentionRef? {
            var cursor = start - 1
            // Words of the name that did not become part of it: "of Rogaland Fire and Rescue", "of
            // the army's Western Mindanao Command".
            var skipped = 0
            while cursor > span.lowerBound + 1, skipped < 4, actorAt[cursor] == nil,
                  tokens[cursor].isWord && tokens[cursor].isCapitalized && !tokens[cursor].startsSentence
                    || tokens[cursor].lowercased == "and" && tokens[cursor - 1].isCapitalized
                    || tokens[cursor].text.isPossessive {
                if tokens[cursor].text.isPossessive, tokens[cursor].text.count <= 2, tokens[cursor - 1].isWord { cursor -= 1 }
                cursor -= 1
                skipped += 1
            }
            if cursor > span.lowerBound, tokens[cursor].lowercased == "the" { cursor -= 1 }
            guard cursor > span.lowerBound, (links ?? ["of", "at", "from", "with"]).contains(tokens[cursor].lowercased) else { return nil }
            // "Professor Alan Trounson deputy director of the Monash Institute": broadcast copy drops
            // the commas around the role; the person before it is the owner.
            var holder = cursor - 1
            while holder > span.lowerBound, holder > cursor - 5, actorAt[holder] == nil, tokens[holder].isWord, !tokens[holder].isCapitalized,
                  ActorLexicon.isRoleWord(tokens[holder].lowercased) { holder -= 1 }
            guard let owner = actorAt[holder] else { return nil }
            if holder < cursor - 1, owner.type != .person { return nil }
            if links == nil, ![.person, .anonymous].contains(owner.type) { return nil }
            return owner
        }

        /// The words naming someone from `start`: mentions, possessives, roles and names up
        /// to the last mention ("Israel’s Channel 10 senior diplomatic correspondent Barak
        /// Ravid"), with the actor of the last mention.
        func namingStretch(from start: Int) -> (end: Int, actor: MentionRef)? {
            var cursor = start
            if cursor < span.upperBound, ["the", "a", "an"].contains(tokens[cursor].lowercased) { cursor += 1 }
            var last: MentionRef?
            while cursor < span.upperBound, cursor < start + 12 {
                if let reference = actorAt[cursor] {
                    last = reference
                    cursor = reference.tokens.upperBound
                    continue
                }
                let token = tokens[cursor]
                let lower = token.lowercased
                // "Secretary of State Mike Pompeo": "of" inside a role.
                if lower == "of", cursor > start, ActorLexicon.roleHeads.contains(tokens[cursor - 1].lowercased), cursor + 1 < span.upperBound,
                   tokens[cursor + 1].isCapitalized {
                    cursor += 1
                    continue
                }
                // "Rutgers University political scholar Kelly Dittmar": after a name, a word or three for
                // what someone does, then that someone.
                if last != nil, token.isWord, !token.isCapitalized, !ActorLexicon.functionWords.contains(lower),
                   let person = ((cursor + 1)..<min(span.upperBound, cursor + 4)).first(where: { actorAt[$0] != nil }),
                   actorAt[person]?.type == .person, (cursor..<person).allSatisfy({ tokens[$0].isWord && !tokens[$0].isCapitalized
                       && !ActorLexicon.functionWords.contains(tokens[$0].lowercased) && ActorLexicon.speechVerbs[tokens[$0].lowercased] == nil }),
                   Self.isTradeWord(tokens[person - 1].lowercased) || Self.speakerNouns.contains(tokens[person - 1].lowercased) {
                    cursor = person
                    continue
                }
                guard token.text.isPossessive || token.kind == .number || ActorLexicon.roleHeads.contains(lower)
                        || ActorLexicon.roleModifiers.contains(lower) && !["of", "for", "the", "and"].contains(lower) || token.isCapitalized
                else { break }
                cursor += 1
            }
            guard let last else { return nil }
            return (last.tokens.upperBound, last)
        }

        private func claim(cue: Cue, at index: Int, quotes: [Quote], inQuote: [Bool], used: inout Set<Int>, lastSpeaker: String?,
                           previousClaim: String?, earlier: [Found], finder: ClaimFinder) -> Found? {
            // "Ruiz must reveal …", "She will announce …": what someone is to say is not said yet.
            var modal = index - 1
            while modal > span.lowerBound, ["not", "also", "still", "now", "soon", "then"].contains(tokens[modal].lowercased) { modal -= 1 }
            // (A capitalised "May" is a name or a month: "Theresa May said".)
            if cue.normalized != "according to", span.contains(modal), actorAt[modal] == nil,
               !tokens[modal].isCapitalized || tokens[modal].startsSentence, Self.modals.contains(tokens[modal].lowercased) { return nil }
            // "the company had not confirmed what …", "police wouldn't say whether …": nothing was said.
            // ("Police do not believe the fire was suspicious" still states a view.)
            if index > span.lowerBound, Self.tellingCues.contains(cue.normalized) {
                let previous = tokens[index - 1].lowercased
                let negated = ["not", "never"].contains(previous) && index - 2 >= span.lowerBound
                        && ["did", "does", "do", "had", "has", "have", "would", "could", "will", "can", "was", "is", "were", "are"]
                            .contains(tokens[index - 2].lowercased)
                    || previous.hasSuffix("n't") || previous.hasSuffix("n’t") || previous == "cannot"
                if negated { return nil }
            }
            var speaker: String?
            var speakerText: String?
            var attributionStart = index
            var attributionEnd = cue.end
            var after = cue.end
            // A participle or second verb takes what follows it, never a quote before it.
            var continuesSentence = false
            func take(_ reference: MentionRef) {
                speaker = reference.actor
                speakerText = surface(reference.tokens)
            }
            if cue.normalized == "according to" {
                guard after < span.upperBound else { return nil }
                // "according to ecologist Chip Taylor", "according to nonprofit CNA": a word or two
                // that say what the named one is.
                let described = (1...2).lazy.map { after + $0 }.first { start in
                    start < span.upperBound && (after..<start).allSatisfy { tokens[$0].isWord && !tokens[$0].isCapitalized
                        && !ActorLexicon.functionWords.contains(tokens[$0].lowercased) } && actorAt[start]?.tokens.lowerBound == start
                }
                if let stretch = namingStretch(from: described ?? after) {
                    let phraseStart = after
                    speaker = stretch.actor.actor
                    speakerText = surface(after..<stretch.end)
                    after = stretch.end
                    // "according to NEOC data": the figures are the named one's.
                    while after < span.upperBound, Self.documentWords.contains(tokens[after].lowercased) { after += 1 }
                    // "according to Johnson's critics": people of someone's are not that someone.
                    if after + 1 < span.upperBound, tokens[after].text.isPossessive, Self.othersOfSomeone.contains(tokens[after + 1].lowercased) {
                        speaker = nil
                        speakerText = surface(phraseStart..<(after + 2))
                        after += 2
                    }
                    // "according to CNN's projections": what is theirs belongs to the attribution.
                    if after < span.upperBound, tokens[after].text.isPossessive {
                        var end = after + 1
                        while end < span.upperBound, end < after + 5, tokens[end].isWord, !tokens[end].isCapitalized,
                              !Self.clauseWords.contains(tokens[end].lowercased) { end += 1 }
                        // ("according to the Acme Corporation's chief engineer": their person speaks, unnamed.)
                        if end > after + 1, case let noun = tokens[end - 1].lowercased,
                           Self.speaksForPerson.contains(noun) || ActorLexicon.anonymousHeads.contains(noun) && !["source", "sources"].contains(noun)
                            || ActorLexicon.roleHeads.contains(noun) || Self.isTradeWord(noun) && noun.count > 4 {
                            speaker = nil
                            speakerText = surface(phraseStart..<end)
                        }
                        after = end
                    }
                    // ("according to a British Islamic leader who knew him": a demonym and the words after it
                    // describe someone nobody named, not the country.)
                    if [.country, .place].contains(stretch.actor.type), after < span.upperBound,
                       let noun = (after..<min(span.upperBound, after + 3)).first(where: { index in
                           tokens[index].isWord && !tokens[index].isCapitalized && (ActorLexicon.roleHeads.contains(tokens[index].lowercased)
                               || ActorLexicon.anonymousHeads.contains(tokens[index].lowercased) || Self.isTradeWord(tokens[index].lowercased))
                       }), (after..<noun).allSatisfy({ tokens[$0].isWord }) {
                        speaker = nil
                        speakerText = surface(phraseStart..<(noun + 1))
                        after = noun + 1
                    }
                    // ("…, according to a senior official who asked not to be named.": the clause on the
                    // source, to the sentence's end, is no part of what was said.)
                    if after < span.upperBound, ["who", "whom"].contains(tokens[after].lowercased) {
                        var end = after + 1
                        while end < span.upperBound, tokens[end].sentence == tokens[after].sentence, !tokens[end].isMark(","), !tokens[end].isMark(".") { end += 1 }
                        if end >= span.upperBound || tokens[end].sentence != tokens[after].sentence || tokens[end].isMark(".") { after = end }
                    }
                    if let end = appositionEnd(atComma: after) { after = end }
                    // ("According to Reuters and NBC, …": a second source named with the first.)
                    if after + 2 < span.upperBound, tokens[after].lowercased == "and",
                       let other = actorAt[tokens[after + 1].lowercased == "the" ? after + 2 : after + 1],
                       other.tokens.upperBound < span.upperBound, tokens[other.tokens.upperBound].isMark(",") {
                        after = other.tokens.upperBound
                        speakerText = surface(phraseStart..<after)
                    }
                } else if let document = documentAttribution(from: after) {
                    // "according to a tweet on Monday by the Secretary of State": the author speaks.
                    speaker = document.author?.actor ?? authorOfDefinite(document.range, finder: finder)
                    speakerText = surface(document.range)
                    after = document.range.upperBound
                } else if after + 1 < span.upperBound, tokens[after].lowercased == "the",
                          tokens[after + 1].isWord, !tokens[after + 1].isCapitalized, !isLowercaseNoun(after + 2),
                          ActorLexicon.definiteReferences[tokens[after + 1].lowercased] != nil || definiteReference(at: after + 1, finder: finder) != nil {
                    // "according to the academy": the organisation named earlier by that word
                    // ("according to the campaign" with none named: the words alone).
                    speaker = definiteReference(at: after + 1, finder: finder)
                    speakerText = surface(after..<(after + 2))
                    after += 2
                } else if after + 3 < span.upperBound, tokens[after].lowercased == "the", tokens[after + 1].isWord, !tokens[after + 1].isCapitalized,
                          tokens[after + 2].text.isPossessive, Self.documentWords.contains(tokens[after + 3].lowercased) {
                    // "according to the bureau's figures": the bureau, named before or not.
                    speaker = definiteReference(at: after + 1, finder: finder)
                    speakerText = surface(after..<(after + 2))
                    after += 4
                } else if var end = Self.unnamedBodyEnd(tokens, from: after, limit: span.upperBound) {
                    // "according to the harbour office": a body nobody named; who it is stays open.
                    // ("according to data from the Gun Violence Archive": whose data, when it is named.)
                    let named = end + 1 < span.upperBound && tokens[end + 1].lowercased == "the" ? end + 2 : end + 1
                    if end < span.upperBound, ["from", "by", "of"].contains(tokens[end].lowercased), named < span.upperBound,
                       let source = actorAt[named], source.tokens.lowerBound == named, ![.place, .country].contains(source.type) {
                        speaker = source.actor
                        end = source.tokens.upperBound
                    }
                    speakerText = surface(after..<end)
                    after = end
                } else if tokens[after].isCapitalized || tokens[after].lowercased == "the" && after + 1 < span.upperBound && tokens[after + 1].isCapitalized {
                    // "according to The Verge": a name nobody made an actor of still says who.
                    var end = after + 1
                    // ("the King's Fund": a possessive inside a name.)
                    while end < span.upperBound, end < after + 8, tokens[end].isCapitalized
                            || (["of", "for", "and"].contains(tokens[end].lowercased) || tokens[end].text.isPossessive)
                                && end + 1 < span.upperBound && tokens[end + 1].isCapitalized { end += 1 }
                    // "the El Paso mayor, Dee Margo,": a role after the name, and who holds it.
                    while end < span.upperBound, end < after + 10, ActorLexicon.roleHeads.contains(tokens[end].lowercased) { end += 1 }
                    if end + 1 < span.upperBound, tokens[end].isMark(","), let holder = actorAt[end + 1], holder.type == .person,
                       holder.tokens.upperBound < span.upperBound, tokens[holder.tokens.upperBound].isMark(",") {
                        speaker = holder.actor
                        end = holder.tokens.upperBound
                    }
                    speakerText = surface(after..<end)
                    while end < span.upperBound, Self.documentWords.contains(tokens[end].lowercased) { end += 1 }
                    after = end
                } else if let end = sourcePhraseEnd(from: after, inQuote: inQuote) {
                    // "according to a court clerk, …", "according to him, …", "according to local
                    // news, …": whatever stands between "to" and the comma is the source.
                    let phrase = after..<end
                    switch phrase.count == 1 ? tokens[after].lowercased : "" {
                    case "him": speaker = finder.person(for: "he", before: tokens[after].range.lowerBound, lastSpeaker: lastSpeaker, inTitle: inTitle)
                    case "her": speaker = finder.person(for: "she", before: tokens[after].range.lowerBound, lastSpeaker: lastSpeaker, inTitle: inTitle)
                    case "them": speaker = finder.latestPlural(before: tokens[after].range.lowerBound, inTitle: inTitle)
                    // ("according to residents of Aleppo": a place in the phrase is where they are, not who.)
                    default: speaker = phrase.lazy.compactMap { actorAt[$0] }.first(where: { ![.place, .country].contains($0.type) })?.actor
                        ?? finder.speaker(described: phrase, in: self)
                    }
                    speakerText = surface(phrase)
                    after = end
                } else {
                    // "according to the report": the outlet that reported last.
                    let phraseStart = after
                    var cursor = after
                    // ("according to a 2015 survey", "a survey of 500 voters": a document with a number about it.)
                    func isDocument(_ index: Int) -> Bool {
                        ["report", "reports"].contains(tokens[index].lowercased) || ActorLexicon.documentNouns.contains(tokens[index].lowercased)
                    }
                    while cursor < span.upperBound, cursor < after + 4, tokens[cursor].isWord || tokens[cursor].kind == .number,
                          !isDocument(cursor) { cursor += 1 }
                    guard cursor < span.upperBound, isDocument(cursor) else { return nil }
                    speakerText = surface(after..<(cursor + 1))
                    // "the report" points back to the claim before it; "reports" to nobody in particular.
                    speaker = tokens[cursor].lowercased == "report" ? previousClaim ?? finder.latest(before: tokens[index].range.lowerBound, types: [.media], inTitle: inTitle) : nil
                    after = cursor + 1
                    if after + 1 < span.upperBound, tokens[after].isMark(","), ["which", "who"].contains(tokens[after + 1].lowercased) { after += 1 }
                    // "according to reports from Moscow, …": where the reports came from is not what they say.
                    // ("according to data collected by the agency's “Hurricane Hunters”, …": how it came out, and by whom.)
                    let participle = after + 1 < span.upperBound && tokens[after].lowercased.hasSuffix("ed") && tokens[after].isWord
                        && ["by", "from", "in", "on"].contains(tokens[after + 1].lowercased)
                    if after < span.upperBound, participle || ["from", "by", "in", "on", "which", "that"].contains(tokens[after].lowercased) {
                        var comma = after
                        while comma < span.upperBound, comma < after + 20, !tokens[comma].isMark(",") || inQuote[comma] { comma += 1 }
                        if comma < span.upperBound, tokens[comma].isMark(",") {
                            // "according to a 1989 report from the safety board, …": the board's report.
                            // ("reports from Moscow": a place is where they came from, not who wrote them.)
                            if ["from", "by"].contains(tokens[participle ? after + 1 : after].lowercased),
                               let author = (after..<comma).lazy.compactMap({ actorAt[$0] }).first(where: { ![.place, .country].contains($0.type) }) {
                                speaker = author.actor
                                speakerText = surface(phraseStart..<comma)
                            }
                            after = comma
                        }
                    }
                }
                // "according to the Nuffield Trust think tank, …": what the named one is, before the comma.
                if speakerText != nil, after < span.upperBound, let comma = (after..<min(span.upperBound, after + 3)).first(where: { tokens[$0].isMark(",") }), comma > after,
                   (after..<comma).allSatisfy({ tokens[$0].isWord && !tokens[$0].isCapitalized && !ActorLexicon.functionWords.contains(tokens[$0].lowercased)
                       && ActorLexicon.speechVerbs[tokens[$0].lowercased] == nil && !isVerbLike($0) }) {
                    after = comma
                }
                // "according to the Office for National Statistics (ONS), …": the short name is the name.
                if after + 2 < span.upperBound, let close = shortNameClose(openingAt: after) { after = close + 1 }
                // "…, according to the paper published by Fa and his associates.": the source runs on
                // to the sentence's end ("and his associates" is no claim of its own).
                if after < span.upperBound, tokens[after].lowercased == "and" {
                    var end = after + 1
                    while end < span.upperBound, end < after + 7, tokens[end].sentence == tokens[after].sentence,
                          tokens[end].isWord || tokens[end].text.isPossessive, !Self.clauseWords.contains(tokens[end].lowercased),
                          !Self.finiteAuxiliaries.contains(tokens[end].lowercased), !Self.modals.contains(tokens[end].lowercased),
                          ActorLexicon.speechVerbs[tokens[end].lowercased] == nil { end += 1 }
                    if end > after + 1, end >= span.upperBound || tokens[end].sentence != tokens[after].sentence || tokens[end].isMark(".") {
                        after = end
                        attributionEnd = end
                    }
                }
                // "according to Professor Lund, who chairs the committee, …": who they are is not what they said.
                if after + 1 < span.upperBound, tokens[after].isMark(","), ["who", "which"].contains(tokens[after + 1].lowercased),
                   let comma = ((after + 2)..<min(span.upperBound, after + 30)).first(where: { tokens[$0].isMark(",") && !inQuote[$0] }) {
                    after = comma
                }
                // "according to the mayor of Yartsevo via news agency Interfax, …": the rest of who it was.
                if after < span.upperBound, ["of", "at", "from", "in", "via", "with", "on"].contains(tokens[after].lowercased) {
                    let sentence = tokens[after].sentence
                    var end = after
                    while end < span.upperBound, end < after + 12, tokens[end].sentence == sentence, !tokens[end].isMark(","), !tokens[end].isMark("."),
                          !inQuote[end] { end += 1 }
                    if end >= span.upperBound || tokens[end].isMark(",") || tokens[end].isMark(".") || tokens[end].sentence != sentence { after = end }
                }
                // "according to police in Baytown, Texas, …": the state or country after a town
                // is still where they are, not the start of what they said.
                if cue.normalized == "according to", (cue.range.upperBound..<after).contains(where: { ["in", "from", "near"].contains(tokens[$0].lowercased) }),
                   let region = regionAfterTown(atComma: after, inQuote: inQuote) { after = region }
                attributionEnd = after
            } else {
                var subject = skipAdverbials(from: index - 1, forward: false)
                // ("Tom Reyes speaking to reporters said": whom he spoke to, between him and the verb.)
                if span.contains(subject), let spokenTo = actorAt[subject], spokenTo.tokens.lowerBound - 3 >= span.lowerBound,
                   ["to", "with"].contains(tokens[spokenTo.tokens.lowerBound - 1].lowercased),
                   ["speaking", "talking", "writing"].contains(tokens[spokenTo.tokens.lowerBound - 2].lowercased),
                   actorAt[spokenTo.tokens.lowerBound - 3] != nil {
                    subject = spokenTo.tokens.lowerBound - 3
                }
                // "The ministry has, in a statement, called on …": a phrase between commas after the auxiliary.
                if span.contains(subject), subject > span.lowerBound + 1, tokens[subject].isMark(","), !inQuote[subject],
                   let open = (max(span.lowerBound + 1, subject - 8)..<subject).last(where: { tokens[$0].isMark(",") }),
                   open + 1 < subject, ["has", "have", "had", "will", "would", "is", "was", "are", "were"].contains(tokens[open - 1].lowercased),
                   ["in", "on", "at", "during", "after", "through", "via", "earlier", "later", "however"].contains(tokens[open + 1].lowercased) {
                    subject = skipAdverbials(from: open - 2, forward: false)
                }
                // "Pierce and Hawkins both argued": a quantifier after a named subject.
                if span.contains(subject), subject - 1 >= span.lowerBound, ["both", "all", "each"].contains(tokens[subject].lowercased),
                   actorAt[subject - 1] != nil { subject -= 1 }
                // "…, figures released on Wednesday showed.": the document before how it came out.
                if span.contains(subject), isReleaseOfDocument(at: subject) { subject -= 1 }
                var documentAgent: MentionRef?
                var publisher: String?
                // "Police are warning …": the subject stands before the auxiliary.
                let progressive = progressiveAuxiliary(before: index)
                if let auxiliary = progressive { subject = skipAdverbials(from: auxiliary - 1, forward: false) }
                // "quoted Tomas Lund as saying …": the one quoted.
                if tokens[index].lowercased == "saying", index - 2 >= span.lowerBound, tokens[index - 1].lowercased == "as",
                   actorAt[index - 2] != nil { subject = index - 2 }
                // "Shane Stone is reported as saying …": the subject of the passive said it.
                let reportedAsSaying = cue.range.count > 1 && ["saying", "telling"].contains(tokens[cue.end - 1].lowercased)
                if reportedAsSaying {
                    while span.contains(subject), Self.passiveAuxiliaries.contains(tokens[subject].lowercased)
                            || ["has", "have", "had"].contains(tokens[subject].lowercased) { subject -= 1 }
                    subject = skipAdverbials(from: subject, forward: false)
                }
                // "Harrow Motors Inc. said": the abbreviation's period stands between the name and its verb.
                // (And "Cyrus R. Vance Jr. said": a name's suffix.)
                if span.contains(subject), subject - 1 >= span.lowerBound, tokens[subject].isMark("."),
                   ActorLexicon.companySuffixes.contains(tokens[subject - 1].text) || ["Jr", "Sr"].contains(tokens[subject - 1].text),
                   actorAt[subject - 1] != nil { subject -= 1 }
                // ("Terrence Cole QC said": letters after the name.)
                if span.contains(subject), subject - 1 >= span.lowerBound, ActorFinder.Scan.postnominals.contains(tokens[subject].text),
                   actorAt[subject] == nil, actorAt[subject - 1]?.type == .person { subject -= 1 }
                // "the National Hurricane Center (NHC) reported": the short name is the name.
                if span.contains(subject), let open = shortNameOpen(closingAt: subject), open > span.lowerBound { subject = open - 1 }
                // "The officials who ordered the change claimed …": the subject stands before "who".
                if span.contains(subject), actorAt[subject] == nil, !Self.speakerNouns.contains(tokens[subject].lowercased),
                   let who = relativeSubject(before: index) { subject = who }
                // "the association representing food companies says", "A rafter who raised the alarm …, says":
                // the sentence's subject is the noun its modifier follows.
                // (When the whole phrase reads as the subject, "the association representing grocery chains", it stays.)
                // ("Unions representing maintenance workers say": unnamed people after the participle are its object.)
                // ("Fighters returning from the front say": a group named first, the same.)
                if span.contains(subject), case let found = actorAt[subject], found.map({ [.anonymous, .group].contains($0.type) }) ?? true,
                   case let foundStart = found?.tokens.lowerBound ?? subject,
                   let phrase = clauseSubject(endingAt: subject, closesSentence: false), phrase.lowerBound < foundStart,
                   // (Unnamed people with their modifier stay whole: "Diplomats observing the talks said".)
                   // (A bare group noun is an unnamed source of its article, and still named first.)
                   found != nil || actorAt[phrase.lowerBound]?.type == .group
                    || actorAt[phrase.lowerBound]?.type == .anonymous && ActorLexicon.groupNouns.contains(tokens[phrase.lowerBound].lowercased),
                   case let headEnd = actorAt[phrase.lowerBound].map({ head in
                       head.tokens.lowerBound == phrase.lowerBound && [.group, .anonymous].contains(head.type) ? head.tokens.upperBound : -1
                   }) ?? (Self.speakerNouns.contains(tokens[phrase.lowerBound].lowercased) ? phrase.lowerBound + 1 : -1),
                   headEnd > phrase.lowerBound, headEnd < foundStart,
                   case let modifier = tokens[headEnd].lowercased, modifier == "who" || modifier.hasSuffix("ing") {
                    subject = headEnd - 1
                }
                // "The CIA and other intelligence agencies believe": the one named speaks, as
                // "according to Ruiz and other scientists" gives Ruiz.
                if span.contains(subject), actorAt[subject] == nil, let other = (max(span.lowerBound, subject - 3)..<subject).last(where: {
                       tokens[$0].lowercased == "other" }),
                   ((other + 1)...subject).allSatisfy({ tokens[$0].isWord && !tokens[$0].isCapitalized }),
                   let named = namedBeforeOthers(at: other), named.type != .place, named.type != .country {
                    subject = other - 2
                }
                if span.contains(subject), actorAt[subject].map({ [.place, .country].contains($0.type) }) ?? true,
                   clauseSubject(endingAt: subject, closesSentence: false) == nil,
                   let head = modifiedSubjectHead(before: index) { subject = head }
                // "Stuart MacGill, who is in the squad in place of Andy Bichel says …": broadcast copy
                // leaves out the comma that closes the clause, and the name before the cue is inside it.
                if span.contains(subject), !inQuote[subject], let head = antecedentOfUnclosedClause(around: subject) { subject = head }
                // "he was criticized", "were told": the subject is who was spoken of or to; the
                // speaker, if any, is the agent ("was described by the regulator as …").
                var auxiliary = index - 1
                while span.contains(auxiliary), ["also", "reportedly", "repeatedly", "publicly", "widely", "later", "previously"].contains(tokens[auxiliary].lowercased) {
                    auxiliary -= 1
                }
                // "The Islamist accused by Washington of ordering the attacks": a participle after its noun,
                // with no auxiliary, is a passive too; the noun was spoken of.
                let reducedPassive = Self.judgingParticiples.contains(tokens[index].lowercased) && cue.end < span.upperBound
                    && tokens[cue.end].lowercased == "by" && span.contains(auxiliary) && tokens[auxiliary].isWord
                    && !Self.finiteAuxiliaries.contains(tokens[auxiliary].lowercased)
                if progressive == nil, !reportedAsSaying, span.contains(auxiliary),
                   ["was", "were", "is", "are", "been", "being", "be"].contains(tokens[auxiliary].lowercased) || reducedPassive,
                   cue.end >= span.upperBound || tokens[cue.end].lowercased != "to" {
                    guard cue.end + 1 < span.upperBound, tokens[cue.end].lowercased == "by" else { return nil }
                    if let agent = actorAt[cue.end + 1] ?? (cue.end + 2 < span.upperBound ? actorAt[cue.end + 2] : nil) {
                        take(agent)
                        attributionEnd = agent.tokens.upperBound
                    } else if let description = agentDescription(from: cue.end + 1) {
                        // "was described by the regulator as “…”": nobody named, but someone said it.
                        speaker = finder.speaker(described: description, in: self)
                        speakerText = surface(description)
                        attributionEnd = description.upperBound
                    } else {
                        return nil
                    }
                    attributionStart = auxiliary
                    // ("was told by Ansett administrators that …": people of the agent's.)
                    let peopleEnd = min(span.upperBound, attributionEnd + 2)
                    while attributionEnd < peopleEnd, tokens[attributionEnd].isWord,
                          !tokens[attributionEnd].isCapitalized, Self.speakerNouns.contains(tokens[attributionEnd].lowercased) {
                        attributionEnd += 1
                    }
                    after = attributionEnd
                    if after < span.upperBound, ["as", "that"].contains(tokens[after].lowercased) { after += 1 }
                    return passiveClaim(after: after, cue: cue, at: index, quotes: quotes, used: &used, speaker: speaker,
                                        speakerText: speakerText, attribution: attributionStart..<attributionEnd)
                }
                var passive = false
                if index - 1 > span.lowerBound, ["was", "were", "is", "are"].contains(tokens[index - 1].lowercased), cue.end < span.upperBound,
                   tokens[cue.end].lowercased == "to" {
                    // "Moscow was said to be interested…": the subject is who is said to.
                    passive = true
                    subject = skipAdverbials(from: index - 2, forward: false)
                }
                if span.contains(subject), tokens[subject].isMark(","), !inQuote[subject], let named = strayCommaSubject(before: subject, cue: cue) {
                    // "Senior forecaster Ian Robertson, says …": broadcast copy puts a comma between
                    // a subject and its verb; no comma before it opens an aside.
                    subject = named
                } else if span.contains(subject), tokens[subject].isMark(","), !inQuote[subject] {
                    // "Chagai Tzuriel, director-general of the intelligence ministry, told Reuters".
                    // (An appositive may be long, "Chair in Global Politics in the Faculty of Arts at
                    // Deakin University", but holds no reporting verb of its own.)
                    var comma = subject - 1
                    // ("Ana Ruiz, a Lisbon resident who tweeted about the smoke, said": a verb of a
                    // relative clause inside the appositive is not the claim's.)
                    // ("Kyriakos Mitsotakis, speaking to the Atlantic Council, said": an aside on where he spoke.)
                    while comma > span.lowerBound, comma > subject - 30, !tokens[comma].isMark(","), !inQuote[comma],
                          ActorLexicon.speechVerbs[tokens[comma].lowercased] == nil || ActorLexicon.nounLikeVerbForms.contains(tokens[comma].lowercased)
                            || (max(span.lowerBound, comma - 3)..<comma).contains(where: { ["who", "which", "that"].contains(tokens[$0].lowercased) })
                            || ["speaking", "talking", "writing", "responding", "replying", "reminding"].contains(tokens[comma].lowercased) && tokens[comma - 1].isMark(",") {
                        comma -= 1
                    }
                    // ("The mayor of London, Sadiq Khan, tweeted": the name between the commas, not the role before.)
                    // ("One of the developers, historian Walter Phillips, hopes": a trade before the name too.)
                    // ("…, Terrence Cole QC, said": letters after the name.)
                    let lettersAfterName = subject - 2 > span.lowerBound && ActorFinder.Scan.postnominals.contains(tokens[subject - 1].text)
                        && actorAt[subject - 2]?.type == .person
                    let named = actorAt[lettersAfterName ? subject - 2 : subject - 1].map { reference in
                        reference.type == .person && reference.tokens.lowerBound > comma
                            // ("The Chief of the Army, Lieutenant-General Peter Cosgrove, has confirmed": a rank too.)
                            && (comma + 1..<reference.tokens.lowerBound).allSatisfy { ActorLexicon.honorifics.contains(tokens[$0].lowercased)
                                // ("…'s director, Dr. Ana Ruiz, said": the period of an honorific.)
                                || tokens[$0].isMark(".") && $0 > comma + 1 && ActorLexicon.honorifics.contains(tokens[$0 - 1].lowercased)
                                || tokens[$0].isCapitalized && ActorLexicon.isRoleWord(tokens[$0].lowercased)
                                || !tokens[$0].isCapitalized && !ActorLexicon.functionWords.contains(tokens[$0].lowercased)
                                    && (ActorLexicon.isRoleWord(tokens[$0].lowercased) || ActorLexicon.hasTradeEnding(tokens[$0].lowercased)) }
                    } ?? false
                    if comma > span.lowerBound, tokens[comma].isMark(","), actorAt[comma - 1] != nil, !named { subject = comma - 1 }
                    // "Apple Inc., the iPhone maker, said": the abbreviation's period stands between the name and its comma.
                    if !named, comma - 2 >= span.lowerBound, tokens[comma].isMark(","), tokens[comma - 1].isMark("."),
                       ActorLexicon.companySuffixes.contains(tokens[comma - 2].text), actorAt[comma - 2] != nil { subject = comma - 2 }
                    // "The report, published by the ministry, found …": the document speaks, for whoever
                    // put it out ("The report, released Monday, found …": for nobody named).
                    if !named, comma > span.lowerBound, tokens[comma].isMark(","), actorAt[comma - 1] == nil,
                       ActorLexicon.documentNouns.contains(tokens[comma - 1].lowercased) {
                        let asideEnd = max(comma + 1, subject)
                        documentAgent = ((comma + 1)..<asideEnd).first(where: { tokens[$0].lowercased == "by" })
                            .flatMap { by in ((by + 1)..<max(by + 1, asideEnd)).lazy.compactMap({ self.actorAt[$0] }).first }
                        subject = comma - 1
                    }
                    // "One mother, who did not want to be named, said": a description before the aside.
                    if !named, comma > span.lowerBound, tokens[comma].isMark(","), actorAt[comma - 1] == nil,
                       unnamedSubject(endingAt: comma - 1) != nil {
                        subject = comma - 1
                    }
                    // "The Aam Aadmi Party in Goa, in its statement, said": a place after the name.
                    if !named, subject != comma - 1, comma > span.lowerBound, tokens[comma].isMark(","), actorAt[comma - 1] == nil,
                       let linked = mentionBeforeLink(endingAt: comma - 1) {
                        subject = linked.tokens.upperBound - 1
                    }
                    // "Ian Roberts, 45, from Leeds, said": short asides one after another.
                    var asides = 0
                    while !named, asides < 2, comma > span.lowerBound, tokens[comma].isMark(","), actorAt[comma - 1] == nil, subject - comma <= 8 {
                        var previous = comma - 1
                        while previous > span.lowerBound, previous > comma - 8, !tokens[previous].isMark(","), !inQuote[previous], tokens[previous].isWord || tokens[previous].kind == .number { previous -= 1 }
                        guard previous > span.lowerBound, tokens[previous].isMark(","), !inQuote[previous] else { break }
                        if actorAt[previous - 1] != nil { subject = previous - 1 }
                        comma = previous
                        asides += 1
                    }
                    if named { subject -= lettersAfterName ? 2 : 1 }
                }
                // A place right before the verb says where or whose the subject is, not who speaks.
                if span.contains(subject), !inQuote[subject], let place = actorAt[subject], [.place, .country].contains(place.type),
                   let speaker = subjectBeforePlace(place, inQuote: inQuote) { subject = speaker }
                if span.contains(subject), ["which", "who"].contains(tokens[subject].lowercased), subject - 2 >= span.lowerBound,
                   tokens[subject - 1].isMark(","), actorAt[subject - 2] != nil {
                    // "the United States, which warned…": the one the clause is about.
                    subject -= 2
                    // ("led by Mark Hay, a marine ecologist at GT, who said": "who" is the person the
                    // apposition describes, not the place of work that ends it.)
                    if tokens[subject + 2].lowercased == "who", let workplace = actorAt[subject], workplace.type != .person,
                       let comma = (max(span.lowerBound, workplace.tokens.lowerBound - 12)..<workplace.tokens.lowerBound).last(where: { tokens[$0].isMark(",") }),
                       comma + 1 < workplace.tokens.lowerBound, ["a", "an", "the"].contains(tokens[comma + 1].lowercased),
                       comma - 1 >= span.lowerBound, let person = actorAt[comma - 1], person.type == .person {
                        subject = comma - 1
                    }
                } else if span.contains(subject), ["which", "who"].contains(tokens[subject].lowercased), subject - 2 >= span.lowerBound,
                          tokens[subject - 1].isMark(","), actorAt[subject - 2] == nil, unnamedSubject(endingAt: subject - 2) != nil {
                    // "requests for leniency from Fields' lawyers, who argued …".
                    subject -= 2
                } else if span.contains(subject), tokens[subject].lowercased == "who", subject - 1 >= span.lowerBound,
                          let reference = actorAt[subject - 1], reference.type == .person {
                    // "drafted by Alex Greenwich who said …".
                    subject -= 1
                } else if span.contains(subject), ["which", "that"].contains(tokens[subject].lowercased),
                          case let noun = skipAdverbials(from: subject - 1, forward: false), span.contains(noun),
                          ActorLexicon.documentNouns.contains(tokens[noun].lowercased) {
                    // "They released a statement which said, “…”", "released a statement on Tuesday
                    // that said …": the statement speaks, for whoever put it out.
                    subject = noun
                    publisher = whoPublished(documentEndingAt: noun, finder: finder)
                }
                // A participle is a cue only after a comma ("…, adding that …"; see `cue(at:)`).
                let participle = tokens[index].lowercased.hasSuffix("ing") && index > span.lowerBound
                    && (isAfterComma(index) || isAfterDocument(index) || isAfterBy(index) || isSayingAfterObject(index))
                // "Ruiz thanked the crew and said …", "…, but said …": a second verb shares the subject.
                let conjunction = skipAdverbials(from: index - 1, forward: false)
                let sharesSubject = span.contains(conjunction) && ["and", "but"].contains(tokens[conjunction].lowercased)
                if tokens[index].lowercased.hasSuffix("ing"), let introduced = speakerAfterWith(before: index) {
                    // "…, with Steve Scalise calling the inquiry “Soviet-style”", "with analysts
                    // saying …": the one "with" introduces.
                    switch introduced {
                    case .named(let reference):
                        take(reference)
                        attributionStart = reference.tokens.lowerBound - 1
                    case .described(let description):
                        speaker = finder.speaker(described: description, in: self)
                        speakerText = surface(description)
                        attributionStart = description.lowerBound - 1
                    }
                    continuesSentence = true
                } else if participle, let owner = earlier.last(where: { $0.attribution?.upperBound == index - 1 && $0.speaker != nil }) {
                    // "…, Lund argues, adding it will …": the attribution just before the comma says it.
                    speaker = owner.speaker
                    speakerText = owner.speakerText
                    attributionStart = index
                    continuesSentence = true
                } else if participle || sharesSubject, let reference = sentenceSubject(before: index, lastSpeaker: lastSpeaker, finder: finder) {
                    // "Ruiz thanked the crew, adding that …": who did the main verb says it.
                    speaker = reference.actor
                    speakerText = surface(reference.tokens)
                    attributionStart = index
                    continuesSentence = true
                } else if participle || sharesSubject, let document = documentOpeningSentence(before: index) {
                    // "The report has ruled out pilot error, saying …": the document speaks, for its authors.
                    speaker = document.owner?.actor ?? authorOfDefinite(document.range, finder: finder)
                    speakerText = surface(document.range)
                    attributionStart = index
                    continuesSentence = true
                } else if span.contains(subject), subject > span.lowerBound, !inQuote[subject], tokens[subject - 1].lowercased == "the",
                          !isAfterSpeakerLink(subject - 1), actorAt[subject] == nil, tokens[subject].isWord, !tokens[subject].isCapitalized,
                          ActorLexicon.definiteReferences[tokens[subject].lowercased] != nil || definiteReference(at: subject, finder: finder) != nil {
                    // "the company said", "the paper reported": the organisation or outlet named last
                    // ("the campaign said" with no campaign named: someone spoke, nobody known).
                    speaker = definiteReference(at: subject, finder: finder)
                    speakerText = surface((subject - 1)..<(subject + 1))
                    attributionStart = subject - 1
                } else if span.contains(subject), !inQuote[subject], actorAt[subject] == nil,
                          let document = documentSubject(endingAt: subject, whose: Self.documentVerbs.contains(cue.normalized)) {
                    // "The study found …", "RIAA's notice alleged …": a document speaks for its authors.
                    speaker = document.owner?.actor ?? documentAgent?.actor ?? publisher ?? authorOfDefinite(document.range, finder: finder)
                    speakerText = surface(document.range)
                    attributionStart = document.range.lowerBound
                } else if span.contains(subject), !inQuote[subject], actorAt[subject] == nil, tokens[subject].isWord,
                          let person = ownerBefore(ofPhraseStart(endingAt: subject)) {
                    // "Kristian Andersen of Scripps Research said": a place of work nobody named as an actor.
                    take(person)
                    attributionStart = person.tokens.lowerBound
                } else if span.contains(subject), !inQuote[subject], actorAt[subject] == nil, tokens[subject].isWord, !tokens[subject].isCapitalized,
                          let member = personOfBody(MentionRef(actor: "", type: .anonymous, tokens: subject..<(subject + 1))) {
                    // "Doctors at the hospital said": unnamed people of a body nobody named; they speak, not the hospital.
                    speakerText = surface(member..<(subject + 1))
                    attributionStart = member
                } else if span.contains(subject), !inQuote[subject], let found = actorAt[subject], found.type == .person,
                          let helper = helperSpeakingFor(found) {
                    // "a spokesman for Immigration Minister Tom Berg says": the spokesman speaks, unnamed.
                    speakerText = surface(helper..<found.tokens.upperBound)
                    attributionStart = helper
                } else if span.contains(subject), !inQuote[subject], let found = actorAt[subject], [.organization, .media, .group].contains(found.type),
                          let worker = workerSpeakingFor(found) {
                    // "a doctor working for the relief agency Muslim Hands said": the doctor speaks, unnamed.
                    speakerText = surface(worker..<found.tokens.upperBound)
                    attributionStart = worker
                } else if span.contains(subject), !inQuote[subject], let found = actorAt[subject],
                          [.organization, .media, .group, .place, .country, .anonymous].contains(found.type), found.tokens.upperBound == subject + 1,
                          let member = personOfBody(found) {
                    // "An official from Acme Corporation stated": the official speaks, unnamed.
                    speakerText = surface(member..<found.tokens.upperBound)
                    attributionStart = member
                } else if span.contains(subject), !inQuote[subject], let found = actorAt[subject] {
                    // "RIAA's notice published by GitHub alleged": the notice speaks, for RIAA.
                    if found.tokens.lowerBound - 3 >= span.lowerBound, tokens[found.tokens.lowerBound - 1].lowercased == "by",
                       tokens[found.tokens.lowerBound - 2].lowercased.hasSuffix("ed"),
                       let document = documentSubject(endingAt: found.tokens.lowerBound - 3) {
                        speaker = document.owner?.actor
                        speakerText = surface(document.range)
                        attributionStart = document.range.lowerBound
                    } else {
                        // "Peter Lund of the Harbour Workers Union said": Lund speaks, not the union.
                        var reference = owner(of: found) ?? found
                        // ("a study conducted by Ana Ruiz and other researchers reported": the one named, as
                        // "according to … Ruiz and other scientists" gives.)
                        if found.type == .anonymous, let person = namedBeforeOthers(at: found.tokens.lowerBound), person.type == .person {
                            reference = person
                        }
                        take(reference)
                        attributionStart = reference.tokens.lowerBound
                        // "The deputy prime minister said": the one named with that role, if any.
                        if reference.type == .anonymous, let person = finder.person(describedBy: reference, in: self) { speaker = person }
                    }
                } else if span.contains(subject), !inQuote[subject],
                          ["report", "reports", "news"].contains(tokens[subject].lowercased) || ActorLexicon.mediaDescriptors.contains(tokens[subject].lowercased),
                          let outlet = (max(span.lowerBound, subject - 4)..<subject).reversed().compactMap({ actorAt[$0] }).first {
                    // "A Channel 10 news report said": the outlet speaks.
                    speaker = outlet.actor
                    var start = outlet.tokens.lowerBound
                    if start > span.lowerBound, ["a", "an", "the"].contains(tokens[start - 1].lowercased) { start -= 1 }
                    speakerText = surface(start..<(subject + 1))
                    attributionStart = start
                } else if span.contains(subject), !inQuote[subject], ActorLexicon.personalPronouns.contains(tokens[subject].lowercased) {
                    speakerText = tokens[subject].text
                    // "The Trends bulletin says …. It also says …": the document that spoke in the sentence before.
                    // (When the sentence opens on "the company" and nobody is known by it, "it" is nobody known either.)
                    let body: String?? = tokens[subject].lowercased != "it" ? nil
                        : documentThatSpokeBefore(subject, earlier: earlier) ?? sentenceOpeningBody(before: subject, finder: finder)
                            ?? bodyThatSpokeBefore(subject, earlier: earlier, finder: finder)
                    if tokens[subject].lowercased == "they", let group = pluralSubjectOpeningSentence(beforeTrailing: subject) {
                        // "State prosecutors charged him with murder, they said": the sentence's own subject.
                        speakerText = surface(group)
                        attributionStart = subject
                        speaker = finder.speaker(described: group, in: self)
                    } else {
                        speaker = tokens[subject].lowercased == "it" ? body ?? finder.latest(before: tokens[subject].range.lowerBound, types: [.organization, .country, .media], inTitle: inTitle)
                            : tokens[subject].lowercased == "they" ? finder.latestPlural(before: tokens[subject].range.lowerBound, inTitle: inTitle)
                                ?? finder.latest(before: tokens[subject].range.lowerBound, types: [.organization], inTitle: inTitle)
                            : finder.person(for: tokens[subject].lowercased, before: tokens[subject].range.lowerBound, lastSpeaker: lastSpeaker, inTitle: inTitle)
                        attributionStart = subject
                    }
                } else if !participle, let named = Optional(namedAfter(cue.end)), named < span.upperBound, let reference = actorAt[named], !passive,
                          index > span.lowerBound, tokens[index - 1].kind == .mark, cue.normalized != "told" {
                    // "…,” said Lavrov. (Not "…, telling Wikinews …": after a participle comes whom it was told;
                    // nor "A witness, who asked not to be named, told the BBC …": "told" never inverts.)
                    take(reference)
                    attributionEnd = reference.tokens.upperBound
                    // "“…”, reads an AEW press release, “…”": what the organisation put out speaks for it.
                    var documentEnd = attributionEnd
                    while documentEnd < span.upperBound, documentEnd < attributionEnd + 2,
                          tokens[documentEnd].lowercased == "press" || ActorLexicon.documentNouns.contains(tokens[documentEnd].lowercased) {
                        documentEnd += 1
                    }
                    if reference.type != .person, documentEnd > attributionEnd, ActorLexicon.documentNouns.contains(tokens[documentEnd - 1].lowercased) {
                        speakerText = surface(cue.end..<documentEnd)
                        attributionEnd = documentEnd
                    }
                    // "…, say scientists at the university.": where they are from ends the sentence.
                    if attributionEnd < span.upperBound, ["at", "from", "in", "of", "with"].contains(tokens[attributionEnd].lowercased) {
                        var end = attributionEnd
                        while end < span.upperBound, end < attributionEnd + 8, tokens[end].sentence == tokens[index].sentence,
                              tokens[end].isWord || tokens[end].text.isPossessive { end += 1 }
                        if end >= span.upperBound || tokens[end].sentence != tokens[index].sentence || tokens[end].isMark(".") { attributionEnd = end }
                    }
                    after = attributionEnd
                } else if !passive, followsQuote(index), let owned = ownedDocument(at: cue.end) {
                    // "“…,” reads Judge Miller's statement": the statement speaks for its author.
                    speaker = owned.owner.actor
                    speakerText = surface(owned.range)
                    attributionEnd = owned.range.upperBound
                    after = attributionEnd
                } else if !passive, followsQuote(index), let description = unnamedSubject(startingAt: cue.end) {
                    // "…,” said a police spokesman.": nobody named, but someone said it.
                    let owner = description.lazy.compactMap { actorAt[$0] }.first
                    speaker = owner?.actor ?? finder.speaker(described: description, in: self)
                    speakerText = surface(description)
                    attributionEnd = description.upperBound
                    // ("…,” said his father, Abdullah Kurdi, after the ceremony.": the name after it is who.)
                    if owner == nil, attributionEnd + 1 < span.upperBound, tokens[attributionEnd].isMark(","),
                       let named = actorAt[attributionEnd + 1], named.type == .person, named.tokens.lowerBound == attributionEnd + 1,
                       named.tokens.upperBound >= span.upperBound || tokens[named.tokens.upperBound].kind == .mark {
                        speaker = named.actor
                        attributionEnd = named.tokens.upperBound
                    }
                    after = attributionEnd
                } else if !passive, followsQuote(index), let modified = modifiedUnnamedSubject(startingAt: cue.end) {
                    // "…,” said a farmer living near the river.": who it is, then what sets them apart.
                    speaker = finder.speaker(described: modified.speaker, in: self)
                    speakerText = surface(modified.speaker)
                    attributionEnd = modified.end
                    after = attributionEnd
                } else if cue.end < span.upperBound, ActorLexicon.personalPronouns.contains(tokens[cue.end].lowercased), !passive,
                          followsQuote(index) {
                    speakerText = tokens[cue.end].text
                    speaker = finder.person(for: tokens[cue.end].lowercased, before: tokens[cue.end].range.lowerBound, lastSpeaker: lastSpeaker, inTitle: inTitle)
                    attributionEnd = cue.end + 1
                    after = attributionEnd
                } else if span.contains(subject), !inQuote[subject], actorAt[subject] == nil,
                          let linked = mentionBeforeLink(endingAt: subject), let person = owner(of: linked) {
                    // "Ryan Norris of the University of Guelph in Ontario said": past a place nobody acts as.
                    take(person)
                    attributionStart = person.tokens.lowerBound
                } else if span.contains(subject), !inQuote[subject], actorAt[subject] == nil, !passive, !participle,
                          !Self.weakCues.contains(cue.normalized), let description = unnamedSubject(endingAt: subject) {
                    // (Before "…, claiming …" stands the object of another verb: "arrested 33 men, claiming".)
                    // "the army said", "The commissioner said": who it is, when the article named them.
                    speaker = finder.speaker(described: description, in: self)
                    speakerText = surface(description)
                    attributionStart = description.lowerBound
                } else if span.contains(subject), !inQuote[subject], actorAt[subject] == nil, !passive, !participle,
                          Self.plainSpeechCues.contains(cue.normalized),
                          let description = clauseSubject(endingAt: subject, closesSentence: closesSentence(after: cue)),
                          // ("A bombing was yesterday reported to have killed …": spoken of, not speaking;
                          // "Critics … have claimed": a perfect tense, still speaking.)
                          !(description.upperBound..<index).contains(where: { Self.finiteAuxiliaries.contains(tokens[$0].lowercased) })
                            || (description.upperBound..<index).allSatisfy({ ["has", "have", "had"].contains(tokens[$0].lowercased)
                                || ActorLexicon.verbAdverbs.contains(tokens[$0].lowercased) && !Self.finiteAuxiliaries.contains(tokens[$0].lowercased) }),
                          cue.end >= span.upperBound || tokens[cue.end].lowercased != "to",
                          opensReportedClause(after: cue) {
                    // "The city said …", "An acquaintance said …": a subject no list knows still speaks.
                    speaker = finder.speaker(described: description, in: self)
                    speakerText = surface(description)
                    attributionStart = description.lowerBound
                } else {
                    return nil
                }
                if passive {
                    after = cue.end
                    while after < span.upperBound, ["to", "have", "be"].contains(tokens[after].lowercased) { after += 1 }
                }
            }
            var addressee: String?
            // "warned drivers that speeding is dangerous", "assured investors that …": whom, then what.
            if ["warned", "assured", "reminded", "informed", "advised", "cautioned", "promised"].contains(cue.normalized), after < span.upperBound,
               tokens[after].isWord, !["that", "of", "against", "about", "on", "in", "to"].contains(tokens[after].lowercased),
               let that = ((after + 1)..<min(span.upperBound, after + 7)).first(where: { tokens[$0].lowercased == "that" }),
               (after..<that).allSatisfy({ (tokens[$0].isWord || tokens[$0].text.isPossessive) && !inQuote[$0] && !isVerbLike($0)
                   && !isFiniteVerb($0) && tokens[$0].sentence == tokens[after].sentence }),
               that + 1 < span.upperBound, !isFiniteVerb(that + 1) {
                addressee = surface(after..<that)
                after = that + 1
            }
            if cue.normalized == "told", after < span.upperBound {
                if let stretch = namingStretch(from: after) {
                    var end = stretch.end
                    // ("told NPR Hamza bin Laden had appeared": a name right after the addressee's, before
                    // a verb, is the subject of what was said.)
                    if let first = actorAt[after] ?? (after + 1 < span.upperBound && tokens[after].lowercased == "the" ? actorAt[after + 1] : nil),
                       first.tokens.upperBound < end, let next = actorAt[first.tokens.upperBound], next.tokens.upperBound == end,
                       end < span.upperBound, isFiniteVerb(end) || Self.finiteAuxiliaries.contains(tokens[end].lowercased) {
                        end = first.tokens.upperBound
                    }
                    // "told the BBC's Today programme the government was …": the outlet's programme.
                    if end < span.upperBound, tokens[end].text.isPossessive {
                        var programme = end + 1
                        while programme < span.upperBound, programme < end + 6, tokens[programme].isCapitalized || tokens[programme].kind == .number {
                            programme += 1
                        }
                        if programme < span.upperBound, ActorLexicon.mediaDescriptors.contains(tokens[programme].lowercased) { programme += 1 }
                        // ("told CNN's reporters that …": the outlet's people.)
                        if programme == end + 1, let audience = (programme..<min(span.upperBound, programme + 3)).first(where: {
                            ActorLexicon.audienceNouns.contains(tokens[$0].lowercased) }),
                           (programme..<audience).allSatisfy({ tokens[$0].isWord && !tokens[$0].isCapitalized }) {
                            programme = audience + 1
                        }
                        if programme > end + 1 { end = programme }
                    }
                    // "told the AFP news agency", "told ABC radio": the kind of outlet after its name.
                    if stretch.actor.type == .media, end == stretch.end {
                        var kind = end
                        while kind < span.upperBound, kind < end + 2, tokens[kind].isWord, !tokens[kind].isCapitalized,
                              ActorLexicon.mediaDescriptors.contains(tokens[kind].lowercased) || tokens[kind].lowercased == "news" { kind += 1 }
                        if kind > end, ActorLexicon.mediaDescriptors.contains(tokens[kind - 1].lowercased) {
                            end = kind
                            // ("told CBS station KDKA-TV that …": the station's own name follows; not "told ABC
                            // radio Labor would lose".)
                            if ["station", "affiliate", "channel"].contains(tokens[kind - 1].lowercased) {
                                while end < span.upperBound, end < kind + 4, tokens[end].isCapitalized || tokens[end].isMark("-") { end += 1 }
                            }
                        }
                    }
                    // "told BBC Breakfast they had been left stranded": an outlet's programme after its name.
                    if stretch.actor.type == .media, end == stretch.end {
                        var programme = end
                        while programme < span.upperBound, programme < end + 3, tokens[programme].isCapitalized,
                              !tokens[programme].startsSentence, actorAt[programme] == nil { programme += 1 }
                        // (Only before a clause's opening word: "told NPR Hamza bin Laden had …" names Hamza.)
                        if programme > end, programme < span.upperBound,
                           ["that", "he", "she", "they", "it", "we", "i", "the", "a", "an", "there", "this"].contains(tokens[programme].text) {
                            end = programme
                        }
                    }
                    addressee = surface(after..<end)
                    after = end
                } else if ["him", "her", "them", "us", "me"].contains(tokens[after].lowercased),
                          // ("told her counterpart that …": "her" may own the addressee.)
                          tokens[after].lowercased != "her" || after + 1 < span.upperBound
                            && (["the", "a", "an", "that", "it", "he", "she", "they", "there", "this"].contains(tokens[after + 1].lowercased)
                                || tokens[after + 1].isCapitalized) {
                    // "told him the policy would lapse": a pronoun is the whole addressee.
                    addressee = tokens[after].text
                    after += 1
                } else {
                    var cursor = after
                    // "told reporters talks had stalled": a word for an audience ends the addressee.
                    var audience = after
                    if audience < span.upperBound, ["the", "a", "an"].contains(tokens[audience].lowercased) { audience += 1 }
                    while audience < span.upperBound, audience < after + 4, tokens[audience].isWord,
                          !ActorLexicon.audienceNouns.contains(tokens[audience].lowercased) { audience += 1 }
                    var audienceEnd = audience < span.upperBound && ActorLexicon.audienceNouns.contains(tokens[audience].lowercased) ? audience + 1 : nil
                    // ("told a press conference": the last of the nouns is the audience.)
                    while let end = audienceEnd, end < span.upperBound, tokens[end].isWord, ActorLexicon.audienceNouns.contains(tokens[end].lowercased) {
                        audienceEnd = end + 1
                    }
                    // ("told the Military Times the attack was planned": a second "the" opens what was said.)
                    while cursor < span.upperBound, cursor < (audienceEnd ?? after + 5), tokens[cursor].isWord,
                          !(cursor > after && ["the", "a", "an"].contains(tokens[cursor].lowercased) && tokens[cursor - 1].isCapitalized),
                          // ("told the commission of a culture of fear": what it was told of.)
                          // (Not "told a meeting of Israeli and Palestinian officials": only "of" before a determiner
                          // or a word of amount, "of widespread fear".)
                          !(cursor > after + 1 && ["of", "about"].contains(tokens[cursor].lowercased) && cursor + 1 < span.upperBound
                              && ["a", "an", "the", "his", "her", "their", "its", "widespread", "growing"].contains(tokens[cursor + 1].lowercased)),
                          !["that", "in", "on", "at", "during", "after", "before", "when", "while", "earlier", "last", "this", "he", "she", "it", "they", "we", "i"].contains(tokens[cursor].lowercased),
                          !ActorLexicon.calendarWords.contains(tokens[cursor].lowercased),
                          ActorLexicon.speechVerbs[tokens[cursor].lowercased] == nil {
                        cursor += 1
                    }
                    if cursor > after {
                        addressee = surface(after..<cursor)
                        after = cursor
                    }
                }
                // "told analysts on a conference call that …": where they were told is not what.
                if after + 2 < span.upperBound,
                   ["on", "in", "at", "during", "via", "over", "from", "outside", "after", "before"].contains(tokens[after].lowercased),
                   let that = ((after + 1)..<min(span.upperBound, after + 9)).first(where: { tokens[$0].lowercased == "that" }),
                   ((after + 1)..<that).allSatisfy({ (tokens[$0].isWord || tokens[$0].kind == .number || tokens[$0].text.isPossessive) && !inQuote[$0]
                       && (ActorLexicon.speechVerbs[tokens[$0].lowercased] == nil || ActorLexicon.nounLikeVerbForms.contains(tokens[$0].lowercased))
                       && !Self.finiteAuxiliaries.contains(tokens[$0].lowercased)
                       // ("during a hearing that lasted three hours that …": a relative "that" after a verb.)
                       && !(tokens[$0].lowercased.hasSuffix("ed") && tokens[$0].text.count > 4) }),
                   that + 1 < span.upperBound, !isVerbLike(that + 1) {
                    after = that + 1
                }
                // "told BBC Radio 4's Today programme: “…”": the rest of the name runs to the colon.
                if let colon = (after..<min(span.upperBound, after + 8)).first(where: { tokens[$0].isMark(":") }),
                   colon + 1 < span.upperBound, quotes.contains(where: { $0.open == colon + 1 }),
                   (after..<colon).allSatisfy({ tokens[$0].isWord || tokens[$0].kind == .number || tokens[$0].text.isPossessive }),
                   !(after..<colon).contains(where: { ActorLexicon.speechVerbs[tokens[$0].lowercased] != nil }) {
                    if colon > after { addressee = [addressee, surface(after..<colon)].compactMap { $0 }.joined(separator: " ") }
                    after = colon
                }
                attributionEnd = max(attributionEnd, after)
            }
            // "expressed confidence that …", "voiced fears that …": the feeling names the act; what
            // follows "that" was said.
            if ["expressed", "voiced"].contains(cue.normalized),
               let that = (after..<min(span.upperBound, after + 5)).first(where: { tokens[$0].lowercased == "that" }), that > after,
               (after..<that).allSatisfy({ tokens[$0].isWord && !isVerbLike($0) }), that + 1 < span.upperBound {
                after = that + 1
                attributionEnd = max(attributionEnd, after)
            }
            // "replied to critics that …", "agreed with economists that …": to or with whom is not what.
            if ["replied", "responded", "agreed"].contains(cue.normalized), after + 1 < span.upperBound,
               ["to", "with", "on"].contains(tokens[after].lowercased),
               let that = ((after + 1)..<min(span.upperBound, after + 8)).first(where: { tokens[$0].lowercased == "that" }),
               ((after + 1)..<that).allSatisfy({ tokens[$0].isWord && !isVerbLike($0) }) {
                after = that + 1
                attributionEnd = max(attributionEnd, after)
            }
            // Direct: a quote right before the attribution ("“…,” Lavrov said").
            let attribution = attributionStart..<attributionEnd
            // The words before the speaker's name that belong to it: "Russian Foreign Minister".
            var nameStart = attributionStart
            // ("suffered “two deep wounds” in the attack according to a spokesperson": "according
            // to" comes before its name, so the words before it are what was said.)
            while cue.normalized != "according to", nameStart - 1 > span.lowerBound, nameStart > attributionStart - 9, tokens[nameStart - 1].isWord || tokens[nameStart - 1].kind == .number,
                  !inQuote[nameStart - 1], ActorLexicon.speechVerbs[tokens[nameStart - 1].lowercased] == nil || actorAt[nameStart - 1] != nil {
                // ("United States Attorney-General …": "States" in a name is no verb.)
                nameStart -= 1
            }
            if !(nameStart > span.lowerBound && (tokens[nameStart - 1].isMark(",") || inQuote[nameStart - 1])) { nameStart = attributionStart }
            var before = nameStart - 1
            while span.contains(before), tokens[before].isMark(",") || tokens[before].isMark(":") { before -= 1 }
            // (Only within the sentence: “… false.” An organizer said … is a new attribution;
            // but "“… a trial.” Pelosi said." is a sentence that holds nothing but who said it.)
            let attributionAlone = span.contains(before) && tokens[before].sentence != tokens[index].sentence
                && (attributionEnd..<span.upperBound).prefix(while: { tokens[$0].sentence == tokens[index].sentence }).allSatisfy { tokens[$0].kind == .mark }
            // ("To the question, “…?”, Friedli replied: “No.”": the quote after the colon is the answer.)
            let quoteAfterColon = cue.end + 1 < span.upperBound && tokens[cue.end].isMark(":") && quotes.contains { $0.open == cue.end + 1 }
            // ("With … “the stress I'm under”, she shared that she …": a "that" after the cue says what.)
            let thatClauseAfter = cue.end + 1 < span.upperBound && tokens[cue.end].lowercased == "that" && tokens[cue.end + 1].isWord
                && !Self.isTimeWord(tokens[cue.end + 1].lowercased)
            if !continuesSentence, !quoteAfterColon, !thatClauseAfter, span.contains(before), tokens[before].sentence == tokens[index].sentence || attributionAlone,
               let position = quotes.firstIndex(where: { $0.close == before }), !used.contains(position), !isNameInQuotes(quotes[position]),
               !isTitleBeforeOccupation(quotes[position]) {
                used.insert(position)
                // ("The rules prohibit “any intervention …,” a spokesperson stated": words of the
                // sentence before the quote, with no one named or saying anything, lead into it.)
                let quote = quotes[position]
                let sentenceOpen = clauseStart(before: quote.open)
                if sentenceOpen < quote.open, tokens[sentenceOpen].sentence == tokens[quote.open].sentence,
                   wordCount(sentenceOpen..<quote.open) >= 2, tokens[quote.open - 1].isWord,
                   !(sentenceOpen..<quote.open).contains(where: { actorAt[$0]?.type == .person || ActorLexicon.speechVerbs[tokens[$0].lowercased] != nil
                       || inQuote[$0] }) {
                    return Found(paragraph: paragraph, speaker: speaker, speakerText: speakerText, cue: cue.normalized, addressee: addressee,
                                 kind: .mixed, content: sentenceOpen..<(quote.close.map { $0 + 1 } ?? quote.content.upperBound),
                                 attribution: attribution, inTitle: inTitle,
                                 cueToken: index)
                }
                return Found(paragraph: paragraph, speaker: speaker, speakerText: speakerText, cue: cue.normalized, addressee: addressee,
                             kind: .direct, content: quote.content, attribution: attribution, inTitle: inTitle, cueToken: index)
            }
            let cueEnd = after
            // "commented on the size of …", "told reporters about her research": a topic, not what
            // was said; "called off the search" is no speech at all.
            // ("says about 1,600 workers …": "about" before a number is a guess, not a topic; not
            // after "claimed", which also kills: "claimed about 3000 lives".)
            if after < span.upperBound, ["about", "upon"].contains(tokens[after].lowercased),
               after + 1 >= span.upperBound || tokens[after + 1].kind != .number || ["according to", "claimed"].contains(cue.normalized) {
                return nil
            }
            if after < span.upperBound, after == cue.end {
                let next = tokens[after].lowercased
                if ["commented", "remarked"].contains(cue.normalized), next == "on" { return nil }
                // ("said of the plan that it was too costly": what follows "that" is what was said.)
                // (Never a "that" inside a quote: "said of Ruiz, “She built a party that …”".)
                let thatFollows = (after..<min(span.upperBound, after + 10)).contains { tokens[$0].lowercased == "that" && tokens[$0].sentence == tokens[after].sentence && !inQuote[$0] }
                // ("said of Ruiz, “…”": whom it was said of, then the words.)
                let quoteAfterOf = next == "of" && quotes.contains { quote in
                    quote.open > after + 1 && quote.open <= after + 8 && (tokens[quote.open - 1].isMark(",") || tokens[quote.open - 1].isMark(":"))
                        && ((after + 1)..<(quote.open - 1)).allSatisfy { tokens[$0].sentence == tokens[after].sentence && !inQuote[$0] && tokens[$0].isWord }
                }
                // "warned of escalating industrial action", "warned against opening attachments": the
                // danger warned of is what was said, as a demand is for "called for".
                // ("warned of a virus that can erase data": "that" before a verb is the virus's relative clause.)
                // ("Residents were warned of flooding": told, not telling.)
                let warnedOf = cue.normalized == "warned" && ["of", "against"].contains(next) && after + 1 < span.upperBound
                    && !(index > span.lowerBound && Self.passiveAuxiliaries.contains(tokens[index - 1].lowercased))
                let thatOpensClause = thatFollows && (after..<min(span.upperBound, after + 10)).first { tokens[$0].lowercased == "that" }
                    .map { that in that + 1 < span.upperBound && !isFiniteVerb(that + 1) && !Self.finiteAuxiliaries.contains(tokens[that + 1].lowercased) } == true
                if next == "of" && cue.normalized != "according to" && !thatFollows && !warnedOf && !quoteAfterOf { return nil }
                if warnedOf, !thatOpensClause { after += 1 }
                if cue.normalized == "called", ["off", "in", "up", "back", "out"].contains(next) { return nil }
                // ("a member of the family called Mr Hicks had travelled": whom the family member is named for.)
                if cue.normalized == "called", tokens[after].isCapitalized, case let nameEnd = (after..<min(span.upperBound, after + 5))
                    .first(where: { !tokens[$0].isCapitalized }) ?? after, nameEnd > after, nameEnd < span.upperBound,
                   isFiniteVerb(nameEnd) || Self.finiteAuxiliaries.contains(tokens[nameEnd].lowercased) { return nil }
                // "called for a ban on …": what was called for is the demand.
                if cue.normalized == "called", next == "for", after + 1 < span.upperBound { after += 1 }
                // "Warren, said to be among the finalists": hearsay about her, not her words.
                if cue.normalized == "said", next == "to", after + 1 < span.upperBound, ["be", "have"].contains(tokens[after + 1].lowercased) { return nil }
            }
            after = skipAdverbials(from: after, forward: true)
            // "indicated on Twitter the girl was ill": where it was said is not what was said.
            if after > cueEnd, after < span.upperBound, ["on", "via"].contains(tokens[after - 1].lowercased), tokens[after].isCapitalized,
               actorAt[after].map({ $0.type == .media || $0.type == .organization }) ?? true {
                var end = actorAt[after]?.tokens.upperBound ?? after + 1
                while end < span.upperBound, end < after + 3, tokens[end].isCapitalized { end += 1 }
                if end < span.upperBound, tokens[end].isWord, !tokens[end].isCapitalized || ["the", "a", "an"].contains(tokens[end].lowercased) { after = end }
            }
            let sentence = tokens[index].sentence
            // ("…, they said Sunday — murder carrying …": after an attribution that closes its clause, a
            // dash opens the writer's gloss; "said — as reported by … — “…”" goes on after its aside.)
            let trailing = attributionStart > span.lowerBound && tokens[attributionStart - 1].isMark(",")
            let atClauseEnd = after >= span.upperBound || [",", ".", ";"].contains(tokens[after].text) && tokens[after].kind == .mark
                || trailing && ["—", "–"].contains(tokens[after].text)
                || tokens[after].sentence != sentence || endsOnPlaceOrTime(from: after)
            // "wrote in an op-ed for the Hill on April 10 that …": what was said follows "that".
            // ("explained to the press, “…”", "said to reporters that …": to whom, then what.)
            let prepositions: Set<String> = ["in", "on", "at", "for", "during", "after", "before", "with", "from", "of", "to"]
            // (Only "to" before someone: "threatened to withhold funds from districts that …" is an infinitive.)
            func opensPhrase(_ index: Int) -> Bool {
                guard index < span.upperBound, prepositions.contains(tokens[index].lowercased) else { return false }
                guard tokens[index].lowercased == "to" else { return true }
                guard index + 1 < span.upperBound else { return false }
                let next = tokens[index + 1]
                return next.isCapitalized || actorAt[index + 1] != nil || ActorLexicon.audienceNouns.contains(next.lowercased)
                    || ["the", "a", "an", "his", "her", "their", "its", "our", "him", "them", "us", "me"].contains(next.lowercased)
            }
            var foundThat = false
            if opensPhrase(after) {
                var cursor = after
                while cursor < span.upperBound, cursor < after + 14, tokens[cursor].sentence == sentence, !inQuote[cursor],
                      tokens[cursor].lowercased != "that" { cursor += 1 }
                if cursor < span.upperBound, tokens[cursor].lowercased == "that" {
                    after = cursor + 1
                    foundThat = true
                }
            }
            // "said in a statement the talks would resume": where it was said, then what, with no "that".
            if !foundThat, after + 3 < span.upperBound, ["a", "an", "the", "his", "her", "its", "their"].contains(tokens[after + 1].lowercased),
               let venue = venueNoun(after: after, before: after + 5),
               venue + 1 < span.upperBound, tokens[venue + 1].isWord, tokens[venue + 1].sentence == sentence,
               !["to", "of", "by", "from", "with", "on", "in", "at", "for"].contains(tokens[venue + 1].lowercased) {
                after = venue + 1
            } else if !foundThat, after + 4 < span.upperBound, ["a", "an", "the", "his", "her", "its", "their"].contains(tokens[after + 1].lowercased),
                      let venue = venueNoun(after: after, before: after + 5), venue + 2 < span.upperBound, tokens[venue + 1].isMark(","),
                      tokens[venue + 2].isWord, tokens[venue + 2].sentence == sentence, !quotes.contains(where: { $0.open == venue + 2 }) {
                // ("Charité said in a statement, Navalny would undergo tests": a comma after where.)
                after = venue + 2
            }
            // "said in a statement: “…”", "wrote on her blog, “…”": the quote is what was said.
            // ("on" is skipped as in "said on Monday", so the phrase is looked for from the cue.)
            let phrase = opensPhrase(cueEnd) ? cueEnd : after
            if !foundThat, opensPhrase(phrase),
               let position = quotes.indices.first(where: { quotes[$0].open > phrase && quotes[$0].open <= phrase + 12 && !used.contains($0) }),
               case let quote = quotes[position], tokens[quote.open - 1].isMark(",") || tokens[quote.open - 1].isMark(":"),
               (phrase..<(quote.open - 1)).allSatisfy({ tokens[$0].sentence == sentence && !inQuote[$0] && (actorAt[$0] == nil || tokens[phrase].lowercased == "of") }) {
                after = quote.open
            }
            // ("he added; “…”": a semicolon for a colon.)
            // ("says that will mean farmers suffer": "that" before a verb is what the clause is about.)
            func thatIsSubject(_ that: Int) -> Bool {
                that + 1 < span.upperBound && ["will", "would", "is", "was", "has", "had", "could", "can", "may", "might", "should", "must",
                                               "means", "meant", "makes", "made", "shows", "showed"].contains(tokens[that + 1].lowercased)
            }
            while after < span.upperBound, tokens[after].isMark(",") || tokens[after].isMark(":") || tokens[after].lowercased == "that" && !thatIsSubject(after)
                    || tokens[after].isMark(";") && after + 1 < span.upperBound && quotes.contains(where: { $0.open == after + 1 }) {
                after += 1
                after = skipAdverbials(from: after, forward: true)
            }
            // "said, in response to the study, “…”": an aside between commas before the quote.
            if after < span.upperBound, tokens[after - 1].isMark(",") || tokens[after].isMark(",") {
                var cursor = tokens[after].isMark(",") ? after + 1 : after
                let asideStart = cursor
                while cursor < span.upperBound, cursor < asideStart + 8, tokens[cursor].isWord || tokens[cursor].kind == .number { cursor += 1 }
                if cursor + 1 < span.upperBound, cursor > asideStart, tokens[cursor].isMark(","),
                   let position = quotes.firstIndex(where: { $0.open == cursor + 1 }), !used.contains(position) {
                    after = cursor + 1
                }
            }
            // Direct: a quote right after the cue ("Lavrov said: “…”"). (A finding of a quoted
            // term is no quotation: "the analysis showed “Dementia Joe” as a popular label".)
            if after < span.upperBound, let position = quotes.firstIndex(where: { $0.open == after }), !used.contains(position),
               !ActorLexicon.findingVerbs.contains(cue.normalized) || wordCount(quotes[position].content) >= 3 {
                used.insert(position)
                return Found(paragraph: paragraph, speaker: speaker, speakerText: speakerText, cue: cue.normalized, addressee: addressee,
                             kind: .direct, content: quotes[position].content, attribution: attribution, inTitle: inTitle, cueToken: index)
            }
            // Indirect before: "Israel has rejected …, Reuters reports, while …".
            // ("Since then, according to the academy, …": two words before are an adverbial, not
            // what was said; the claim follows.)
            var contentBefore = atClauseEnd && nameStart > span.lowerBound && tokens[nameStart - 1].isMark(",")
                ? trimmed(clauseStart(before: nameStart - 1)..<(nameStart - 1)) : nil
            if contentBefore == nil, ["said", "added"].contains(cue.normalized), !continuesSentence,
               after >= span.upperBound || tokens[after].sentence != sentence || tokens[after].isMark("."),
               let start = attributionWithoutComma(at: attributionStart, cue: tokens[index].lowercased) {
                contentBefore = trimmed(clauseStart(before: start)..<start)
            }
            // "The ferry, officials said, carries 400 a day": an attribution between commas inside
            // the sentence, after its subject; what was said is the whole sentence around it.
            // ("…, Reuters reports, while …": a new clause after the comma is no rest of this one.)
            // ("…, Lund argued, describing the dredging as overdue": a participle that says is a claim of its own.)
            // ("…, according to police, who said officers arrived …": what the source goes on to say
            // is a claim of its own.)
            // ("…at 2 a.m., according to police, but the man was found dead": "but" opens the reporter's own clause.)
            // ("…, according to officials, some of whom were hurt": the clause is on the source.)
            let opensNewClause = cueEnd + 1 < span.upperBound && (Self.clauseOpeners.contains(tokens[cueEnd + 1].lowercased)
                || cue.normalized == "according to" && tokens[cueEnd + 1].lowercased == "but"
                || ["who", "which"].contains(tokens[cueEnd + 1].lowercased)
                || cueEnd + 3 < span.upperBound && tokens[cueEnd + 2].lowercased == "of" && ["whom", "which"].contains(tokens[cueEnd + 3].lowercased)
                || ActorLexicon.participleCues.contains(tokens[cueEnd + 1].lowercased))
            // ("…, according to prosecutor Ana Ruiz, the state's attorney.": who the source is, to the end.)
            // ("…, according to her lawyer, Ana Ruiz.": a name that ends the sentence, the same.)
            let restOfSentence = ((cueEnd + 1)..<max(cueEnd + 1, span.upperBound)).prefix(while: { tokens[$0].sentence == sentence })
            let describesSource = cueEnd + 1 < span.upperBound && (["the", "a", "an"].contains(tokens[cueEnd + 1].lowercased)
                && !restOfSentence.contains(where: { isFiniteVerb($0) || Self.finiteAuxiliaries.contains(tokens[$0].lowercased) })
                || actorAt[cueEnd + 1].map { name in name.tokens.lowerBound == cueEnd + 1
                    && restOfSentence.allSatisfy { name.tokens.contains($0) || tokens[$0].kind == .mark } } == true)
            if let content = contentBefore, !content.isEmpty, cueEnd < span.upperBound, tokens[cueEnd].isMark(","), !opensNewClause, !describesSource,
               !quotes.contains(where: { $0.content == content }), !(isAdverbial(content) && wordCount(content) < 3) {
                var end = cueEnd + 1
                while end < span.upperBound, tokens[end].sentence == sentence, end - content.lowerBound < Self.longestContent { end += 1 }
                if wordCount((cueEnd + 1)..<end) >= 2 {
                    let whole = trimmed(content.lowerBound..<end)
                    // ("Longer term, according to the mayor, the plan is …": a time opening the
                    // sentence is the reporter's; what was said follows the attribution.)
                    if content.count <= 3, Self.timeWords.contains(tokens[content.upperBound - 1].lowercased)
                        || ["term", "run"].contains(tokens[content.upperBound - 1].lowercased) {
                        let rest = trimmed((cueEnd + 1)..<end)
                        return Found(paragraph: paragraph, speaker: speaker, speakerText: speakerText, cue: cue.normalized, addressee: addressee,
                                     kind: kind(of: rest, quotes: quotes, used: &used), content: rest, attribution: attribution,
                                     inTitle: inTitle, cueToken: index)
                    }
                    var found = Found(paragraph: paragraph, speaker: speaker, speakerText: speakerText, cue: cue.normalized, addressee: addressee,
                                      kind: kind(of: whole, quotes: quotes, used: &used), content: whole, attribution: attribution,
                                      inTitle: inTitle, cueToken: index)
                    found.aside = (nameStart - 1)..<(cueEnd + 1)
                    return found
                }
            }
            if let content = contentBefore, wordCount(content) >= 3 || quotes.contains(where: { $0.content == content }) {
                return Found(paragraph: paragraph, speaker: speaker, speakerText: speakerText, cue: cue.normalized, addressee: addressee,
                             kind: kind(of: content, quotes: quotes, used: &used), content: content, attribution: attribution,
                             inTitle: inTitle, cueToken: index)
            }
            // "Rainfall fell 40% according to the Weather Bureau": what comes before, in the sentence.
            if cue.normalized == "according to", atClauseEnd, index > span.lowerBound, tokens[index - 1].sentence == sentence,
               !tokens[index - 1].isMark(",") {
                let content = trimmed(clauseStart(before: index)..<index)
                if wordCount(content) >= 3 {
                    return Found(paragraph: paragraph, speaker: speaker, speakerText: speakerText, cue: cue.normalized, addressee: addressee,
                                 kind: kind(of: content, quotes: quotes, used: &used), content: content, attribution: attribution,
                                 inTitle: inTitle, cueToken: index)
                }
            }
            // "Jonathan Ashworth said:" closing its paragraph: the quote that opens the next one
            // is what was said (an empty content marks the attribution as waiting for it).
            if after >= span.upperBound, after - 1 > index, tokens[after - 1].isMark(":"), !inTitle {
                return Found(paragraph: paragraph, speaker: speaker, speakerText: speakerText, cue: cue.normalized, addressee: addressee,
                             kind: .direct, content: span.upperBound..<span.upperBound, attribution: attribution, inTitle: inTitle, cueToken: index)
            }
            // Indirect after: the rest of the sentence, up to `Self.longestContent` tokens (a
            // sentence that runs on for pages is cut at its last comma before that).
            guard after < span.upperBound else { return nil }
            // ("Brown added sugar to the tea", "added 72 without loss", "wrote a letter saying …": a
            // thing added or written, with no clause of words after it; the participle says them.)
            if ["added", "wrote"].contains(cue.normalized), !quotes.contains(where: { $0.open >= after && tokens[$0.open].sentence == sentence }),
               case let rest = (after..<max(after, span.upperBound)).prefix(while: { tokens[$0].sentence == sentence }),
               !rest.contains(where: { index in
                   (isFiniteVerb(index) || ActorLexicon.irregularPastForms.contains(tokens[index].lowercased) || tokens[index].lowercased == "that"
                       || ["is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "must", "may", "might"].contains(tokens[index].lowercased))
                       && !(index > after && ActorLexicon.participleCues.contains(tokens[index - 1].lowercased))
               }) || ["a", "an", "the"].contains(tokens[after].lowercased) && after + 2 < span.upperBound
                    && ActorLexicon.documentNouns.union(["letter", "note", "message", "post"]).contains(tokens[after + 1].lowercased)
                    && ActorLexicon.participleCues.contains(tokens[after + 2].lowercased) {
                return nil
            }
            // ("testified in his own defense", "responded by throwing bottles": how or where, with no
            // clause after it, says nothing.)
            // (Only a short phrase: "said in 1999 David told him …" goes on with a clause.)
            if cue.normalized != "according to", ["by", "in", "at", "on", "before", "during", "with", "under", "from"].contains(tokens[after].lowercased),
               !quotes.contains(where: { $0.open > after && tokens[$0.open].sentence == sentence }),
               case let rest = ((after + 1)..<max(after + 1, span.upperBound)).prefix(while: { tokens[$0].sentence == sentence }),
               rest.filter({ tokens[$0].isWord }).count <= 7,
               !rest.contains(where: { index in
                   isVerbLike(index) || isFiniteVerb(index) || ActorLexicon.irregularPastForms.contains(tokens[index].lowercased)
                       || tokens[index].isCapitalized || ["that", "is", "are", "was", "were", "has", "have", "had"].contains(tokens[index].lowercased)
               }) {
                return nil
            }
            // "Smith agreed, saying only this group …": the participle's claim says what was said.
            if after > index, tokens[after - 1].isMark(","), ActorLexicon.participleCues.contains(tokens[after].lowercased),
               ActorLexicon.speechVerbs[tokens[after].lowercased] != nil { return nil }
            // "Lund, known as “Tiny”, which he has explained comes from his height, was born …": said
            // inside a relative clause between commas, the words end at its closing comma.
            let inRelativeClause = index > span.lowerBound + 1 && (max(span.lowerBound + 1, index - 4)..<index).contains {
                ["which", "who"].contains(tokens[$0].lowercased) && tokens[$0 - 1].isMark(",")
            }
            var end = after
            while end < span.upperBound, tokens[end].sentence == tokens[after].sentence || inQuote[end] && inQuote[max(end - 1, 0)] {
                if inRelativeClause, tokens[end].isMark(","), !inQuote[end], end > after + 2 { break }
                if end - after >= Self.longestContent {
                    if let comma = (after..<end).last(where: { tokens[$0].isMark(",") || tokens[$0].isMark(";") }), comma > after + 2 { end = comma }
                    break
                }
                // "…that Israel is acting: “We will not stop…,” he said": the quote has its own attribution.
                if tokens[end].isMark(":"), end + 1 < span.upperBound, quotes.contains(where: { $0.open == end + 1 }) { break }
                // ("… next month saying there is room …": and with no comma, after the object.)
                if end > after + 2, tokens[end].lowercased == "saying", isSayingAfterObject(end) { break }
                // "…, saying …": a participle after a comma starts a claim of its own.
                if tokens[end].isMark(","), end + 1 < span.upperBound, !inQuote[end],
                   let participle = [end + 1, end + 2].first(where: { $0 < span.upperBound && ActorLexicon.participleCues.contains(tokens[$0].lowercased) }),
                   isAfterComma(participle), ActorLexicon.speechVerbs[tokens[participle].lowercased] != nil { break }
                // "…“costs Africa $5 billion,” further saying, “…”": the comma closing a quote, too.
                if tokens[end].isQuoteMark, end > after, tokens[end - 1].isMark(","), end + 1 < span.upperBound,
                   let participle = [end + 1, end + 2].first(where: { $0 < span.upperBound && ActorLexicon.participleCues.contains(tokens[$0].lowercased) }),
                   participle == end + 1 || ActorLexicon.verbAdverbs.contains(tokens[end + 1].lowercased),
                   ActorLexicon.speechVerbs[tokens[participle].lowercased] != nil {
                    end += 1
                    break
                }
                // "… was 5.5; the survey reported 5.8": after a semicolon a clause of its own,
                // unless it goes on with what was said ("; and that …", "; which …").
                if tokens[end].isMark(";"), !inQuote[end], end > after + 2, end + 1 < span.upperBound,
                   !["and", "or", "but", "that", "which", "though", "although", "while", "nor"].contains(tokens[end + 1].lowercased),
                   // ("…intends to appeal; “The government needs …”": a quote goes on with the words.)
                   !tokens[end + 1].isQuoteMark,
                   (after..<end).filter({ tokens[$0].isMark("(") }).count == (after..<end).filter({ tokens[$0].isMark(")") }).count { break }
                // ("…, but there was also speculation it …": the reporter weighs it against other words.)
                if tokens[end].isMark(","), !inQuote[end], end > after + 2, end + 3 < span.upperBound, tokens[end + 1].lowercased == "but",
                   tokens[end + 2].lowercased == "there", ["was", "were", "is", "are", "have", "has"].contains(tokens[end + 3].lowercased),
                   ((end + 4)..<min(span.upperBound, end + 7)).contains(where: { ["speculation", "reports", "suggestions", "claims", "fears",
                       "concerns", "questions", "rumours", "rumors", "doubts", "talk", "signs", "indications"].contains(tokens[$0].lowercased) }) { break }
                // "…, according to the Interfax news agency.": who relayed it, not what was said.
                if tokens[end].isMark(","), !inQuote[end], end + 2 < span.upperBound, tokens[end + 1].lowercased == "according",
                   tokens[end + 2].lowercased == "to", end > after + 2 { break }
                // (And after a quote's closing mark: "… a “disaster,” according to the BBC.")
                if tokens[end].isQuoteMark, end > after + 2, tokens[end - 1].isMark(","), end + 2 < span.upperBound,
                   tokens[end + 1].lowercased == "according", tokens[end + 2].lowercased == "to" {
                    end += 1
                    break
                }
                // "…he was tired, however Lund hit out at …": a new clause, not a parenthetical "however,".
                if tokens[end].isMark(","), !inQuote[end], end + 2 < span.upperBound, tokens[end + 1].lowercased == "however",
                   tokens[end + 2].isWord, end > after + 2 { break }
                // ("… that Khashoggi was slain, however, a UN report concluded …": after a whole clause, the same.)
                if tokens[end].isMark(","), !inQuote[end], end + 3 < span.upperBound, tokens[end + 1].lowercased == "however",
                   tokens[end + 2].isMark(","), tokens[end + 3].isWord, end > after + 2, (after..<end).contains(where: isFiniteVerb) { break }
                // "… patrols were out, but said no arrests were made": the second verb's claim is its own,
                // and so is a second speaker's ("… changed their minds and several said …", "…; Harrow said …").
                if ["and", "but"].contains(tokens[end].lowercased) || tokens[end].isMark(";"), !inQuote[end] {
                    let next = skipAdverbials(from: end + 1, forward: true)
                    if next < span.upperBound, let second = ActorLexicon.speechVerbs[tokens[next].lowercased],
                       !ActorLexicon.nounLikeVerbForms.contains(tokens[next].lowercased), second != "found", second != "showed" { break }
                    if next < span.upperBound, ActorLexicon.verdictCues.contains(tokens[next].lowercased), quotedVerdict(after: next) { break }
                    // ("…, but Pakistan denies the allegation", "… rejects it": a reporting verb of another subject.)
                    if let verb = (next..<min(span.upperBound, next + 4)).first(where: { ActorLexicon.speechVerbs[tokens[$0].lowercased] != nil
                        || ["rejected", "rejects", "disputed", "disputes"].contains(tokens[$0].lowercased) }),
                       ["said", "told", "says", "added", "argued", "claimed", "warned", "denied", "denies", "rejected", "rejects",
                        "insisted", "insists", "maintained", "maintains", "disputed", "disputes"].contains(tokens[verb].lowercased), verb > next,
                       actorAt[verb - 1] != nil || Self.speakerNouns.contains(tokens[verb - 1].lowercased) || ActorLexicon.personalPronouns.contains(tokens[verb - 1].lowercased) {
                        break
                    }
                }
                end += 1
            }
            let content = trimmed(after..<end)
            // Reported speech is a clause: "disappointed" or "late on Tuesday" is a fragment.
            guard wordCount(content) >= 3 else { return nil }
            return Found(paragraph: paragraph, speaker: speaker, speakerText: speakerText, cue: cue.normalized, addressee: addressee,
                         kind: kind(of: content, quotes: quotes, used: &used), content: content, attribution: attribution,
                         inTitle: inTitle, cueToken: index)
        }

        /// The actor "the NOUN" points back to, the noun standing at `noun`: the latest
        /// organisation with that word in its name ("the academy" after "the Royal Swedish
        /// Academy of Sciences"), else, for "the company" or "the paper", the latest of its kind.
        private func definiteReference(at noun: Int, finder: ClaimFinder) -> String? {
            guard tokens[noun].isWord, !tokens[noun].isCapitalized else { return nil }
            let word = tokens[noun].lowercased, offset = tokens[noun].range.lowerBound
            // "the paper" after "a paper published by Fa and his associates": the study's authors,
            // not the newspaper that spoke last.
            // (Once a document is brought in, "the paper" is it, whoever wrote it.)
            if !inTitle, ActorLexicon.documentNouns.contains(word), let document = finder.documentAuthors.document(before: noun, like: word) {
                return document.author
            }
            if let named = finder.latestNamed(head: word, before: offset, inTitle: inTitle) { return named }
            if ActorLexicon.namedOnlyReferences.contains(word) { return nil }
            // ("the company" is no government, ministry or party named before it.)
            if Self.businessNouns.contains(word) { return finder.latestBusiness(before: offset, inTitle: inTitle) }
            return ActorLexicon.definiteReferences[word].flatMap { finder.latest(before: offset, types: $0, inTitle: inTitle) }
        }

        /// The head before a relative clause with no commas that ends at the cue at `index`:
        /// "officials" in "The public officials who ordered that change claimed". Only a name
        /// or a noun for people: "the plan that officials approved said" is no such clause.
        private func relativeSubject(before index: Int) -> Int? {
            var cursor = index - 1
            while cursor > span.lowerBound, cursor > index - 10, tokens[cursor].isWord,
                  tokens[cursor].sentence == tokens[index].sentence, ActorLexicon.speechVerbs[tokens[cursor].lowercased] == nil
                    || ActorLexicon.nounLikeVerbForms.contains(tokens[cursor].lowercased) {
                if tokens[cursor].lowercased == "who", cursor - 1 >= span.lowerBound, cursor + 1 < index {
                    let head = cursor - 1
                    if actorAt[head] != nil || Self.speakerNouns.contains(tokens[head].lowercased) { return head }
                    return nil
                }
                cursor -= 1
            }
            return nil
        }

        /// Who "with" introduces right before a participle: an actor ("with Steve Scalise of
        /// Louisiana calling …", a place after "of" allowed; a second one joined by "and") or a
        /// description of people ("with analysts saying …").
        enum IntroducedByWith {
            case named(MentionRef)
            case described(Range<Int>)
        }

        private func speakerAfterWith(before index: Int) -> IntroducedByWith? {
            guard index - 2 >= span.lowerBound else { return nil }
            if let reference = actorAfterWith(before: index) { return .named(reference) }
            guard actorAt[index - 1] == nil, let description = unnamedSubject(endingAt: index - 1), description.lowerBound > span.lowerBound,
                  tokens[description.lowerBound - 1].lowercased == "with" else { return nil }
            return .described(description)
        }

        private func actorAfterWith(before index: Int) -> MentionRef? {
            var end = index - 1
            // ("Steve Scalise of Louisiana": where they are from, a capitalised word or two.)
            if end - 2 >= span.lowerBound, tokens[end].isCapitalized, ["of", "from"].contains(tokens[end - 1].lowercased) { end -= 2 }
            else if end - 3 >= span.lowerBound, tokens[end].isCapitalized, tokens[end - 1].isCapitalized,
                    ["of", "from"].contains(tokens[end - 2].lowercased) { end -= 3 }
            guard let reference = actorAt[end], reference.tokens.upperBound == end + 1, reference.tokens.lowerBound > span.lowerBound else { return nil }
            // ("with President Bush saying …": a title before the name.)
            var link = reference.tokens.lowerBound - 1
            while link > span.lowerBound, link > reference.tokens.lowerBound - 4, actorAt[link] == nil, ActorLexicon.isRoleWord(tokens[link].lowercased),
                  !["and", "of", "for", "the", "then"].contains(tokens[link].lowercased) { link -= 1 }
            guard ["with", "and"].contains(tokens[link].lowercased) else { return nil }
            if tokens[link].lowercased == "and" {
                let sentence = tokens[index].sentence
                guard (span.lowerBound..<reference.tokens.lowerBound).contains(where: { tokens[$0].lowercased == "with" && tokens[$0].sentence == sentence })
                else { return nil }
            }
            return reference
        }

        /// The last token of the subject before a lone comma and its verb ("Japanese car maker
        /// Mitsubishi, has confirmed …"; "Shane Bradford of Ballidu just west of Burakin, says
        /// …": the person the place belongs to), when nothing before it in the sentence is
        /// set off by a comma and the verb is not followed by a subject of its own ("…, said
        /// police").
        private func strayCommaSubject(before comma: Int, cue: Cue) -> Int? {
            let sentence = tokens[comma].sentence
            // (A participle after a comma is not the verb: "bin Laden loyalists, believed to be …".)
            guard comma > span.lowerBound, cue.end < span.upperBound, tokens[cue.end].sentence == sentence, tokens[cue.end].isWord,
                  !tokens[cue.range.lowerBound].lowercased.hasSuffix("ing"), tokens[cue.end].lowercased != "to",
                  actorAt[cue.end] == nil, !ActorLexicon.personalPronouns.contains(tokens[cue.end].lowercased),
                  unnamedSubject(startingAt: cue.end) == nil,
                  // ("…, said Foreign Minister Sergei Lavrov", "…, said coach Jan Brody": a title and a
                  // name after the verb.)
                  !tokens[cue.end].isCapitalized, !ActorLexicon.roleHeads.contains(tokens[cue.end].lowercased),
                  !ActorLexicon.honorifics.contains(tokens[cue.end].lowercased) else { return nil }
            var start = comma
            while start > span.lowerBound, tokens[start - 1].sentence == sentence {
                if tokens[start - 1].isMark(",") || tokens[start - 1].isQuoteMark { return nil }
                start -= 1
            }
            if let named = actorAt[comma - 1], [.person, .organization, .country, .media, .group].contains(named.type) { return comma - 1 }
            // The sentence opens on a person, and what follows them says where they are from.
            guard let first = (start..<comma).lazy.compactMap({ self.actorAt[$0] }).first, first.type == .person,
                  first.tokens.lowerBound >= start,
                  (start..<first.tokens.lowerBound).allSatisfy({ tokens[$0].isCapitalized || ActorLexicon.isRoleWord(tokens[$0].lowercased) }),
                  first.tokens.upperBound < comma, ["of", "from", "at", "in"].contains(tokens[first.tokens.upperBound].lowercased)
            else { return nil }
            return first.tokens.upperBound - 1
        }

        /// The "saying" of "quoted Tomas Lund as saying" after the verb at `index`, when someone
        /// is named between.
        private func quotedAsSaying(after index: Int) -> Int? {
            guard index + 3 < span.upperBound, let named = actorAt[index + 1] ?? (index + 2 < span.upperBound ? actorAt[index + 2] : nil) else { return nil }
            let after = named.tokens.upperBound
            guard after + 1 < span.upperBound, tokens[after].lowercased == "as", tokens[after + 1].lowercased == "saying" else { return nil }
            return after + 1
        }

        /// The person a ", who …" clause is about, when the actor at `subject` stands inside
        /// that clause with no comma to close it: the clause has a verb of its own before the
        /// actor, and no reporting verb.
        private func antecedentOfUnclosedClause(around subject: Int) -> Int? {
            guard let inner = actorAt[subject] else { return nil }
            var cursor = inner.tokens.lowerBound - 1
            var sawLowercase = false
            while cursor > span.lowerBound + 1, cursor > inner.tokens.lowerBound - 20, tokens[cursor].isWord,
                  tokens[cursor].sentence == tokens[subject].sentence {
                let word = tokens[cursor].lowercased
                if word == "who" {
                    guard sawLowercase, tokens[cursor - 1].isMark(","), let head = actorAt[cursor - 2], head.type == .person,
                          head.actor != inner.actor else { return nil }
                    return cursor - 2
                }
                if ActorLexicon.speechVerbs[word] != nil, !ActorLexicon.nounLikeVerbForms.contains(word) { return nil }
                if !tokens[cursor].isCapitalized { sawLowercase = true }
                cursor -= 1
            }
            // "“…,” Nabil Abu Rudeina, an advisor to Mr Arafat said.": an apposition whose closing
            // comma was left out; the person before it speaks.
            if sawLowercase, cursor > span.lowerBound, tokens[cursor].isMark(","), cursor + 1 < inner.tokens.lowerBound,
               ["a", "an", "the"].contains(tokens[cursor + 1].lowercased) || ActorLexicon.isRoleWord(tokens[cursor + 1].lowercased),
               let head = actorAt[cursor - 1], head.type == .person, head.actor != inner.actor,
               head.tokens.lowerBound - 1 >= span.lowerBound, tokens[head.tokens.lowerBound - 1].isQuoteMark {
                return cursor - 1
            }
            return nil
        }

        /// "Judge Miller's statement", "the ministry's new report" at `start`: a document and
        /// the actor it belongs to.
        private func ownedDocument(at start: Int) -> (range: Range<Int>, owner: MentionRef)? {
            var first = start
            if first < span.upperBound, tokens[first].lowercased == "the" { first += 1 }
            // ("Judge Gray Miller's": the title before the name.)
            while first < span.upperBound, first < start + 4, actorAt[first] == nil, ActorLexicon.isRoleWord(tokens[first].lowercased) { first += 1 }
            guard first < span.upperBound, let owner = actorAt[first], owner.tokens.upperBound + 1 < span.upperBound,
                  tokens[owner.tokens.upperBound].text.isPossessive else { return nil }
            var end = owner.tokens.upperBound + 1
            while end < span.upperBound, end < owner.tokens.upperBound + 4, tokens[end].isWord,
                  !ActorLexicon.documentNouns.contains(tokens[end].lowercased) { end += 1 }
            guard end < span.upperBound, ActorLexicon.documentNouns.contains(tokens[end].lowercased) else { return nil }
            return (start..<(end + 1), owner)
        }

        /// "issued a statement saying …", "posted a tweet claiming …": a participle right
        /// after what someone put out, whose subject is the sentence's.
        private func isAfterDocument(_ index: Int) -> Bool {
            guard index - 2 >= span.lowerBound, tokens[index].lowercased.hasSuffix("ing") else { return false }
            let noun = tokens[index - 1].lowercased
            // ("filed a lawsuit alleging …", "a motion claiming …": what a court filing says, its filer says.)
            return ["statement", "letter", "tweet", "post", "message", "video", "release", "report", "note", "notice",
                    "lawsuit", "suit", "motion", "complaint", "petition", "filing", "appeal"].contains(noun)
                && ["a", "an", "the", "its", "his", "her", "their", "this"].contains(tokens[index - 2].lowercased)
        }

        /// "his nickname “Spike”", "known as “the Butcher”": a quote that names, not one of words said.
        private func isNameInQuotes(_ quote: Quote) -> Bool {
            guard quote.content.count <= 3, quote.content.allSatisfy({ tokens[$0].isCapitalized || !tokens[$0].isWord }),
                  quote.open > span.lowerBound else { return false }
            let previous = tokens[quote.open - 1].lowercased
            let twoBack = quote.open - 2 >= span.lowerBound ? tokens[quote.open - 2].lowercased : ""
            return ["nickname", "nicknamed", "dubbed", "named", "called", "titled", "entitled", "moniker", "alias"].contains(previous)
                || twoBack == "known" && previous == "as"
        }

        /// "“Parasite” director Bong Joon Ho said", "“Mrs Maisel” actress Alex Borstein said": a
        /// short title in quotes, no mark in or after it, then a lowercase occupation and a name.
        private func isTitleBeforeOccupation(_ quote: Quote) -> Bool {
            guard let close = quote.close, close + 2 < span.upperBound, let last = quote.content.last,
                  tokens[last].kind != .mark, wordCount(quote.content) <= 5 else { return false }
            let occupation = tokens[close + 1]
            return occupation.isWord && !occupation.isCapitalized && tokens[close + 2].isCapitalized
                && !Self.determinersAndPossessives.contains(occupation.lowercased)
                && !["he", "she", "they", "it", "we", "i", "you"].contains(occupation.lowercased)
                && ActorLexicon.speechVerbs[occupation.lowercased] == nil
        }

        /// The subject that a place before the verb belongs to: "researchers from Penn State in the
        /// U.S. reported", "Scientists at the University of Oslo in Norway said" (a place after "in"
        /// says where the subject is), "The presidents of neighbouring Brazil and Chile say" (places
        /// after "of" say whose the people before it are). The subject's token, or nil.
        private func subjectBeforePlace(_ place: MentionRef, inQuote: [Bool]) -> Int? {
            var start = place.tokens.lowerBound
            if start - 1 > span.lowerBound, tokens[start - 1].lowercased == "the" { start -= 1 }
            if start - 2 >= span.lowerBound, ["in", "near"].contains(tokens[start - 1].lowercased) {
                var before = start - 2
                if let open = shortNameOpen(closingAt: before), open - 1 >= span.lowerBound { before = open - 1 }
                if !inQuote[before], actorAt[before].map({ ![.place, .country].contains($0.type) }) ?? tokens[before].isWord {
                    return before
                }
            }
            var cursor = place.tokens.lowerBound - 1
            while cursor > span.lowerBound, cursor > place.tokens.lowerBound - 12, !inQuote[cursor],
                  actorAt[cursor].map({ [.place, .country].contains($0.type) }) ?? (["and", ",", "the"].contains(tokens[cursor].lowercased)
                    || tokens[cursor].isWord && !tokens[cursor].isCapitalized && !ActorLexicon.functionWords.contains(tokens[cursor].lowercased)
                        && !Self.speakerNouns.contains(tokens[cursor].lowercased)) {
                cursor -= 1
            }
            // (People, more than one: "the government of Oman" is Oman, "the prosecutor general of Tehran" one person.)
            if cursor - 1 > span.lowerBound, tokens[cursor].lowercased == "of", actorAt[cursor - 1] == nil, !tokens[cursor - 1].isCapitalized,
               tokens[cursor - 1].lowercased.hasSuffix("s"), Self.speakerNouns.contains(tokens[cursor - 1].lowercased),
               !ActorLexicon.organizationHeads.contains(tokens[cursor - 1].lowercased) {
                return cursor - 1
            }
            return nil
        }

        /// "… by saying that …": a participle after "by" says how the subject did the main verb.
        private func isAfterBy(_ index: Int) -> Bool {
            index > span.lowerBound && tokens[index - 1].lowercased == "by"
        }

        /// "He gave a strong defence of the court saying extremists had used …": "saying" with no
        /// comma, after a lowercase noun of a verb's object, before a clause of its own (a subject,
        /// then a finite verb within six words). ("a sign saying “Keep out”" is the sign's.)
        private func isSayingAfterObject(_ index: Int) -> Bool {
            guard tokens[index].lowercased == "saying", index - 2 >= span.lowerBound, index + 2 < span.upperBound,
                  tokens[index - 1].isWord, !tokens[index - 1].isCapitalized, !tokens[index - 1].lowercased.hasSuffix("ing"),
                  !ActorLexicon.documentNouns.contains(tokens[index - 1].lowercased),
                  !["a", "an", "the", "he", "she", "they", "it", "was", "is", "were", "are", "be", "been", "not", "as", "of", "by", "without"]
                    .contains(tokens[index - 1].lowercased),
                  // ("accused Biden of previously saying": an adverb of the participle's own.)
                  !tokens[index - 1].lowercased.hasSuffix("ly")
            else { return false }
            var start = index + 1
            if tokens[start].lowercased == "that" { start += 1 }
            guard start < span.upperBound, tokens[start].isWord, !isFiniteVerb(start) else { return false }
            return ((start + 1)..<min(span.upperBound, start + 6)).contains { (isFiniteVerb($0) || ActorLexicon.irregularPastForms.contains(tokens[$0].lowercased))
                && tokens[$0].sentence == tokens[index].sentence }
        }

        /// "…, adding", "…, specially asking", "…, further remarking": a comma before the
        /// word, or before one adverb before it.
        private func isAfterComma(_ index: Int) -> Bool {
            guard index > span.lowerBound else { return false }
            if tokens[index - 1].isMark(",") { return true }
            let adverb = tokens[index - 1]
            return index - 1 > span.lowerBound && tokens[index - 2].isMark(",") && adverb.isWord && !adverb.isCapitalized
                && (ActorLexicon.verbAdverbs.contains(adverb.lowercased) || adverb.lowercased.hasSuffix("ly"))
        }

        /// "attacked the plan as “a vanity project”": within eight words of the verb, in its
        /// sentence, "as" and an opening quote mark.
        private func quotedVerdict(after index: Int) -> Bool {
            var cursor = index + 1
            while cursor + 1 < span.upperBound, cursor < index + 9, tokens[cursor].sentence == tokens[index].sentence {
                if tokens[cursor].lowercased == "as", ["“", "\""].contains(tokens[cursor + 1].text) { return true }
                // "labeled the agreement “a fraud”": naming verbs take the quote without "as".
                if ["branded", "labelled", "labeled"].contains(tokens[index].lowercased), cursor > index + 1,
                   ["“", "\""].contains(tokens[cursor].text) { return true }
                if tokens[cursor].kind == .mark, !tokens[cursor].text.isPossessive { return false }
                cursor += 1
            }
            return false
        }

        /// "according to Sadie Weiner, the senator's former spokeswoman, the virus …": a role
        /// between commas right after the speaker's name says who spoke, not what was said;
        /// the index of its closing comma.
        private func appositionEnd(atComma comma: Int) -> Int? {
            guard comma < span.upperBound, tokens[comma].isMark(",") else { return nil }
            var end = comma + 1
            while end < span.upperBound, end < comma + 9, tokens[end].isWord || tokens[end].text.isPossessive {
                let lower = tokens[end].lowercased
                if isVerbLike(end) || Self.clauseWords.contains(lower) || ActorLexicon.personalPronouns.contains(lower) { return nil }
                end += 1
            }
            guard end < span.upperBound, end > comma + 1, tokens[end].isMark(","), tokens[end - 1].isWord,
                  Self.speakerNouns.contains(tokens[end - 1].lowercased) else { return nil }
            return end
        }

        /// Whether the sentence ends with the quote's closing mark (or its last word, when
        /// the quote is never closed).
        private func quoteEndsSentence(_ quote: Quote) -> Bool {
            let last = quote.close ?? (quote.content.upperBound - 1)
            guard last + 1 < span.upperBound else { return true }
            let next = tokens[last + 1]
            return next.sentence != tokens[last].sentence || next.isMark(".") && (last + 2 >= span.upperBound || tokens[last + 2].sentence != next.sentence)
        }

        /// A word that reads as a finite verb: a reporting verb or a past tense ("reacted",
        /// "defended").
        private func isVerbLike(_ index: Int) -> Bool {
            let token = tokens[index]
            guard token.isWord, !token.isCapitalized else { return false }
            return ActorLexicon.speechVerbs[token.lowercased] != nil || token.lowercased.hasSuffix("ed") && token.text.count > 4
        }

        /// "State prosecutors charged the suspect with murder, they said": for a "they" after a
        /// comma, the unnamed people in the plural who open its sentence and do its first verb.
        private func pluralSubjectOpeningSentence(beforeTrailing they: Int) -> Range<Int>? {
            guard they - 1 > span.lowerBound, tokens[they - 1].isMark(",") else { return nil }
            let sentence = tokens[they].sentence
            var start = they - 1
            while start > span.lowerBound, tokens[start - 1].sentence == sentence { start -= 1 }
            guard start < they - 2, actorAt[start] == nil else { return nil }
            var head = start
            while head < start + 4, head + 1 < they, tokens[head].isWord, actorAt[head] == nil {
                let lower = tokens[head].lowercased
                if lower.hasSuffix("s"), Self.standaloneSpeakers.contains(lower) || Self.speakerNouns.contains(lower), isVerbLike(head + 1) {
                    return start..<(head + 1)
                }
                head += 1
            }
            return nil
        }

        /// The agent after "by" that no actor stands for: "the regulator", "the CBCP", up to
        /// "as", "that" or a mark, ending on a noun for someone who speaks or a short name.
        private func agentDescription(from start: Int) -> Range<Int>? {
            guard start < span.upperBound, ["the", "a", "an", "its", "their", "his", "her"].contains(tokens[start].lowercased) else { return nil }
            var end = start + 1
            while end < span.upperBound, end < start + 6, tokens[end].isWord || tokens[end].text.isPossessive,
                  !["as", "that", "in", "on", "at", "for"].contains(tokens[end].lowercased) { end += 1 }
            guard end > start + 1, end < span.upperBound, ["as", "that"].contains(tokens[end].lowercased) || tokens[end].kind == .mark else { return nil }
            let last = tokens[end - 1]
            guard Self.speakerNouns.contains(last.lowercased) || ActorLexicon.organizationDescriptors.contains(last.lowercased) || last.isAcronym
            else { return nil }
            return start..<end
        }

        /// "The study found", "according to the new paper": a document the article named
        /// before, whose authors it said, speaks for them. ("A study found" is another one.)
        private func authorOfDefinite(_ document: Range<Int>, finder: ClaimFinder) -> String? {
            // ("the judge's statement": someone's own, though nobody named them.)
            guard !inTitle, let first = document.first, ["the", "this", "their", "its"].contains(tokens[first].lowercased),
                  !document.contains(where: { tokens[$0].text.isPossessive }) else { return nil }
            guard let noun = document.last(where: { ActorLexicon.documentNouns.contains(tokens[$0].lowercased) }) else { return nil }
            return finder.documentAuthors.document(before: first, like: tokens[noun].lowercased)?.author
        }

        /// Who put out the document whose noun is at `noun`, when the sentence says so: "The
        /// ministry released a statement that said …", "Ruiz issued a letter which read …".
        private func whoPublished(documentEndingAt noun: Int, finder: ClaimFinder) -> String? {
            var start = noun
            while start > span.lowerBound, start > noun - 4, tokens[start - 1].isWord,
                  !ActorLexicon.publishingVerbs.contains(tokens[start - 1].lowercased) { start -= 1 }
            guard start > span.lowerBound, ActorLexicon.publishingVerbs.contains(tokens[start - 1].lowercased) else { return nil }
            // (The verb's subject must be the sentence's: not "…, where unions produced a paper which says".)
            var sentenceStart = start - 1
            while sentenceStart > span.lowerBound, tokens[sentenceStart - 1].sentence == tokens[start].sentence { sentenceStart -= 1 }
            guard !(sentenceStart..<(start - 1)).contains(where: { ["where", "which", "who", "when", "while"].contains(tokens[$0].lowercased) })
            else { return nil }
            return sentenceSubject(before: start - 1, lastSpeaker: nil, finder: finder)?.actor
        }

        /// What an agent said in the passive: the quote right after "by X (as)", or the rest
        /// of the sentence when it is a clause ("was told by the ministry that the border …").
        private func passiveClaim(after start: Int, cue: Cue, at index: Int, quotes: [Quote], used: inout Set<Int>,
                                  speaker: String?, speakerText: String?, attribution: Range<Int>) -> Found? {
            var after = start
            while after < span.upperBound, tokens[after].isMark(",") || tokens[after].isMark(":") { after += 1 }
            if after < span.upperBound, let position = quotes.firstIndex(where: { $0.open == after }), !used.contains(position) {
                used.insert(position)
                return Found(paragraph: paragraph, speaker: speaker, speakerText: speakerText, cue: cue.normalized, addressee: nil,
                             kind: .direct, content: quotes[position].content, attribution: attribution, inTitle: inTitle, cueToken: index)
            }
            guard after < span.upperBound, tokens[start - 1].lowercased == "that" else { return nil }
            let content = restOfSentence(from: after)
            guard wordCount(content) >= 3 else { return nil }
            return Found(paragraph: paragraph, speaker: speaker, speakerText: speakerText, cue: cue.normalized, addressee: nil,
                         kind: kind(of: content, quotes: quotes, used: &used), content: content, attribution: attribution,
                         inTitle: inTitle, cueToken: index)
        }

        /// The first token of the sentence that holds `index`, within this unit.
        func sentenceStart(of index: Int) -> Int {
            var start = index
            while start > span.lowerBound, tokens[start - 1].sentence == tokens[index].sentence { start -= 1 }
            return start
        }

        /// "…, figures released on Wednesday showed.": whether the token at `index` says how the
        /// document just before it came out.
        func isReleaseOfDocument(at index: Int) -> Bool {
            guard index - 1 >= span.lowerBound, Self.releaseParticiples.contains(tokens[index].lowercased) else { return false }
            let noun = tokens[index - 1].lowercased
            return Self.documentWords.contains(noun) || ActorLexicon.documentNouns.contains(noun)
        }

        /// "The Trends bulletin says …. It also says …": the speaker (maybe nobody named) of the
        /// claim in the sentence before an "it" that opens its own, when that sentence opens on a
        /// document.
        private func documentThatSpokeBefore(_ index: Int, earlier: [Found]) -> String?? {
            guard tokens[index].startsSentence, index > span.lowerBound, previousSentenceOpensOnDocument(before: index),
                  let last = earlier.last, tokens[last.cueToken].sentence == tokens[index - 1].sentence else { return nil }
            return .some(last.speaker)
        }

        /// "The Immigration Department says fires at the Woomera centre were lit … It says 13
        /// buildings were damaged": an "it" opening the sentence after a body that spoke, named at
        /// the start of its sentence, is that body, not one its words named.
        private func bodyThatSpokeBefore(_ index: Int, earlier: [Found], finder: ClaimFinder) -> String?? {
            guard tokens[index].startsSentence, index > span.lowerBound, let last = earlier.last, let speaker = last.speaker,
                  tokens[last.cueToken].sentence == tokens[index - 1].sentence, let attribution = last.attribution,
                  attribution.lowerBound < tokens.count, attribution.lowerBound == sentenceStart(of: attribution.lowerBound)
                    || attribution.lowerBound - 1 == sentenceStart(of: attribution.lowerBound) && tokens[attribution.lowerBound - 1].lowercased == "the",
                  let named = actorAt[attribution.lowerBound] ?? actorAt[attribution.lowerBound + 1], named.actor == speaker,
                  [.organization, .media, .country].contains(named.type) else { return nil }
            return .some(speaker)
        }

        /// "The company has refused to say …, although it has reaffirmed …": the body that opens
        /// the sentence of `index` (named, or "the company" for the one named last) is what a
        /// later "it" in that sentence stands for.
        private func sentenceOpeningBody(before index: Int, finder: ClaimFinder) -> String?? {
            let start = sentenceStart(of: index)
            guard start + 1 < index else { return nil }
            // ("Australia's biggest airline, Qantas, …, and it says": an owner opening the sentence is not its subject.)
            if let named = actorAt[start], [.organization, .country, .media, .group].contains(named.type), named.tokens.upperBound < index,
               !tokens[named.tokens.upperBound].text.isPossessive {
                return .some(named.actor)
            }
            if tokens[start].lowercased == "the", tokens[start + 1].isWord, !tokens[start + 1].isCapitalized, start + 2 < index,
               ActorLexicon.definiteReferences[tokens[start + 1].lowercased] != nil {
                return .some(definiteReference(at: start + 1, finder: finder))
            }
            return nil
        }

        /// "The report has ruled out …": a document opening the sentence of `index` as its subject
        /// (a verb follows it), within its first few words.
        private func documentOpeningSentence(before index: Int) -> (range: Range<Int>, owner: MentionRef?)? {
            var start = sentenceStart(of: index)
            if start + 1 < index, Self.openingConjunctions.contains(tokens[start].lowercased) { start += 1 }
            guard start < index - 1, let noun = (start..<min(index - 1, start + 5)).first(where: { ActorLexicon.documentNouns.contains(tokens[$0].lowercased) }),
                  !(start..<noun).contains(where: { actorAt[$0]?.type == .person || !tokens[$0].isWord && !tokens[$0].text.isPossessive }),
                  // (Not "In a statement posted …, the minister affirmed …, writing": a venue, not the subject.)
                  start == noun || Self.determiners.contains(tokens[start].lowercased) || actorAt[start] != nil,
                  Self.finiteAuxiliaries.contains(tokens[noun + 1].lowercased) || tokens[noun + 1].lowercased.hasSuffix("ed"),
                  // ("The report was criticised by the opposition leader, saying …": the agent says it.)
                  !((noun + 1)..<index).contains(where: { tokens[$0].lowercased == "by" || actorAt[$0] != nil })
            else { return nil }
            return documentSubject(endingAt: noun)
        }

        /// "The study", "the new model", "RIAA's take-down notice": a document or finding
        /// ending at `end`, with the actor it belongs to when a possessive names one.
        private func documentSubject(endingAt end: Int, whose: Bool = false) -> (range: Range<Int>, owner: MentionRef?)? {
            // ("issued an advisory of water outages and stated …": the verb's subject is no document.)
            guard !Self.clauseWords.contains(tokens[end].lowercased) else { return nil }
            // "A statement from the label read …", "a letter by the residents said …": whose it is
            // follows it (only before a verb that says, not "tools called …", "alleged abuse").
            if whose, let noun = documentNoun(inPhraseEndingAt: end) {
                var start = noun
                // ("The latest United Nations report on the epidemic": the name before the noun is whose,
                // when what follows is only what it is about.)
                if ["on", "into", "about"].contains(tokens[noun + 1].lowercased) {
                    // ("The family's statement on the death read": whose, with a possessive.)
                    let possessive = start - 1 > span.lowerBound && tokens[start - 1].text.isPossessive
                    let owner = possessive ? actorAt[start - 2] : start > span.lowerBound ? actorAt[start - 1] : nil
                    // (Someone's nobody named as an actor, "the family's": read as a subject of its own elsewhere.)
                    if possessive, owner == nil { return nil }
                    if let owner, owner.tokens.upperBound == (possessive ? start - 1 : start) { start = owner.tokens.lowerBound }
                    if start > span.lowerBound, ["the", "a", "an", "this", "its", "their", "his", "her"].contains(tokens[start - 1].lowercased) { start -= 1 }
                    return (start..<(end + 1), owner)
                }
                if start > span.lowerBound, ["the", "a", "an", "this", "its", "their", "his", "her"].contains(tokens[start - 1].lowercased) { start -= 1 }
                return (start..<(end + 1), ((noun + 2)...end).lazy.compactMap { actorAt[$0] }.first)
            }
            // ("figures released on Wednesday showed": figures and documents speak as a report does.)
            guard ActorLexicon.documentNouns.contains(tokens[end].lowercased) || ["figures", "documents"].contains(tokens[end].lowercased)
            else { return nil }
            var start = end
            var owner: MentionRef?
            while start > span.lowerBound, start > end - 5 {
                let previous = tokens[start - 1]
                if previous.text.isPossessive, start - 2 >= span.lowerBound, let reference = actorAt[start - 2] {
                    owner = reference
                    start = reference.tokens.lowerBound
                    break
                }
                // "Johns Hopkins University (JHU) data", "NEOC figures": a name right before is whose.
                let before = shortNameOpen(closingAt: start - 1).map { $0 - 1 } ?? start - 1
                if before >= span.lowerBound, let reference = actorAt[before], reference.tokens.upperBound == before + 1 {
                    owner = reference
                    start = reference.tokens.lowerBound
                    break
                }
                // ("The state's motion": whose, nobody named, with a word that is also a verb.)
                if previous.text.isPossessive, start - 2 >= span.lowerBound, tokens[start - 2].isWord {
                    start -= 2
                    continue
                }
                // ("The 172-page document": a hyphen inside the phrase.)
                guard previous.isWord || previous.kind == .number || previous.isMark("-") && start - 2 >= span.lowerBound && tokens[start - 2].kind == .number,
                      ActorLexicon.speechVerbs[previous.lowercased] == nil, !previous.isMark(",") else { break }
                start -= 1
                if ["the", "a", "an", "this", "that", "its", "their", "his", "her"].contains(previous.lowercased) { break }
            }
            // ("State legislators supporting the law argued": the document is the object of a
            // participle or a preposition; those before it are the subject.)
            if start > span.lowerBound, case let link = tokens[start - 1].lowercased,
               link.hasSuffix("ing") && link.count > 4 && !Self.isTimeWord(link)
                && !["meeting", "briefing", "hearing", "building", "wedding", "ruling", "evening", "morning", "spring", "sitting"].contains(link)
                || ["against", "for", "under", "about"].contains(link) { return nil }
            return (start..<(end + 1), owner)
        }

        /// The document noun of "a statement from the label", "an analysis of 2,000 wills" when
        /// that phrase ends at `end` (not itself a document noun): what speaks before the verb.
        func documentNoun(inPhraseEndingAt end: Int) -> Int? {
            // ("A report released by the council": a participle may say how it came out.)
            func linked(_ noun: Int) -> Bool {
                // ("The latest UN report on the epidemic has found …": what it is about.)
                ["from", "by", "of", "on", "into", "about"].contains(tokens[noun + 1].lowercased)
                    || noun + 2 < end && tokens[noun + 1].lowercased.hasSuffix("ed") && ["from", "by"].contains(tokens[noun + 2].lowercased)
            }
            // ("The study by the Australian Institute of Health and Welfare": the window ends where the name starts.)
            let nameStart = actorAt[end].map { max(span.lowerBound, $0.tokens.lowerBound) } ?? end
            guard !ActorLexicon.documentNouns.contains(tokens[end].lowercased), max(span.lowerBound, nameStart - 6) < nameStart - 1,
                  let noun = (max(span.lowerBound, nameStart - 6)..<(nameStart - 1)).last(where: { ActorLexicon.documentNouns.contains(tokens[$0].lowercased) && linked($0) }),
                  ((noun + 2)...end).allSatisfy({ tokens[$0].isWord || tokens[$0].kind == .number || tokens[$0].text.isPossessive })
            else { return nil }
            return noun
        }

        /// The venue noun of "in a statement", "on its website" opened by the preposition at
        /// `preposition`: the first one before `limit`, with only lowercase words before it.
        private func venueNoun(after preposition: Int, before limit: Int) -> Int? {
            guard ["in", "on"].contains(tokens[preposition].lowercased),
                  let venue = ((preposition + 1)..<min(span.upperBound, limit)).first(where: { Self.venueNouns.contains(tokens[$0].lowercased) }),
                  ((preposition + 1)..<venue).allSatisfy({ tokens[$0].isWord && !tokens[$0].isCapitalized }) else { return nil }
            return venue
        }

        /// Whether the sentence before the one `start` opens is about a document: it opens on one
        /// ("The study by … shows …", "A report released … found …") within its first words.
        private func previousSentenceOpensOnDocument(before start: Int) -> Bool {
            guard start > span.lowerBound else { return false }
            let sentence = tokens[start - 1].sentence
            var first = start - 1
            while first > span.lowerBound, tokens[first - 1].sentence == sentence { first -= 1 }
            return (first..<min(start, first + 4)).contains { ActorLexicon.documentNouns.contains(tokens[$0].lowercased) }
        }

        /// Whether a clause follows the finding verb at `index`: "that", or a verb of its own
        /// within a few words ("found most people were eating less").
        private func opensFinding(after index: Int) -> Bool {
            guard index + 1 < span.upperBound else { return false }
            if tokens[index + 1].lowercased == "that" { return true }
            return ((index + 2)..<min(span.upperBound, index + 12)).contains { tokens[$0].sentence == tokens[index].sentence && isFiniteVerb($0) }
        }

        /// The actor named first in the sentence of `index`, before it and outside quotes,
        /// when it opens the sentence (after at most a few words such as "On Monday,").
        /// A pronoun there stands for whom it would as a speaker ("First, he juxtaposed numbers,
        /// claiming …"); an opening phrase that sets the scene is passed over ("Within a day
        /// of the event, the KGB arrested 33 people, claiming …").
        func sentenceSubject(before index: Int, lastSpeaker: String?, finder: ClaimFinder) -> (actor: String?, tokens: Range<Int>)? {
            var start = sentenceStart(of: index)
            // ("But the airlines are making no apologies and say …": a conjunction opening the sentence is no part of its subject.)
            if start + 2 < index, Self.openingConjunctions.contains(tokens[start].lowercased) { start += 1 }
            // "According to ISNA, Ali Karimi said …, adding …": the source opening the sentence is no subject.
            if start + 3 < index, tokens[start].lowercased == "according", tokens[start + 1].lowercased == "to",
               let comma = ((start + 2)..<min(index, start + 14)).first(where: { tokens[$0].isMark(",") }), comma + 1 < index {
                start = comma + 1
            }
            // "In a statement the company says …, and says …": where it was said, with no comma after it.
            if start + 2 < index, let venue = venueNoun(after: start, before: min(index, start + 4)), venue + 1 < index,
               // (The subject follows at once: not "In a statement released after …," nor "In a briefing that …".)
               ["the", "a", "an"].contains(tokens[venue + 1].lowercased) || tokens[venue + 1].isCapitalized {
                start = venue + 1
            } else if isAdverbial(start..<index), let comma = (start..<min(index, start + 14)).first(where: { tokens[$0].isMark(",") }) {
                start = comma + 1
            }
            // "“It was hard,” Ruiz said, adding …": the subject comes after the opening quote.
            if ["“", "\""].contains(tokens[start].text),
               let close = ((start + 1)..<index).first(where: { ["”", "\""].contains(tokens[$0].text) }) {
                start = close + 1
                while start < index, tokens[start].isMark(",") { start += 1 }
            }
            var cursor = start
            while cursor < index, cursor < start + 6 {
                if let reference = actorAt[cursor], [.country, .place].contains(reference.type), reference.tokens.upperBound < index,
                   ActorLexicon.isRoleWord(tokens[reference.tokens.upperBound].lowercased) {
                    // "The Egyptian Foreign Minister made a visit, urging …": whose the office is, not who.
                    cursor = reference.tokens.upperBound
                    continue
                }
                if let reference = actorAt[cursor] {
                    // "The mayor of London, Sadiq Khan, gave a speech, adding …": the holder in apposition.
                    if reference.type != .person, reference.tokens.upperBound + 1 < index, tokens[reference.tokens.upperBound].isMark(","),
                       let holder = actorAt[reference.tokens.upperBound + 1], holder.type == .person,
                       holder.tokens.upperBound < index, tokens[holder.tokens.upperBound].isMark(",") {
                        return (holder.actor, holder.tokens)
                    }
                    // "An official from Acme gave a briefing, adding …": their person, unnamed.
                    if reference.type != .person, let member = personOfBody(reference), member == start {
                        return (nil, member..<reference.tokens.upperBound)
                    }
                    // "Former CIA deputy director Michael Morell praised …": the last name of the stretch.
                    let named = namingStretch(from: cursor)?.actor ?? reference
                    return (named.actor, named.tokens)
                }
                let lower = tokens[cursor].lowercased
                if ["he", "she"].contains(lower) {
                    return (finder.person(for: lower, before: tokens[cursor].range.lowerBound, lastSpeaker: lastSpeaker, inTitle: inTitle), cursor..<(cursor + 1))
                }
                // "the parents tried to have Waseem released by saying …": a description that
                // opens the sentence is its subject, whoever its verb phrase names later.
                // ("House Speaker Nancy Pelosi said": a title before a name is no description.)
                // ("The government of Burundi", "A group of protesters": the "of" says who.)
                // (A verb must follow: "The bank's chief executive Jane Fraser resigned" is Fraser.)
                if Self.speakerNouns.contains(lower), cursor + 1 < index, actorAt[cursor + 1] == nil, !tokens[cursor + 1].isCapitalized,
                   tokens[cursor + 1].lowercased != "of", !tokens[cursor + 1].text.isPossessive,
                   isVerbLike(cursor + 1) || Self.finiteAuxiliaries.contains(tokens[cursor + 1].lowercased)
                    || ActorLexicon.verbAdverbs.contains(tokens[cursor + 1].lowercased),
                   let description = unnamedSubject(endingAt: cursor), description.lowerBound == start {
                    return (finder.speaker(described: description, in: self), description)
                }
                if ActorLexicon.personalPronouns.contains(lower) { break }
                cursor += 1
            }
            // "The agency did not mention casualties, but said …": a description opening the sentence.
            for head in start..<min(index, cursor + 1) where Self.speakerNouns.contains(tokens[head].lowercased) {
                if let description = unnamedSubject(endingAt: head), description.lowerBound == start {
                    // ("Child advocates have called …": the compound, not its first noun.)
                    let compound = opensCompound(head, before: index) ? description.lowerBound..<(head + 2) : description
                    return (finder.speaker(described: compound, in: self), compound)
                }
            }
            return nil
        }

        /// "Child advocates have called …": a noun for people that only qualifies the plural
        /// noun after it, which the verb follows.
        private func opensCompound(_ head: Int, before index: Int) -> Bool {
            guard head + 2 < index, tokens[head + 1].isWord, !tokens[head + 1].isCapitalized,
                  tokens[head + 1].lowercased.hasSuffix("s"), !isVerbLike(head + 1) else { return false }
            let after = tokens[head + 2].lowercased
            return isVerbLike(head + 2) || Self.finiteAuxiliaries.contains(after) || ActorLexicon.verbAdverbs.contains(after)
        }

        /// Where the clause ending before `end` starts: the start of its sentence or the
        /// token after a semicolon, at most `longestContent` tokens back (every title token
        /// has the same sentence, -1, so a headline is one clause).
        private func clauseStart(before end: Int) -> Int {
            let sentence = tokens[end].sentence
            var start = end
            while start > span.lowerBound, start > end - Self.longestContent, tokens[start - 1].sentence == sentence,
                  !tokens[start - 1].isMark(";") { start -= 1 }
            return start
        }

        /// The most tokens a reported claim takes from a sentence: real ones are far shorter,
        /// and a sentence with no full stop for pages must not make every claim the whole page.
        static let longestContent = 150

        /// Words that say how a document came out: "figures released on Wednesday".
        static let releaseParticiples: Set<String> = ["released", "published", "issued", "obtained", "seen", "filed", "made"]

        /// Conjunctions that may open a sentence before its subject: "But the airlines …".
        static let openingConjunctions: Set<String> = ["but", "and", "yet", "so"]

        /// Nouns for a business, which "the company" and its like can stand for.
        static let businessNouns: Set<String> = ["company", "firm", "retailer", "carmaker", "airline", "bank", "lender", "insurer"]

        /// Words in the name of a public body, which is no business.
        static let publicBodyWords: Set<String> = [
            "government", "ministry", "department", "council", "party", "parliament", "court", "police", "commission", "authority",
            "agency", "army", "senate", "congress", "administration", "assembly", "cabinet", "nations",
        ]

        /// What one claims that is not a statement: "claimed victory", "claimed the lives of".
        static let claimedThings: Set<String> = ["lives", "life", "title", "titles", "seat", "seats", "asylum", "ownership", "gold", "silver",
                                                 "bronze", "medal", "prize", "top"]

        /// What a document does when it speaks: "a statement from the label read …".
        static let documentVerbs: Set<String> = ["said", "read", "stated", "announced", "warned", "added", "noted", "confirmed", "reported",
                                                 "found", "suggested", "showed", "concluded", "estimated", "revealed", "indicated"]

        /// Words that open a reported question after "asked (someone)".
        static let questionOpeners: Set<String> = ["if", "whether", "why", "how", "what", "when", "where", "who", "which", "about"]

        /// Indirect, or mixed when quoted words stand inside; quotes inside are used up.
        private func kind(of content: Range<Int>, quotes: [Quote], used: inout Set<Int>) -> ClaimKind {
            var kind = ClaimKind.indirect
            for quote in quotes where content.contains(quote.open) { kind = .mixed }
            return kind
        }

        /// Without the sentence's closing period and comma, or quote marks around all of it.
        /// From `start` to the end of its sentence, at most `longestContent` tokens, without the
        /// marks that close it.
        func restOfSentence(from start: Int) -> Range<Int> {
            var end = start
            while end < span.upperBound, end - start < Self.longestContent, tokens[end].sentence == tokens[start].sentence { end += 1 }
            return trimmed(start..<end)
        }

        private func trimmed(_ range: Range<Int>) -> Range<Int> {
            var range = range
            while let last = range.last, tokens[last].kind == .mark, [".", ",", ":", ";"].contains(tokens[last].text) {
                range = range.lowerBound..<last
            }
            return range
        }

        func surface(_ range: Range<Int>) -> String {
            guard let first = range.first, let last = range.last else { return "" }
            return source.utf8Slice(tokens[first].range.lowerBound..<tokens[last].range.upperBound)
        }

        /// Before a reporting verb, what is yet to be said. ("can" is left out: "Police can
        /// confirm a man was arrested" is said.)
        /// People who belong to someone without speaking for them: "Johnson's critics".
        static let othersOfSomeone: Set<String> = ["critics", "opponents", "rivals", "detractors", "supporters", "allies",
                                                   "colleagues", "friends", "neighbours", "neighbors", "fans", "accusers", "victims"]

        static let modals: Set<String> = ["must", "should", "could", "may", "might", "cannot", "will", "shall", "would", "'ll"]

        /// The one named just before "and other" when `other` is that "other": "Ana Ruiz and
        /// other researchers", "the CIA and other agencies".
        private func namedBeforeOthers(at other: Int) -> MentionRef? {
            guard other - 2 >= span.lowerBound, tokens[other].lowercased == "other", tokens[other - 1].lowercased == "and",
                  let named = actorAt[other - 2], named.tokens.upperBound == other - 1 else { return nil }
            return named
        }

        /// The comma closing "Texas" in "in Baytown, Texas, …" when `comma` is the one after
        /// the town: a capitalised word or three between two commas, after a capitalised word.
        private func regionAfterTown(atComma comma: Int, inQuote: [Bool]) -> Int? {
            guard comma > span.lowerBound, comma < span.upperBound, tokens[comma].isMark(","), tokens[comma - 1].isCapitalized else { return nil }
            var end = comma + 1
            while end < span.upperBound, end <= comma + 3, tokens[end].isWord, tokens[end].isCapitalized,
                  !ActorLexicon.functionWords.contains(tokens[end].lowercased) { end += 1 }
            guard end > comma + 1, end + 1 < span.upperBound, tokens[end].isMark(","), !inQuote[end],
                  tokens[end + 1].sentence == tokens[comma].sentence else { return nil }
            return end
        }

        /// The comma that ends a source after "according to" at the start of a clause: a
        /// phrase of up to 14 tokens with no verb that says and no clause word in it ("a
        /// 1989 report from the National Transportation Safety Board (NTSB)", "these videos
        /// and NPR"). Reports keep their own rule (the outlet that reported last).
        private func sourcePhraseEnd(from start: Int, inQuote: [Bool]) -> Int? {
            let sentence = tokens[start].sentence
            var end = start
            // ("a March 14, 2019 NATO press release": the comma of a date is inside the phrase.)
            func isDateComma(_ index: Int) -> Bool {
                index > start && index + 1 < span.upperBound && tokens[index - 1].kind == .number && tokens[index + 1].kind == .number
            }
            while end < span.upperBound, end < start + 14, tokens[end].sentence == sentence, !tokens[end].isMark(",") || isDateComma(end) {
                let token = tokens[end]
                let lower = token.lowercased
                guard token.isWord || token.kind == .number || token.text.isPossessive || token.isQuoteMark || ["(", ")", "-", ","].contains(token.text),
                      lower == "and" || !Self.clauseWords.contains(lower), !["report", "reports"].contains(lower),
                      ActorLexicon.speechVerbs[lower] == nil || ActorLexicon.nounLikeVerbForms.contains(lower) else { return nil }
                end += 1
            }
            guard end > start, end < span.upperBound, tokens[end].isMark(","), !inQuote[end],
                  end + 1 < span.upperBound, tokens[end + 1].sentence == sentence else { return nil }
            return end
        }

        /// Where an attribution that closes its sentence starts when no comma sets it off:
        /// "Four soldiers had been killed he added.", "… shortly after the fire began hospital
        /// spokeswoman Donna Rohrer said." Broadcast copy drops that comma; a pronoun or a name,
        /// with the title words before it, right after a word that can end a clause still
        /// says who spoke. (Not "what he said", "the crowd cheered at the things she said": a
        /// pronoun's "said" closing a sentence is as often an object clause, its "says" and
        /// "added" seldom are.)
        private func attributionWithoutComma(at subject: Int, cue: String) -> Int? {
            guard span.contains(subject) else { return nil }
            let pronoun = ["he", "she", "they"].contains(tokens[subject].lowercased)
            guard pronoun && cue != "said"
                    || actorAt[subject].map({ $0.tokens.lowerBound == subject && $0.type != .place }) == true else { return nil }
            var start = subject
            while start - 1 > span.lowerBound, tokens[start - 1].isWord, ActorLexicon.isRoleWord(tokens[start - 1].lowercased),
                  !ActorLexicon.functionWords.contains(tokens[start - 1].lowercased) { start -= 1 }
            guard start - 1 >= span.lowerBound, tokens[start - 1].sentence == tokens[subject].sentence else { return nil }
            let previous = tokens[start - 1]
            guard previous.isWord || previous.kind == .number || previous.text == ")",
                  !ActorLexicon.functionWords.contains(previous.lowercased), !Self.finiteAuxiliaries.contains(previous.lowercased),
                  ActorLexicon.speechVerbs[previous.lowercased] == nil else { return nil }
            // ("He denied the things she said": a short object clause is no claim before its attribution.)
            return wordCount(clauseStart(before: start)..<start) >= 6 ? start : nil
        }

        /// Verbs that say someone spoke whatever their subject: "the city said", not "the
        /// team found" or "the crowd called".
        static let plainSpeechCues: Set<String> = [
            "said", "told", "announced", "stated", "reported", "added", "explained", "claimed", "warned", "wrote", "argued",
            "insisted", "confirmed", "noted", "alleged", "stressed", "declared", "acknowledged", "admitted", "denied", "asserted",
        ]

        /// Whether what follows the cue reads as what was said, for a subject no list knows:
        /// "said", "told" and their forms take anything; another verb or a participle ("The
        /// highest rate reported by the team", "candidates confirmed for the debate") only
        /// "that", a comma, a colon, a quote or a clause that opens on a determiner, a pronoun
        /// or a number; a form that is as often a noun ("The initial reports were") never.
        private func opensReportedClause(after cue: Cue) -> Bool {
            let word = tokens[cue.range.lowerBound].lowercased
            guard !ActorLexicon.nounLikeVerbForms.contains(word) || word == "says" else { return false }
            let next = skipAdverbials(from: cue.end, forward: true)
            guard next < span.upperBound else { return false }
            let lower = tokens[next].lowercased
            if lower == "by" || Self.finiteAuxiliaries.contains(lower) { return false }
            if ["said", "told"].contains(cue.normalized) { return true }
            return lower == "that" || tokens[next].isMark(",") || tokens[next].isMark(":") || tokens[next].isQuoteMark
                || tokens[next].kind == .number || Self.determiners.contains(lower)
                || ["he", "she", "it", "they", "we", "i", "there", "this"].contains(lower)
        }

        /// Whether the sentence ends after the cue and the times beside it ("…, the label
        /// announced yesterday.").
        private func closesSentence(after cue: Cue) -> Bool {
            let next = skipAdverbials(from: cue.end, forward: true)
            return next >= span.upperBound || tokens[next].sentence != tokens[cue.range.lowerBound].sentence || tokens[next].isMark(".")
        }

        /// "…, Ashcroft told a press conference in Washington.": from `start`, a preposition and
        /// a name or a day that end the sentence say where or when, not what.
        private func endsOnPlaceOrTime(from start: Int) -> Bool {
            guard start + 1 < span.upperBound, ["in", "at", "on"].contains(tokens[start].lowercased) else { return false }
            var end = start + 1
            if ["the", "a"].contains(tokens[end].lowercased) { end += 1 }
            let first = end
            while end < span.upperBound, end < first + 4, tokens[end].sentence == tokens[start].sentence,
                  tokens[end].isCapitalized || tokens[end].kind == .number || ActorLexicon.calendarWords.contains(tokens[end].lowercased) { end += 1 }
            return end > first && (end >= span.upperBound || tokens[end].sentence != tokens[start].sentence || tokens[end].isMark("."))
        }

        /// Last words of a court's name that `judgingNouns` lacks: "the Court of Session", "the Court of Appeals".
        static let courtNameEnds: Set<String> = ["session", "appeals", "justice"]

        /// Those whose finding is a judgement they state: "the coroner found that …".
        static let judgingNouns: Set<String> = ["coroner", "court", "judge", "judges", "jury", "inquest", "inquiry", "tribunal", "panel",
                                                "ombudsman", "commission", "committee", "investigators", "magistrate", "review", "auditor"]

        /// Where words are said: "in a statement", "in an interview", "on its website".
        static let venueNouns: Set<String> = ["statement", "interview", "speech", "letter", "release", "post", "tweet", "message",
                                              "briefing", "broadcast", "email", "video", "website", "blog", "address", "podcast"]

        /// Participles of judging someone that never have their speaker right before them:
        /// "accused by", "criticised by" are passives even without "was".
        static let judgingParticiples: Set<String> = ["accused", "criticised", "criticized", "blamed", "condemned", "praised",
                                                      "described", "dubbed", "labelled", "labeled", "branded", "denounced"]

        /// Words after "this", "last", "late" or "early" that make it a time, not a subject.
        /// A word for a time: "week", "morning" (`timeWords`), or a day or month (`ActorLexicon.calendarWords`).
        static func isTimeWord(_ lower: String) -> Bool {
            timeWords.contains(lower) || ActorLexicon.calendarWords.contains(lower)
        }

        static let timeWords: Set<String> = ["week", "morning", "afternoon", "evening", "night", "month", "year", "weekend", "season",
                                             "spring", "summer", "autumn", "fall", "winter", "time", "on", "in", "last", "this", "today",
                                             "tonight", "yesterday", "tomorrow"]

        /// The "is" of "is reported as saying": a passive, whose subject is who spoke.
        /// ("has quoted X as saying" is active: X spoke, not the subject.)
        static let passiveAuxiliaries: Set<String> = ["is", "was", "were", "are", "been", "being"]

        /// Numbers someone released, which show or find as a report does.
        static let releasedNumbers: Set<String> = ["figures", "statistics", "estimates", "results", "numbers", "projections"]

        /// Words that open a clause of someone else's, or a claim of its own, after a comma.
        /// ("…, investigators said, and should not have flown": "and" goes on with the same words.)
        static let clauseOpeners: Set<String> = ["while", "whereas", "although", "though", "adding", "saying"]

        static let determinersAndPossessives: Set<String> = ["the", "a", "an", "his", "her", "its", "their", "our", "my", "this", "that"]

        /// Conjunctions of time and cause. ("while" and "although" more often join two claims
        /// side by side: "Ruiz said …, while Lund wrote …".)
        static let subordinators: Set<String> = ["after", "before", "when", "because", "since", "until"]

        /// Verbs after which a name and a bare verb are what that one was asked to do.
        static let requestVerbs: Set<String> = [
            "asked", "ask", "asks", "requested", "request", "requests", "urged", "urge", "urges", "let", "lets", "made",
            "make", "makes", "helped", "help", "helps", "bade", "bid",
        ]

        /// Verbs whose object is a report someone else made: "cannot confirm media reports …".
        static let verbsWeighingReports: Set<String> = [
            "confirm", "confirms", "confirmed", "deny", "denies", "denied", "dismiss", "dismisses", "dismissed", "reject",
            "rejects", "rejected", "dispute", "disputes", "disputed", "downplay", "downplays", "downplayed",
        ]

        /// "The official said that Netanyahu told Lavrov …": the inner claim is the one
        /// kept, with the outer speaker in its `via`.
        private func nested(_ claims: [Found]) -> [Found] {
            var result = claims
            var removed = Set<Int>()
            func contains(_ outer: Found, _ inner: Found) -> Bool {
                guard let attribution = inner.attribution else { return false }
                return outer.content.contains(attribution.lowerBound) && outer.content.contains(inner.cueToken)
            }
            // "A source said 75 militants were rounded up after the leadership vowed to …": a
            // claim in a clause of time or cause inside the content is not what the outer one
            // reports; both stand.
            func isInSubordinateClause(_ inner: Found, of outer: Found) -> Bool {
                guard let attribution = inner.attribution, attribution.lowerBound > outer.content.lowerBound else { return false }
                // The inner attribution opens the conjunction's clause ("after the leadership vowed");
                // "said that after the summit Lavrov told reporters …" is still Lavrov's words, reported.
                guard let conjunction = (outer.content.lowerBound..<attribution.lowerBound).last(where: { Self.subordinators.contains(tokens[$0].lowercased) })
                else { return false }
                // (Only a determiner or the names of whose may stand between: "after Yasser Arafat's
                // Palestinian leadership vowed", "after the asylum seekers told".)
                // A description may have begun before its last words ("the asylum seekers"); a name
                // stands alone ("after the summit Lavrov told" is two phrases).
                let described = actorAt[attribution.lowerBound] == nil
                return attribution.lowerBound > conjunction && attribution.lowerBound - conjunction <= 5
                    && ((conjunction + 1)..<attribution.lowerBound).allSatisfy { index in
                        Self.determinersAndPossessives.contains(tokens[index].lowercased) || tokens[index].isCapitalized
                            || tokens[index].text.isPossessive || actorAt[index] != nil
                            || ActorLexicon.personalPronouns.contains(tokens[index].lowercased) || tokens[index].lowercased == "and"
                            || described && tokens[index].isWord && !isVerbLike(index)
                    }
            }
            // "says he relied on advice from church officials, who told him …": a relative clause
            // tells of someone inside what the outer speaker says; both stand.
            // ("according to police, who said …": a clause on the outer speaker goes on with their words.)
            func isInRelativeClause(_ inner: Found, of outer: Found) -> Bool {
                var before = inner.cueToken - 1
                while before > span.lowerBound, ActorLexicon.verbAdverbs.contains(tokens[before].lowercased) { before -= 1 }
                // ("a man who has claimed …": "who" needs no comma, but "which" and "that" do, being also
                // words that open what was said.)
                guard before - 1 >= span.lowerBound, tokens[before].lowercased == "who" && tokens[before - 1].isWord
                        || ["who", "which"].contains(tokens[before].lowercased) && tokens[before - 1].isMark(",") else { return false }
                return outer.attribution.map { $0.upperBound < before - 1 || $0.lowerBound > before } ?? true
            }
            // "Williams says he cannot confirm media reports the man has family": a report the outer
            // speaker confirms, denies or dismisses is weighed, not passed on; both stand.
            func isWeighedReport(_ inner: Found, in outer: Found) -> Bool {
                guard let attribution = inner.attribution, attribution.lowerBound > outer.content.lowerBound,
                      inner.cue == "reported" || attribution.contains(where: { actorAt[$0]?.type == .media
                          || ActorLexicon.documentNouns.contains(ActorLexicon.singular(tokens[$0].lowercased)) })
                else { return false }
                var before = attribution.lowerBound - 1
                if before > outer.content.lowerBound, ["the", "these", "those", "earlier", "recent"].contains(tokens[before].lowercased) { before -= 1 }
                return Self.verbsWeighingReports.contains(tokens[before].lowercased)
            }
            // "McMenamin says the 10-year study revealed …": a finding no one is named for, inside
            // what someone says, is theirs and the study's; both stand.
            // (Not "Tests showed the water was safe, officials said": there the finding is the officials' words.)
            func isUnownedFinding(_ inner: Found, in outer: Found) -> Bool {
                inner.speaker == nil && ActorLexicon.findingVerbs.contains(inner.cue) && inner.kind != .direct
                    && outer.attribution.map { $0.upperBound <= outer.content.lowerBound } == true
            }
            // Whether a claim's subject is no one who speaks: nobody named and no noun for people
            // ("Witnesses said the gunman fled, police said": witnesses speak), or only places.
            func hasNoSpeaker(_ claim: Found) -> Bool {
                if claim.speaker == nil,
                   !(claim.speakerText ?? "").split(separator: " ").contains(where: { Self.speakerNouns.contains($0.lowercased()) }) { return true }
                let types = claim.attribution.map { $0.compactMap { actorAt[$0]?.type } } ?? []
                return !types.isEmpty && types.allSatisfy { [.place, .country].contains($0) }
            }
            // Only claims whose cue stands inside an outer claim's content can be nested in it:
            // found by binary search over the cues, so a paragraph of thousands of claims is
            // not a comparison of every pair.
            let byCue = claims.indices.sorted { claims[$0].cueToken < claims[$1].cueToken }
            let cues = byCue.map { claims[$0].cueToken }
            func firstCue(atLeast token: Int) -> Int { cues.partitioningIndex { $0 >= token } }
            for (outerIndex, outer) in claims.enumerated() {
                let inside = byCue[firstCue(atLeast: outer.content.lowerBound)..<firstCue(atLeast: outer.content.upperBound)].sorted()
                for innerIndex in inside where innerIndex != outerIndex {
                    let inner = claims[innerIndex]
                    // "Lee said he believes the plan will fail": the speaker's own view inside their
                    // words is those words, not a second claim.
                    // ("The agency says it has already warned operators of …": the same.)
                    // (Not after "and": "says Hamas will strike and he admits that …" is a second claim.)
                    if contains(outer, inner), outer.speaker != nil || outer.speakerText != nil, inner.speaker == nil || inner.speaker == outer.speaker,
                       inner.kind != .direct,
                       let attribution = inner.attribution,
                       ActorLexicon.personalPronouns.contains(tokens[attribution.lowerBound].lowercased),
                       attribution.lowerBound == span.lowerBound || !["and", "but", "though", "although", "while", "whereas", "yet"].contains(tokens[attribution.lowerBound - 1].lowercased),
                       // ("… supplies; though he also remarked that …": a clause of its own after a semicolon.)
                       !(outer.content.lowerBound..<attribution.lowerBound).contains(where: { tokens[$0].isMark(";") }) {
                        removed.insert(innerIndex)
                        continue
                    }
                    guard contains(outer, inner), inner.speaker != outer.speaker || inner.speaker == nil,
                          !isInSubordinateClause(inner, of: outer), !isInRelativeClause(inner, of: outer), !isWeighedReport(inner, in: outer),
                          !isUnownedFinding(inner, in: outer) else { continue }
                    // "with Scalise calling it “…” and Spano calling it “…”": two claims side by side;
                    // the first ends where the second's speaker comes in.
                    // ("said the plant would close and the workers expressed anger": a clause of its own, with its own subject.)
                    if let attribution = inner.attribution, attribution.lowerBound > outer.content.lowerBound + 3,
                       ["and", "but", "while", "whereas"].contains(tokens[attribution.lowerBound - 1].lowercased),
                       // (A pronoun there may go on with the outer speaker: see below.)
                       !["he", "she", "they", "it"].contains(tokens[attribution.lowerBound].lowercased),
                       wordCount(outer.content.lowerBound..<(attribution.lowerBound - 1)) >= 3,
                       (outer.content.lowerBound..<(attribution.lowerBound - 1)).contains(where: { isVerbLike($0) || isFiniteVerb($0)
                           || Self.finiteAuxiliaries.contains(tokens[$0].lowercased) }) {
                        var end = attribution.lowerBound - 1
                        while end > outer.content.lowerBound + 1, tokens[end - 1].kind == .mark, !tokens[end - 1].isQuoteMark { end -= 1 }
                        result[outerIndex].content = outer.content.lowerBound..<end
                        continue
                    }
                    if let attribution = inner.attribution, attribution.lowerBound > outer.content.lowerBound + 1,
                       ["and", "with"].contains(tokens[attribution.lowerBound].lowercased) {
                        var end = attribution.lowerBound
                        while end > outer.content.lowerBound + 1, tokens[end - 1].kind == .mark, !tokens[end - 1].isQuoteMark { end -= 1 }
                        result[outerIndex].content = outer.content.lowerBound..<end
                        continue
                    }
                    // "the official says Hamas will strike and he admits that …": a pronoun after "and"
                    // goes on with the outer speaker, who makes a second claim.
                    if outer.kind != .direct, let speaker = outer.speaker, let attribution = inner.attribution,
                       attribution.lowerBound > outer.content.lowerBound + 2,
                       ["and", "but"].contains(tokens[attribution.lowerBound - 1].lowercased),
                       ["he", "she", "they"].contains(tokens[attribution.lowerBound].lowercased), inner.speaker == nil,
                       // ("says the woman was found unconscious and she told doctors …": someone nearer it could mean.)
                       !(outer.content.lowerBound..<(attribution.lowerBound - 1)).contains(where: { index in
                           actorAt[index]?.type == .person || ["man", "woman", "boy", "girl", "men", "women", "people", "he", "she", "they"]
                               .contains(tokens[index].lowercased)
                       }) {
                        var end = attribution.lowerBound - 1
                        while end > outer.content.lowerBound + 1, tokens[end - 1].kind == .mark, !tokens[end - 1].isQuoteMark { end -= 1 }
                        result[outerIndex].content = outer.content.lowerBound..<end
                        result[innerIndex].speaker = speaker
                        continue
                    }
                    // "Hospitals in Wales and Scotland reported longer waits, officials said": a
                    // verb inside the content whose subject is no speaker is part of what was said.
                    // (An outlet's report of someone's words stays their claim, with the outlet as via.)
                    if let attribution = outer.attribution, attribution.lowerBound >= outer.content.upperBound, outer.cue != "reported",
                       !attribution.contains(where: { actorAt[$0]?.type == .media }),
                       inner.kind != .direct, hasNoSpeaker(inner) {
                        removed.insert(innerIndex)
                        continue
                    }
                    if contains(inner, outer) {
                        // "Sources said X, Hadashot reported": the later attribution is the outer one,
                        // and the earlier claim ends before it.
                        guard outer.cueToken > inner.cueToken, let attribution = outer.attribution else { continue }
                        var end = attribution.lowerBound
                        // (", the BBC reported": the outlet's determiner is no part of the words.)
                        if end - 1 > inner.content.lowerBound, ["the", "a", "an"].contains(tokens[end - 1].lowercased) { end -= 1 }
                        while end > inner.content.lowerBound, tokens[end - 1].kind == .mark { end -= 1 }
                        result[innerIndex].content = inner.content.lowerBound..<max(end, inner.content.lowerBound + 1)
                    }
                    if let speaker = outer.speaker { result[innerIndex].via = [speaker] + outer.via + result[innerIndex].via }
                    // "A senior diplomat said President Ruiz told her counterpart that …": two claims, the
                    // diplomat's (what a reader annotates first) and Ruiz's via the diplomat. An outlet's
                    // report of a source's words is the source's claim alone ("…, Hadashot reported").
                    // (Only where the words open on the inner speaker, "said that police told him …".)
                    let isOutletReport = outer.cue == "reported"
                        || outer.attribution.map { $0.contains(where: { actorAt[$0]?.type == .media }) } ?? false
                    var opening = outer.content.lowerBound
                    if opening < outer.content.upperBound, tokens[opening].lowercased == "that" { opening += 1 }
                    let opensOnInner = inner.attribution.map { $0.lowerBound <= opening + 4 && $0.lowerBound >= opening } ?? false
                        && (opening..<(inner.attribution?.lowerBound ?? opening)).allSatisfy { tokens[$0].isWord && !isVerbLike($0)
                            && !Self.subordinators.contains(tokens[$0].lowercased) && !Self.clauseOpeners.contains(tokens[$0].lowercased)
                            && !["though", "as", "if", "but", "and", "while", "whereas"].contains(tokens[$0].lowercased) }
                    let keepsOuter = !isOutletReport && opensOnInner && outer.kind == .indirect && Self.plainSpeechCues.contains(outer.cue)
                        && outer.attribution.map({ $0.upperBound <= outer.content.lowerBound }) ?? false
                    if !keepsOuter { removed.insert(outerIndex) }
                }
            }
            return result.enumerated().filter { !removed.contains($0.offset) }.map(\.element)
        }
    }

    /// Who "he" or "she" stands for: the last speaker when the pronoun fits them, else the
    /// latest person before it known to fit, else the latest whose sex is unknown, else the
    /// last speaker whose sex was only guessed from a given name.
    func person(for pronoun: String, before offset: Int, lastSpeaker: String?, inTitle: Bool) -> String? {
        let wanted: NameLists.Sex? = pronoun == "he" ? .male : pronoun == "she" ? .female : nil
        let addressed = peopleInFrontedPhrase(before: offset, inTitle: inTitle)
        func fits(_ actor: String) -> Bool { !addressed.contains(actor) && (wanted == nil || sexOf[actor] == nil || sexOf[actor] == wanted) }
        // "Cohen, who goes by “Spike”, which he has explained …": the subject of the pronoun's
        // own sentence, named before it, comes before whoever spoke last.
        // ("John Doe had been ill, said Tom Brook. He said …": who spoke in the sentence before goes on
        // speaking, though the one he spoke of opens it.)
        // (Named there as the one who speaks, after the verb that ends it: not "pardoned by Trump".)
        // (And known to be of the pronoun's sex: a name that only might be gives way to the sentence's subject.)
        if let lastSpeaker, people.contains(lastSpeaker), fits(lastSpeaker), wanted == nil || sexOf[lastSpeaker] == wanted,
           let previous = sentence(before: offset, inTitle: inTitle, opening: true) {
            let list = inTitle ? titleTokens : tokens
            let map = inTitle ? titleActorAt : actorAt
            let speaks = previous.contains { index in
                guard let mention = map[index], mention.actor == lastSpeaker, mention.tokens.lowerBound == index else { return false }
                let before = index - 1, after = mention.tokens.upperBound
                return before >= previous.lowerBound && ActorLexicon.speechVerbs[list[before].lowercased] != nil
                    && before > previous.lowerBound && list[before - 1].isMark(",")
                    && (after >= previous.upperBound || list[after].kind == .mark)
            }
            if speaks { return lastSpeaker }
        }
        if let subject = firstPersonInSentence(before: offset, inTitle: inTitle), fits(subject) { return subject }
        // ("… Prince Omar accepted responsibility. Speaking to John Brown, he said …": past the one
        // spoken to, the first who fits in the sentence before.)
        if !addressed.isEmpty, let before = firstPersonOfSentenceBefore(offset, inTitle: inTitle, where: fits) { return before }
        if let leadIn = personLeadingIntoQuote(before: offset, inTitle: inTitle, lastSpeaker: lastSpeaker), fits(leadIn) { return leadIn }
        if let lastSpeaker, fits(lastSpeaker), people.contains(lastSpeaker) { return lastSpeaker }
        if let wanted, let known = latest(before: offset, inTitle: inTitle, where: { $0.type == .person && sexOf[$0.actor] == wanted && !addressed.contains($0.actor) }) {
            return known
        }
        if let fitting = latest(before: offset, inTitle: inTitle, where: { $0.type == .person && fits($0.actor) }) { return fitting }
        // ("Jodee Rich says …. “…,” he said.": a list of given names only guesses; with no one who
        // fits, the one who just spoke is who the writer means.)
        if let lastSpeaker, people.contains(lastSpeaker), !addressed.contains(lastSpeaker),
           sexOf[lastSpeaker] == nil || sexGuessedFromName.contains(lastSpeaker) { return lastSpeaker }
        return nil
    }

    /// The first person who fits in the sentence before the one at `offset`, in its paragraph.
    private func firstPersonOfSentenceBefore(_ offset: Int, inTitle: Bool, where fits: (String) -> Bool) -> String? {
        let map = inTitle ? titleActorAt : actorAt
        return sentence(before: offset, inTitle: inTitle)?.lazy.compactMap { map[$0] }.first { $0.type == .person && fits($0.actor) }?.actor
    }

    /// The tokens of the sentence before the one at `offset`, in the same paragraph; with
    /// `opening`, only when the token at `offset` opens its sentence.
    private func sentence(before offset: Int, inTitle: Bool, opening: Bool = false) -> Range<Int>? {
        let list = inTitle ? titleTokens : tokens
        guard let pronoun = list.firstIndex(where: { $0.range.lowerBound >= offset }) else { return nil }
        var start = pronoun
        while start > 0, list[start - 1].sentence == list[pronoun].sentence { start -= 1 }
        guard start > 0, !opening || start == pronoun, list[start - 1].paragraph == list[pronoun].paragraph else { return nil }
        var previous = start - 1
        while previous > 0, list[previous - 1].sentence == list[start - 1].sentence { previous -= 1 }
        return previous..<start
    }

    /// "Speaking to John Brown of CNN, he said", "In an interview with Ana Ruiz, she said": the
    /// people named in a phrase that opens the pronoun's sentence on a participle or a
    /// preposition are whom the pronoun spoke to or of, never the pronoun. ("When Ruiz arrived,
    /// she said" opens on a clause of its own subject, who may well be "she".)
    private func peopleInFrontedPhrase(before offset: Int, inTitle: Bool) -> Set<String> {
        let map = inTitle ? titleActorAt : actorAt
        let list = inTitle ? titleTokens : tokens
        guard let pronoun = list.firstIndex(where: { $0.range.lowerBound >= offset }), pronoun >= 2, list[pronoun - 1].isMark(",") else { return [] }
        let sentence = list[pronoun].sentence
        var start = pronoun - 1
        while start > 0, list[start - 1].sentence == sentence { start -= 1 }
        guard start < pronoun - 1 else { return [] }
        let opener = list[start].lowercased
        guard opener.hasSuffix("ing") && opener.count > 4 || ["in", "during", "asked", "told", "interviewed", "questioned"].contains(opener),
              !(start..<(pronoun - 1)).contains(where: { ["he", "she", "they", "who", "was", "is", "were"].contains(list[$0].lowercased) })
        else { return [] }
        // ("In Ruiz's statement, she said": an owner may well be the pronoun.)
        return Set((start..<(pronoun - 1)).compactMap { map[$0] }.filter { mention in
            mention.type == .person && !(mention.tokens.upperBound < list.count && list[mention.tokens.upperBound].text.isPossessive)
        }.map(\.actor))
    }

    /// The latest actor of one of `types` mentioned before `offset` (in the title when `inTitle`).
    func latest(before offset: Int, types: Set<ActorType>, inTitle: Bool) -> String? {
        latest(before: offset, inTitle: inTitle) { types.contains($0.type) }
    }

    /// "the academy" after "the Royal Swedish Academy of Sciences": the latest actor whose
    /// name has `head` as one of its words.
    /// ("the court officials" is not the city officials named before: every word must be there.)
    func latestNamed(head: String, modifiers: [String] = [], before offset: Int, inTitle: Bool) -> String? {
        let list = inTitle ? titleTokens : tokens
        return latest(before: offset, inTitle: inTitle) { reference in
            let words = reference.tokens.map { list[$0].lowercased }
            // The noun must be the name's head, last or before its "of" ("the ministry": Ministry
            // of Health; "the government" is not the Local Government Association).
            let isHead = words.indices.contains { position in
                // ("Police Scotland", "Metropolitan Police Service": a place or a service word after the head.)
                words[position] == head && (position == words.count - 1 || ["of", "for", "on", "service", "services", "college", "force"].contains(words[position + 1])
                    || !ActorLexicon.organizationHeads.contains(words[position + 1]) && !ActorLexicon.mediaHeads.contains(words[position + 1])
                        && list[reference.tokens.lowerBound + position + 1].isCapitalized)
            }
            return reference.type != .person && isHead && modifiers.allSatisfy(words.contains)
        }
    }

    /// The latest organisation before `offset` that can be a business: not a government, a
    /// ministry, a party or another public body.
    func latestBusiness(before offset: Int, inTitle: Bool) -> String? {
        let list = inTitle ? titleTokens : tokens
        return latest(before: offset, inTitle: inTitle) { reference in
            reference.type == .organization && reference.tokens.upperBound <= list.count
                && !reference.tokens.contains { Unit.publicBodyWords.contains(list[$0].lowercased) }
        }
    }

    /// Whom "they" stands for: the group, or the unnamed people written in the plural
    /// ("officials", "residents", "police"), named last; never "a company spokesperson".
    func latestPlural(before offset: Int, inTitle: Bool) -> String? {
        let list = inTitle ? titleTokens : tokens
        return latest(before: offset, inTitle: inTitle) { reference in
            if reference.type == .group { return true }
            guard reference.type == .anonymous, reference.tokens.upperBound <= list.count else { return false }
            // The head may stand before what follows it: "researchers from the University of Colorado".
            return reference.tokens.contains { index in
                let word = list[index].lowercased
                // ("his sponsors", "the organisers": people by what they do, in the plural.)
                return ["people", "police", "staff", "media", "personnel", "crew", "public", "authorities", "family"].contains(word)
                    || word.hasSuffix("s") && !word.hasSuffix("ss") && (ActorLexicon.anonymousHeads.contains(word) || ActorLexicon.peopleNouns.contains(word)
                        || ActorLexicon.groupNouns.contains(word) || ActorLexicon.hasTradeEnding(ActorLexicon.singular(word)))
            }
        }
    }

    /// The first person named in the sentence that holds `offset`, before it; for a pronoun
    /// that opens its sentence (or follows only an opener such as "In addition,"), the first
    /// person named in the sentence before, the subject a reader carries over ("Flynn was on
    /// stage. He said …"), and through a sentence before that whose subject is a pronoun too
    /// ("Trump went to Ohio. He gave a speech. In addition, he announced …").
    private func firstPersonInSentence(before offset: Int, inTitle: Bool) -> String? {
        let map = inTitle ? titleActorAt : actorAt
        let list = inTitle ? titleTokens : tokens
        var end = list.firstIndex { $0.range.lowerBound >= offset } ?? list.count
        guard end > 0 else { return nil }
        let pronoun = end < list.count ? list[end].lowercased : ""
        for hop in 0..<3 {
            guard end > 0 else { return nil }
            let sentence = list[end - 1].sentence
            var start = end - 1
            while start > 0, list[start - 1].sentence == sentence { start -= 1 }
            let opensSentence = end < list.count && list[end].sentence != sentence
            // (A pronoun opening a paragraph looks back no further.)
            if hop == 0, opensSentence, list[end - 1].paragraph != list[end].paragraph { return nil }
            // ("“Biden is weak,” he said": a name inside a quote is no subject.)
            guard !(start..<end).contains(where: { list[$0].isQuoteMark }) else { return nil }
            // ("Hunter Biden's former partner Tony Bobulinski …": an owner is not the subject.)
            if let person = (start..<end).lazy.compactMap({ map[$0] }).first(where: { reference in
                reference.type == .person && !(reference.tokens.upperBound < list.count && list[reference.tokens.upperBound].text.isPossessive)
            }) {
                return person.actor
            }
            // Looking back: from the pronoun's own sentence only past an opener; from a sentence
            // before, only when its subject is a pronoun too. Never across a paragraph.
            let carries = hop == 0 && !opensSentence ? Self.isOpener(list[start..<end]) : hop > 0 && Self.opens(list[start..<end], with: pronoun)
            if hop == 0 && opensSentence {
                // `start..<end` was already the sentence before the pronoun.
                guard Self.opens(list[start..<end], with: pronoun) else { return nil }
            } else if !carries {
                return nil
            }
            guard start > 0, list[start - 1].paragraph == list[start].paragraph else { return nil }
            end = start
        }
        return nil
    }

    /// "Pollock expects a better showing. “We didn't play to our potential,” he said.": a quote
    /// that opens its sentence and ends just before the pronoun is introduced by the sentence
    /// before it, whose first person (not an owner) is who the pronoun means. That sentence may
    /// close the paragraph before (broadcast copy gives the quote a paragraph of its own), but
    /// holds no quote itself: then whoever it attributes spoke last. When that sentence names
    /// the last speaker, it is them ("Council member Rosa Delgado said she would push …").
    private func personLeadingIntoQuote(before offset: Int, inTitle: Bool, lastSpeaker: String?) -> String? {
        guard !inTitle, let pronoun = tokens.firstIndex(where: { $0.range.lowerBound >= offset }), pronoun >= 3 else { return nil }
        var close = pronoun - 1
        if tokens[close].isMark(",") { close -= 1 }
        guard close > 0, tokens[close].isQuoteMark,
              let open = (0..<close).last(where: { tokens[$0].isQuoteMark }), open > 0, ["“", "\""].contains(tokens[open].text),
              tokens[open - 1].sentence != tokens[open].sentence else { return nil }
        let sentence = tokens[open - 1].sentence
        var start = open - 1
        while start > 0, tokens[start - 1].sentence == sentence { start -= 1 }
        guard !(start..<open).contains(where: { tokens[$0].isQuoteMark }) else { return nil }
        // ("He insisted that the Taliban would not surrender to Hamid Karzai. “…,” he said": the
        // same pronoun opening the sentence before is the same person, not the one named after it.)
        if ActorLexicon.personalPronouns.contains(tokens[start].lowercased) {
            guard tokens[start].lowercased == tokens[pronoun].lowercased else { return nil }
            return person(for: tokens[start].lowercased, before: tokens[start].range.lowerBound, lastSpeaker: lastSpeaker, inTitle: inTitle)
        }
        let people = (start..<open).compactMap { actorAt[$0] }.filter { reference in
            reference.type == .person && !(reference.tokens.upperBound < tokens.count && tokens[reference.tokens.upperBound].text.isPossessive)
        }
        if let lastSpeaker, people.contains(where: { $0.actor == lastSpeaker }) { return lastSpeaker }
        // Only the sentence's subject, or the agent of its passive ("was spelt out by spokesman
        // Raanan Gissin"): "Officers arrested Mary Jones. “…,” she said" is not Mary Jones.
        guard let first = people.first else { return nil }
        var before = first.tokens.lowerBound
        while before > start, tokens[before - 1].isCapitalized || ActorLexicon.isRoleWord(tokens[before - 1].lowercased)
                || ["the", "a", "an"].contains(tokens[before - 1].lowercased) || tokens[before - 1].isMark(",") {
            before -= 1
        }
        let opensSentence = before == start || Self.isOpener(tokens[start..<before])
        // ("A delegate from the Peshawar group, Sayed Hamed Gailani, summed up …": the subject's name in apposition.)
        var comma = first.tokens.lowerBound - 1
        while comma > start, ActorLexicon.isRoleWord(tokens[comma].lowercased) { comma -= 1 }
        // (The name may open the article: then there is no token before it.)
        let inApposition = comma >= start && tokens[comma].isMark(",") && first.tokens.upperBound < tokens.count
            && tokens[first.tokens.upperBound].isMark(",")
        return opensSentence || inApposition || tokens[before - 1].lowercased == "by" ? first.actor : nil
    }

    /// "In addition,", "Later,", "Meanwhile": words before a subject that set the scene.
    private static func isOpener(_ words: ArraySlice<Token>) -> Bool {
        guard let first = words.first?.lowercased else { return false }
        return words.count <= 4 && (["in", "on", "later", "earlier", "meanwhile", "also", "then", "however", "but", "and", "yet", "still", "after", "afterwards", "separately", "additionally", "furthermore", "moreover"].contains(first) || first.hasSuffix("ly"))
    }

    /// "He delivered a speech …": a sentence whose subject is the same "he" or "she".
    private static func opens(_ words: ArraySlice<Token>, with pronoun: String) -> Bool {
        guard ["he", "she"].contains(pronoun), let first = words.first(where: { $0.isWord }) else { return false }
        return first.lowercased == pronoun
    }

    /// The latest mention before `offset` that `matches` accepts, by its actor.
    private func latest(before offset: Int, inTitle: Bool, where matches: (MentionRef) -> Bool) -> String? {
        let map = inTitle ? titleActorAt : actorAt
        let list = inTitle ? titleTokens : tokens
        var index = list.firstIndex { $0.range.lowerBound >= offset } ?? list.count
        while index > 0 {
            index -= 1
            if let reference = map[index], matches(reference) { return reference.actor }
        }
        return nil
    }
}
