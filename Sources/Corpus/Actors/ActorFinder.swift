/// What a stretch of an article refers to, before names are merged across the corpus.
enum Referent: Hashable, Sendable {
    /// An entry of the dictionary (built-in or `--actors`), by index.
    case entry(Int)
    /// A person discovered in the text, by the words of the name ("Sergei", "Lavrov");
    /// one word when only a surname was seen ("Ravid").
    case person([String])
    /// An organisation, outlet or group discovered in the text, by its normalised name.
    case named(ActorType, key: String)
    /// An unnamed source, by its normalised description, in one article.
    case anonymous(key: String, article: String)
    /// A role without a name ("the Israeli PM"): resolved to a person later.
    case description(role: [String], affiliationToken: Int?)
    /// A word defined as an acronym somewhere in the corpus ("IDF").
    case acronym(String)
}

/// One stretch of an article that names or refers to an actor.
struct Sighting: Sendable {
    /// Token indices.
    var tokens: Range<Int>
    var inTitle: Bool
    var referent: Referent
    var surface: String
    var role: String?
    /// Index of a token that names the actor this one belongs to ("Russian" in "Russian
    /// Foreign Minister Sergei Lavrov"): resolved to whatever is found there.
    var affiliationToken: Int?
    /// The name to show for an unnamed source ("Israeli official").
    var displayName: String?
}

/// Finds actors in one article: dictionary names, people named with the words news uses
/// around names (titles, appositions, reporting verbs), organisations and outlets by their
/// head words, groups, unnamed sources and title-only references.
struct ActorFinder {
    let gazetteer: Gazetteer
    /// Common English and the words this article writes in lowercase: a capitalised one of
    /// these at the start of a sentence is an ordinary word, not a name.
    let vocabulary: OrdinaryWords

    struct Result {
        var body: [Sighting]
        var title: [Sighting]
        /// Acronyms defined in the text, "(IDF)" after a name, with the name's referent.
        var acronyms: [(String, Referent)]
        /// Names the text shows to be places ("the Tora Bora region"): no actors here, but what
        /// the same name is where another article writes it bare.
        var placeNames: [[String]] = []
    }

    func find(in article: Article, tokens: [Token], titleTokens: [Token]) -> Result {
        var scan = Scan(tokens: tokens, article: article, finder: self, inTitle: false)
        scan.run()
        scan.sightings = Self.ownedSpokespeople(scan.sightings, tokens: tokens)
        // Headlines capitalise every word, so only known names are taken from them.
        var title = Scan(tokens: titleTokens, article: article, finder: self, inTitle: true)
        title.matchDictionary()
        return Result(body: scan.sightings, title: title.sightings, acronyms: scan.acronyms, placeNames: scan.placeNames)
    }

    /// "A Kessler spokeswoman said", "a Department of Health spokesperson": the organisation
    /// named right before the noun is whose the unnamed source is, in its name and as its
    /// affiliation. (The organisation may be found after the source, so this is a pass of its own.)
    static func ownedSpokespeople(_ sightings: [Sighting], tokens: [Token]) -> [Sighting] {
        var owners: [Int: Sighting] = [:]
        for sighting in sightings {
            switch sighting.referent {
            case .entry, .named(.organization, _), .named(.media, _), .named(.group, _): owners[sighting.tokens.upperBound] = sighting
            default: break
            }
        }
        return sightings.map { sighting in
            guard case .anonymous(_, let article) = sighting.referent, sighting.tokens.count == 1,
                  ClaimFinder.Unit.helperNouns.contains(tokens[sighting.tokens.lowerBound].lowercased),
                  let owner = owners[sighting.tokens.lowerBound] else { return sighting }
            var owned = sighting
            let name = owner.surface + " " + sighting.surface
            owned.referent = .anonymous(key: Scan.key(name), article: article)
            owned.displayName = name
            owned.affiliationToken = owned.affiliationToken ?? owner.tokens.lowerBound
            return owned
        }
    }

    /// The state of one pass over a token sequence.
    struct Scan {
        let tokens: [Token]
        let article: Article
        let finder: ActorFinder
        let inTitle: Bool
        var sightings: [Sighting] = []
        var acronyms: [(String, Referent)] = []
        var placeNames: [[String]] = []
        var covered: [Bool]
        /// Names the article writes the way products and projects are written, never people:
        /// before a version number ("Rocky Linux 8", "Windows 10") or before "itself"
        /// ("Kessler describes itself as …").
        let thingNames: Set<[String]>
        /// Acronyms the article defines for a law, an event or a place ("Digital Millennium
        /// Copyright Act (DMCA)"): never actors, though written as organisations are.
        let thingAcronyms: Set<String>
        let definedTerms: Set<String>

        init(tokens: [Token], article: Article, finder: ActorFinder, inTitle: Bool) {
            self.tokens = tokens
            self.article = article
            self.finder = finder
            self.inTitle = inTitle
            self.covered = Array(repeating: false, count: tokens.count)
            self.thingNames = inTitle ? [] : Self.thingNames(in: tokens)
            self.thingAcronyms = ActorLexicon.timeZones.union(inTitle ? [] : Self.thingAcronyms(in: tokens))
            self.definedTerms = inTitle ? [] : Self.definedTerms(in: tokens)
        }

        /// Short forms defined in brackets after a name with no organisation's or outlet's
        /// head word: "Zooarchaeology by Mass Spectrometry (ZooMS)" is a method, not a body.
        static func definedTerms(in tokens: [Token]) -> Set<String> {
            var found = Set<String>()
            for index in tokens.indices.dropFirst().dropLast(2)
            where tokens[index].isMark("(") && tokens[index + 2].isMark(")") && tokens[index + 1].isWord && tokens[index - 1].isCapitalized {
                var start = index - 1
                while start > 0, tokens[start - 1].isCapitalized || ActorLexicon.nameConnectors.contains(tokens[start - 1].text)
                    || tokens[start - 1].text == "by" || tokens[start - 1].text == "and" { start -= 1 }
                let hasHead = (start..<index).contains {
                    ActorLexicon.organizationHeads.contains(tokens[$0].lowercased) || ActorLexicon.mediaHeads.contains(tokens[$0].lowercased)
                }
                if !hasHead, index - start >= 2 { found.insert(tokens[index + 1].text) }
            }
            return found
        }

        static func thingAcronyms(in tokens: [Token]) -> Set<String> {
            var found = Set<String>()
            for index in tokens.indices.dropFirst().dropLast(2)
            where tokens[index].isMark("(") && tokens[index + 1].isAcronym && tokens[index + 2].isMark(")") {
                let head = tokens[index - 1].lowercased
                if ActorLexicon.thingHeads.contains(head) || ActorLexicon.placeHeads.contains(head) { found.insert(tokens[index + 1].text) }
            }
            return found
        }

        /// Every run of up to three capitalised words (and each of its tails) that a version
        /// number or "VERB itself" follows.
        static func thingNames(in tokens: [Token]) -> Set<[String]> {
            var names = Set<[String]>()
            func addRun(endingAt last: Int) {
                var start = last
                while start > max(0, last - 2), tokens[start - 1].isCapitalized, !tokens[start].startsSentence { start -= 1 }
                guard tokens[last].isCapitalized else { return }
                for first in start...last { names.insert(tokens[first...last].map(\.text)) }
            }
            for (index, token) in tokens.enumerated() where index > 0 {
                if token.kind == .number, token.spaceBefore, token.sentence == tokens[index - 1].sentence,
                   token.text.allSatisfy(\.isNumber), token.text.count <= 2,
                   index + 1 == tokens.count || !tokens[index + 1].isWord || !Self.isCountOrScore(tokens, after: index) {
                    addRun(endingAt: index - 1)
                }
                if token.lowercased == "itself", index >= 2, tokens[index - 1].isWord, !tokens[index - 1].isCapitalized {
                    addRun(endingAt: index - 2)
                }
            }
            return names
        }

        /// Prepositions after which capitalised words are where something is, not who acts.
        static let placePrepositions: Set<String> = ["in", "near", "outside", "inside", "around", "across", "throughout", "within"]

        /// Words after a small number that make it a count or a score, not a version: "Smith 3
        /// goals", "Lund 12 not out".
        static let unitsAfterCount: Set<String> = ["goals", "points", "runs", "wickets", "votes", "seats", "years", "times", "percent", "per",
                                                   "not", "overs", "balls", "minutes", "rebounds", "assists", "yards", "saves"]

        /// The number at `index` counts something or is a bowler's figures ("2 for 66"), not
        /// a version ("Windows 11 for business").
        static func isCountOrScore(_ tokens: [Token], after index: Int) -> Bool {
            let next = tokens[index + 1].lowercased
            if unitsAfterCount.contains(next) { return true }
            return ["for", "off"].contains(next) && index + 2 < tokens.count && tokens[index + 2].kind == .number
        }

        /// "CentOS", "GitHub", "iPhone": a capital inside a word after a small letter is how
        /// brands are written; people's names do it only after a prefix ("McDonald", "DeSantis").
        static func isBrandWord(_ word: String) -> Bool {
            let scalars = Array(word.unicodeScalars)
            // ("SARS-CoV-2" is a virus, "PhD" a degree.)
            guard scalars.count > 2, scalars.allSatisfy(\.properties.isAlphabetic), !["PhD", "PhDs"].contains(word) else { return false }
            for index in 1..<scalars.count where scalars[index].properties.isUppercase && scalars[index - 1].properties.isLowercase {
                // ("McCain", "DiMaggio", "duPlessis": a surname's particle, in either case.)
                let prefix = String(String.UnicodeScalarView(scalars[..<index]))
                let particle = prefix.prefix(1).uppercased() + prefix.dropFirst()
                if !["Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Fitz", "Ma", "Al", "El"].contains(particle) { return true }
            }
            return false
        }

        var gazetteer: Gazetteer { finder.gazetteer }

        mutating func run() {
            var index = 0
            while index < tokens.count {
                if isRunStart(index) {
                    let end = runEnd(from: index)
                    analyzeRun(index..<end)
                    index = end
                } else {
                    index += 1
                }
            }
            for index in tokens.indices where !covered[index] && tokens[index].isWord {
                findLowercasePhrase(endingAt: index)
            }
            findAcronymDefinitions()
            joinCompanyShortNames()
            sightings.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        }

        /// "Kessler Motor Company … Kessler said": the first word of a company's name, alone
        /// later in the same article, is the company, unless the article names a person with
        /// that word ("Jane Harrow" beside "Harrow Foods Inc."). Only in this article: the
        /// same word elsewhere may be anyone.
        private mutating func joinCompanyShortNames() {
            var companies: [String: Referent] = [:]
            var personWords = Set<String>()
            func noteCompany(_ sighting: Sighting) {
                let first = tokens[sighting.tokens.lowerBound]
                // (The first word must not be a place or another entry's name; a dictionary entry
                // is found there by its own name.)
                let found = gazetteer.match(tokens, at: sighting.tokens.lowerBound)
                let ownName = found.map { sighting.referent == .entry($0.entry) && $0.length == sighting.tokens.count } ?? true
                guard first.isCapitalized, !isFunctionWord(sighting.tokens.lowerBound), ownName,
                      sighting.tokens.dropFirst().allSatisfy({ ActorLexicon.companyHeads.contains(tokens[$0].lowercased) }),
                      companies[first.text] == nil else { return }
                companies[first.text] = sighting.referent
            }
            for sighting in sightings {
                switch sighting.referent {
                case .named(.organization, _) where sighting.tokens.count >= 2:
                    noteCompany(sighting)
                // "Amnesty International … Amnesty said": a dictionary's organisation too.
                case .entry(let entry) where sighting.tokens.count >= 2 && gazetteer.dictionary.entries[entry].type == .organization:
                    noteCompany(sighting)
                case .person(let words) where words.count > 1:
                    personWords.formUnion(words)
                default:
                    break
                }
            }
            guard !companies.isEmpty else { return }
            // The word alone, acting, where nothing else took it ("Amnesty said"), not inside a
            // longer name. (Elsewhere the word may be just a word: "Wrestling Inc" and "wrestling".)
            func isCapitalizedWord(_ index: Int) -> Bool { tokens.indices.contains(index) && tokens[index].isWord && tokens[index].isCapitalized }
            for index in tokens.indices where !covered[index] && isCapitalizedWord(index) {
                let word = tokens[index].text
                guard let company = companies[word], !personWords.contains(word),
                      index + 1 < tokens.count, ActorLexicon.speechVerbs[tokens[index + 1].lowercased] != nil,
                      !isCapitalizedWord(index - 1) || tokens[index].startsSentence else { continue }
                covered[index] = true
                sightings.append(Sighting(tokens: index..<(index + 1), inTitle: inTitle, referent: company, surface: word))
            }
            for index in sightings.indices where sightings[index].tokens.count == 1 && sightings[index].role == nil {
                let word = tokens[sightings[index].tokens.lowerBound].text
                guard let company = companies[word], !personWords.contains(word) else { continue }
                switch sightings[index].referent {
                case .person, .named(.organization, _), .named(.group, _):
                    sightings[index].referent = company
                default:
                    break
                }
            }
        }

        mutating func matchDictionary() {
            var index = 0
            while index < tokens.count {
                if let match = dictionaryMatch(at: index) {
                    index += match.length
                } else {
                    index += 1
                }
            }
        }

        // MARK: capitalised runs

        private func isRunStart(_ index: Int) -> Bool {
            let token = tokens[index]
            guard !token.inCredit else { return false }
            return token.isCapitalized || (token.text == "the" && index + 1 < tokens.count && tokens[index + 1].isCapitalized)
        }

        /// A run of capitalised words, joined by "of", "for", "the", "de"… between capitals,
        /// and a number after "Channel" ("Channel 10").
        private func runEnd(from start: Int) -> Int {
            var end = start + 1
            while end < tokens.count {
                let token = tokens[end]
                if token.inCredit {
                    break
                } else if token.isCapitalized, !token.startsSentence || end == start {
                    end += 1
                } else if token.kind == .number, ["Channel", "News", "Radio", "TV"].contains(tokens[end - 1].text), token.text.count <= 3,
                          // ("told Sky News 12 people were hurt": a count of what follows, not a name.)
                          tokens[end - 1].text == "Channel" || end + 1 >= tokens.count || !tokens[end + 1].isWord || tokens[end + 1].isCapitalized
                            || ActorLexicon.speechVerbs[tokens[end + 1].lowercased] != nil || ActorLexicon.verbAdverbs.contains(tokens[end + 1].lowercased) {
                    // ("Channel 10", "News 12 reported": a broadcaster's number is part of its name.)
                    end += 1
                } else if token.kind == .number, token.text.count <= 3, token.text.allSatisfy(\.isNumber), end + 1 < tokens.count,
                          tokens[end + 1].isCapitalized, !tokens[end + 1].startsSentence, tokens[end + 1].spaceBefore,
                          !ActorLexicon.calendarWords.contains(tokens[end - 1].lowercased),
                          ActorLexicon.organizationHeads.contains(tokens[end + 1].lowercased) || ActorLexicon.mediaHeads.contains(tokens[end + 1].lowercased) {
                    // "the Lost 52 Project", "Formula 1 Group": a number inside an organisation's name.
                    end += 2
                } else if ActorLexicon.nameConnectors.contains(token.text), end + 1 < tokens.count,
                          tokens[end + 1].isCapitalized, tokens[end - 1].isCapitalized,
                          !ActorLexicon.calendarWords.contains(tokens[end + 1].lowercased),
                          // ("Catherine the Great"; but "announced on Twitter the Federal Aviation
                          // Administration …" is two names.)
                          token.text != "the" || NameLists.isGivenName(tokens[end - 1].text) {
                    // ("The Lancet on Wednesday": a date after a name is not part of it.)
                    end += 2
                } else if token.text == "into", end + 2 < tokens.count, ["Commission", "Inquiry", "Investigation", "Review"].contains(tokens[end - 1].text),
                          tokens[end + 1].text == "the" ? tokens[end + 2].isCapitalized : tokens[end + 1].isCapitalized && !tokens[end + 1].startsSentence {
                    // "the Royal Commission into the Building Industry": what it inquires into is its name.
                    end += tokens[end + 1].text == "the" ? 3 : 2
                } else if ["of", "for"].contains(token.text), end + 2 < tokens.count, tokens[end + 1].text == "the",
                          tokens[end + 2].isCapitalized, !tokens[end + 2].startsSentence,
                          !ActorLexicon.calendarWords.contains(tokens[end + 2].lowercased),
                          tokens[end - 1].isCapitalized, ActorLexicon.organizationHeads.contains(tokens[end - 1].lowercased),
                          // (Not "left the Labour Party for the Liberal Democrats", "a poll by BMG Research
                          // for the Independent": a name the dictionary knows, or a party's, stands apart.)
                          // ("Congress of the Philippines": a country's name is part of it.)
                          gazetteer.match(tokens, at: end + 2).map({ [.country, .place].contains(gazetteer.dictionary.entries[$0.entry].type) }) ?? true,
                          tokens[end - 1].lowercased != "party",
                          !ActorLexicon.mediaHeads.contains(tokens[end + 2].lowercased) {
                    // "District Court for the Southern District of New York", "Centre for the Study of Islam".
                    end += 3
                } else if token.text == "and", let conjunct = conjunctEnd(run: start..<end) {
                    // "Department of Mathematics and Statistics".
                    end = conjunct
                } else if Self.nameParticles.contains(token.text), end + 2 < tokens.count, Self.nameParticles.contains(tokens[end + 1].text),
                          tokens[end + 2].isCapitalized, tokens[end - 1].isCapitalized {
                    // "Ursula von der Leyen": two particles in a row.
                    end += 3
                } else if token.text == "and", end + 1 < tokens.count, tokens[end + 1].isCapitalized, tokens[end - 1].isCapitalized,
                          ((end + 1)..<min(end + 5, tokens.count)).contains(where: { tokens[$0].isCapitalized
                              && ActorLexicon.organizationHeads.contains(tokens[$0].lowercased) }),
                          !(start..<end).contains(where: { ActorLexicon.organizationHeads.contains(tokens[$0].lowercased) }) {
                    // ("University of Miami and Apex Shark Expeditions" are two: the first has its head.)
                    // "Food and Drug Administration": "and" inside an organisation's name.
                    end += 2
                } else if token.text == "to", end + 1 < tokens.count, tokens[end + 1].isCapitalized, !tokens[end + 1].startsSentence,
                          ActorLexicon.organizationHeads.contains(tokens[end - 1].lowercased), tokens[end - 1].isCapitalized {
                    // "Committee to Protect Journalists".
                    end += 2
                } else if token.text == "&" || token.text == "]", end + 1 < tokens.count, tokens[end + 1].isCapitalized {
                    end += 2
                } else if ["–", "-"].contains(token.text), !token.spaceBefore, end + 1 < tokens.count, !tokens[end + 1].spaceBefore,
                          tokens[end + 1].isCapitalized, tokens[end - 1].isCapitalized {
                    // "the African Export–Import Bank": a dash between capitals, with no space, joins one name.
                    end += 2
                } else if token.text.isPossessive, end + 1 < tokens.count, tokens[end + 1].isCapitalized, !tokens[end + 1].startsSentence,
                          case let owner = tokens[end - 1].text, owner.first?.isUppercase == true,
                          ["'", "’"].contains(token.text) && owner.hasSuffix("s") || ["Children", "Women", "Men", "People"].contains(owner),
                          // (Not "the United States' National Science Foundation", "the House of Representatives'
                          // committee": a place or a body owns a body of its own.)
                          !(start..<end).contains(where: { ActorLexicon.organizationHeads.contains(tokens[$0].lowercased) }),
                          !(start..<end).contains(where: { index in gazetteer.match(tokens, at: index).map { index + $0.length == end } ?? false }),
                          ((end + 1)..<min(end + 4, tokens.count)).contains(where: { tokens[$0].isCapitalized
                              && ActorLexicon.organizationHeads.contains(tokens[$0].lowercased) }) {
                    // "Catholic Bishops' Conference", "Workers' Party", "Children's Hospital": a plural
                    // that owns the rest is inside the name.
                    end += 2
                } else if ActorLexicon.companySuffixes.contains(token.text), tokens[end - 1].isCapitalized {
                    // "Osterley plc", "Brandt AG": the legal form is part of the name.
                    end += 1
                } else if end - start == 1, let nickname = Self.nicknameEnd(in: tokens, at: end) {
                    end = nickname
                } else {
                    break
                }
            }
            return end
        }

        /// "Institute of Allergy and Infectious Diseases": after "Head of" a field of common
        /// words joined by "and" belongs to the name; "University of Miami and Apex Shark
        /// Expeditions" are two. The index after the conjunct when the "and" at the end of
        /// `run` joins one.
        func conjunctEnd(run: Range<Int>) -> Int? {
            let and = run.upperBound
            guard and + 1 < tokens.count, run.count >= 3,
                  // ("Committee on Ways and Means".)
                  let of = run.dropLast().last(where: { ["of", "for", "on"].contains(tokens[$0].text) }), of > run.lowerBound,
                  Self.fieldHeads.contains(tokens[of - 1].lowercased) || ActorLexicon.organizationHeads.contains(tokens[of - 1].lowercased),
                  // ("School of Marine and Atmospheric Science": the words after "and" must read as a
                  // field; before it, any capitalised word that is not a place or a title will do.)
                  ((of + 1)..<and).allSatisfy({ isFieldWord($0) || tokens[$0].isCapitalized && !tokens[$0].isAcronym
                      && gazetteer.match(tokens, at: $0) == nil && !isRoleWord($0) }) else { return nil }
            var end = and + 1
            while end < min(and + 4, tokens.count), isFieldWord(end) { end += 1 }
            guard end > and + 1 else { return nil }
            // "… of Science and Technology Minister Ana Ruiz": the conjunct stops before a role or a name.
            if end < tokens.count, tokens[end].isCapitalized, !tokens[end].startsSentence { return nil }
            return end
        }

        static let royalTitles: Set<String> = ["king", "queen", "prince", "princess", "emperor", "empress", "saint", "st", "st.", "pope"]

        /// Heads whose "of" names a field of study or work rather than a place.
        static let fieldHeads: Set<String> = ["department", "school", "faculty", "office", "division", "centre", "center", "ministry", "institute", "college"]

        /// A capitalised common English word inside a name: "Mathematics", "Infectious".
        private func isFieldWord(_ index: Int) -> Bool {
            let token = tokens[index]
            // ("Science", "Health" modify titles elsewhere, "Science Minister"; in a field they are words of it.)
            return token.isCapitalized && !token.startsSentence && !token.isAcronym
                && !ActorLexicon.roleHeads.contains(token.lowercased) && !ActorLexicon.honorifics.contains(token.lowercased)
                && (finder.vocabulary.contains(token.lowercased) || Self.fieldEndings.contains { token.lowercased.hasSuffix($0) })
                && gazetteer.match(tokens, at: index) == nil
        }

        /// Endings of the nouns and adjectives that name fields: "Mineralogy", "Robotics", "Conservation".
        static let fieldEndings = ["logy", "ics", "ism", "tion", "sion", "ence", "ance", "ment", "ity", "istry", "graphy", "omy", "ture", "ic", "ies"]

        /// `Jeremy "Spike" Cohen`: a quoted nickname between a first name and a surname; the
        /// index after the surname when the token at `quote` opens one.
        static func nicknameEnd(in tokens: [Token], at quote: Int) -> Int? {
            guard ["\"", "“"].contains(tokens[quote].text), quote > 0, tokens[quote - 1].isCapitalized else { return nil }
            var close = quote + 1
            while close < min(quote + 4, tokens.count), tokens[close].isCapitalized { close += 1 }
            guard close > quote + 1, close + 1 < tokens.count, ["\"", "”"].contains(tokens[close].text),
                  tokens[close + 1].isCapitalized, tokens[close + 1].spaceBefore, !tokens[close + 1].startsSentence else { return nil }
            return close + 2
        }

        /// Letters after a name that say what the person is, not who: "Terrence Cole QC". (Not
        /// "MP", an office "Jane Roe MP" names; not "SC", a club or South Carolina as often.)
        static let postnominals: Set<String> = ["QC", "KC", "OBE", "MBE", "CBE", "KBE", "DBE", "QSO", "PhD"]

        private mutating func analyzeRun(_ run: Range<Int>) {
            if run.count >= 3, Self.postnominals.contains(tokens[run.upperBound - 1].text), isNameWord(run.upperBound - 2) {
                covered[run.upperBound - 1] = true
                // (The letters say a person: "Judge Durham Hall QC" is no hall in Durham.)
                var start = run.lowerBound
                while start < run.upperBound - 1, isRoleWord(start) || isFunctionWord(start) { start += 1 }
                let name = start..<(run.upperBound - 1)
                // ("Royal Commissioner Terrence Cole QC": the usual reading first, when it finds him.)
                let before = sightings.count
                analyzeRun(run.lowerBound..<(run.upperBound - 1))
                let found = sightings[before...].contains { sighting in
                    if case .person = sighting.referent { return sighting.tokens.upperBound == run.upperBound - 1 } else { return false }
                }
                if !found, (2...4).contains(name.count), name.allSatisfy({ tokens[$0].isCapitalized && tokens[$0].isWord && !tokens[$0].isAcronym }) {
                    sightings.removeSubrange(before...)
                    for index in run.lowerBound..<(run.upperBound - 1) { covered[index] = false }
                    let context = leftContext(of: name.lowerBound)
                    record(Sighting(tokens: name, inTitle: inTitle, referent: .person(name.map { tokens[$0].text }), surface: surface(name),
                                    role: context.role ?? context.honorificRole, affiliationToken: context.affiliationToken))
                }
                return
            }
            // `Jeremy "Spike" Cohen` is a person; the nickname is not part of the name's words.
            if run.count >= 5, let nickname = Self.nicknameEnd(in: tokens, at: run.lowerBound + 1), nickname == run.upperBound {
                let words = [tokens[run.lowerBound].text, tokens[run.upperBound - 1].text]
                let context = leftContext(of: run.lowerBound)
                record(Sighting(tokens: run, inTitle: inTitle, referent: .person(words), surface: surface(run),
                                role: context.role ?? context.honorificRole, affiliationToken: context.affiliationToken))
                return
            }
            var start = run.lowerBound
            // "The" opens a name only when it is capitalised inside a sentence: "of The Israel Project".
            if tokens[start].text == "the" || (tokens[start].text == "The" && tokens[start].startsSentence) { start += 1 }
            // ("[The] Commonwealth Ministerial Action Group": an editor's bracket is no part of the name.)
            while start < run.upperBound, tokens[start].text == "]" || tokens[start].text == "The" && start + 1 < run.upperBound && tokens[start + 1].text == "]" { start += 1 }
            guard start < run.upperBound else { return }
            // "the Charlotte Hornets", "Los Angeles Lakers said", "Melbourne Storm beat …": a place, then
            // a nickname, is a sports team (not a place and a person or a word).
            if let team = teamNamedAfterPlace(start..<run.upperBound) {
                let text = surface(team)
                record(Sighting(tokens: team, inTitle: inTitle, referent: .named(.organization, key: Scan.key(text)), surface: text, displayName: text))
                return
            }
            // (Checked before a sentence's first ordinary word is stripped: "Public Health Wales said".)
            if let body = bodyNamedAfterCountry(start..<run.upperBound) {
                if let country = body.affiliation {
                    _ = dictionaryMatch(at: country)
                    sightings.removeAll { $0.tokens == country..<(country + 1) }
                }
                let text = surface(body.span)
                record(Sighting(tokens: body.span, inTitle: inTitle, referent: .named(.organization, key: Scan.key(text)), surface: text,
                                affiliationToken: body.affiliation, displayName: text))
                return
            }
            // A capitalised ordinary word at the start of a sentence is not part of a name.
            // "Breakfast Hour host Ana Ruiz": a run that a word for its staff or its products
            // follows is a name from its first word, ordinary or not.
            let describedAfter = run.upperBound < tokens.count && run.count >= 2
                && (ActorLexicon.mediaWordsAfterName.contains(tokens[run.upperBound].lowercased)
                    || ActorLexicon.companyWordsAfterName.contains(tokens[run.upperBound].lowercased))
            // ("Virgin Blue said", "Network Rail said": two ordinary words before a reporting verb are one
            // name; the second alone would be a junk actor "Blue".)
            // ("Planned Parenthood said": a participle first, the second word no common one, the same.)
            let ordinaryPairSpeaks = run.count == 2 && tokens[start].startsSentence && !isFunctionWord(start)
                && !isLeadingFunctionWord(start) && !isOpeningReportingVerb(start) && !ActorLexicon.isRoleWord(tokens[start].lowercased)
                && !isFunctionWord(start + 1) && (finder.vocabulary.contains(tokens[start + 1].lowercased)
                    || tokens[start].lowercased.hasSuffix("ed") && !NameLists.isGivenName(tokens[start + 1].text)
                        && gazetteer.match(tokens, at: start + 1) == nil && !tokens[start + 1].isAcronym)
                && run.upperBound < tokens.count && ActorLexicon.speechVerbs[tokens[run.upperBound].lowercased] != nil
            // "Transport for London said", "the Campaign for Nuclear Disarmament said": capitalised
            // words, "for" or "of", then a name, speaking or acting as a body does, are one
            // organisation, though no head word says so.
            if let connector = (start..<run.upperBound).first(where: { ["for", "of"].contains(tokens[$0].text) }), connector > start,
               // (A portfolio's word may open it, "Transport for London"; an office may not, "Minister for Transport".)
               run.upperBound - start >= 3, (start..<connector).allSatisfy({ tokens[$0].isCapitalized && !ActorLexicon.roleHeads.contains(tokens[$0].lowercased)
                   && !NameLists.isGivenName(tokens[$0].text) && gazetteer.match(tokens, at: $0) == nil }),
               ((connector + 1)..<run.upperBound).allSatisfy({ tokens[$0].isCapitalized || tokens[$0].text == "the" }),
               !ActorLexicon.honorifics.contains(tokens[start].lowercased), !tokens[start].isAcronym,
               // ("Member for Fremantle" is a seat; "Journal of Threatened Taxa" an outlet; "Associates of Navalny" his people.)
               !["member", "members"].contains(tokens[start].lowercased),
               // ("Parts of Queensland have recorded", "Thousands of Britons have signed": how much of a place or people.)
               !(start..<connector).contains(where: { isPluralOfOrdinaryNoun(tokens[$0].lowercased) }),
               !["duke", "duchess", "earl", "countess", "lord", "lady", "baron", "baroness", "bishop", "archbishop"].contains(tokens[start].lowercased),
               // ("Critics of Van Hoorn said": people of someone, not a body's name.)
               !(start..<connector).contains(where: { ActorLexicon.anonymousHeads.contains(tokens[$0].lowercased)
                   || ActorLexicon.peopleNouns.contains(tokens[$0].lowercased) || ActorLexicon.groupNouns.contains(tokens[$0].lowercased) }),
               !(start..<run.upperBound).contains(where: { ActorLexicon.mediaHeads.contains(tokens[$0].lowercased) }),
               !((connector + 1)..<run.upperBound).contains(where: { isNameOrSurnameOfPersonFound(tokens[$0].text) }),
               // ("Transport for London (TfL) told …": its short form in brackets may stand between.)
               case let after = run.upperBound + 2 < tokens.count && tokens[run.upperBound].isMark("(") && tokens[run.upperBound + 2].isMark(")")
                   ? run.upperBound + 3 : run.upperBound,
               isSpeaker(start..<after) || actsAsBody(after: after) {
                let name = (tokens[start].text == "The" ? start + 1 : start)..<run.upperBound
                let text = surface(name)
                record(Sighting(tokens: name, inTitle: inTitle, referent: .named(.organization, key: Scan.key(text)), surface: text, displayName: text))
                return
            }
            // ("Dr Sultan said" opening a sentence: a courtesy title stays, it says a name follows.)
            while !ordinaryPairSpeaks, start < run.upperBound, !(start + 1 < run.upperBound && Self.courtesyTitles.contains(tokens[start].lowercased)),
                  isOrdinaryWord(start) && !(describedAfter && !isFunctionWord(start)) || tokens[start].lowercased.hasSuffix("-year-old")
                    || isLeadingFunctionWord(start) || isOpeningReportingVerb(start),
                  gazetteer.match(tokens, at: start, end: run.upperBound) == nil {
                start += 1
                if start < run.upperBound, tokens[start].text == "The" { start += 1 }
            }
            guard start < run.upperBound else { return }
            // ("Planned Parenthood said": a participle and a name no list knows, speaking, is a body.)
            if ordinaryPairSpeaks, tokens[start].lowercased.hasSuffix("ed"), !finder.vocabulary.contains(tokens[start + 1].lowercased) {
                let name = start..<(start + 2)
                let text = surface(name)
                record(Sighting(tokens: name, inTitle: inTitle, referent: .named(.organization, key: Scan.key(text)), surface: text, displayName: text))
                return
            }
            // "Republican Chuck Hagel", "Tory Liam Fox": the party is not part of the name.
            // (A given name no list knows still reads as a name: two or three name words.)
            if run.upperBound - start >= 3, ActorLexicon.partyMemberLabels.contains(tokens[start].lowercased),
               NameLists.isGivenName(tokens[start + 1].text)
                || run.upperBound - start <= 4 && ((start + 1)..<run.upperBound).allSatisfy({ isNameWord($0) && gazetteer.match(tokens, at: $0) == nil }) {
                start += 1
            }
            let run = start..<run.upperBound
            if let whole = gazetteer.match(tokens, at: run.lowerBound, end: run.upperBound), whole.length == run.count {
                _ = dictionaryMatch(at: run.lowerBound)
                return
            }
            if let organization = organizationSpan(in: run) {
                recordOrganization(organization, run: run)
                return
            }
            // "told National Geographic", "published in Scientific Reports": an outlet named
            // where outlets are named, though its words are a title's or a field's.
            if run.count >= 2, !NameLists.isGivenName(tokens[run.lowerBound].text),
               !run.contains(where: { ActorLexicon.roleHeads.contains(tokens[$0].lowercased) || ActorLexicon.honorifics.contains(tokens[$0].lowercased) }),
               gazetteer.match(tokens, at: run.lowerBound) == nil,
               followsMediaPhrase(run.lowerBound) || follows(ActorLexicon.addresseePhrasesBeforeName, run.lowerBound)
                   && run.allSatisfy({ finder.vocabulary.contains(tokens[$0].lowercased) || ActorLexicon.mediaHeads.contains(tokens[$0].lowercased)
                       || $0 > run.lowerBound && gazetteer.match(tokens, at: $0)?.form == .demonym }) {
                let text = surface(run)
                record(Sighting(tokens: run, inTitle: inTitle, referent: .named(.media, key: Scan.key(text)), surface: text, displayName: text))
                return
            }
            // "Director of Logan International Airport Tom Kinton says": a place's or a body's head
            // word, then a given name and a surname closing the run, is where the person works.
            // ("Manager of Perth's Crown Casino Tom Kinton": after "of" or an owner, any name of a place.)
            let afterOf = run.lowerBound > 0 && (["of", "at", "for"].contains(tokens[run.lowerBound - 1].lowercased) || tokens[run.lowerBound - 1].text.isPossessive)
            if run.count >= 4, let head = (run.lowerBound..<(run.upperBound - 2)).last(where: { index in
                index > run.lowerBound && isWorkplaceBeforeName(index, anyWord: afterOf) && !NameLists.isGivenName(tokens[index].text)
            }) {
                analyzeRun(run.lowerBound..<(head + 1))
                analyzeRun((head + 1)..<run.upperBound)
                return
            }
            if isPlaceOrThing(run) {
                if isAreaName(run) { placeNames.append(run.map { tokens[$0].text }) }
                // Still mark the countries named inside: "Syrian Arab Republic", "Israel-Syria border".
                for index in run where !covered[index] { _ = dictionaryMatch(at: index) }
                return
            }
            var index = run.lowerBound
            while index < run.upperBound {
                if !startsPersonName(at: index, end: run.upperBound), let match = dictionaryMatch(at: index, end: run.upperBound) {
                    index += match.length
                    continue
                }
                // "Dr Sultan", "Mr King": after a courtesy title, a word of a title is a surname.
                let surnameAfterHonorific = index > run.lowerBound && Self.courtesyTitles.contains(tokens[index - 1].lowercased)
                    && !ActorLexicon.honorifics.contains(tokens[index].lowercased) && ActorLexicon.roleHeads.contains(tokens[index].lowercased)
                    && (index + 1 == run.upperBound || !isNameWord(index + 1))
                if isRoleWord(index) && !surnameAfterHonorific || isFunctionWord(index) {
                    index += 1
                    continue
                }
                var end = index + 1
                while end < run.upperBound, gazetteer.match(tokens, at: end, end: run.upperBound) == nil {
                    // "[Syrian President Bashar] Assad": an editor's bracket inside a name.
                    if tokens[end].text == "]", end + 1 < run.upperBound, isNameWord(end + 1) {
                        end += 2
                    } else if isNameWord(end) {
                        end += 1
                    } else if let afterParticles = (end..<min(run.upperBound, end + 3)).first(where: { !Self.nameParticles.contains(tokens[$0].text) }),
                              afterParticles > end, isNameWord(afterParticles) {
                        // "Ali bin Tamim", "Ursula von der Leyen": particles inside a person's name.
                        end = afterParticles + 1
                    } else if end == index + 1, end + 1 == run.upperBound, isRoleWord(end),
                              NameLists.isGivenName(tokens[index].text)
                                || index > run.lowerBound && Self.courtesyTitles.contains(tokens[index - 1].lowercased),
                              !ActorLexicon.honorifics.contains(tokens[end].lowercased) {
                        // "Michel Mayor", "John Bishop", "Dr Aamer Sultan": a title word after a given
                        // name, or after a name that a courtesy title opens, ending the name, is a surname.
                        end += 1
                    } else if end == index + 1, tokens[end].text == "May", NameLists.isGivenName(tokens[index].text),
                              end + 1 >= tokens.count || tokens[end + 1].kind != .number {
                        // "Theresa May": a month only after a given name is a surname.
                        end += 1
                    } else {
                        break
                    }
                }
                while end > index + 1, ActorLexicon.nameConnectors.contains(tokens[end - 1].text) { end -= 1 }
                considerName(index..<end)
                index = end
            }
        }

        /// "Kyriakos Mitsotakis, speaking to the Atlantic Council, said": an aside between commas,
        /// then a reporting verb, after the name.
        private func speaksAfterAside(_ index: Int) -> Bool {
            guard index < tokens.count, tokens[index].isMark(",") else { return false }
            guard let close = ((index + 1)..<min(tokens.count, index + 14)).first(where: { tokens[$0].isMark(",") || tokens[$0].isMark(".") }),
                  tokens[close].isMark(","), close + 1 < tokens.count, tokens[close + 1].sentence == tokens[index].sentence else { return false }
            return ["said", "says", "told", "added", "stated", "warned", "argued"].contains(tokens[close + 1].lowercased)
        }

        /// A head word of a place or a body (any word, with `anyWord`) with a given name and a
        /// surname (and at most one more name word) closing the run after it.
        private func isWorkplaceBeforeName(_ index: Int, anyWord: Bool) -> Bool {
            let lower = tokens[index].lowercased
            let isHead = ActorLexicon.placeHeads.contains(lower) || ActorLexicon.buildingHeads.contains(lower) || ActorLexicon.organizationHeads.contains(lower)
            // (Any word: an ordinary one, "Crown Casino", "Sydney Water"; not a name's own, "Lal Krishna Advani".)
            let ordinary = OrdinaryWords.common.contains(lower) || finder.vocabulary.contains(lower)
            guard isHead || anyWord && ordinary, tokens[index].isWord, tokens[index].text.count > 1, index + 2 < tokens.count, NameLists.isGivenName(tokens[index + 1].text), isNameWord(index + 2) else { return false }
            let end = index + 3
            return end == tokens.count || !tokens[end].isCapitalized || tokens[end].startsSentence
                || end + 1 <= tokens.count && isNameWord(end) && (end + 1 == tokens.count || !tokens[end + 1].isCapitalized)
        }

        /// Sports whose name before a country's names its governing body ("Cricket Australia").
        static let sports: Set<String> = [
            "soccer", "football", "cricket", "tennis", "rugby", "netball", "hockey", "athletics", "swimming", "cycling", "rowing",
            "sailing", "golf", "basketball", "baseball", "volleyball", "boxing", "gymnastics", "surfing", "triathlon", "equestrian",
        ]

        /// A body named after its country, and the country's token when the name is a branch:
        /// "Greenpeace UK", "Mazars USA" (a name before a country's acronym: that body's branch
        /// there, affiliated to it); "NHS England", "Public Health Wales", "Police Scotland" (an
        /// acronym or a public service's words before a country or place: a body of it).
        private func bodyNamedAfterCountry(_ run: Range<Int>) -> (span: Range<Int>, affiliation: Int?)? {
            guard run.count >= 2, !isLocative(before: run.lowerBound) else { return nil }
            let last = run.upperBound - 1
            if tokens[last].isAcronym, let country = gazetteer.match(tokens, at: last), country.length == 1,
               gazetteer.dictionary.entries[country.entry].type == .country,
               (run.lowerBound..<last).allSatisfy({ gazetteer.match(tokens, at: $0) == nil && !NameLists.isGivenName(tokens[$0].text)
                   && (tokens[$0].isCapitalized && !isRoleWord($0) && !isFunctionWord($0) && !tokens[$0].startsSentence
                       || $0 == run.lowerBound && tokens[$0].startsSentence && !finder.vocabulary.contains(tokens[$0].lowercased)) }) {
                return (run, last)
            }
            // "Energy Australia says", "Geoscience Australia said": one common word before a
            // country's or region's name, speaking, is a body named after it; the place is no speaker.
            // ("Northern Ireland said", "Greater Manchester": a direction makes a place.)
            if run.count == 2, let place = gazetteer.match(tokens, at: last), place.length == 1,
               [.country, .place].contains(gazetteer.dictionary.entries[place.entry].type),
               gazetteer.match(tokens, at: run.lowerBound) == nil, !isFunctionWord(run.lowerBound),
               !ActorLexicon.roleHeads.contains(tokens[run.lowerBound].lowercased), !ActorLexicon.honorifics.contains(tokens[run.lowerBound].lowercased),
               !tokens[run.lowerBound].isAcronym, !NameLists.isGivenName(tokens[run.lowerBound].text),
               !ActorLexicon.placeQualifiers.contains(tokens[run.lowerBound].lowercased),
               // ("Neighbouring Pakistan", "Communist China": adjective shapes make a place too.)
               !["ern", "al", "ing", "ist", "ic", "ian", "ese", "ish"].contains(where: { tokens[run.lowerBound].lowercased.hasSuffix($0) }),
               // ("Listed US states as having …": a verb opening the sentence, and "states" the noun.)
               !tokens[run.lowerBound].lowercased.hasSuffix("ed"),
               run.upperBound < tokens.count, tokens[run.upperBound].lowercased != "states",
               ActorLexicon.speechVerbs[tokens[run.upperBound].lowercased] != nil
                // ("Energy Australia chairman", "Energy Australia has rejected": its officers, or acting.)
                || ActorLexicon.roleHeads.contains(tokens[run.upperBound].lowercased) || actsAsBody(after: run.upperBound, pastTense: true) {
                return (run, place.form == .name && gazetteer.dictionary.entries[place.entry].type == .country ? last : nil)
            }
            // "Soccer Australia", "Cricket Ireland": a sport before a country names its governing body.
            if run.count == 2, let country = gazetteer.match(tokens, at: last), country.length == 1, country.form == .name,
               gazetteer.dictionary.entries[country.entry].type == .country, Self.sports.contains(tokens[run.lowerBound].lowercased) {
                return (run, last)
            }
            guard let place = (run.lowerBound + 1..<run.upperBound).first(where: { index in
                      gazetteer.match(tokens, at: index).map { index + $0.length == run.upperBound
                          && [.country, .place].contains(gazetteer.dictionary.entries[$0.entry].type) } ?? false }),
                  // (Not "US Virgin Islands": an acronym the dictionary knows is a name of its own.)
                  (run.lowerBound..<place).allSatisfy({ tokens[$0].isAcronym && tokens[$0].text.count >= 2 && gazetteer.match(tokens, at: $0) == nil
                          && !ActorLexicon.functionWords.contains(tokens[$0].lowercased)
                      || ActorLexicon.publicServiceWords.contains(tokens[$0].lowercased) }),
                  // (One public-service word alone must be a body's head: "Police Scotland", not "Sport England".)
                  !(run.lowerBound..<place).allSatisfy({ ActorLexicon.publicServiceWords.contains(tokens[$0].lowercased)
                      && !ActorLexicon.organizationHeads.contains(tokens[$0].lowercased) }) || place - run.lowerBound >= 2
            else { return nil }
            return (run, nil)
        }

        /// "II", "XIV": the number of a war, a pope or a king.
        static func isRomanNumeral(_ word: String) -> Bool {
            word.count >= 2 && word.allSatisfy { "IVXLC".contains($0) }
        }

        /// Whether the capitalised word at `index` is in the portfolio of a title written with
        /// "of" or "for" ("Minister of Foreign Affairs", "Secretary for Health"): up to three
        /// capitalised words back to "of"/"for", and a title word before it.
        private func isFieldAfterTitle(_ index: Int) -> Bool {
            var cursor = index
            while cursor > 0, cursor > index - 3, tokens[cursor].isCapitalized, gazetteer.match(tokens, at: cursor) == nil {
                let previous = tokens[cursor - 1].lowercased
                if ["of", "for"].contains(previous) {
                    return cursor >= 2 && ActorLexicon.roleHeads.contains(tokens[cursor - 2].lowercased) && tokens[cursor - 2].isCapitalized
                }
                cursor -= 1
            }
            return false
        }

        /// "If the Senate", "When Ana Ruiz": a function word opens no name, even after a
        /// quote or a colon where it is not seen to start a sentence. ("Will Smith" does.)
        private func isLeadingFunctionWord(_ index: Int) -> Bool {
            let lower = tokens[index].lowercased
            return ActorLexicon.functionWords.contains(lower) && lower != "the" && !ActorLexicon.honorifics.contains(lower)
                && !NameLists.isGivenName(tokens[index].text) && index + 1 < tokens.count && tokens[index + 1].isWord
        }

        /// "Remarked Ana Ruiz, “…”": a past-tense reporting verb opening the sentence.
        private func isOpeningReportingVerb(_ index: Int) -> Bool {
            let lower = tokens[index].lowercased
            return tokens[index].startsSentence && ActorLexicon.speechVerbs[lower] != nil
                && (lower.hasSuffix("ed") || ["said", "told", "wrote"].contains(lower))
        }

        /// Titles that stand only before a name ("Dr Sultan", "Mr King"); "Lord" and "Sir" also
        /// open titles of their own ("Lord Mayor").
        static let courtesyTitles: Set<String> = ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr."]

        /// Lowercase words that stand inside personal names in many languages.
        static let nameParticles: Set<String> = ["bin", "ibn", "bint", "ben", "van", "von", "de", "da", "del", "della", "der", "den", "du", "la", "le", "dos", "das"]

        /// "Virginia Foxx", "Jordan Peterson": a given name followed by a name word that no
        /// dictionary entry starts is a person, though the given name alone is a place.
        /// ("President of Argentina Alberto Fernández": after a title's "of", the place it is of;
        /// not "the daughter of Jordan Peterson".)
        private func startsPersonName(at index: Int, end: Int) -> Bool {
            guard index + 1 < end, index < 2 || tokens[index - 1].lowercased != "of" || !isRoleWord(index - 2), NameLists.isGivenName(tokens[index].text), isNameWord(index + 1),
                  gazetteer.match(tokens, at: index + 1, end: end) == nil,
                  let single = gazetteer.match(tokens, at: index, end: end), single.length == 1 else { return false }
            return true
        }

        /// Ordinary English: a common word, one the article also writes in lowercase, or a function word,
        /// capitalised only because it starts a sentence.
        private func isOrdinaryWord(_ index: Int) -> Bool {
            let token = tokens[index]
            let lower = token.lowercased
            if ActorLexicon.calendarWords.contains(lower) { return true }
            guard token.startsSentence || inTitle else { return false }
            return ActorLexicon.functionWords.contains(lower) || finder.vocabulary.contains(lower)
        }

        private func isFunctionWord(_ index: Int) -> Bool {
            let lower = tokens[index].lowercased
            return ActorLexicon.functionWords.contains(lower) || ActorLexicon.calendarWords.contains(lower)
        }

        private func isRoleWord(_ index: Int) -> Bool {
            ActorLexicon.isRoleWord(tokens[index].lowercased)
        }

        private func isNameWord(_ index: Int) -> Bool {
            let token = tokens[index]
            guard token.isCapitalized, !isRoleWord(index), !isFunctionWord(index) else { return false }
            let lower = token.lowercased
            // "Modi Announced a curfew": a reporting verb in the past, capitalised by a transcriber.
            if lower.hasSuffix("ed"), ActorLexicon.speechVerbs[lower] != nil { return false }
            return !ActorLexicon.organizationHeads.contains(lower) && !ActorLexicon.mediaHeads.contains(lower)
        }

        // MARK: dictionary names

        /// Records the dictionary name at `index`, if there is one. A capital counts as its
        /// country only where it acts ("Moscow said"), not where something happens in it.
        private mutating func dictionaryMatch(at index: Int, end: Int? = nil) -> Gazetteer.Match? {
            guard !covered[index], let match = gazetteer.match(tokens, at: index, end: end) else { return nil }
            // ("the South Australian facility", "Western Australian police": a state's people, not the country's.)
            if match.form == .demonym, index > 0, tokens[index - 1].isCapitalized,
               ["South", "North", "West", "East", "Western", "Eastern", "Northern", "Southern", "Central"].contains(tokens[index - 1].text) {
                return match
            }
            let span = index..<(index + match.length)
            // A place is an actor where it acts ("California sued"), not where something happens in it.
            if match.form == .capital || gazetteer.dictionary.entries[match.entry].type == .place, isLocative(before: index) { return match }
            if gazetteer.dictionary.entries[match.entry].type == .place, !acts(after: index + match.length) { return match }
            record(Sighting(tokens: span, inTitle: inTitle, referent: .entry(match.entry), surface: surface(span)))
            return match
        }

        /// Whether a name ending before `index` is the subject of a verb: a reporting verb,
        /// an auxiliary, or a past tense ("California sued", "Ontario has", "Texas will").
        private func acts(after index: Int) -> Bool {
            var cursor = index
            while cursor < tokens.count, cursor < index + 2, ActorLexicon.verbAdverbs.contains(tokens[cursor].lowercased),
                  !["has", "had", "have", "was", "is", "will", "would", "could"].contains(tokens[cursor].lowercased) { cursor += 1 }
            guard cursor < tokens.count, tokens[cursor].isWord, !tokens[cursor].isCapitalized else { return false }
            let lower = tokens[cursor].lowercased
            if speechVerbFollows(cursor) { return true }
            let auxiliaries: Set<String> = ["has", "had", "have", "will", "would", "could", "can", "should", "must", "did", "does", "is", "was", "plans", "wants"]
            return auxiliaries.contains(lower) || (lower.hasSuffix("ed") && lower.count > 4)
        }

        /// Whether the article writes `word` after a preposition of place somewhere ("in Woomera
        /// today", "across Asia"): then it is a place, whatever it does elsewhere. ("Shares in
        /// Kessler" is a stake in a company.)
        private func isWrittenAsPlace(_ word: String) -> Bool {
            tokens.indices.contains { index in
                index >= 1 && tokens[index].text == word && Self.placePrepositions.contains(tokens[index - 1].lowercased)
                    && !(index >= 2 && ["shares", "stake", "stakes", "investment", "investments", "interest", "investors", "shareholders"]
                        .contains(tokens[index - 2].lowercased))
            }
        }

        /// Words that end the name of an event: "Sydney Olympics", "Iran Hostage Crisis".
        static let eventWords: Set<String> = [
            "crisis", "olympics", "games", "war", "wars", "summit", "conference", "championships", "championship", "cup", "open",
            "festival", "elections", "election", "protests", "riots", "attacks", "floods", "fires", "bombings", "talks", "accords",
            "trials", "awards", "masters", "series", "marathon", "derby", "classic", "show", "expo", "fair", "week",
            "papers", "files", "leaks", "agreements", "protocols", "conventions",
        ]

        /// Words after a team's name that say it is one: "Boston Celtics coach", "Melbourne Storm beat".
        static let teamWordsAfter: Set<String> = [
            "beat", "beats", "defeated", "defeat", "won", "lost", "drew", "coach", "manager", "fans", "player", "players",
            "signed", "striker", "captain", "forward", "guard", "midfielder", "goalkeeper", "quarterback", "host", "hosted",
        ]

        /// The team's name in `run`, when a place opens it and a nickname of one or two
        /// capitalised words ends it, and the words around say a team: a plural nickname with
        /// "the" before or a body's verb after, or a word of the game after any nickname.
        private func teamNamedAfterPlace(_ run: Range<Int>) -> Range<Int>? {
            guard let place = gazetteer.match(tokens, at: run.lowerBound),
                  [.place, .country].contains(gazetteer.dictionary.entries[place.entry].type), place.form != .demonym,
                  run.lowerBound + place.length < run.upperBound else { return nil }
            let nickname = (run.lowerBound + place.length)..<run.upperBound
            guard (1...2).contains(nickname.count), nickname.allSatisfy({ tokens[$0].isWord && tokens[$0].isCapitalized && !tokens[$0].isAcronym
                      // (A title's plural is a nickname too: "the Ottawa Senators".)
                      && gazetteer.match(tokens, at: $0) == nil && (!isRoleWord($0) || ActorLexicon.pluralTitles.contains(tokens[$0].lowercased))
                      && !ActorLexicon.honorifics.contains(tokens[$0].lowercased)
                      && !ActorLexicon.organizationHeads.contains(tokens[$0].lowercased) && !ActorLexicon.mediaHeads.contains(tokens[$0].lowercased)
                      && !ActorLexicon.partyMemberLabels.contains(tokens[$0].lowercased) && !ActorLexicon.placeHeads.contains(tokens[$0].lowercased)
                      && !NameLists.isGivenName(tokens[$0].text) }),
                  let last = nickname.last else { return nil }
            let word = tokens[last].lowercased
            // ("the Iran Hostage Crisis", "the Sydney Olympics": events, not teams.)
            guard !Self.eventWords.contains(word) else { return nil }
            let plural = word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss")
            let afterThe = run.lowerBound > 0 && tokens[run.lowerBound - 1].lowercased == "the"
            let gameAfter = run.upperBound < tokens.count && Self.teamWordsAfter.contains(tokens[run.upperBound].lowercased)
            // ("Jordan Spieth won", "Israel Folau signed", "Georgia Adams said": a given name opens a
            // person's name, unless "the" or a word of the game says a team: "the Sydney Swans".)
            if NameLists.isGivenName(tokens[run.lowerBound].text) { return plural && afterThe || gameAfter && !["won", "lost", "signed"].contains(tokens[run.upperBound].lowercased) ? run : nil }
            guard plural && (afterThe || isSpeaker(run) || actsAsBody(after: run.upperBound)) || gameAfter else { return nil }
            return run
        }

        /// A verb phrase that a company, team or agency heads: "has rejected", "will appeal",
        /// "declined to comment", "plans to cut" (not a bare present, which a thing takes too).
        /// `pastTense`: also a past tense with its object ("Microsoft bought the firm", "Boeing
        /// referred to the plane as …"), for one word that opens its clause. (Not the progressive:
        /// "Jupiter is orbiting", "Kīlauea is erupting" are things.)
        private func actsAsBody(after index: Int, pastTense: Bool = false) -> Bool {
            var cursor = index
            while cursor < tokens.count, cursor < index + 2, ActorLexicon.verbAdverbs.contains(tokens[cursor].lowercased),
                  !["has", "had", "have", "will", "would"].contains(tokens[cursor].lowercased) { cursor += 1 }
            guard cursor + 1 < tokens.count, tokens[cursor].isWord, !tokens[cursor].isCapitalized else { return false }
            let lower = tokens[cursor].lowercased
            let next = tokens[cursor + 1].lowercased
            if ["declined", "refused"].contains(lower) { return next == "to" }
            if ["plans", "intends", "wants", "hopes", "aims", "agreed"].contains(lower) { return next == "to" }
            // ("Boeing rejected the bid", "Microsoft bought the firm": a past tense with its object.)
            // ("Telstra cut 500 jobs", "Qantas will meet the unions": a count, or the future.)
            if pastTense, lower.hasSuffix("ed") && lower.count > 4 || ActorLexicon.irregularPastForms.contains(lower) || lower == "cut",
               ["the", "a", "an", "its", "their", "that", "to"].contains(next) || tokens[cursor + 1].kind == .number { return true }
            // (Only a body's deeds: "Constantinople will never exist again" is a place.)
            if pastTense, lower == "will", ["meet", "hold", "pay", "seek", "offer", "review", "hire", "invest", "fund", "build", "merge", "resume",
                                            "suspend", "cancel", "expand", "reduce", "increase", "raise", "lower", "drop", "add", "stop", "start"].contains(next) { return true }
            // ("Qantas has rejected", "Ryanair will appeal": an auxiliary and a verb after it.)
            guard ["has", "have", "will"].contains(lower), tokens[cursor + 1].isWord, !tokens[cursor + 1].isCapitalized else { return false }
            return next.hasSuffix("ed") && next.count > 4 || ["appeal", "cut", "close", "sell", "buy", "launch", "open", "announce", "release", "sue"].contains(next)
        }

        private func isLocative(before index: Int) -> Bool {
            guard index > 0 else { return false }
            return ActorLexicon.locatives.contains(tokens[index - 1].lowercased)
        }

        // MARK: organisations and outlets

        /// The part of a run that names an organisation or outlet: up to its last head word
        /// and any "of …" after it, without a role before it ("CEO of The Israel Project").
        private func organizationSpan(in run: Range<Int>) -> (span: Range<Int>, type: ActorType)? {
            var head: Int?
            var type = ActorType.organization
            for index in run {
                let lower = tokens[index].lowercased
                if tokens[index].isCapitalized || tokens[index].kind == .number || ActorLexicon.companySuffixes.contains(tokens[index].text) {
                    // ("WSET-TV", "KXAN-TV", "WNYC-FM": a station's call sign.)
                    let callSign = ["-tv", "-fm", "-am", "-dt"].contains { lower.hasSuffix($0) } && (3...4).contains(tokens[index].text.count - 3)
                        && tokens[index].text.dropLast(3).allSatisfy { $0.isUppercase || $0.isNumber } && ["K", "W", "C"].contains(tokens[index].text.first)
                    if ActorLexicon.mediaHeads.contains(lower) || callSign {
                        head = index
                        type = .media
                    } else if ActorLexicon.organizationHeads.contains(lower), lower != "international" || index == run.upperBound - 1 {
                        // ("Fauna and Flora International"; but "International" inside a longer
                        // run is a word of a name the dictionary knows, "Amnesty International Man-kei Tam".)
                        head = index
                        type = .organization
                    }
                }
            }
            guard let head else { return nil }
            var start = run.lowerBound
            // "Peter Lund of the Harbour Workers Union": a name before "of" whose head comes
            // after it is a person of that organisation, not part of its name.
            var nameStart = run.lowerBound
            while nameStart < head, isRoleWord(nameStart), !ActorLexicon.nameConnectors.contains(tokens[nameStart].text) { nameStart += 1 }
            if let of = (nameStart..<head).first(where: { tokens[$0].text == "of" || tokens[$0].text == "at" }), of > nameStart,
               (nameStart..<of).allSatisfy({ isNameWord($0) && !ActorLexicon.placeHeads.contains(tokens[$0].lowercased) }),
               (of - nameStart) >= 2 || NameLists.isGivenName(tokens[nameStart].text) {
                start = of + 1
                if start < head, tokens[start].lowercased == "the" { start += 1 }
            }
            // "Britain-based Syrian Observatory": where it is based is not part of its name.
            while start < head, tokens[start].text.utf8.contains(UInt8(ascii: "-")), let suffix = tokens[start].text.split(separator: "-").last,
                  suffix.first?.isLowercase ?? false {
                start += 1
            }
            // Strip a role and its "of": "CEO of The Israel Project", "Minister of Defense" is a role.
            var cursor = start
            while cursor < head, isRoleWord(cursor), !ActorLexicon.nameConnectors.contains(tokens[cursor].text) { cursor += 1 }
            // ("House of Commons Library": a name the dictionary knows runs on past "of".)
            let knownName = gazetteer.match(tokens, at: start, end: head).map { start + $0.length > cursor } ?? false
            if cursor > start, cursor < head, ["of", "for", "at"].contains(tokens[cursor].text), !knownName {
                start = cursor + 1
            } else if cursor > start, tokens[cursor - 1].lowercased != tokens[head].lowercased,
                      ActorLexicon.roleHeads.contains(tokens[cursor - 1].lowercased), cursor <= head {
                // "Defense Minister Avigdor Lieberman" is a person, not an organisation.
                let rest = cursor..<run.upperBound
                // ("Energy Minister Prince Abdulaziz bin Salman": a name's particles are of it.)
                if rest.allSatisfy({ isNameWord($0) || Self.nameParticles.contains(tokens[$0].text) }) { return nil }
            }
            // A run whose head ends in a place ("Golan Heights Border") is not an organisation.
            // "University of Cape Town" is one: the place follows the head's "of".
            if let last = run.last, ActorLexicon.placeHeads.contains(tokens[last].lowercased),
               !ActorLexicon.organizationHeads.contains(tokens[last].lowercased),
               !(head + 1 < run.upperBound && tokens[head + 1].text == "of") { return nil }
            // "Senate President Thomas Rivera Schatz", "Acme Corp CEO Ana Ruiz": a title and a
            // name after the head are a person of the organisation, not part of its name.
            var end = run.upperBound
            var afterRole = head + 1
            while afterRole < run.upperBound, isRoleWord(afterRole), !ActorLexicon.nameConnectors.contains(tokens[afterRole].text) { afterRole += 1 }
            if afterRole > head + 1, afterRole < run.upperBound, ActorLexicon.roleHeads.contains(tokens[afterRole - 1].lowercased),
               (afterRole..<run.upperBound).allSatisfy({ isNameWord($0) || Self.nameParticles.contains(tokens[$0].text) }) {
                end = head + 1
            }
            // "forecaster with the Sydney Weather Bureau Ian Robertson": a full name straight
            // after the head is someone of the organisation too.
            // ("Amnesty International Man-kei Tam": a name no list knows, but no English word either;
            // not after a head that opens the name, "Radio Sahara Nord".)
            if end == run.upperBound, head + 1 < run.upperBound, (2...3).contains(run.upperBound - head - 1),
               NameLists.isGivenName(tokens[head + 1].text) || head > run.lowerBound && hasNameShape((head + 1)..<run.upperBound),
               gazetteer.match(tokens, at: head + 1) == nil,
               (head + 1..<run.upperBound).allSatisfy({ isNameWord($0) && !ActorLexicon.organizationHeads.contains(tokens[$0].lowercased) }) {
                end = head + 1
            }
            // "Minister of Defense" and "Foreign Ministry spokesperson" are handled as roles.
            let span = start..<end
            if span.allSatisfy({ isRoleWord($0) }) { return nil }
            return (span, type)
        }

        private mutating func recordOrganization(_ found: (span: Range<Int>, type: ActorType), run: Range<Int>) {
            let span = found.span
            // The person titled after the name: "[Senate] President Thomas Rivera Schatz".
            defer { if span.upperBound < run.upperBound { analyzeRun(span.upperBound..<run.upperBound) } }
            // Countries and people named before the organisation's own name stay separate:
            // only the words from the first non-dictionary capital belong to it.
            if let match = gazetteer.match(tokens, at: span.lowerBound, end: span.upperBound), match.length == span.count {
                _ = dictionaryMatch(at: span.lowerBound)
                return
            }
            var name = span
            // "The Construction, Forestry, Mining and Energy Union": a list of words with commas
            // before the "and" of the name belongs to it.
            if span.contains(where: { tokens[$0].text == "and" }) {
                var start = span.lowerBound
                while start >= 3, tokens[start - 1].isMark(","), tokens[start - 2].isCapitalized, tokens[start - 2].isWord,
                      !covered[start - 2], gazetteer.match(tokens, at: start - 2) == nil, tokens[start - 3].isMark(",") || tokens[start - 3].lowercased == "the" {
                    start -= 2
                }
                // (After "the" only: "Acme, Globex, Initech and Umbrella Corporation said" lists four.)
                if start < span.lowerBound, start > 0, tokens[start - 1].lowercased == "the" {
                    name = start..<span.upperBound
                }
            }
            let generic = span.allSatisfy { isRoleWord($0) || ActorLexicon.organizationHeads.contains(tokens[$0].lowercased)
                || ActorLexicon.mediaHeads.contains(tokens[$0].lowercased) || gazetteer.match(tokens, at: $0) != nil }
            var affiliationToken: Int?
            // (Not "Boston University's National Security Archive": the last word of a longer name.)
            if generic, span.lowerBound >= 2, tokens[span.lowerBound - 1].text.isPossessive, tokens[span.lowerBound - 2].isCapitalized,
               span.lowerBound < 3 || !tokens[span.lowerBound - 3].isCapitalized || tokens[span.lowerBound - 2].startsSentence
                || gazetteer.match(tokens, at: span.lowerBound - 2) != nil {
                // "Iran's Foreign Ministry": the country is part of what the name means.
                affiliationToken = span.lowerBound - 2
                _ = dictionaryMatch(at: span.lowerBound - 2)
                name = (span.lowerBound - 2)..<span.upperBound
            } else if let match = gazetteer.match(tokens, at: span.lowerBound, end: span.upperBound),
                      gazetteer.dictionary.entries[match.entry].type == .country, generic {
                affiliationToken = span.lowerBound
            }
            // A head word alone ("TV report", "Army") names nothing.
            guard !span.allSatisfy({ ActorLexicon.mediaHeads.contains(tokens[$0].lowercased)
                || ActorLexicon.organizationHeads.contains(tokens[$0].lowercased) }) else { return }
            let text = surface(name)
            // (A name that runs on before the span, over its list, is the mention's too.)
            let mention = name.lowerBound < span.lowerBound && affiliationToken == nil ? name : span
            let sighting = Sighting(tokens: mention, inTitle: inTitle, referent: .named(found.type, key: Scan.key(text)),
                                    surface: surface(mention), affiliationToken: affiliationToken, displayName: text)
            if found.type == .media, let short = shortMediaName(span) {
                acronyms.append((short, sighting.referent))
            }
            record(sighting)
            if span.lowerBound > run.lowerBound { analyzeRun(run.lowerBound..<span.lowerBound) }
        }

        /// "Hadashot" for "Hadashot TV": an outlet is often named without its head word.
        private func shortMediaName(_ span: Range<Int>) -> String? {
            guard span.count == 2, let last = span.last, ActorLexicon.mediaHeads.contains(tokens[last].lowercased),
                  tokens[span.lowerBound].isCapitalized, gazetteer.match(tokens, at: span.lowerBound) == nil,
                  !isFunctionWord(span.lowerBound),
                  !tokens[span.lowerBound].isAcronym || tokens[span.lowerBound].text.count > 3
            else { return nil }
            return tokens[span.lowerBound].text
        }

        /// A run that a reporting verb, a comma or a possessive follows, or a comma precedes,
        /// and no preposition of place: how news writes a person, not a park.
        private func actsLikeAPerson(_ run: Range<Int>) -> Bool {
            if run.lowerBound > 0, ActorLexicon.locatives.contains(tokens[run.lowerBound - 1].lowercased) { return false }
            if run.lowerBound > 0, tokens[run.lowerBound - 1].isMark(",") { return true }
            guard run.upperBound < tokens.count else { return false }
            let next = tokens[run.upperBound]
            return next.isMark(",") || next.text.isPossessive || ActorLexicon.speechVerbs[next.lowercased] != nil
        }

        /// "Helmand province", "the Maidan Wardak provincial council", "the Tora Bora mountains": a
        /// name that a lowercase word for an area or a landform follows is that place's.
        private func isAreaName(_ run: Range<Int>) -> Bool {
            guard run.upperBound < tokens.count, tokens[run.upperBound].isWord, !tokens[run.upperBound].isCapitalized else { return false }
            let next = tokens[run.upperBound].lowercased
            return ActorLexicon.isAreaWord(next)
                && !NameLists.isGivenName(tokens[run.lowerBound].text)
                // ("The PPP provincial government": a party's acronym, not a place.)
                && !run.contains(where: { tokens[$0].isAcronym || ActorLexicon.organizationHeads.contains(tokens[$0].lowercased) })
        }

        private func isPlaceOrThing(_ run: Range<Int>) -> Bool {
            // "Typhoon Phanfone", "Tropical Storm Ana": a storm, whoever its name could be.
            if run.count >= 2, ActorLexicon.stormWords.contains(tokens[run.lowerBound].lowercased) { return true }
            // "San Juan", "Punta Ventana", "Lake Mead": a geographic word opening a name.
            if (2...3).contains(run.count), ActorLexicon.placeOpeners.contains(tokens[run.lowerBound].text),
               !run.contains(where: isRoleWord) { return true }
            if isAreaName(run) { return true }
            // "in Maidan Wardak, Afghanistan", "near Springfield, Illinois": a place, then the
            // country or state it is in.
            if run.lowerBound > 0, Self.placePrepositions.contains(tokens[run.lowerBound - 1].lowercased),
               run.upperBound + 1 < tokens.count, tokens[run.upperBound].isMark(","),
               let within = gazetteer.match(tokens, at: run.upperBound + 1),
               [.country, .place].contains(gazetteer.dictionary.entries[within.entry].type),
               run.upperBound + 1 + within.length >= tokens.count || !tokens[run.upperBound + 1 + within.length].isWord { return true }
            // "World War II", "Super Bowl LIV": the head stands before its number.
            var run = run
            while run.count > 1, let last = run.last, Self.isRomanNumeral(tokens[last].text) || tokens[last].kind == .number { run = run.dropLast() }
            guard let last = run.last else { return false }
            let lower = tokens[last].lowercased
            // "Senator Hill", "Mr Hall", "President Park", "Patrol Chief James Hall": a title right
            // before such a word, or before a given name and it, makes it a surname.
            // (A role word before a given name counts too, but not a royal title: "Queen Elizabeth
            // Hall", "King George Park" are places.)
            if ActorLexicon.surnamePlaceHeads.contains(lower) || ActorLexicon.buildingHeads.contains(lower), run.count >= 2 {
                let title = tokens[last - 1].lowercased
                if ActorLexicon.honorifics.contains(title) || ActorLexicon.personTitles.contains(title) { return false }
                if last - 2 >= run.lowerBound, NameLists.isGivenName(tokens[last - 1].text) {
                    let role = tokens[last - 2].lowercased
                    if !Self.royalTitles.contains(role),
                       ActorLexicon.honorifics.contains(role) || ActorLexicon.personTitles.contains(role) || ActorLexicon.roleHeads.contains(role) {
                        return false
                    }
                }
            }
            if ActorLexicon.buildingHeads.contains(lower), run.count > 1, !NameLists.isGivenName(tokens[run.lowerBound].text) { return true }
            // ("Robert Hill, says", "Robert Hill said"; but "in Grant Park", "filled Lincoln Park.")
            if ActorLexicon.surnamePlaceHeads.contains(lower), run.count == 2, NameLists.isGivenName(tokens[run.lowerBound].text),
               gazetteer.match(tokens, at: run.lowerBound) == nil, actsLikeAPerson(run) { return false }
            return ActorLexicon.placeHeads.contains(lower) || ActorLexicon.thingHeads.contains(lower)
                || (run.count > 1 && tokens[last].text.utf8.contains(UInt8(ascii: "-")) && gazetteer.match(tokens, at: last) == nil
                    && !tokens[last].isCapitalized)
        }

        // MARK: people

        /// A capitalised name: a person when the words around it say so.
        private mutating func considerName(_ name: Range<Int>) {
            // "Immunologist Kristian Andersen said": an occupation capitalised only because it
            // opens the sentence is not part of the name.
            // ("Businessmen Solomon Lew and Lindsay Fox have called …": in the plural too.)
            let opening = tokens[name.lowerBound].lowercased
            if name.count >= 3, tokens[name.lowerBound].startsSentence,
               isOccupation(opening) || isOccupation(ActorLexicon.singular(opening)) || opening.hasSuffix("men") && isOccupation(String(opening.dropLast(3)) + "man"),
               !NameLists.isGivenName(tokens[name.lowerBound].text) {
                considerName((name.lowerBound + 1)..<name.upperBound)
                return
            }
            // "Minister of Information Moammar al-Eryani": the portfolio's English words after
            // "of" belong to the title, the name starts after them.
            if name.count >= 3, isFieldAfterTitle(name.lowerBound) {
                var first = name.lowerBound
                while name.upperBound - first > 2, finder.vocabulary.contains(tokens[first].lowercased), !NameLists.isGivenName(tokens[first].text) {
                    first += 1
                }
                if first > name.lowerBound {
                    considerName(first..<name.upperBound)
                    return
                }
            }
            // "Joanne and Edward Corr": a given name alone before "and" and another's full name
            // shares the surname; two people.
            // (Not "Matthew Hayden … Hayden and Mark Waugh": a surname the article gave someone.)
            if name.count == 1, NameLists.isGivenName(tokens[name.lowerBound].text), name.upperBound + 3 < tokens.count,
               !isNameOrSurnameOfPersonFound(tokens[name.lowerBound].text),
               tokens[name.upperBound].text == "and", NameLists.isGivenName(tokens[name.upperBound + 1].text),
               case let surnameEnd = ((name.upperBound + 2)..<min(tokens.count, name.upperBound + 4)).first(where: { !isNameWord($0) }) ?? min(tokens.count, name.upperBound + 4),
               surnameEnd > name.upperBound + 2, (name.upperBound + 2..<surnameEnd).allSatisfy({ isNameWord($0) && gazetteer.match(tokens, at: $0) == nil }),
               // (Not "The Bernie and Sid Show": a title.)
               name.lowerBound == 0 || tokens[name.lowerBound - 1].lowercased != "the",
               !ActorLexicon.mediaDescriptors.contains(tokens[surnameEnd - 1].lowercased),
               !ActorLexicon.thingHeads.contains(tokens[surnameEnd - 1].lowercased) {
                let words = [tokens[name.lowerBound].text, tokens[surnameEnd - 1].text]
                record(Sighting(tokens: name, inTitle: inTitle, referent: .person(words), surface: surface(name)))
                return
            }
            let context = leftContext(of: name.lowerBound)
            // ("… airstrikes near Jalalabad, the provincial military chief said": after a preposition of
            // place the name ends a clause, and the role after its comma is the next verb's subject.)
            // ("upstream from Benares, a spokesman for the group said" too; but "a statement from Jan Brody,
            // the chief executive, said" closes its apposition with a comma, and the role is his.)
            let inPlacePhrase = name.lowerBound > 0 && tokens[name.lowerBound - 1].lowercased != "to"
                && ActorLexicon.locatives.contains(tokens[name.lowerBound - 1].lowercased)
                && (!tokens[name.lowerBound - 1].isCapitalized || tokens[name.lowerBound - 1].startsSentence)
                && roleRunsIntoVerb(after: name.upperBound)
            let apposition = inPlacePhrase ? nil : appositionRole(after: name.upperBound)
            // ("The city of Calabasas announced": a place that speaks stays, as places do.)
            guard !isJunkName(name), !isPlaceByContext(name) || isSpeaker(name) else { return }
            // "Stamenković et al found": the authors of a paper, a group named after the first;
            // the first author alone is another actor.
            if let end = Self.etAlEnd(in: tokens, at: name.upperBound).map({ _ in name.upperBound + 2 }) ?? Self.teamEnd(in: tokens, at: name.upperBound) {
                // ("de Vera et al": a surname's lowercase particle is part of it.)
                let particle = name.lowerBound > 0 && Self.nameParticles.contains(tokens[name.lowerBound - 1].text)
                let team = (particle ? name.lowerBound - 1 : name.lowerBound)..<end
                let text = surface(team)
                record(Sighting(tokens: team, inTitle: inTitle, referent: .named(.group, key: Scan.key(text)), surface: text, displayName: text))
                return
            }
            // "San Francisco" before "Mayor London Breed" is where she is mayor.
            if name.count >= 2, ActorLexicon.placeOpeners.contains(tokens[name.lowerBound].text) { return }
            if name.count == 1, thingAcronyms.contains(tokens[name.lowerBound].text) { return }
            let startsWithGivenName = name.count >= 2 && NameLists.isGivenName(tokens[name.lowerBound].text)
            if context.role == nil, !context.honorific, !startsWithGivenName,
               name.count > 1 || !NameLists.isGivenName(tokens[name.lowerBound].text), let type = describedType(of: name) {
                let text = surface(name)
                record(Sighting(tokens: name, inTitle: inTitle, referent: .named(type, key: Scan.key(text)), surface: text, displayName: text))
                return
            }
            // "Belarusian KGB", "the Russian FSB": a country's acronym is one of its institutions.
            if name.count == 1, tokens[name.lowerBound].isAcronym, name.lowerBound > 0,
               gazetteer.match(tokens, at: name.lowerBound - 1)?.form == .demonym {
                let text = surface(name)
                _ = dictionaryMatch(at: name.lowerBound - 1)
                record(Sighting(tokens: name, inTitle: inTitle, referent: .named(.organization, key: Scan.key(text)), surface: text,
                                affiliationToken: name.lowerBound - 1, displayName: text))
                return
            }
            var evidence = context.role != nil || context.honorific || apposition != nil
            // After "the" or "a" a name is a title or a thing: "The Atheist Muslim", "the Rocky Linux project".
            let afterDeterminer = name.lowerBound > 0 && ["the", "a", "an"].contains(tokens[name.lowerBound - 1].lowercased)
            // ("in Tora Bora", "near Wadi Rum": after a preposition of place, capitalised words name
            // the place; "in Ana Ruiz's office" is hers.)
            let afterLocative = name.lowerBound > 0 && Self.placePrepositions.contains(tokens[name.lowerBound - 1].lowercased)
                && !(name.upperBound < tokens.count && tokens[name.upperBound].text.isPossessive)
            // "Ana Ruiz" in a list: a common given name opening a name of two or three words.
            if !evidence, !afterDeterminer, !afterLocative, (2...3).contains(name.count), NameLists.isGivenName(tokens[name.lowerBound].text),
               name.dropFirst().allSatisfy({ isNameWord($0) && !tokens[$0].isAcronym || tokens[$0].text == "May"
                   || $0 == name.upperBound - 1 && isRoleWord($0) }) {
                evidence = true
            }
            // "Geoff Huegill won the race. … Huegill was happy.": two name words, the second met again
            // alone in the article, acting, make a person though the first is no given name the list
            // knows (short forms, names of other languages).
            // (Not a short word that may be a title's abbreviation: "Cde Mugabe".)
            if !evidence, !afterDeterminer, !afterLocative, name.count == 2, tokens[name.lowerBound].text.count >= 4,
               name.allSatisfy({ isNameWord($0) && !tokens[$0].isAcronym
                   && !finder.vocabulary.contains(tokens[$0].lowercased) && !OrdinaryWords.common.contains(tokens[$0].lowercased)
                   && gazetteer.match(tokens, at: $0) == nil }),
               acts(after: name.upperBound) || ActorLexicon.irregularPastForms.contains(name.upperBound < tokens.count ? tokens[name.upperBound].lowercased : "")
                || speaksAfterAside(name.upperBound),
               case let surname = tokens[name.upperBound - 1].text,
               tokens.indices.contains(where: { index in
                   tokens[index].text == surname && !name.contains(index) && (index == 0 || !tokens[index - 1].isCapitalized || tokens[index].startsSentence)
                       && (index + 1 >= tokens.count || !tokens[index + 1].isCapitalized)
               }) {
                evidence = true
            }
            // "ecologist Chip Taylor", "colleague Ana Ruiz": a word for what someone does, in
            // lowercase right before two or three capitalised words, makes them a person.
            if !evidence, (2...3).contains(name.count), name.lowerBound > 0, isPersonNoun(name.lowerBound - 1),
               name.allSatisfy({ isNameWord($0) && !tokens[$0].isAcronym }) {
                evidence = true
            }
            // "Mr Ali's spokesman, Amin, told …": a name set off by commas after a word for a person is theirs.
            if !evidence, name.count <= 3, name.lowerBound >= 2, name.upperBound < tokens.count, tokens[name.lowerBound - 1].isMark(","),
               tokens[name.upperBound].isMark(","), tokens[name.lowerBound - 2].isWord, !tokens[name.lowerBound - 2].isCapitalized,
               ActorLexicon.roleHeads.contains(tokens[name.lowerBound - 2].lowercased) || isPersonNoun(name.lowerBound - 2),
               !name.contains(where: { tokens[$0].isAcronym }) {
                evidence = true
            }
            // "Fourteen-year-old Zoe", "the 32-year-old Okafor": an age makes a person.
            if !evidence, name.lowerBound > 0, tokens[name.lowerBound - 1].lowercased.hasSuffix("-year-old") { evidence = true }
            // "((Ana Ruiz)) …" or "Ana Ruiz: …" opening a paragraph: an interview's speaker label.
            // ("((Jaya)) …": one name alone, not the interviewer's initials nor an English word.)
            if !evidence, (2...3).contains(name.count) || name.count == 1 && !tokens[name.lowerBound].isAcronym
                && !finder.vocabulary.contains(tokens[name.lowerBound].lowercased), isSpeakerLabel(name) { evidence = true }
            // "Didier Queloz and Michel Mayor": two or three capitalised words inside a
            // sentence, none of them English, are a person's name.
            if !evidence, !afterDeterminer, !afterLocative, (2...3).contains(name.count), !tokens[name.lowerBound].startsSentence, hasNameShape(name) {
                evidence = true
            }
            // "Tarn Wexley won the final. “…,” he said.": the same shape opening a sentence, when a
            // "he" or "she" takes it up before any other name; places and things are "it".
            if !evidence, !afterDeterminer, !afterLocative, (2...3).contains(name.count), tokens[name.lowerBound].startsSentence,
               hasNameShape(name), isTakenUpByPersonalPronoun(name) {
                evidence = true
            }
            // "YouTube", "AstraZeneca": a capital inside a word is how companies and platforms write their names.
            if !evidence, name.count <= 3, name.contains(where: { Self.isBrandWord(tokens[$0].text) && !definedTerms.contains(tokens[$0].text) }) {
                evidence = true
            }
            var speakerOnly = false
            if !evidence {
                evidence = isSpeaker(name)
                speakerOnly = evidence
            }
            // "Qantas has rejected the offer", "Microsoft declined to comment": one word no dictionary
            // writes in lowercase, acting as a clause's subject, is a body as a speaker is
            // (a person is named in full first; a place is in the gazetteer).
            if !evidence, name.count == 1, !afterDeterminer, !afterLocative, !tokens[name.lowerBound].isAcronym,
               tokens[name.lowerBound].isWord, tokens[name.lowerBound].text.count > 2,
               !finder.vocabulary.contains(tokens[name.lowerBound].lowercased), !NameLists.isGivenName(tokens[name.lowerBound].text),
               !ActorLexicon.calendarWords.contains(tokens[name.lowerBound].lowercased),
               name.lowerBound == 0 || !tokens[name.lowerBound - 1].isCapitalized || tokens[name.lowerBound].startsSentence,
               actsAsBody(after: name.upperBound, pastTense: true), !hasFullName(endingWith: name.lowerBound),
               // ("on Twitter referred to …": after a preposition, where, not who.)
               name.lowerBound == 0 || !["on", "in", "at", "via", "from", "with", "by", "to", "for", "of", "into", "onto"].contains(tokens[name.lowerBound - 1].lowercased),
               !isNameOrSurnameOfPersonFound(tokens[name.lowerBound].text), !isWrittenAsPlace(tokens[name.lowerBound].text) {
                evidence = true
                speakerOnly = true
            }
            var appositionContext: LeftContext?
            if !evidence, name.count >= 2, isCounterpartApposition(before: name.lowerBound) {
                evidence = true
                appositionContext = leftContext(of: name.lowerBound - 1)
            }
            guard evidence else { return }
            // "General Public License", "Chief Executive Officer": after a title, words that are all
            // ordinary English, none of them a given name, name a thing or an office, not a person.
            if context.role != nil || context.honorific, name.count >= 2, !NameLists.isGivenName(tokens[name.lowerBound].text),
               name.allSatisfy({ OrdinaryWords.common.contains(tokens[$0].lowercased) }) { return }
            // ("General Public License", "Chief Operating Officer": one ordinary word inside a title
            // of capitalised words, after a word that is no title or before one that is.)
            if context.role != nil || context.honorific, name.count == 1, OrdinaryWords.common.contains(tokens[name.lowerBound].lowercased),
               !NameLists.isGivenName(tokens[name.lowerBound].text), name.lowerBound > 0,
               tokens[name.lowerBound - 1].isCapitalized && !ActorLexicon.roleHeads.contains(tokens[name.lowerBound - 1].lowercased)
                   && !ActorLexicon.honorifics.contains(tokens[name.lowerBound - 1].lowercased)
                || name.upperBound < tokens.count && tokens[name.upperBound].isCapitalized && isRoleWord(name.upperBound) { return }
            // A single word at the start of a sentence needs a title before it.
            if name.count == 1, tokens[name.lowerBound].startsSentence, context.role == nil, !context.honorific,
               finder.vocabulary.contains(tokens[name.lowerBound].lowercased) { return }
            // ("Villagers thanked the crew": the plural of an ordinary noun opening a sentence,
            // unless the article names someone so: "Woods said" after "Tiger Woods".)
            if name.count == 1, tokens[name.lowerBound].startsSentence, context.role == nil, !context.honorific,
               case let lower = tokens[name.lowerBound].lowercased, lower.count > 3,
               ActorLexicon.singular(lower) != lower,
               isPluralOfOrdinaryNoun(lower)
                   || lower.count > 6 && Self.occupationEndings.contains(where: { lower.dropLast().hasSuffix($0) }) && !NameLists.isGivenName(tokens[name.lowerBound].text),
               !hasFullName(endingWith: name.lowerBound), !isNameOrSurnameOfPersonFound(tokens[name.lowerBound].text) { return }
            let words = name.filter { tokens[$0].isWord }.map { tokens[$0].text }.filter { !ActorLexicon.nameConnectors.contains($0) }
            // "Rocky Linux 8", "CentOS", "GitHub said": a product, a project or a company.
            // ("Will Rocky Linux run …?": a word that opens the sentence is not part of it.)
            if tokens[name.lowerBound].startsSentence, name.count >= 2, thingNames.contains(Array(words.dropFirst())) {
                considerName((name.lowerBound + 1)..<name.upperBound)
                return
            }
            if thingNames.contains(words) || words.contains(where: Self.isBrandWord) {
                let text = surface(name)
                record(Sighting(tokens: name, inTitle: inTitle, referent: .named(.organization, key: Scan.key(text)),
                                surface: text, displayName: text))
                return
            }
            // "Microsoft said": next to a speech verb is evidence of a speaker, not of a person.
            // A lone word the article never writes after a first name, and that is no given
            // name, is an organisation.
            // An acronym is an organisation's name, never a person's ("DMCA", "NHC").
            let isAcronym = name.count == 1 && tokens[name.lowerBound].isAcronym && context.role == nil && !context.honorific
            if isAcronym || speakerOnly, name.count == 1, let word = words.first, !NameLists.isGivenName(word),
               isAcronym || !hasFullName(endingWith: name.lowerBound) && !isNameOrSurnameOfPersonFound(word) {
                let text = surface(name)
                record(Sighting(tokens: name, inTitle: inTitle, referent: .named(.organization, key: Scan.key(text)),
                                surface: text, displayName: text))
                return
            }
            // "Roman Catholic": a name that ends on a faith is the faith, not someone called so.
            if words.count >= 2, let last = words.last, ActorLexicon.faithWords.contains(last.lowercased()) { return }
            // "Boeing 707s and Airbus A300s": a word with digits names a model, never a person.
            guard !name.contains(where: { tokens[$0].text.contains(where: \.isNumber) }) else { return }
            // "The Bernie and Sid Show", "Breakfast Radio": a programme or an outlet's word ends no one's name.
            guard !ActorLexicon.mediaDescriptors.contains(tokens[name.upperBound - 1].lowercased) else { return }
            // "Network Rail said", "General Motors": a name that opens and ends on words dictionaries
            // write only in lowercase, with no title before it, is an organisation's, not a person's.
            // ("Chip Taylor", "Saint Francis": a surname no dictionary writes in lowercase.)
            if words.count >= 2, context.role == nil, !context.honorific, apposition == nil, appositionContext == nil,
               !NameLists.isGivenName(words[0]), OrdinaryWords.common.contains(words[0].lowercased()),
               OrdinaryWords.common.contains(words[words.count - 1].lowercased()), !ActorLexicon.isRoleWord(words[0].lowercased()) {
                let text = surface(name)
                record(Sighting(tokens: name, inTitle: inTitle, referent: .named(.organization, key: Scan.key(text)),
                                surface: text, displayName: text))
                return
            }
            record(Sighting(tokens: name, inTitle: inTitle, referent: .person(words), surface: surface(name),
                            role: context.role ?? apposition?.role ?? appositionContext?.role ?? context.honorificRole,
                            affiliationToken: context.affiliationToken ?? apposition?.affiliationToken ?? appositionContext?.affiliationToken))
        }

        /// "the island of Rapa Nui", "from Jakarta to Pangkal Pinang": words around a name
        /// that make it a place whoever else it could be.
        private func isPlaceByContext(_ name: Range<Int>) -> Bool {
            let start = name.lowerBound
            // (Not "the state of Biden's health": only words for a settled place.)
            if start >= 2, tokens[start - 1].text == "of", ActorLexicon.settlementNouns.contains(tokens[start - 2].lowercased),
               !tokens[start - 2].isCapitalized { return true }
            // (Not "power passed from Joe Biden to Donald Trump": the "from" side must be a known place.)
            if start >= 3, tokens[start - 1].text == "to", !NameLists.isGivenName(tokens[start].text),
               let from = (max(0, start - 6)..<(start - 2)).last(where: { tokens[$0].text == "from" }),
               let place = gazetteer.match(tokens, at: from + 1), from + 1 + place.length == start - 1,
               [.country, .place].contains(gazetteer.dictionary.entries[place.entry].type) { return true }
            return false
        }

        /// Whether the phrase after the comma at `comma` reaches a reporting verb before any
        /// other comma: "…, the provincial military chief said" is the verb's subject, not an
        /// apposition closed by a second comma.
        private func roleRunsIntoVerb(after comma: Int) -> Bool {
            guard comma < tokens.count, tokens[comma].isMark(",") else { return false }
            var cursor = comma + 1
            while cursor < tokens.count, cursor < comma + 14, tokens[cursor].sentence == tokens[comma].sentence, !tokens[cursor].isMark(",") {
                if tokens[cursor].isWord, ActorLexicon.speechVerbs[tokens[cursor].lowercased] != nil,
                   !ActorLexicon.nounLikeVerbForms.contains(tokens[cursor].lowercased) { return true }
                cursor += 1
            }
            return false
        }

        /// An organisation or outlet by the common noun next to it: "software company Red
        /// Hat", "the broadcaster Kan", "Kessler, the retailer,".
        private func describedType(of name: Range<Int>) -> ActorType? {
            func type(of index: Int) -> ActorType? {
                guard tokens.indices.contains(index), tokens[index].isWord, !tokens[index].isCapitalized else { return nil }
                let lower = tokens[index].lowercased
                // "social media site Facebook", "the social network": a platform, not an outlet.
                let social = (max(0, index - 2)..<index).contains { tokens[$0].lowercased == "social" }
                if ActorLexicon.mediaDescriptors.contains(lower) { return social ? .organization : .media }
                if ActorLexicon.organizationDescriptors.contains(lower) { return .organization }
                if lower == "maker", index > 0, tokens[index - 1].isWord, !tokens[index - 1].isCapitalized,
                   !ActorLexicon.personMakerWords.contains(tokens[index - 1].lowercased) { return .organization }
                return nil
            }
            if let before = type(of: name.lowerBound - 1) { return before }
            let after = name.upperBound
            // "shares in Kessler", "a Kessler spokeswoman", "Kessler shareholders": a company.
            if name.lowerBound >= 2, ["in", "of"].contains(tokens[name.lowerBound - 1].lowercased),
               ["shares", "stake", "stock", "takeover", "acquisition", "chief", "boss"].contains(tokens[name.lowerBound - 2].lowercased) {
                return .organization
            }
            if after < tokens.count, ActorLexicon.companyWordsAfterName.contains(tokens[after].lowercased) { return .organization }
            // "an AEW press release", "the WHO statement": an acronym that puts out statements is a body.
            if name.count == 1, tokens[name.lowerBound].isAcronym, after + 1 < tokens.count,
               tokens[after].lowercased == "statement" || tokens[after].lowercased == "press" && tokens[after + 1].lowercased == "release" {
                return .organization
            }
            if after < tokens.count, ActorLexicon.mediaWordsAfterName.contains(tokens[after].lowercased) { return .media }
            // "A spokesperson for Stagecoach South said" (not "a spokeswoman for Treasurer Ana Ruiz":
            // a title or a given name opens a person's name).
            if name.lowerBound >= 2, ["for", "at", "of"].contains(tokens[name.lowerBound - 1].lowercased),
               !isRoleWord(name.lowerBound), !NameLists.isGivenName(tokens[name.lowerBound].text),
               // ("a spokesman for Immigration Minister Tom Berg": a portfolio before its title.)
               name.upperBound >= tokens.count || !isRoleWord(name.upperBound),
               // ("a spokesman for Gul Agha": two or three words shaped as a person's name.)
               !((2...3).contains(name.count) && hasNameShape(name)),
               ["spokesperson", "spokesman", "spokeswoman"].contains(tokens[name.lowerBound - 2].lowercased) { return .organization }
            // "a press release from AEW", "a statement by the WHO".
            let link = name.lowerBound > 0 && tokens[name.lowerBound - 1].lowercased == "the" ? name.lowerBound - 2 : name.lowerBound - 1
            if name.count == 1, tokens[name.lowerBound].isAcronym, link >= 1, ["from", "by"].contains(tokens[link].lowercased),
               ["statement", "release"].contains(tokens[link - 1].lowercased) { return .organization }
            if followsMediaPhrase(name.lowerBound) { return .media }
            if after + 3 < tokens.count, tokens[after].isMark(","), ["the", "a", "an"].contains(tokens[after + 1].lowercased) {
                var cursor = after + 2
                // "Vyasna, an independent Belarusian human rights center,".
                while cursor < min(after + 8, tokens.count), !tokens[cursor].isMark(",") && !tokens[cursor].isMark(".") { cursor += 1 }
                if cursor < tokens.count, tokens[cursor].isMark(","), let found = type(of: cursor - 1) { return found }
                // "Airfleets, a database detailing the aircraft …,", "Vyasna, a rights group that …":
                // the noun the participle or relative clause follows.
                var head = after + 2
                while head < min(after + 6, tokens.count), tokens[head].isWord, !tokens[head].isCapitalized,
                      !tokens[head].lowercased.hasSuffix("ing"), !["that", "which", "who", "based", "founded", "run", "owned"].contains(tokens[head].lowercased) {
                    head += 1
                }
                if head > after + 2, head < tokens.count, tokens[head].isWord,
                   tokens[head].lowercased.hasSuffix("ing") || ["that", "which", "based", "founded", "run", "owned"].contains(tokens[head].lowercased),
                   let found = type(of: head - 1) ?? (tokens[head - 1].lowercased == "database" ? .media : nil) {
                    return found
                }
            }
            return nil
        }

        private func followsMediaPhrase(_ start: Int) -> Bool {
            follows(ActorLexicon.mediaPhrasesBeforeName, start)
        }

        private func follows(_ phrases: [[String]], _ start: Int) -> Bool {
            phrases.contains { phrase in
                start >= phrase.count && phrase.indices.allSatisfy { tokens[start - phrase.count + $0].lowercased == phrase[$0] }
            }
        }

        /// A lowercase noun for a person by trade or tie: "ecologist", "historian", "colleague".
        private func isPersonNoun(_ index: Int) -> Bool {
            let token = tokens[index]
            guard token.isWord, !token.isCapitalized else { return false }
            let lower = token.lowercased
            if ActorLexicon.organizationDescriptors.contains(lower) || ActorLexicon.mediaDescriptors.contains(lower) { return false }
            return Self.personNouns.contains(lower) || lower.count > 5 && (lower.hasSuffix("ist") || lower.hasSuffix("ian"))
        }

        /// Nouns for people by what they do or who they are to someone, as news writes them
        /// before a name. General English.
        static let personNouns: Set<String> = [
            "colleague", "lawyer", "attorney", "teacher", "farmer", "director", "professor", "author", "writer", "singer",
            "actor", "actress", "player", "officer", "worker", "researcher", "reporter", "photographer", "producer",
            "manager", "founder", "co-founder", "owner", "engineer", "designer", "dancer", "painter", "rapper", "filmmaker",
            "astronaut", "coach", "chef", "doctor", "nurse", "pilot", "student", "resident", "neighbour", "neighbor",
            "friend", "partner", "wife", "husband", "son", "daughter", "brother", "sister", "mother", "father", "veteran",
            "candidate", "comedian", "musician", "entrepreneur", "businessman", "businesswoman", "investor", "economist",
            "spokesman", "spokeswoman", "spokesperson", "photojournalist", "journalist", "blogger", "activist", "campaigner",
        ]

        private func isOccupation(_ word: String) -> Bool {
            // ("Co-founder Bill Gates", "Ex-minister Ana Ruiz": the word after the hyphen says it.)
            if Self.personNouns.contains(word) { return true }
            let last = word.split(separator: "-").last.map(String.init) ?? word
            guard last.count > 5, last.allSatisfy(\.isLetter), word.allSatisfy({ $0.isLetter || $0 == "-" }) else { return false }
            return Self.occupationEndings.contains { last.hasSuffix($0) }
        }

        /// Endings of words for what people do: "geologist", "engineer", "technician".
        static let occupationEndings = ["ist", "ologist", "er", "or", "ian", "ant", "ent"]

        private func isSpeakerLabel(_ name: Range<Int>) -> Bool {
            var start = name.lowerBound
            while start > 0, tokens[start - 1].isMark("("), tokens[start - 1].paragraph == tokens[name.lowerBound].paragraph { start -= 1 }
            guard start == 0 || tokens[start - 1].paragraph != tokens[name.lowerBound].paragraph,
                  name.upperBound < tokens.count else { return false }
            var end = name.upperBound
            while end < tokens.count, end < name.upperBound + 3, tokens[end].paragraph == tokens[start].paragraph { end += 1 }
            return InterviewTranscript.label(tokens: tokens, span: start..<end)?.name == name
        }

        /// Whether "he" or "she" comes after `name`, in its sentence or the next, with no
        /// capitalised word between them that could be someone else: one opening a sentence,
        /// a day, a month or a known place may stand there.
        private func isTakenUpByPersonalPronoun(_ name: Range<Int>) -> Bool {
            let sentence = tokens[name.lowerBound].sentence
            var index = name.upperBound
            while index < tokens.count, tokens[index].sentence <= sentence + 1,
                  tokens[index].paragraph <= tokens[name.lowerBound].paragraph + 1 {
                let token = tokens[index]
                if ["he", "she"].contains(token.lowercased) { return true }
                if token.isCapitalized, !token.startsSentence, !ActorLexicon.calendarWords.contains(token.lowercased),
                   gazetteer.match(tokens, at: index) == nil { return false }
                index += 1
            }
            return false
        }

        private func hasNameShape(_ name: Range<Int>) -> Bool {
            // "Iranian-backed Shi'ite militias": names before a noun of people describe them.
            if name.upperBound < tokens.count, ActorLexicon.groupNouns.contains(tokens[name.upperBound].lowercased)
                || ActorLexicon.anonymousHeads.contains(tokens[name.upperBound].lowercased) { return false }
            return name.allSatisfy { index in
                let token = tokens[index]
                let lower = token.lowercased
                // ("Omar bin Hassan", "Ursula von der Leyen": a particle between the name's words.)
                // (After a given name, or "bin"/"ibn" anywhere: "Surigao del Sur" is a province.)
                if index > name.lowerBound, index + 1 < name.upperBound, Self.nameParticles.contains(token.text),
                   ["bin", "ibn", "bint"].contains(token.text) || NameLists.isGivenName(tokens[name.lowerBound].text) { return true }
                return isNameWord(index) && !token.isAcronym && token.text.unicodeScalars.count > 2 && !token.text.hasSuffix(".")
                    && !finder.vocabulary.contains(lower) && !OrdinaryWords.common.contains(lower)
                    && !ActorLexicon.placeHeads.contains(lower) && !ActorLexicon.thingHeads.contains(lower)
                    && gazetteer.match(tokens, at: index) == nil && Self.unprefixed(token.text).dropFirst().allSatisfy { !$0.isUppercase && $0 != "-" }
            }
        }

        /// "Sharabi" for "al-Sharabi", "Plessis" for "duPlessis": the name after its particle.
        static func unprefixed(_ word: String) -> Substring {
            guard word.first?.isLowercase == true else { return word[...] }
            if let hyphen = word.firstIndex(of: "-"), word.distance(from: word.startIndex, to: hyphen) <= 3 {
                return word[word.index(after: hyphen)...]
            }
            if let capital = word.firstIndex(where: \.isUppercase), word.distance(from: word.startIndex, to: capital) <= 3,
               Token.nameParticlePrefixes.contains(String(word[..<capital])) {
                return word[capital...]
            }
            return word[...]
        }

        /// Words that look like names only because they are capitalised: contractions
        /// ("I'm", "We've"), single letters, weekdays and function words.
        private func isJunkName(_ name: Range<Int>) -> Bool {
            guard name.count == 1 else { return false }
            let token = tokens[name.lowerBound]
            if token.text.unicodeScalars.count == 1 || isFunctionWord(name.lowerBound) { return true }
            return Scan.isContraction(token.text)
        }

        /// "Lund and his collaborators", "Ruiz and her co-authors": a researcher and the
        /// people they wrote with, one group as "et al" is. The index after the group's noun.
        /// (Not "associates" or "team": "Trump and his associates" are a person and others.)
        static func teamEnd(in tokens: [Token], at index: Int) -> Int? {
            guard index + 2 < tokens.count, tokens[index].text == "and", ["his", "her", "their"].contains(tokens[index + 1].text),
                  ["colleagues", "collaborators", "co-authors", "coauthors"].contains(tokens[index + 2].text)
            else { return nil }
            return index + 3
        }

        /// The token after "et al" or "et al." standing at `index`, if it does.

        static func etAlEnd(in tokens: [Token], at index: Int) -> Int? {
            guard index + 1 < tokens.count, tokens[index].text == "et", ["al", "al."].contains(tokens[index + 1].text) else { return nil }
            return index + 2 < tokens.count && tokens[index + 2].isMark(".") ? index + 3 : index + 2
        }

        static func isContraction(_ word: String) -> Bool {
            guard let apostrophe = word.lastIndex(where: { $0 == "'" || $0 == "’" }) else { return false }
            let ending = word[word.index(after: apostrophe)...]
            if ["m", "ve", "re", "ll", "d", "t"].contains(ending) { return true }
            return ending == "s" && ActorLexicon.functionWords.contains(word[..<apostrophe].lowercased())
        }

        /// Whether a person found earlier in the article has `word` as the last word of a
        /// longer name ("Sharif Hotak, of the council, said … Hotak alleged").
        /// (Or the whole name of one already found: "General Suharto briefed …" before "Suharto told his visitors".)
        /// (Spelt with or without its accents: "Erdogan" after "Recep Tayyip Erdoğan".)
        private func isNameOrSurnameOfPersonFound(_ word: String) -> Bool {
            let folded = PersonRegistry.normalize(word)
            return sightings.contains { sighting in
                if case .person(let words) = sighting.referent, let last = words.last { return last == word || PersonRegistry.normalize(last) == folded }
                return false
            }
        }

        /// Whether the article writes the word at `index` after a capitalised name word
        /// somewhere ("Ahola" after "Teemu Ahola").
        private func hasFullName(endingWith index: Int) -> Bool {
            let word = tokens[index].text
            for other in tokens.indices.dropFirst() where tokens[other].text == word && other != index {
                // "Ali bin Tamim": the particle stands between the first name and this one.
                var previous = other - 1
                while previous > 0, Self.nameParticles.contains(tokens[previous].text) { previous -= 1 }
                if previous < other - 1, tokens[previous].isCapitalized, isNameWord(previous) { return true }
                // A capital that opens a sentence is no first name unless it is a given name ("Enrolling Minetest …").
                let before = tokens[other - 1]
                if before.isCapitalized, isNameWord(other - 1), !tokens[other].startsSentence,
                   !before.startsSentence || NameLists.isGivenName(before.text) { return true }
                // `Jeremy "Spike" Cohen`.
                if (2...4).contains(where: { other - $0 >= 1 && Self.nicknameEnd(in: tokens, at: other - $0) == other + 1 }) { return true }
                // "Sergey Petrov": the word as the first name of a full name.
                if other + 1 < tokens.count, isNameWord(other + 1), !tokens[other + 1].startsSentence,
                   gazetteer.match(tokens, at: other + 1) == nil { return true }
            }
            return false
        }

        struct LeftContext {
            var role: String?
            var honorific = false
            var honorificText: String?
            var affiliationToken: Int?
            /// The honorific as a role ("Mrs"), when one stands before the name.
            var honorificRole: String? { honorific ? honorificText : nil }
        }

        /// The role and affiliation written before a name: "Russian Foreign Minister",
        /// "IDF chief of staff General", "Israel's Channel 10 senior diplomatic correspondent".
        func leftContext(of start: Int) -> LeftContext {
            var context = LeftContext()
            var cursor = start - 1
            var words: [Int] = []
            while cursor >= 0, tokens[cursor].paragraph == tokens[start].paragraph {
                let lower = tokens[cursor].lowercased
                var isRole = ActorLexicon.roleHeads.contains(lower) || ActorLexicon.roleModifiers.contains(lower)
                    || ActorLexicon.honorifics.contains(lower)
                // "Minister of Information": the portfolio after "of" is part of the title.
                if !isRole, tokens[cursor].isCapitalized, isFieldAfterTitle(cursor) { isRole = true }
                // "Fisheries Minister": a capitalised portfolio before a capitalised title is part of it.
                if !isRole, let right = words.first, tokens[right].isCapitalized, tokens[cursor].isCapitalized,
                   gazetteer.match(tokens, at: cursor) == nil, !ActorLexicon.mediaHeads.contains(lower),
                   !ActorLexicon.organizationHeads.contains(lower), !tokens[cursor].isAcronym {
                    isRole = true
                }
                guard isRole, tokens[cursor].kind == .word else { break }
                if ["of", "for", "the", "and"].contains(lower), words.isEmpty { break }
                if lower == "the", !words.isEmpty { break }
                words.insert(cursor, at: 0)
                cursor -= 1
            }
            while let first = words.first, ["of", "for", "and", "the"].contains(tokens[first].lowercased) { words.removeFirst() }
            guard !words.isEmpty else { return context }
            let lowers = words.map { tokens[$0].lowercased }
            guard lowers.contains(where: { ActorLexicon.roleHeads.contains($0) || ActorLexicon.honorifics.contains($0) }) else {
                return context
            }
            var roleWords = words
            if let last = roleWords.last, ActorLexicon.honorifics.contains(tokens[last].lowercased) {
                context.honorific = true
                context.honorificText = tokens[last].text
                if roleWords.count > 1 { roleWords.removeLast() }
            }
            let roleLowers = roleWords.map { tokens[$0].lowercased }
            let isTitle = roleLowers.contains { ActorLexicon.roleHeads.contains($0) && !ActorLexicon.honorificOnly.contains($0) }
            if isTitle, !(roleWords.count == 1 && roleLowers[0] == "counterpart") {
                context.role = surface(roleWords.first!..<(roleWords.last! + 1))
            }
            if roleWords.count == 1, context.honorific, !isTitle { context.role = nil }
            // What stands before the role: a country, an organisation, "X's".
            var before = (words.first ?? start) - 1
            if before >= 0, tokens[before].text.isPossessive { before -= 1 }
            if before >= 0, tokens[before].isCapitalized || tokens[before].kind == .number {
                context.affiliationToken = before
            }
            return context
        }

        /// ", director-general of the intelligence ministry" / ", President and CEO of The
        /// Israel Project" / ", a spokesman for the ministry": a role after a name.
        private func appositionRole(after end: Int) -> (role: String, affiliationToken: Int?)? {
            guard end < tokens.count, tokens[end].isMark(",") else { return nil }
            var cursor = end + 1
            if cursor < tokens.count, tokens[cursor].kind == .number { cursor += 2 }
            if cursor < tokens.count, ["a", "an", "the", "his", "her", "its"].contains(tokens[cursor].lowercased) { cursor += 1 }
            // "the city's home minister", "Acme's chief executive": whose role it is comes first.
            var owner: Int?
            if let possessive = (cursor..<min(cursor + 3, tokens.count)).first(where: { tokens[$0].text.isPossessive }), possessive > cursor,
               (cursor..<possessive).allSatisfy({ tokens[$0].isWord }) {
                if tokens[cursor].isCapitalized { owner = cursor }
                cursor = possessive + 1
            }
            let roleStart = cursor
            var lastHead: Int?
            var plainModifiers = false
            while cursor < tokens.count, tokens[cursor].kind == .word {
                let lower = tokens[cursor].lowercased
                // "Vijay Goel, a member of the Rajya Sabha,": membership is a role too.
                let member = lower == "member" && cursor + 1 < tokens.count && tokens[cursor + 1].lowercased == "of"
                if ActorLexicon.roleHeads.contains(lower) || member { lastHead = cursor }
                // "Tomasz Kubiak, a fire service spokesman,": plain words that say whose role it is.
                // (Not a verb's "-ing" or "-ed": "Qom, chairing the President's office".)
                let modifiesHead = lastHead == nil && !tokens[cursor].isCapitalized && !ActorLexicon.functionWords.contains(lower)
                    && ActorLexicon.speechVerbs[lower] == nil && !lower.hasSuffix("ing") && !lower.hasSuffix("ed")
                    && ((cursor + 1)..<min(cursor + 3, tokens.count)).first(where: { ActorLexicon.roleHeads.contains(tokens[$0].lowercased) })
                        .map { head in ((cursor + 1)..<head).allSatisfy { tokens[$0].kind == .word && !tokens[$0].isCapitalized
                            && !ActorLexicon.functionWords.contains(tokens[$0].lowercased) } } == true
                if modifiesHead { plainModifiers = true }
                guard ActorLexicon.roleHeads.contains(lower) || member || (ActorLexicon.roleModifiers.contains(lower) && !["of", "for"].contains(lower))
                        || (lower == "and" && lastHead != nil) || gazetteer.match(tokens, at: cursor)?.form == .demonym || modifiesHead
                else { break }
                cursor += 1
            }
            guard let head = lastHead, !ActorLexicon.honorificOnly.contains(tokens[head].lowercased) else { return nil }
            // ("… Independent Voters Network, antiwar activist Adam Kokesh": a title before the
            // next name in a list, not this one's role.)
            if plainModifiers, head + 1 < tokens.count, tokens[head + 1].isCapitalized { return nil }
            let role = surface(roleStart..<(head + 1))
            var affiliation: Int?
            if head + 2 < tokens.count, ["of", "for", "at", "with"].contains(tokens[head + 1].lowercased) {
                affiliation = tokens[head + 2].lowercased == "the" ? head + 3 : head + 2
                if let index = affiliation, index >= tokens.count { affiliation = nil }
            } else if roleStart < head, tokens[roleStart].isCapitalized || gazetteer.match(tokens, at: roleStart) != nil {
                affiliation = roleStart
            }
            return (role, affiliation ?? owner)
        }

        /// "his Russian counterpart, Sergei Shoigu": a name set off by a comma after a role.
        private func isCounterpartApposition(before start: Int) -> Bool {
            guard start >= 2, tokens[start - 1].isMark(",") else { return false }
            if ActorLexicon.roleHeads.contains(tokens[start - 2].lowercased) { return true }
            // "The mayor of New Orleans, LaToya Cantrell, said": the role's owner stands between.
            return start >= 3 && (max(1, start - 10)..<(start - 2)).contains { of in
                tokens[of].lowercased == "of" && ActorLexicon.roleHeads.contains(tokens[of - 1].lowercased) && ownerEnd(afterOf: of) == start - 1
            }
        }

        /// Where the owner named after a role's "of" ends ("of the Islamic Society", "of
        /// Adelaide's Islamic Society"): the token after its last word.
        private func ownerEnd(afterOf of: Int) -> Int? {
            var index = of + 1
            if index < tokens.count, tokens[index].lowercased == "the" { index += 1 }
            let start = index
            while index < tokens.count, tokens[index].isWord && tokens[index].isCapitalized || index > start && tokens[index].text.isPossessive
                    || index > start && ["of", "and", "for"].contains(tokens[index].lowercased) && index + 1 < tokens.count && tokens[index + 1].isCapitalized {
                index += 1
            }
            // ("of the Australian Manufacturing Workers Union (AMWU), Doug Cameron": its short name too.)
            if index > start, index + 2 < tokens.count, tokens[index].isMark("("), tokens[index + 1].isCapitalized, tokens[index + 2].isMark(")") {
                index += 3
            }
            return index > start ? index : nil
        }

        /// A name next to a reporting verb: "Lavrov told", "Block warned", "said Lavrov",
        /// "according to Ravid".
        private func isSpeaker(_ name: Range<Int>) -> Bool {
            // "Fighters in Tora Bora said", "Delegates in Bonn said": where the speakers are is not who speaks.
            if name.lowerBound > 0, Self.placePrepositions.contains(tokens[name.lowerBound - 1].lowercased) { return false }
            // ("Hospitals in Kessel and Marrow reported": the second place of a pair too.)
            if name.lowerBound > 2, tokens[name.lowerBound - 1].lowercased == "and",
               let before = (max(0, name.lowerBound - 5)..<(name.lowerBound - 1)).last(where: { !tokens[$0].isCapitalized }),
               before < name.lowerBound - 2, Self.placePrepositions.contains(tokens[before].lowercased) { return false }
            var cursor = name.upperBound
            // "Stamenković et al. found": the first author stands for the team.
            if let end = Self.etAlEnd(in: tokens, at: cursor) { cursor = end }
            var skipped = 0
            while cursor < tokens.count, skipped < 3, ActorLexicon.verbAdverbs.contains(tokens[cursor].lowercased) {
                cursor += 1
                skipped += 1
            }
            // "Hotak, of the provincial council, described": the same between commas.
            if cursor + 2 < tokens.count, tokens[cursor].isMark(","), ["of", "at", "from"].contains(tokens[cursor + 1].text),
               let comma = ((cursor + 2)..<min(tokens.count, cursor + 12)).first(where: { !tokens[$0].isWord && !tokens[$0].text.isPossessive }),
               tokens[comma].isMark(","), comma + 1 < tokens.count {
                cursor = comma + 1
            }
            // "Lund of the Harbour Workers Union said", "Sullivan from the Rural Fire Service says":
            // the organisation stands between.
            if cursor + 1 < tokens.count, ["of", "at", "from"].contains(tokens[cursor].text) {
                var after = cursor + 1
                if tokens[after].text == "the" { after += 1 }
                var end = after
                // "of the Harbour Workers Union", "of the island's power authority".
                while end < tokens.count, end < after + 8, tokens[end].isWord || tokens[end].text.isPossessive,
                      ActorLexicon.speechVerbs[tokens[end].lowercased] == nil || ActorLexicon.nounLikeVerbForms.contains(tokens[end].lowercased) { end += 1 }
                if end > after, end < tokens.count, ActorLexicon.speechVerbs[tokens[end].lowercased] != nil { cursor = end }
            }
            if cursor < tokens.count, ActorLexicon.speechVerbs[tokens[cursor].lowercased] != nil,
               !ActorLexicon.nounLikeVerbForms.contains(tokens[cursor].lowercased), !isNamingAct(at: cursor) {
                return true
            }
            let start = name.lowerBound
            if start >= 2, ["said", "says", "told", "added", "wrote", "asked", "warned"].contains(tokens[start - 1].lowercased),
               tokens[start - 2].kind == .mark {
                return true
            }
            if start >= 2, tokens[start - 1].lowercased == "to", tokens[start - 2].lowercased == "according" { return true }
            // "…,” said selection committee member Ulf Danielsson.
            var back = start - 1
            while back > 0, back >= start - 4, tokens[back].isWord, !tokens[back].isCapitalized,
                  ActorLexicon.speechVerbs[tokens[back].lowercased] == nil, !ActorLexicon.functionWords.contains(tokens[back].lowercased) { back -= 1 }
            if back < start - 1, back >= 1, ["said", "says", "told", "added", "wrote"].contains(tokens[back].lowercased),
               tokens[back - 1].kind == .mark { return true }
            return false
        }

        /// "a programme at the hall called "Learning Together"", "a boy called Tom": "called"
        /// or "named" before a name gives a name, not a statement.
        private func isNamingAct(at verb: Int) -> Bool {
            guard ["called", "named", "dubbed", "titled", "entitled"].contains(tokens[verb].lowercased) else { return false }
            var next = verb + 1
            if next < tokens.count, ["\"", "“", "'", "‘"].contains(tokens[next].text) { next += 1 }
            guard next < tokens.count, tokens[next].isCapitalized else { return false }
            // A capitalised run of up to four words, then the end of the clause: the name given.
            var end = next
            while end < tokens.count, end < next + 4, tokens[end].isCapitalized { end += 1 }
            return end == tokens.count || tokens[end].kind == .mark || tokens[end].sentence != tokens[verb].sentence
        }

        // MARK: lowercase phrases: unnamed sources, groups, roles without names, institutions

        private mutating func findLowercasePhrase(endingAt head: Int) {
            let lower = tokens[head].lowercased
            // (Troops, soldiers and forces that act are a group of their country's: see `findGroup`.)
            if ActorLexicon.anonymousHeads.contains(lower) || isOccupationPlural(head) && speechVerbFollows(head + 1)
                || Self.actingGroups.contains(lower) && !ActorLexicon.groupNouns.contains(lower) && actsAsGroup(head: head, from: head),
               findAnonymous(head: head) { return }
            if ActorLexicon.groupNouns.contains(lower), findGroup(head: head) { return }
            if ActorLexicon.officeHeads.contains(lower), findDescription(head: head) { return }
            if ActorLexicon.institutionNouns.contains(lower) { findInstitution(head: head) }
        }

        /// Unnamed people whose work is to act, and who are actors where they do: not those things
        /// happen to ("residents ran into the street", "students met at the hall").
        static let actingGroups: Set<String> = [
            "police", "officers", "firefighters", "rescuers", "paramedics", "medics", "doctors", "nurses", "troops", "soldiers",
            "guards", "officials", "authorities", "investigators", "prosecutors", "detectives", "lawyers", "attorneys", "judges",
            "workers", "staff", "unions", "protesters", "protestors", "demonstrators", "activists", "campaigners", "scientists",
            "researchers", "engineers", "inspectors", "regulators", "lawmakers", "legislators", "negotiators", "diplomats",
            "ministers", "leaders", "selectors", "organisers", "organizers", "volunteers", "crews", "executives", "analysts",
        ]

        /// Whether the token at `auxiliary` is one of `auxiliaries` and a verb in "-ing" follows it
        /// ("are investigating"; not "are being", a passive).
        private func isProgressive(at auxiliary: Int, auxiliaries: Set<String>) -> Bool {
            guard auxiliary + 1 < tokens.count, auxiliaries.contains(tokens[auxiliary].lowercased) else { return false }
            let next = tokens[auxiliary + 1].lowercased
            return next.hasSuffix("ing") && next != "being"
        }

        /// "Police have opened a case", "Firefighters dispatched 30 engines", "Workers at the plant
        /// downed tools": people of `actingGroups` who open a clause and do its verb act, as a
        /// group nobody names. ("the report blamed police failures" is no subject.)
        private func actsAsGroup(head: Int, from start: Int) -> Bool {
            let lower = tokens[head].lowercased
            guard Self.actingGroups.contains(lower),
                  !tokens[head].isCapitalized || tokens[head].startsSentence || start < head else { return false }
            let opensClause = start == 0 || tokens[start].startsSentence || tokens[start - 1].kind == .mark && !tokens[start - 1].isQuoteMark
                || ["and", "but", "while", "when", "as", "after", "before", "because", "where", "although", "though", "until"].contains(tokens[start - 1].lowercased)
                || start - 1 > 0 && tokens[start - 1].lowercased == "the" && (tokens[start - 1].startsSentence || tokens[start - 2].kind == .mark)
            guard opensClause else { return false }
            let verb = postModifierEnd(after: head)
            guard verb < tokens.count, tokens[verb].isWord, !tokens[verb].isCapitalized else { return false }
            let next = tokens[verb].lowercased
            // ("Police are investigating": the progressive; "were called to the scene": a passive.)
            if ["are", "were"].contains(next) { return isProgressive(at: verb, auxiliaries: ["are", "were"]) }
            if ActorLexicon.irregularPastForms.contains(next) { return true }
            return acts(after: verb) && !(verb + 1 < tokens.count && ["been", "be", "being"].contains(tokens[verb + 1].lowercased))
                && !(next.hasSuffix("ed") && verb + 1 < tokens.count && tokens[verb + 1].lowercased == "by")
        }

        /// "engineers", "climatologists", "technicians": a plural of a word for what people do,
        /// which speaks for unnamed people when a reporting verb follows ("engineers say").
        private func isOccupationPlural(_ index: Int) -> Bool {
            let word = tokens[index].lowercased
            guard word.count > 5, word.allSatisfy(\.isLetter), !tokens[index].isCapitalized || tokens[index].startsSentence && !NameLists.isGivenName(tokens[index].text),
                  word.hasSuffix("s") else { return false }
            return word.hasSuffix("ics") || Self.occupationEndings.contains { word.dropLast().hasSuffix($0) }
        }

        /// Modifiers before a noun: words from `allowed`, demonyms and country names, and
        /// hyphenated adjectives ("Syria-based", "Iranian-backed").
        private func modifiers(before head: Int, allowed: Set<String>, names: Bool = false) -> Range<Int> {
            var start = head
            while start > 0, tokens[start - 1].kind == .word, tokens[start - 1].paragraph == tokens[head].paragraph {
                let token = tokens[start - 1]
                let lower = token.lowercased
                let isCountry = gazetteer.match(tokens, at: start - 1).map { $0.length == 1 } ?? false
                let isName = names && token.isCapitalized && !isFunctionWord(start - 1)
                // ("New South Wales health authorities": a place of several words, whole.)
                // ("the United States and senior officials": never across a conjunction.)
                if !["and", "or"].contains(tokens[start].lowercased), let length = (2...4).first(where: { length in
                    guard start - length >= 0, let place = gazetteer.match(tokens, at: start - length), place.length == length else { return false }
                    return [.country, .place].contains(gazetteer.dictionary.entries[place.entry].type)
                        && tokens[(start - length)..<start].allSatisfy { $0.paragraph == tokens[head].paragraph }
                }) {
                    start -= length
                } else if allowed.contains(lower) || isCountry || isName || (lower.utf8.contains(UInt8(ascii: "-")) && (lower.hasSuffix("-based") || lower.hasSuffix("-backed") || lower.hasSuffix("-led") || lower.hasPrefix("pro-"))) {
                    start -= 1
                } else {
                    break
                }
            }
            // ("witnesses and police said": a conjunction joins the phrase to another, not two modifiers.)
            while start < head, ["and", "or"].contains(tokens[start].lowercased) { start += 1 }
            return start..<head
        }

        /// Words before an unnamed source's noun: the lists of sources' and of roles' words
        /// ("the prime minister", "a senior finance official"), but not the role's links ("of", "for").
        static let sourceModifiers = ActorLexicon.anonymousModifiers.union(ActorLexicon.roleModifiers.subtracting(["of", "for", "then"]))

        private mutating func findAnonymous(head: Int) -> Bool {
            let lower = tokens[head].lowercased
            // "the source of the spill": where something comes from, not who told.
            if ["source", "sources"].contains(lower), head + 1 < tokens.count, tokens[head + 1].lowercased == "of" { return false }
            // "official Ali Smith": the noun is a role before a name.
            if head + 1 < tokens.count, covered[head + 1] || tokens[head + 1].isCapitalized && !tokens[head + 1].startsSentence { return false }
            // "official documents", "official figures": an adjective before a document, nobody's title.
            if lower == "official", head + 1 < tokens.count,
               ActorLexicon.documentNouns.contains(tokens[head + 1].lowercased) || ["documents", "figures", "records", "estimates", "statistics"].contains(tokens[head + 1].lowercased) {
                return false
            }
            // "the official residence", "the official name": before a noun, "official" is an adjective.
            if lower == "official", nounFollows(head), case let next = tokens[head + 1].lowercased, !next.hasSuffix("ing"),
               // ("an official privy to the meeting", "officials familiar with the talks": who, not which.)
               !ActorLexicon.sourcePostModifiers.contains(next), !["responsible", "present", "directly", "there"].contains(next) {
                return false
            }
            // "said Minister of Foreign Affairs Ana Ruiz": a capitalised title with its portfolio.
            if tokens[head].isCapitalized, head + 2 < tokens.count, ["of", "for"].contains(tokens[head + 1].text), tokens[head + 2].isCapitalized {
                return false
            }
            var span = modifiers(before: head, allowed: Self.sourceModifiers)
            if let compound = nounCompoundStart(before: span.lowerBound, head: head) { span = compound..<head }
            // "Elaph sources": an outlet's or organisation's name before "sources".
            if span.isEmpty || span.lowerBound == head, head > 0, ["sources", "source"].contains(lower),
               tokens[head - 1].isCapitalized, !tokens[head - 1].startsSentence || !finder.vocabulary.contains(tokens[head - 1].lowercased) {
                span = (head - 1)..<head
            }
            if span.lowerBound > 0, ["his", "her", "their", "its", "our", "my", "your"].contains(tokens[span.lowerBound - 1].lowercased) { return false }
            // ("What these statistics show is …": the object of a clause, not who speaks.)
            if let what = (max(0, (span.isEmpty ? head : span.lowerBound) - 2)..<head).last(where: { tokens[$0].lowercased == "what" }),
               tokens[what].startsSentence { return false }
            // "Ravid's source": the source of someone named.
            var owner: Int?
            if span.isEmpty, head >= 2, tokens[head - 1].text.isPossessive, tokens[head - 2].isCapitalized {
                owner = head - 2
                span = (head - 2)..<head
            }
            let words = span.map { tokens[$0] }
            // "the two officials" points back to people already named.
            if words.count >= 2, words[0].lowercased == "the", tokens[span.lowerBound + 1].kind == .number
                || ["two", "three", "four", "both"].contains(words[1].lowercased) { return false }
            let determiners: Set<String> = ["a", "an", "the", "one", "two", "three", "four", "several", "some", "many", "other", "another", "same"]
            let descriptive = words.filter { !determiners.contains($0.lowercased) && !["unnamed", "anonymous"].contains($0.lowercased) }
            let isSourceNoun = ActorLexicon.speakerNounsAlone.contains(lower)
            let hasPostModifier = postModifierEnd(after: head) != head + 1
            // "Residents told reporters", "the researchers said": who speaks is a source.
            // "…, say scientists at the university": the verb inverted before them.
            let first = span.isEmpty ? head : span.lowerBound
            let invertedCue = first >= 2 && ActorLexicon.speechVerbs[tokens[first - 1].lowercased] != nil
                && (tokens[first - 2].isMark(",") || ["”", "\""].contains(tokens[first - 2].text))
            // "Media reports say …": the reports are the outlets nobody names.
            let reportsAfter = ["media", "press"].contains(lower) && head + 2 < tokens.count
                && ["reports", "report"].contains(tokens[head + 1].lowercased) && speechVerbFollows(head + 2)
            let speaks = speechVerbFollows(postModifierEnd(after: head)) || invertedCue || reportsAfter
                || actsAsGroup(head: head, from: span.isEmpty ? head : span.lowerBound)
            guard isSourceNoun || speaks || !descriptive.isEmpty && hasPostModifier || (lower.hasPrefix("spokes") && !words.isEmpty) else { return false }
            if !isSourceNoun, !speaks, descriptive.isEmpty { return false }
            let end = reportsAfter ? head + 2 : postModifierEnd(after: head)
            var nameWords = descriptive.map(\.text) + [tokens[head].text] + (reportsAfter ? [tokens[head + 1].text] : [])
            if end > head + 1, head + 2 < end { nameWords += tokens[(head + 1)..<end].map(\.text) }
            if owner != nil { nameWords = [surface(span.lowerBound..<(head + 1))] }
            // "a Kessler spokeswoman": the organisation just named before the noun is whose.
            if owner == nil, descriptive.isEmpty, head > 0, covered[head - 1], tokens[head - 1].isCapitalized,
               sightings.last.map({ $0.tokens.upperBound == head }) ?? false {
                owner = head - 1
                nameWords = [tokens[head - 1].text, tokens[head].text]
            }
            var name = nameWords.joined(separator: " ")
            // A source named at the start of a sentence is still "sources", not "Sources".
            if let first = nameWords.first, first == tokens[span.isEmpty ? head : span.lowerBound].text,
               tokens[span.isEmpty ? head : span.lowerBound].startsSentence, gazetteer.match(tokens, at: span.isEmpty ? head : span.lowerBound) == nil {
                name = name.prefix(1).lowercased() + name.dropFirst()
            }
            let start = span.lowerBound
            let isDefinite = words.first.map { ["the", "same"].contains($0.lowercased) } ?? false
            var key = Scan.key(name)
            let coreKey = Scan.key((descriptive.map(\.text) + [tokens[head].text]).joined(separator: " "))
            if isDefinite, let earlier = latestAnonymous(matching: coreKey, head: lower) { key = earlier }
            var sighting = Sighting(tokens: start..<end, inTitle: inTitle, referent: .anonymous(key: key, article: article.id),
                                    surface: surface(start..<end), displayName: name)
            if let owner {
                sighting.affiliationToken = owner
            } else if let country = span.first(where: { gazetteer.match(tokens, at: $0)?.length == 1 }) {
                sighting.affiliationToken = country
                _ = dictionaryMatch(at: country)
            } else if let organization = span.first(where: { tokens[$0].isCapitalized }) {
                sighting.affiliationToken = organization
            }
            record(sighting)
            return true
        }

        /// "Computer virus experts have warned", "A fire service spokesperson says": lowercase nouns
        /// no list holds, between a determiner (or the sentence's start) and the words before a
        /// source's noun, say which source it is. The start of the phrase, or nil.
        private func nounCompoundStart(before start: Int, head: Int) -> Int? {
            // ("open source", "the main source": a source of code or of a river, not of news; "the way people …".)
            guard !["source", "sources", "people", "person"].contains(tokens[head].lowercased) else { return nil }
            var cursor = start
            while cursor > 0, cursor > start - 3, tokens[cursor - 1].isWord, tokens[cursor - 1].paragraph == tokens[head].paragraph,
                  !tokens[cursor - 1].isCapitalized || tokens[cursor - 1].startsSentence, !isFunctionWord(cursor - 1) {
                let lower = tokens[cursor - 1].lowercased
                // ("Crowds met officials": a verb in the past ends the compound as "-ed" does.)
                guard lower.allSatisfy({ $0.isLetter || $0 == "-" }), !Self.compoundStoppers.contains(lower),
                      ActorLexicon.speechVerbs[lower] == nil, !lower.hasSuffix("ed"), !lower.hasSuffix("ing"), !lower.hasSuffix("ly"),
                      !ActorLexicon.irregularPastForms.contains(lower),
                      gazetteer.match(tokens, at: cursor - 1) == nil else { break }
                cursor -= 1
                if tokens[cursor].startsSentence { break }
            }
            guard cursor < start else { return nil }
            if tokens[cursor].startsSentence { return cursor }
            // ("Over the weekend officials said": a determiner after a preposition opens another phrase.)
            guard cursor > 0, ["a", "an", "the"].contains(tokens[cursor - 1].lowercased),
                  cursor < 2 || tokens[cursor - 2].kind == .mark || !ActorLexicon.functionWords.contains(tokens[cursor - 2].lowercased)
            else { return nil }
            return cursor - 1
        }

        /// Whether `lower` is the plural of a word the article or a dictionary writes in lowercase:
        /// "villagers", "parts", "thousands".
        private func isPluralOfOrdinaryNoun(_ lower: String) -> Bool {
            ActorLexicon.singular(lower) != lower && finder.vocabulary.contains(ActorLexicon.singular(lower))
        }

        /// Whether a lowercase word that reads as a noun follows `index` ("the official residence",
        /// "American radio host"): no verb of speech, adverb, function word, auxiliary or "-ed" form.
        private func nounFollows(_ index: Int) -> Bool {
            guard index + 1 < tokens.count, tokens[index + 1].isWord, !tokens[index + 1].isCapitalized else { return false }
            let next = tokens[index + 1].lowercased
            return ActorLexicon.speechVerbs[next] == nil && !ActorLexicon.verbAdverbs.contains(next) && !ActorLexicon.functionWords.contains(next)
                && !ClaimFinder.Unit.finiteAuxiliaries.contains(next) && !next.hasSuffix("ed")
        }

        /// Words that say which or how many, not whose: "for the first time scientists found".
        static let compoundStoppers: Set<String> = ClaimFinder.Unit.timeWords.union([
            "first", "second", "third", "last", "next", "time", "times", "few", "more", "most", "such", "same", "only", "other",
            "many", "some", "all", "both", "several", "day", "days", "meanwhile", "earlier", "later", "now", "also", "but", "and",
        ])

        /// Whether a reporting verb stands at `index`, after at most a few adverbs.
        private func speechVerbFollows(_ index: Int) -> Bool {
            var cursor = index
            // ("Tribal leaders now believe …", "Residents are calling …": when, and the progressive.)
            while cursor < tokens.count, cursor < index + 3,
                  ActorLexicon.verbAdverbs.contains(tokens[cursor].lowercased) || ["now", "still"].contains(tokens[cursor].lowercased)
                    || ["are", "were"].contains(tokens[cursor].lowercased) && cursor + 1 < tokens.count && tokens[cursor + 1].lowercased.hasSuffix("ing") { cursor += 1 }
            guard cursor < tokens.count, tokens[cursor].isWord else { return false }
            let lower = tokens[cursor].lowercased
            // Right after the noun ("analysts say", "residents claim") a form that is often a
            // noun elsewhere ("a say") is the verb.
            // ("Residents are calling on …": the progressive; "were called to the area" is a passive.)
            let progressive = cursor > index && ["are", "is", "were", "was"].contains(tokens[cursor - 1].lowercased)
            // ("Factors cited for the drop", "officials praised by …": a participle after its noun.)
            if lower.hasSuffix("ed"), cursor + 1 < tokens.count,
               tokens[cursor + 1].lowercased == "by" || lower == "cited" && tokens[cursor + 1].lowercased == "for" { return false }
            return ActorLexicon.speechVerbs[lower] != nil && (cursor == index || !ActorLexicon.nounLikeVerbForms.contains(lower))
                && (!lower.hasSuffix("ing") || progressive)
        }

        /// "in Jerusalem", "familiar with the talks", "briefed on the trip", "privy to the meeting".
        private func postModifierEnd(after head: Int) -> Int {
            var cursor = head + 1
            guard cursor < tokens.count else { return cursor }
            let lower = tokens[cursor].lowercased
            // ("officials in Kabul"; not "in July", a time.)
            if lower == "in", cursor + 1 < tokens.count, tokens[cursor + 1].isCapitalized,
               !ActorLexicon.calendarWords.contains(tokens[cursor + 1].lowercased) {
                cursor += 2
                while cursor < tokens.count, tokens[cursor].isCapitalized { cursor += 1 }
                return cursor
            }
            // ("Scientists from the University of Leeds and UC Davis say", "experts at Harvard": where they
            // are from, a name of up to eight words.)
            if ["from", "at"].contains(lower), tokens[head].lowercased.hasSuffix("s") || tokens[head].lowercased.hasSuffix("men"),
               case let first = cursor + 1 < tokens.count && tokens[cursor + 1].lowercased == "the" ? cursor + 2 : cursor + 1,
               first < tokens.count, tokens[first].isCapitalized, !ActorLexicon.calendarWords.contains(tokens[first].lowercased) {
                var end = first + 1
                // ("from the University of Leeds and the Natural History Museum": "and the" too.)
                while end < tokens.count, end < first + 8, tokens[end].isCapitalized
                        || ["of", "and", "for", "the"].contains(tokens[end].text) && end + 1 < tokens.count && tokens[end + 1].isCapitalized
                        || tokens[end].text == "and" && end + 2 < tokens.count && tokens[end + 1].text == "the" && tokens[end + 2].isCapitalized { end += 1 }
                return end
            }
            if ActorLexicon.sourcePostModifiers.contains(lower) {
                // Only up to the next comma or verb: the span stays short.
                cursor += 1
                var taken = 0
                while cursor < tokens.count, taken < 4, tokens[cursor].kind == .word, ActorLexicon.speechVerbs[tokens[cursor].lowercased] == nil {
                    cursor += 1
                    taken += 1
                }
                return taken > 0 && taken < 4 ? cursor : head + 1
            }
            return cursor
        }

        /// The key of the latest unnamed source in this article that a definite reference
        /// ("the official", "the Israeli official") can point back to.
        private func latestAnonymous(matching key: String, head: String) -> String? {
            let wanted = Set(key.split(separator: " "))
            for sighting in sightings.reversed() {
                guard case .anonymous(let earlier, _) = sighting.referent else { continue }
                let words = Set(earlier.split(separator: " "))
                if earlier.hasSuffix(head) || earlier.split(separator: " ").contains(Substring(head)), wanted.isSubset(of: words) {
                    return earlier
                }
            }
            return nil
        }

        private mutating func findGroup(head: Int) -> Bool {
            let allowed: Set<String> = ["allied", "armed", "local", "foreign", "shiite", "sunni", "islamist", "opposition", "rebel", "pro-government",
                                        "anti-government", "the", "government", "security", "coalition"]
            let span = modifiers(before: head, allowed: allowed, names: true)
            // ("The rebels", "Security forces" opening a sentence: no name in them.)
            let capitals = span.filter { tokens[$0].isCapitalized && gazetteer.match(tokens, at: $0) == nil
                && !(tokens[$0].startsSentence && (allowed.contains(tokens[$0].lowercased) || isOrdinaryWord($0))) }
            // "Hezbollah fighters": fighters of a known group are that group.
            // ("Syrian rebels", "Afghan forces": a people's are a group of their own, of that country.)
            let country = span.first { index in
                gazetteer.match(tokens, at: index).map { $0.length == 1 && $0.form != .capital && gazetteer.dictionary.entries[$0.entry].type == .country } ?? false
            }
            if head > 0, covered[head - 1], country != head - 1 { return false }
            // "claiming them to be mercenaries", "were seen as rebels": what somebody is called is no actor.
            if span.lowerBound > 0, ActorLexicon.copulas.contains(tokens[span.lowerBound - 1].lowercased) { return false }
            // "expressed opposition to", "an opposition candidate": the word for a stance or a modifier.
            if tokens[head].lowercased == "opposition", head + 1 < tokens.count, tokens[head + 1].isWord,
               !tokens[head + 1].isCapitalized, !acts(after: head + 1) { return false }
            var words = capitals.map { tokens[$0].text }
            if let country, !tokens[country].text.utf8.contains(UInt8(ascii: "-")), words.isEmpty {
                words.append(tokens[country].text)
            }
            if tokens[head].lowercased == "rebel" {
                guard head + 1 < tokens.count, ["groups", "group", "forces", "fighters"].contains(tokens[head + 1].lowercased) else { return false }
            }
            // "massing troops", "keep Iranian forces away": armed men are actors where they act; where
            // they are moved, their country's or nobody's.
            // ("Iranian troops will be pulled back": moved, in the passive.)
            // ("Israeli forces were attempting to …": the progressive acts.)
            let progressive = isProgressive(at: head + 1, auxiliaries: ["are", "were", "is", "was"])
            if ["troops", "soldiers", "forces"].contains(tokens[head].lowercased), !progressive,
               !acts(after: head + 1) || (head + 2..<max(head + 2, min(tokens.count, head + 4))).contains(where: { ["be", "been", "being"].contains(tokens[$0].lowercased) }),
               !(span.lowerBound > 0 && tokens[span.lowerBound - 1].lowercased == "by") { return false }
            // "market forces", "joined forces", "forces him to": a people's or a side's forces only.
            if tokens[head].lowercased == "forces" {
                guard head > 0, gazetteer.match(tokens, at: head - 1) != nil || tokens[head - 1].isCapitalized && !tokens[head - 1].startsSentence
                        || ["government", "security", "coalition", "allied", "armed", "rebel", "opposition", "pro-government"].contains(tokens[head - 1].lowercased)
                else { return false }
            }
            // ("security forces", "local militias": with no name, the words that say which.)
            let which = words.isEmpty ? span.filter { allowed.contains(tokens[$0].lowercased) && tokens[$0].lowercased != "the" } : []
            let headWords = tokens[head].lowercased == "rebel" && head + 1 < tokens.count ? [tokens[head].text, tokens[head + 1].text] : [tokens[head].text]
            let name = (words + which.map { tokens[$0].lowercased } + headWords.map { words.isEmpty ? $0.lowercased() : $0 }).joined(separator: " ")
            // ("Iranian troops", "Iranian soldiers" and "Iranian forces" are one group.)
            let keyName = ["troops", "soldiers"].contains(tokens[head].lowercased) ? (words + which.map { tokens[$0].lowercased } + ["forces"]).joined(separator: " ") : name
            let start = capitals.first ?? country ?? which.first ?? head
            var end = head + 1
            if tokens[head].lowercased == "rebel" { end += 1 }
            // ("protesters", "militants", "fighters" with no name or people before them: different
            // people in every story, an unnamed source of this article as "residents" is, not one
            // group the whole corpus shares.)
            let referent: Referent = words.isEmpty && (!tokens[head].isCapitalized || tokens[head].startsSentence)
                ? .anonymous(key: Scan.key(keyName), article: article.id) : .named(.group, key: Scan.key(keyName))
            // ("Protesters blocked the road": a group opening a sentence is still "protesters".)
            let text = surface(start..<end)
            let display = words.isEmpty ? name : nil
            var sighting = Sighting(tokens: start..<end, inTitle: inTitle, referent: referent, surface: text, displayName: display)
            if let backer = span.first(where: { tokens[$0].lowercased.hasSuffix("-backed") || tokens[$0].lowercased.hasPrefix("pro-") }) {
                sighting.affiliationToken = backer
            } else if let country {
                sighting.affiliationToken = country
            }
            for index in span where gazetteer.match(tokens, at: index)?.length == 1 { _ = dictionaryMatch(at: index) }
            record(sighting)
            return true
        }

        /// "the Israeli PM", "the Russian foreign minister", "the chancellor": a role standing
        /// for a person named elsewhere.
        private mutating func findDescription(head: Int) -> Bool {
            if head + 1 < tokens.count, tokens[head + 1].isCapitalized || tokens[head + 1].isMark(",") { return false }
            if namesHolderInApposition(afterRole: head) { return false }
            // "Secretary of State": a capitalised title followed by "of" is part of a name or role.
            if head + 1 < tokens.count, tokens[head].isCapitalized, tokens[head + 1].lowercased == "of" { return false }
            var start = head
            var affiliation: Int?
            while start > 0 {
                let previous = tokens[start - 1]
                let lower = previous.lowercased
                if ActorLexicon.roleModifiers.contains(lower), lower != "the", lower != "of", lower != "and" {
                    start -= 1
                } else if let match = gazetteer.match(tokens, at: start - 1), match.length == 1, match.form != .capital {
                    affiliation = start - 1
                    start -= 1
                } else if previous.text.isPossessive, start >= 2, gazetteer.match(tokens, at: start - 2) != nil {
                    affiliation = start - 2
                    start -= 2
                    break
                } else {
                    break
                }
            }
            let hasDeterminer = start > 0 && tokens[start - 1].lowercased == "the"
            guard hasDeterminer || (affiliation != nil && affiliation == start && !tokens[head].isCapitalized) else { return false }
            // ("No U.S. president has visited", "every Russian leader", "past U.S. presidents", "a former
            // minister": a role with a quantifier or out of office is nobody in particular.)
            if !hasDeterminer, start > 0, ["no", "every", "any", "each", "a", "an", "another", "former", "future", "past"].contains(tokens[start - 1].lowercased) {
                if let affiliation { _ = dictionaryMatch(at: affiliation) }
                return true
            }
            let role = (start..<(head + 1)).filter { $0 != affiliation && !tokens[$0].text.isPossessive }.map { tokens[$0].lowercased }
            let from = hasDeterminer ? start - 1 : start
            if let affiliation { _ = dictionaryMatch(at: affiliation) }
            record(Sighting(tokens: from..<(head + 1), inTitle: inTitle, referent: .description(role: role, affiliationToken: affiliation),
                            surface: surface(from..<(head + 1)), role: nil, affiliationToken: affiliation))
            return true
        }

        /// "The president of the Islamic Society, Walli Hanifi, says": the role and its owner are
        /// followed by the name of who holds it, so the role is that person, not another one.
        private func namesHolderInApposition(afterRole head: Int) -> Bool {
            guard head + 1 < tokens.count, tokens[head + 1].lowercased == "of", let index = ownerEnd(afterOf: head + 1),
                  index + 2 < tokens.count, tokens[index].isMark(","), tokens[index + 1].isCapitalized, tokens[index + 2].isCapitalized,
                  !ActorLexicon.isRoleWord(tokens[index + 1].lowercased),
                  // ("the mayor of Seoul, South Korea,": the owner's country, not a holder.)
                  gazetteer.match(tokens, at: index + 1) == nil else { return false }
            return true
        }

        /// "the intelligence ministry", "the ministry of defense", "the Syrian army", and
        /// "the Syrian government", which stands for the country itself.
        private mutating func findInstitution(head: Int) {
            // "the Bush administration", "the Morrison government": a leader's name for the
            // government they lead, an organisation, not the leader.
            if ["administration", "government"].contains(tokens[head].lowercased), head >= 2, tokens[head - 2].lowercased == "the",
               tokens[head - 1].isWord, tokens[head - 1].isCapitalized, !tokens[head - 1].isAcronym, gazetteer.match(tokens, at: head - 1) == nil,
               !ActorLexicon.isGovernmentQualifier(tokens[head - 1].lowercased) {
                sightings.removeAll { $0.tokens == (head - 1)..<head }
                let name = surface((head - 1)..<(head + 1))
                covered[head - 1] = false
                record(Sighting(tokens: (head - 1)..<(head + 1), inTitle: inTitle, referent: .named(.organization, key: Scan.key(name)),
                                surface: name, affiliationToken: nil))
                return
            }
            let span = modifiers(before: head, allowed: ["intelligence", "defense", "defence", "foreign", "interior", "finance", "health", "justice", "security", "national", "state", "federal", "central", "military", "the"])
            guard let first = span.first, tokens[first].lowercased == "the" || gazetteer.match(tokens, at: first) != nil else { return }
            // "Iranian military presence": an adjective, not the institution.
            if ["military", "army", "navy", "police", "government", "regime"].contains(tokens[head].lowercased), head + 1 < tokens.count,
               tokens[head + 1].isWord, !tokens[head + 1].isCapitalized,
               ActorLexicon.speechVerbs[tokens[head + 1].lowercased] == nil, !ActorLexicon.verbAdverbs.contains(tokens[head + 1].lowercased),
               tokens[head + 1].lowercased != "of" {
                return
            }
            let country = span.first { gazetteer.match(tokens, at: $0)?.length == 1 }
            let lower = tokens[head].lowercased
            if ["government", "regime", "administration", "authorities", "leadership"].contains(lower) {
                if let country {
                    _ = dictionaryMatch(at: country)
                    // The government is the country acting: "Syrian government" → Syria. (The
                    // country's sighting may have been made before, by an earlier pass.)
                    if let found = sightings.lastIndex(where: { $0.tokens.lowerBound == country }),
                       case .entry(let entry) = sightings[found].referent, sightings[found].tokens.upperBound <= head {
                        sightings[found].tokens = country..<(head + 1)
                        sightings[found].surface = surface(country..<(head + 1))
                        sightings[found].referent = .entry(entry)
                        for index in country...head { covered[index] = true }
                    }
                }
                return
            }
            var end = head + 1
            if end + 1 < tokens.count, tokens[end].lowercased == "of", tokens[end + 1].kind == .word,
               ActorLexicon.roleModifiers.contains(tokens[end + 1].lowercased) || tokens[end + 1].isCapitalized {
                end += 2
            }
            let start = tokens[first].lowercased == "the" ? first + 1 : first
            guard end - start >= 2 else { return }
            // ("the service", "the national service": a service is a body only as a country's intelligence or security service.)
            if lower == "service", !(start..<head).contains(where: { ["intelligence", "security"].contains(tokens[$0].lowercased) }) { return }
            // ("Palestinian television", "Syrian state radio": a country's broadcaster is an outlet; only with its country.)
            let isBroadcaster = ["television", "radio"].contains(lower)
            if isBroadcaster, country.flatMap({ gazetteer.match(tokens, at: $0) }).map({ gazetteer.dictionary.entries[$0.entry].type != .country }) ?? true {
                return
            }
            // ("American radio host …", "Iranian television footage": a modifier of the noun after it;
            // "the Pakistani intelligence service", "US intelligence agencies": the noun after names the body.)
            if isBroadcaster || lower == "intelligence", nounFollows(head) {
                return
            }
            let name = surface(start..<end)
            if let country { _ = dictionaryMatch(at: country) }
            record(Sighting(tokens: start..<end, inTitle: inTitle, referent: .named(isBroadcaster ? .media : .organization, key: Scan.key(name)),
                            surface: name, affiliationToken: country))
        }

        // MARK: acronyms

        /// "Israeli Defense Forces (IDF)": the acronym in brackets names what stands before it.
        private mutating func findAcronymDefinitions() {
            for sighting in sightings {
                let after = sighting.tokens.upperBound
                guard after + 2 < tokens.count, tokens[after].isMark("("), tokens[after + 2].isMark(")"), sighting.tokens.count >= 2,
                      tokens[after + 1].isAcronym && initialsMatch(tokens[after + 1].text, sighting.tokens)
                        || isShortName(after + 1, of: sighting)
                else { continue }
                acronyms.append((tokens[after + 1].text, sighting.referent))
                var acronym = sighting
                acronym.tokens = (after + 1)..<(after + 2)
                acronym.surface = tokens[after + 1].text
                if !covered[after + 1] {
                    covered[after + 1] = true
                    sightings.append(acronym)
                }
            }
        }

        /// "Philippine Institute of Volcanology and Seismology (Phivolcs)", "Nato", "Unicef": a
        /// body's short name written as a word, its letters taken in order from the name's.
        private func isShortName(_ index: Int, of sighting: Sighting) -> Bool {
            switch sighting.referent {
            case .named(.organization, _), .named(.media, _), .named(.group, _), .entry: break
            default: return false
            }
            let word = tokens[index]
            guard word.isWord, word.isCapitalized, word.text.unicodeScalars.count >= 3, !finder.vocabulary.contains(word.lowercased),
                  !OrdinaryWords.common.contains(word.lowercased), gazetteer.match(tokens, at: index) == nil else { return false }
            let name = sighting.tokens.map { tokens[$0].lowercased }.joined()
            guard name.first == word.lowercased.first else { return false }
            var remaining = Substring(name)
            for letter in word.lowercased {
                guard let found = remaining.firstIndex(of: letter) else { return false }
                remaining = remaining[remaining.index(after: found)...]
            }
            return true
        }

        private func initialsMatch(_ acronym: String, _ span: Range<Int>) -> Bool {
            let initials = span.compactMap { tokens[$0].isCapitalized ? tokens[$0].text.first : nil }
            let letters = acronym.filter(\.isLetter)
            return letters.first == initials.first && letters.count <= initials.count + 1 && letters.count >= 2
        }

        // MARK: helpers

        private mutating func record(_ sighting: Sighting) {
            // "the Government", "the Cabinet": a bare institution word names a different body in every
            // country and article; as a name of its own it would merge them all corpus-wide.
            if case .named(_, let key) = sighting.referent, ActorLexicon.institutionNouns.contains(key) { return }
            for index in sighting.tokens where index < covered.count { covered[index] = true }
            sightings.append(sighting)
        }

        func surface(_ span: Range<Int>) -> String {
            guard let first = span.first, let last = span.last else { return "" }
            return (inTitle ? article.title : article.text).utf8Slice(tokens[first].range.lowerBound..<tokens[last].range.upperBound)
        }

        /// Lowercase, without a leading "the", apostrophes or punctuation: "Shi'ite
        /// militias" and "Shiite militias" share a key.
        static func key(_ name: String) -> String {
            var words = name.lowercased().split(whereSeparator: { $0 == " " || $0 == "\n" })
            if words.count > 1, words.first == "the" { words.removeFirst() }
            return words.map { word in
                String(word.unicodeScalars.filter { !["'", "’", "‘", "`", ".", ","].contains($0) }.map(Character.init))
            }.joined(separator: " ")
        }
    }
}

extension String {
    var isPossessive: Bool { self == "'s" || self == "’s" || self == "'S" || self == "’" || self == "'" }
}
