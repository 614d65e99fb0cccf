/// The English words that tell what a capitalised name is: roles and titles before a
/// name, the head nouns of organisations, outlets and places, and the nouns of groups and
/// unnamed sources. General English, not the vocabulary of any corpus. All lowercase.
enum ActorLexicon {
    /// Nouns that end a role ("Foreign Minister", "chief of staff", "spokesperson").
    static let roleHeads: Set<String> = [
        "minister", "president", "premier", "pm", "fm", "chancellor", "secretary", "adviser", "advisor",
        "spokesperson", "spokesman", "spokeswoman", "director", "director-general", "chief", "head", "leader",
        "ambassador", "envoy", "rapporteur", "senator", "sen.", "representative", "rep.", "congressman", "congresswoman",
        "lawmaker", "mp", "governor", "gov.", "mayor", "king", "queen", "prince", "princess", "emir", "sheikh",
        "sultan", "pope", "cardinal", "archbishop", "bishop", "rabbi", "imam", "ayatollah", "judge", "justice",
        "prosecutor", "attorney", "speaker", "chairman", "chairwoman", "chair", "ceo", "cfo", "coo", "founder",
        "commissioner", "commander", "general", "gen.", "admiral", "colonel", "col.", "major", "maj.",
        "lieutenant", "lt.", "captain", "capt.", "sergeant", "sgt.", "officer", "inspector", "superintendent",
        "sheriff", "correspondent", "reporter", "editor", "columnist", "analyst", "economist", "strategist",
        "professor", "prof.", "researcher", "scientist", "counterpart", "deputy", "negotiator", "mediator",
        "executive", "manager", "partner", "presenter", "anchor", "coach", "dr", "dr.", "mr", "mr.", "mrs",
        "mrs.", "ms", "ms.", "sir", "dame", "lord", "lady", "president-elect", "vice-president", "coordinator",
        "administrator", "official", "diplomat", "aide", "agent", "activist", "campaigner", "lawyer",
        "teacher", "doctor", "resident", "witness", "owner", "farmer", "student", "master", "postmaster",
        "harbourmaster", "harbormaster", "whistleblower", "headteacher", "principal", "dean", "provost", "rector", "abbot",
        "attorney-general", "governor-general", "solicitor-general", "secretary-general", "auditor-general",
        "inspector-general", "surgeon-general", "advocate-general", "vice-chancellor", "prime-minister", "whip",
        // British police ranks as the BBC abbreviates them: "Det Insp", "Ch Supt".
        "det", "det.", "insp", "insp.", "supt", "supt.", "cst", "cst.",
        // Offices written before a name in Commonwealth and US copy: "Treasurer Ana Ruiz".
        "treasurer", "magistrate", "coroner", "ombudsman", "registrar", "comptroller", "marshal", "chaplain",
    ]

    /// Words that make a place of the place name after them ("Greater Manchester", "Upper
    /// Austria", "rural Australia"), never a body named after it.
    static let placeQualifiers: Set<String> = [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "greater", "upper", "lower",
        "inner", "outer", "rural", "regional", "outback", "coastal", "mainland", "metropolitan", "new", "old", "little", "great",
        "all", "whole", "modern", "ancient", "occupied", "free", "democratic", "independent", "united",
    ]

    /// A word of a role or title: "minister", "foreign", "Mr".
    static func isRoleWord(_ lower: String) -> Bool {
        if roleHeads.contains(lower) || roleModifiers.contains(lower) || honorifics.contains(lower) { return true }
        // "Representatives Ann Lee, Adam Brown and Mary Stone": a title in the plural before a list.
        // (Only titles of office: "Masters", "Bishops", "Stewards" are surnames as often.)
        if pluralTitles.contains(lower) { return true }
        // "Lieutenant-General", "Major-General", "Vice-Admiral": ranks joined by a hyphen.
        let parts = lower.split(separator: "-")
        return parts.count == 2 && parts.allSatisfy { roleHeads.contains(String($0)) || roleModifiers.contains(String($0)) }
    }

    static let pluralTitles: Set<String> = [
        // (Team names as often: "the Ottawa Senators" stays a team, see ActorFinder.teamNamedAfterPlace.)
        "representatives", "senators", "presidents", "ministers", "governors", "advisors", "advisers", "generals", "ambassadors",
        "commissioners", "congressmen", "congresswomen", "mayors", "councillors", "councilors", "premiers", "chancellors",
        "aides", "lawmakers", "prosecutors", "judges", "justices", "delegates", "envoys",
    ]

    /// A lowercase word of six letters or more shaped like a trade: "astronomer", "coroner",
    /// "surveyor", "scientist", "historian".
    static func hasTradeEnding(_ lower: String) -> Bool {
        lower.count > 5 && lower.allSatisfy(\.isLetter) && ["er", "or", "ist", "ian"].contains { lower.hasSuffix($0) }
    }

    /// Words that may stand inside a role before its head ("National Security Adviser",
    /// "senior diplomatic correspondent", "chief of staff").
    static let roleModifiers: Set<String> = [
        "emeritus", "prime", "foreign", "defense", "defence", "interior", "finance", "economy", "economic", "trade", "health",
        "justice", "education", "energy", "transport", "environment", "agriculture", "labour", "labor",
        "intelligence", "security", "national", "home", "state", "public", "strategic", "regional", "affairs",
        "senior", "junior", "chief", "deputy", "vice", "acting", "former", "then", "interim", "assistant",
        "associate", "executive", "general", "special", "supreme", "military", "political", "diplomatic", "staff",
        "of", "for", "the", "and", "high", "lead", "top", "principal", "managing", "attorney", "police", "fire",
        "army", "navy", "air", "force", "opposition", "party", "majority", "minority", "shadow", "cabinet",
        "treasury", "defence-", "press", "communications", "white", "house", "court", "central",
        "bank", "news", "technology", "science", "investment", "market", "credit",
        "research", "policy", "legal", "media", "harbour", "harbor", "grand", "head", "foreign-affairs", "finance-", "team", "union",
    ]

    /// Titles that may precede a name without being its role when a fuller role stands
    /// before them ("chief of staff General Gadi Aizenkot").
    static let honorifics: Set<String> = [
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord", "lady", "general", "gen.",
        "admiral", "colonel", "col.", "major", "maj.", "lieutenant", "lt.", "captain", "capt.", "sergeant",
        "sgt.", "prof.", "professor", "doctor", "rabbi", "imam", "sheikh", "ayatollah", "reverend", "rev", "rev.", "pastor",
        "corporal", "cpl.", "constable", "inspector", "superintendent", "detective", "brigadier", "commander",
    ]

    /// Head words of organisation names ("Ministry of Defense", "The Israel Project").
    static let organizationHeads: Set<String> = [
        "ministry", "project", "observatory", "forces", "force", "army", "navy", "corps", "guard", "guards", "patrol",
        "council", "agency", "party", "bank", "organization", "organisation", "committee", "court", "university",
        "institute", "institution", "fund", "union", "association", "corporation", "corp", "corp.", "inc", "inc.",
        "ltd", "ltd.", "llc", "llp", "plc", "ag", "gmbh", "nv", "n.v.", "s.a.", "spa", "s.p.a.", "bv", "oyj", "group", "company", "co.", "foundation", "commission", "inquiry", "parliament", "front",
        "movement", "brigade", "brigades", "department", "office", "service", "services", "authority",
        "administration", "police", "assembly", "senate", "congress", "cabinet", "government", "center",
        "centre", "board", "bureau", "alliance", "coalition", "league", "federation", "society", "trust",
        "church", "hospital", "school", "college", "airlines", "airways", "exchange", "reserve", "industries",
        "holdings", "partners", "motors", "systems", "technologies", "laboratories", "labs", "ngo", "initiative",
        "program", "programme", "tribunal", "embassy", "consulate", "secretariat", "directorate", "command",
        "regime", "military", "junta", "mission", "caucus", "chamber", "republic", "tribe", "academy",
        "laboratory", "laboratories", "energy", "pharmaceuticals", "foods", "research", "expeditions", "survey", "international", "guild",
        "library", "museum", "conference", "diocese", "archdiocese", "synod", "archive", "archives",
    ]

    /// The words after a company's own name in its full name ("Kessler Motor Company",
    /// "Harrow Foods Inc."): what stands before them is the company's short name.
    static let companyHeads: Set<String> = [
        "company", "co", "co.", "corporation", "corp", "corp.", "inc", "inc.", "ltd", "ltd.", "llc", "plc", "ag", "gmbh", "sa", "s.a.",
        "nv", "n.v.", "group", "holdings", "motor", "motors", "airlines", "airways", "industries", "technologies", "systems",
        "pharmaceuticals", "foods", "energy", "entertainment", "studios", "software", "labs", "laboratories", "brands", "international",
    ]

    /// Head words of outlets ("Hadashot TV", "Channel 10", "The Daily Star").
    static let mediaHeads: Set<String> = [
        "news", "tv", "television", "radio", "channel", "times", "post", "journal", "herald", "tribune",
        "gazette", "telegraph", "daily", "press", "broadcasting", "broadcaster", "wire", "chronicle", "observer",
        "review", "magazine", "weekly", "express", "mirror", "standard", "insider", "monitor", "today", "media",
        "mail",
    ]

    /// Nouns that describe an outlet when they follow or precede its name ("the Kan public
    /// broadcaster", "state media outlet TASS", "the Tasnim news website").
    static let mediaDescriptors: Set<String> = [
        "broadcaster", "newspaper", "daily", "outlet", "website", "site", "agency", "channel", "network",
        "station", "tabloid", "weekly", "magazine", "paper", "tv", "radio", "television",
        "journal", "program", "programme", "show", "podcast", "blog",
    ]

    /// Words after a name that make it an outlet: "Morning Joe host", "Daily Planet columnist".
    static let mediaWordsAfterName: Set<String> = ["host", "hosts", "presenter", "anchor", "columnist", "reporter", "reporters",
                                                   "correspondent", "editor", "editorial", "interviewer", "readers", "viewers", "listeners",
                                                   // "Time magazine reported", "the Bild newspaper".
                                                   "magazine", "newspaper", "tabloid", "broadcaster"]

    /// Words before a name that make it an outlet: "published in Nature".
    static let mediaPhrasesBeforeName: [[String]] = [
        ["published", "in"], ["publishes", "in"], ["writing", "in"], ["wrote", "in"], ["appeared", "in"], ["appearing", "in"],
    ]

    /// Words before a name that make it an outlet when the name is made of English words,
    /// not a person's: "told Scientific American", "speaking to Sky Sports".
    static let addresseePhrasesBeforeName: [[String]] = [["told"], ["speaking", "to"], ["spoke", "to"], ["quoted", "by"]]

    /// Nouns that say the name next to them is a company or another organisation: "software
    /// company Red Hat", "Kessler, the retailer, said". Nouns that also describe people
    /// ("developer", "producer", "publisher") are left out.
    static let organizationDescriptors: Set<String> = [
        "company", "firm", "retailer", "carmaker", "automaker", "startup", "start-up", "manufacturer",
        "airline", "carrier", "bank", "lender", "insurer", "chain", "platform", "conglomerate", "supplier",
        "distributor", "charity", "nonprofit", "non-profit", "organisation", "organization", "provider",
        "contractor", "utility", "regulator", "party", "union", "group", "corporation", "multinational",
        "centre", "center", "pollster", "operator", "agency", "association", "institute", "foundation",
        "giant", "chipmaker", "drugmaker", "miner", "brewer", "telco", "broker",
    ]

    /// What a "maker" makes when the maker is a person ("film maker Jane Campion"); any
    /// other ("car maker Mitsubishi", "chip maker Intel") is a company.
    static let personMakerWords: Set<String> = ["film", "movie", "policy", "decision", "peace", "law", "music", "documentary", "game"]

    /// Legal forms written after a company's name, in the case they are written in.
    static let companySuffixes: Set<String> = ["plc", "Plc", "PLC", "Ltd", "Ltd.", "Inc", "Inc.", "AG", "GmbH", "NV", "N.V.", "SA", "S.A.",
                                               "SE", "SpA", "S.p.A.", "BV", "AB", "ASA", "Oyj", "LLC", "LLP", "Corp", "Corp.", "Co."]

    /// Nouns that follow a company's name and no one else's: "a Kessler spokeswoman",
    /// "Kessler shareholders".
    static let companyWordsAfterName: Set<String> = ["spokeswoman", "spokesman", "spokesperson", "shareholders", "shares",
                                                      "executives", "employees", "stock", "subsidiary", "headquarters",
                                                      "poll", "polls", "bus", "buses", "store", "stores", "flight", "flights"]

    /// Head words of places, which are not actors ("Golan Heights", "Middle East").
    static let placeHeads: Set<String> = [
        "heights", "sea", "ocean", "east", "west", "north", "south", "valley", "river", "mountains", "mountain",
        "mount", "hills", "island", "islands", "gulf", "strait", "straits", "bay", "lake", "desert", "plain",
        "plains", "square", "street", "road", "avenue", "airport", "base", "camp", "city", "county", "district",
        "region", "zone", "bridge", "province", "peninsula", "coast", "border", "crossing", "canal", "basin",
        "park", "port", "harbour", "harbor", "highway", "state", "territory", "territories", "strip", "bank",
        "hill", "village", "town", "quarter", "lane", "pole", "drive", "boulevard", "beach", "canyon", "tunnel",
        "cove", "creek", "reef", "glacier", "volcano", "forest", "woods", "trail", "market", "station",
    ]

    /// What a member of a party is called before their name ("Republican Chuck Hagel",
    /// "Tory Liam Fox"): not part of the name.
    static let partyMemberLabels: Set<String> = [
        "republican", "democrat", "tory", "labor", "labour", "liberal", "conservative", "green", "socialist", "communist",
        "nationalist", "unionist", "libertarian", "centrist", "democratic",
    ]

    /// Words before "government" or "administration" that say which kind, not whose: "the
    /// Federal government", "the interim administration" (but "the Bush administration").
    static func isGovernmentQualifier(_ word: String) -> Bool {
        word.hasSuffix("al") || governmentQualifiers.contains(word)
    }

    static let governmentQualifiers: Set<String> = [
        "city", "state", "county", "town", "interim", "transitional", "coalition", "new", "current", "previous", "former",
        "incoming", "outgoing", "caretaker", "labor", "labour", "communist", "socialist", "democratic", "republican",
        "conservative", "military", "civilian", "unity", "minority", "majority", "puppet", "rebel", "exiled",
    ]

    /// Place heads that are also common surnames: a given name and one of them is a person
    /// ("Robert Hill", "Ricki Lake"), unless the given name is itself a place ("Victoria Park").
    static let surnamePlaceHeads: Set<String> = ["hill", "park", "lane", "woods", "forest", "beach", "lake"]

    /// Titles that make the word after them a surname even when it looks like a place
    /// ("Senator Hill", "President Park"); "Dean" or "King" before "Park" may be a name.
    static let personTitles: Set<String> = [
        "senator", "president", "minister", "governor", "mayor", "premier", "chancellor", "representative", "congressman",
        "congresswoman", "commissioner", "ambassador", "judge", "justice", "secretary",
    ]

    /// Verbs and words after which a noun says what somebody is, not who acts.
    static let copulas: Set<String> = ["be", "been", "being", "is", "are", "was", "were", "as", "become", "became", "becoming"]

    /// Words that open the names of places, in English and the Romance languages whose
    /// place names news keeps untranslated: "San Juan", "Punta Ventana", "Mount Kenya".
    /// Case-sensitive: "costa" and "san" in lowercase are other words.
    static let placeOpeners: Set<String> = [
        "San", "Santa", "Santo", "São", "Sao", "Punta", "Costa", "Sierra", "Río", "Playa", "Cerro", "Isla", "Islas",
        "Lago", "Bahía", "Cabo", "Puerto", "Porto", "Ciudad", "Mount", "Lake", "Cape", "Fort", "Port", "Mont", "Monte",
    ]

    /// Head words of buildings ("Bontddu Hall", "Grenfell Tower"), which are not actors
    /// either, but are also surnames: after a given name the run is a person ("Darrell Castle").
    static let buildingHeads: Set<String> = [
        "hall", "tower", "castle", "mansion", "manor", "stadium", "arena", "cathedral", "abbey",
    ]

    /// Heads of names that are events, laws and documents, not actors.
    static let thingHeads: Set<String> = [
        "agreement", "accord", "accords", "treaty", "deal", "plan", "act", "law", "resolution", "convention",
        "protocol", "war", "operation", "summit", "conference", "forum", "games", "cup", "day", "week", "year",
        "month", "award", "prize", "report", "declaration", "charter", "doctrine", "initiative",
        "index", "festival", "election", "elections", "crisis", "revolution", "spring", "pact", "constitution",
        "amendment", "bill", "code", "directive", "regulation", "statute", "ordinance", "awards", "prizes", "olympiad",
        "championship", "championships", "tournament", "trophy", "medal", "marathon",
    ]

    /// Words that open the name of a storm, which is no one: "Typhoon Phanfone", "Hurricane Ida".
    /// (Not "storm" alone: "Storm Reid said" is a person.)
    static let stormWords: Set<String> = ["typhoon", "hurricane", "cyclone", "tropical", "superstorm"]

    /// Nouns for settled places, after which "of" names one: "the island of Rapa Nui".
    static let settlementNouns: Set<String> = ["island", "islands", "city", "town", "village", "province", "county",
                                               "district", "region", "port", "capital", "municipality"]

    /// Lowercase words for administrative areas that follow an area's name: "Helmand province".
    static let areaNouns: Set<String> = ["province", "provinces", "provincial", "district", "districts", "region", "county",
                                         "prefecture", "governorate", "municipality", "oblast", "township"]

    /// Lowercase words for landforms and areas that follow a place's name: "the Tora Bora
    /// mountains", "the Cranebrook area". (Not "camp" or "base": "the Trump camp" is his people.)
    static let landformNouns: Set<String> = ["area", "areas", "mountains", "mountain", "caves", "cave", "valley", "hills",
                                             "highlands", "lowlands", "plateau", "foothills", "gorge", "delta"]

    /// Whether a lowercase word after a name makes it an area's or a landform's ("province", "region", "mountains").
    static func isAreaWord(_ lower: String) -> Bool { areaNouns.contains(lower) || landformNouns.contains(lower) }

    /// Words of public bodies named after their country: "Public Health England", "Police Scotland".
    static let publicServiceWords: Set<String> = ["public", "health", "police", "sport", "historic", "natural", "transport",
                                                  "visit", "revenue", "border", "water", "forestry", "environment", "ambulance"]

    /// Plural nouns for armed or organised groups ("Shi'ite militias", "rebels").
    static let groupNouns: Set<String> = [
        "militia", "militias", "rebels", "rebel", "insurgents", "insurgent", "jihadists", "jihadis", "fighters",
        "militants", "separatists", "guerrillas", "guerillas", "paramilitaries", "protesters", "protestors",
        "demonstrators", "extremists", "loyalists", "settlers", "mercenaries", "opposition",
        // ("forces" only after a word that says whose: "Afghan forces", "government forces".)
        "troops", "soldiers", "forces",
    ]

    /// Words for sources that are not named ("an Israeli official", "diplomatic sources").
    static let anonymousHeads: Set<String> = [
        "official", "officials", "source", "sources", "diplomat", "diplomats", "aide", "aides", "insider",
        "insiders", "spokesperson", "spokesman", "spokeswoman", "person", "people", "resident", "residents",
        "witness", "witnesses", "analyst", "analysts", "observer", "observers", "expert", "experts",
        "officer", "officers", "minister", "ministers", "lawmaker", "lawmakers", "negotiator", "negotiators",
        "executive", "executives", "employee", "employees", "staffer", "staffers", "member", "members",
        "scientist", "scientists", "researcher", "researchers", "doctor", "doctors", "economist", "economists",
        "investigator", "investigators", "prosecutor", "prosecutors", "lawyer", "lawyers", "organizer",
        "organizers", "organiser", "organisers", "user", "users", "campaigner", "campaigners", "critic", "critics",
        "supporter", "supporters", "voter", "voters", "student", "students", "teacher", "teachers", "worker",
        "workers", "locals", "eyewitness", "eyewitnesses", "author", "authors", "activist", "activists",
        "scholar", "scholars", "historian", "historians", "seismologist", "seismologists", "physician", "physicians",
        "police", "authorities", "leaders", "mp", "mps", "senator", "senators", "citizen", "citizens",
        "associate", "associates", "ally", "allies", "adviser", "advisers", "advisor", "advisors", "confidant",
        "confidants", "commentator", "commentators", "academic", "academics", "professor", "professors",
        "engineer", "engineers", "pollster", "pollsters", "groups",
        // "local media reported", "state media said", "several outlets reported": outlets nobody names.
        "media", "outlet", "outlets", "newspapers", "broadcasters",
    ]

    /// Of `anonymousHeads`, the nouns that speak for unnamed people even with no word
    /// before them ("Officials said", "Sources told"): the others need a modifier, a
    /// phrase after them or a reporting verb right after ("Researchers found", "Residents told").
    static let speakerNounsAlone: Set<String> = ["official", "officials", "source", "sources", "diplomat", "diplomats", "insider", "insiders", "aide", "aides"]

    /// Words that may describe an unnamed source before its noun.
    static let anonymousModifiers: Set<String> = [
        "a", "an", "the", "one", "two", "three", "four", "several", "some", "many", "other", "another", "senior",
        "unnamed", "anonymous", "top", "high-ranking", "high-level", "government", "diplomatic", "security",
        "military", "intelligence", "political", "western", "european", "arab", "regional", "local", "foreign",
        "administration", "defense", "defence", "police", "official", "informed", "knowledgeable", "private",
        "independent", "former", "current", "ministry", "state", "party", "industry", "company", "us", "u.s.",
        "white", "house", "cabinet", "army", "and", "well-placed", "credible", "reliable", "same", "news", "multiple",
        "health", "medical", "hospital", "rescue", "emergency", "rights", "fire", "city", "county", "council", "prison",
        "court", "election", "airport", "port", "school", "university", "federal", "provincial", "municipal",
        // "church leaders", "an embassy official" (role words such as "union" and "staff" count too: `ActorFinder.Scan.sourceModifiers`).
        "community", "church", "business", "embassy", "campaign", "club", "tribal", "village", "religious", "student",
    ]

    /// Reporting verbs in the forms news uses, mapped to the normalised cue.
    static let speechVerbs: [String: String] = {
        var verbs: [String: String] = [:]
        let families: [(String, [String])] = [
            ("said", ["say", "says", "said", "saying"]),
            ("told", ["tell", "tells", "told", "telling"]),
            ("wrote", ["write", "writes", "wrote", "writing"]),
            ("tweeted", ["tweet", "tweets", "tweeted", "tweeting"]),
            ("reported", ["report", "reports", "reported", "reporting"]),
            ("warned", ["warn", "warns", "warned", "warning"]),
            ("stressed", ["stress", "stresses", "stressed", "stressing"]),
            ("asserted", ["assert", "asserts", "asserted", "asserting"]),
            ("insisted", ["insist", "insists", "insisted", "insisting"]),
            ("denied", ["deny", "denies", "denied", "denying"]),
            ("added", ["add", "adds", "added", "adding"]),
            ("noted", ["note", "notes", "noted", "noting"]),
            ("claimed", ["claim", "claims", "claimed", "claiming"]),
            ("announced", ["announce", "announces", "announced", "announcing"]),
            ("stated", ["state", "states", "stated", "stating"]),
            ("explained", ["explain", "explains", "explained", "explaining"]),
            ("argued", ["argue", "argues", "argued", "arguing"]),
            ("confirmed", ["confirm", "confirms", "confirmed", "confirming"]),
            ("acknowledged", ["acknowledge", "acknowledges", "acknowledged", "acknowledging"]),
            ("admitted", ["admit", "admits", "admitted", "admitting"]),
            ("declared", ["declare", "declares", "declared", "declaring"]),
            ("emphasized", ["emphasize", "emphasizes", "emphasized", "emphasizing", "emphasise", "emphasises", "emphasised"]),
            ("suggested", ["suggest", "suggests", "suggested", "suggesting"]),
            ("speculated", ["speculate", "speculates", "speculated", "speculating"]),
            ("hypothesized", ["hypothesize", "hypothesizes", "hypothesized", "hypothesise", "hypothesises", "hypothesised"]),
            ("replied", ["reply", "replies", "replied", "replying"]),
            ("countered", ["counter", "counters", "countered", "countering"]),
            ("retorted", ["retort", "retorts", "retorted"]),
            ("responded", ["respond", "responds", "responded", "responding"]),
            ("reminded", ["remind", "reminds", "reminded", "reminding"]),
            ("urged", ["urge", "urges", "urged", "urging"]),
            ("demanded", ["demand", "demands", "demanded", "demanding"]),
            ("promised", ["promise", "promises", "promised", "promising"]),
            ("vowed", ["vow", "vows", "vowed", "vowing"]),
            ("pledged", ["pledge", "pledges", "pledged"]),
            ("threatened", ["threaten", "threatens", "threatened"]),
            ("accused", ["accuse", "accuses", "accused", "accusing"]),
            ("predicted", ["predict", "predicts", "predicted"]),
            ("estimated", ["estimate", "estimates", "estimated"]),
            ("recalled", ["recall", "recalls", "recalled"]),
            ("revealed", ["reveal", "reveals", "revealed"]),
            ("disclosed", ["disclose", "discloses", "disclosed"]),
            ("indicated", ["indicate", "indicates", "indicated"]),
            ("maintained", ["maintain", "maintains", "maintained"]),
            ("contended", ["contend", "contends", "contended"]),
            ("complained", ["complain", "complains", "complained"]),
            ("conceded", ["concede", "concedes", "conceded"]),
            ("cautioned", ["caution", "cautions", "cautioned"]),
            ("remarked", ["remark", "remarks", "remarked", "remarking"]),
            ("commented", ["comment", "comments", "commented"]),
            ("answered", ["answer", "answers", "answered"]),
            ("asked", ["ask", "asks", "asked", "asking"]),
            ("attributed", ["attribute", "attributes", "attributed", "attributing", "ascribe", "ascribes", "ascribed"]),
            ("quoted", ["quote", "quotes", "quoted"]),
            ("cited", ["cite", "cites", "cited"]),
            ("believed", ["believe", "believes", "believed"]),
            ("thanked", ["thank", "thanks", "thanked"]),
            ("summarized", ["summarize", "summarizes", "summarized", "summarise", "summarises", "summarised"]),
            ("paraphrased", ["paraphrase", "paraphrases", "paraphrased"]),
            ("assured", ["assure", "assures", "assured"]),
            // Hopes, fears and advice report a view only before a clause (see ClaimFinder.cue).
            ("hoped", ["hope", "hopes", "hoped"]),
            ("feared", ["fear", "fears", "feared"]),
            ("recommended", ["recommend", "recommends", "recommended"]),
            ("agreed", ["agree", "agrees", "agreed"]),
            ("clarified", ["clarify", "clarifies", "clarified", "clarifying"]),
            ("concluded", ["conclude", "concludes", "concluded"]),
            // A court's or an inquiry's finding; only the past form, and only before "that" (see ClaimFinder.cue).
            ("ruled", ["ruled"]),
            ("determined", ["determined"]),
            ("alleged", ["allege", "alleges", "alleged", "alleging"]),
            ("insinuated", ["insinuate", "insinuated"]),
            ("boasted", ["boast", "boasts", "boasted"]),
            ("joked", ["joke", "jokes", "joked"]),
            ("posted", ["post", "posts", "posted", "posting"]),
            ("described", ["describe", "describes", "described", "describing"]),
            ("called", ["call", "calls", "called", "calling"]),
            ("proposed", ["propose", "proposes", "proposed", "proposing"]),
            ("testified", ["testify", "testifies", "testified", "testifying"]),
            ("hailed", ["hail", "hails", "hailed", "hailing"]),
            ("advised", ["advise", "advises", "advised", "advising"]),
            ("instructed", ["instruct", "instructs", "instructed"]),
            ("mentioned", ["mention", "mentions", "mentioned", "mentioning"]),
            ("underlined", ["underline", "underlines", "underlined", "underlining"]),
            ("reaffirmed", ["reaffirm", "reaffirms", "reaffirmed", "reaffirming"]),
            ("questioned", ["question", "questions", "questioned", "questioning"]),
            ("hinted", ["hint", "hints", "hinted", "hinting"]),
            ("expressed", ["express", "expresses", "expressed", "expressing"]),
            ("objected", ["object", "objects", "objected"]),
            ("criticized", ["criticize", "criticizes", "criticized", "criticizing", "criticise", "criticises", "criticised", "criticising"]),
            ("pointed out", ["point", "points", "pointed", "pointing"]),
            // ("recount", "recounts" are more often the counting of votes again.)
            ("recounted", ["recounted", "recounting"]),
            ("exclaimed", ["exclaim", "exclaims", "exclaimed"]),
            ("quipped", ["quip", "quips", "quipped"]),
            ("reiterated", ["reiterate", "reiterates", "reiterated", "reiterating"]),
            ("characterized", ["characterize", "characterizes", "characterized", "characterise", "characterises", "characterised"]),
            ("found", ["find", "finds", "found"]),
            ("showed", ["show", "shows", "showed", "shown"]),
        ]
        for (cue, forms) in families {
            for form in forms { verbs[form] = cue }
        }
        return verbs
    }()

    /// Words that begin sentences and may be capitalised there without being names:
    /// determiners, pronouns, prepositions, conjunctions and common adverbs.
    static let functionWords: Set<String> = [
        "a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your",
        "he", "she", "it", "they", "we", "i", "you", "who", "what", "when", "where", "why", "how", "which",
        "in", "on", "at", "by", "for", "with", "from", "to", "of", "about", "after", "before", "during", "since",
        "under", "over", "between", "among", "against", "despite", "following", "according", "amid", "as",
        "and", "but", "or", "nor", "so", "yet", "if", "while", "though", "although", "because", "unless",
        "meanwhile", "however", "also", "still", "even", "only", "then", "now", "earlier", "later", "last",
        "next", "previously", "recently", "separately", "instead", "indeed", "moreover", "furthermore",
        "there", "here", "all", "both", "each", "every", "some", "many", "most", "no", "not", "other",
        "such", "another", "one", "two", "three", "mr", "ms", "mrs", "dr", "speaking", "asked", "citing",
        "like", "unlike", "through", "across", "around", "toward", "towards", "into", "onto", "upon", "within",
        "without", "via", "per", "ahead", "once", "twice", "just", "yes", "well", "more", "less", "further",
        "overnight", "today", "yesterday", "tomorrow", "tonight", "long-simmering", "whatever", "whoever",
        // Auxiliaries opening a question: "Does YouTube …?"
        "does", "did", "do", "is", "are", "was", "were", "has", "have", "had", "can", "could", "would", "should",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]

    /// Faiths and their followers: "Roman Catholic" is a faith, though "Roman" is a given name.
    static let faithWords: Set<String> = [
        "catholic", "catholics", "protestant", "protestants", "orthodox", "muslim", "muslims", "jewish", "jews", "hindu",
        "hindus", "buddhist", "buddhists", "sikh", "sikhs", "anglican", "anglicans", "methodist", "baptist", "lutheran",
        "presbyterian", "evangelical", "evangelicals", "sunni", "sunnis", "shia", "shiite", "shiites", "mormon", "mormons",
    ]

    /// Weekdays and months, never names.
    static let calendarWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
        "christmas", "easter", "ramadan", "eid", "hanukkah", "diwali", "thanksgiving", "passover", "lent", "halloween",
    ]

    /// Time zones, written after a clock time ("3:00am AEDT"): never an organisation.
    static let timeZones: Set<String> = [
        "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "WET", "MSK", "IST", "PKT", "JST", "KST", "HKT", "SGT",
        "AEDT", "AEST", "ACDT", "ACST", "AWST", "NZDT", "NZST", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT",
        "AKST", "AKDT", "HST",
    ]

    /// Pronouns that can stand for a person who speaks.
    static let personalPronouns: Set<String> = ["he", "she", "they", "it"]

    /// Words that join the parts of a name: "Ministry of Defense", "Observatory for Human Rights".
    static let nameConnectors: Set<String> = ["of", "for", "the", "de", "da", "del", "della", "dela", "delos", "dos", "das", "di", "van", "von", "der", "den", "du", "la", "le", "bin", "ibn", "on"]

    /// Prepositions and verbs after which a capital is a place, not its government.
    static let locatives: Set<String> = [
        "in", "at", "to", "into", "near", "from", "outside", "around", "across", "toward", "towards", "via",
        "visited", "visit", "visiting", "leaving", "left", "reached", "arrived", "through", "inside", "between",
    ]

    /// Words after an unnamed source that say what it knows: "officials familiar with the
    /// talks", "a source close to the family", "an official aware of the plans".
    static let sourcePostModifiers: Set<String> = ["familiar", "briefed", "close", "privy", "speaking", "aware", "knowledgeable"]

    /// Common verbs whose past does not end in "-ed": they end a run of nouns as "-ed" does.
    static let irregularPastForms: Set<String> = [
        "met", "told", "said", "gave", "took", "made", "saw", "found", "left", "sent", "led", "held", "won", "lost", "hit",
        "beat", "fought", "brought", "sought", "caught", "thought", "kept", "began", "became", "came", "went", "ran", "put",
        "set", "cut", "shot", "struck", "spoke", "wrote", "chose", "drove", "rode", "rose", "fell", "felt", "built", "spent",
        "paid", "laid", "sold", "stood", "understood", "knew", "grew", "threw", "drew", "flew", "heard", "meant", "bought",
    ]

    /// Words that may stand between a speaker and the reporting verb: "Lavrov also said",
    /// "Netanyahu reportedly told", "Assad said on Thursday".
    static let verbAdverbs: Set<String> = [
        "also", "reportedly", "later", "again", "previously", "earlier", "had", "has", "have", "was", "is",
        "then", "further", "once", "repeatedly", "publicly", "privately", "separately", "recently",
        "flatly", "angrily", "quickly", "explicitly", "clearly", "openly", "formally", "would", "will", "could", "himself", "herself",
        "since", "already", "initially", "originally", "subsequently", "immediately", "firmly", "strongly", "sharply",
        "bluntly", "candidly", "emphatically", "simply", "quietly", "proudly", "jokingly", "specifically", "officially",
        "personally", "allegedly", "apparently", "tearfully", "privately", "may", "might", "should", "must", "can",
        "long", "always", "often", "backstage", "afterwards", "afterward", "onstage", "eventually", "ultimately",
    ]

    /// Verbs that report speech only beside a quote ("…,” she continued; a statement read:
    /// “…”): elsewhere they are ordinary verbs ("the talks continued", "she read the file",
    /// "astronomers observed the star").
    /// Kept out of `speechVerbs`, which also tells the actor finder who speaks.
    /// Verbs that put a document out: "released a statement", "published a study", "put out
    /// a report" ("out" stands for "put out").
    static let publishingVerbs: Set<String> = [
        "published", "released", "issued", "posted", "sent", "out", "made", "developed", "conducted", "led", "authored",
        "co-authored", "wrote", "produced", "presented", "compiled", "commissioned", "prepared",
    ]

    /// An English plural of a noun for people: "presidents", "spokesmen", "secretaries", "bosses".
    static func plural(_ lower: String) -> String {
        if lower.hasSuffix("man") { return String(lower.dropLast(3)) + "men" }
        if lower.hasSuffix("y"), let before = lower.dropLast().last, !"aeiou".contains(before) { return String(lower.dropLast()) + "ies" }
        if ["s", "sh", "ch", "x"].contains(where: lower.hasSuffix) { return lower + "es" }
        return lower + "s"
    }

    /// A plural noun's singular by its "s" ("officials", "reports"; not "press").
    static func singular(_ lower: String) -> String {
        lower.hasSuffix("s") && !lower.hasSuffix("ss") ? String(lower.dropLast()) : lower
    }

    /// Verbs of findings: a study's, or its authors'.
    static let findingVerbs: Set<String> = ["found", "showed", "suggested", "revealed", "indicated"]

    /// Verbs that report words only before "that" ("The couple shared that …", "The constitution
    /// specifies that …"); kept out of `speechVerbs`, where "videos shared online" or "shares
    /// fell" would read as speech.
    static let thatOnlyCues: [String: String] = [
        "share": "shared", "shares": "shared", "shared": "shared", "sharing": "shared",
        "specify": "specified", "specifies": "specified", "specified": "specified", "specifying": "specified",
    ]

    static let quoteOnlyCues: [String: String] = [
        "continued": "continued", "continues": "continued", "read": "read", "reads": "read",
        // "“…,” Tipton observed", "“…,” the party informed the press" (but "observed the eclipse").
        "observed": "observed", "observes": "observed", "informed": "informed", "informs": "informed",
        // "The minister offered “deep sympathy to the families”" (but "offered a reward").
        "offered": "offered", "offers": "offered",
    ]

    /// Verbs of judgement that report words only when they quote them, as "X as “…”":
    /// "attacked the plan as “a vanity project”" (but "attacked the convoy" says nothing).
    static let verdictCues: Set<String> = [
        "attacked", "blasted", "slammed", "dismissed", "branded", "labelled", "labeled", "derided", "decried", "denounced",
        "condemned", "mocked", "praised", "lauded", "welcomed", "ridiculed", "rejected",
    ]

    /// Nouns for people who speak together without a name: "according to firefighters",
    /// "the victims said". General English, beside `anonymousHeads`.
    static let peopleNouns: Set<String> = [
        "firefighters", "rescuers", "paramedics", "medics", "survivors", "victims", "relatives", "families", "family",
        "neighbours", "neighbors", "parents", "fans", "passengers", "patients", "nurses", "troops", "soldiers",
        "guards", "farmers", "owners", "shoppers", "commuters", "travellers", "travelers", "tourists", "visitors",
        "villagers", "locals", "townspeople", "defendants", "plaintiffs", "petitioners", "judges", "jurors",
        "authors", "organizers", "organisers", "participants", "attendees", "delegates", "democrats", "republicans",
        "team", "crew", "panel", "jury", "spokespeople", "representatives", "leaders", "members", "police",
        "medical", "staff", "colleagues", "friends", "lawyers", "attorneys", "prosecutors", "campaigners",
        "mother", "father", "parent", "son", "daughter", "wife", "husband", "brother", "sister", "widow", "widower",
        "children", "child", "boy", "girl", "man", "woman", "men", "women", "friend", "neighbour", "neighbor",
        "survivor", "victim", "passenger", "patient", "nurse", "soldier", "mum", "mom", "dad", "grandmother", "grandfather",
        "driver", "drivers", "pilot", "pilots", "publication", "others", "interviewee", "interviewees", "couple", "pair", "duo",
    ]

    /// Reporting-verb forms that are more often nouns after a name ("Trump's Twitter posts").
    static let nounLikeVerbForms: Set<String> = [
        "post", "posts", "state", "states", "note", "notes", "comment", "comments", "quote", "quotes", "claim",
        "claims", "demand", "demands", "promise", "answer", "thanks", "stress", "warning", "brief", "reporting",
        "saying", "report", "pledge", "estimate", "estimates", "reply", "remarks", "remark", "vow", "vows",
        "recall", "caution", "tweet", "tweets", "write", "add", "tell", "say", "ask", "call", "calls", "question",
        "questions", "object", "objects", "hint", "hints", "mention", "mentions", "express", "counter", "counters",
        "hope", "hopes", "fear", "fears",
    ]

    /// Nouns for who is told, which end the addressee of "told": "told reporters …",
    /// "told a news conference …".
    static let audienceNouns: Set<String> = [
        "reporters", "journalists", "press", "media", "conference", "briefing", "lawmakers", "parliament", "mps",
        "senators", "jury", "court", "committee", "hearing", "supporters", "audience", "crowd", "listeners",
        "viewers", "readers", "students", "residents", "interviewer", "newspaper", "broadcaster", "radio", "television",
        "tv", "agency", "website", "magazine", "podcast", "rally", "delegates", "staff", "employees", "investors",
    ]

    /// Nouns that point back to the organisation or outlet named last: "the company said",
    /// "the paper reported".
    static let definiteReferences: [String: Set<ActorType>] = {
        var references: [String: Set<ActorType>] = [:]
        for noun in ["company", "firm", "group", "retailer", "carmaker", "airline", "bank", "lender", "insurer", "union",
                     "party", "club", "team", "charity", "organisation", "organization", "agency", "department", "ministry",
                     "council", "authority", "foundation", "institute", "university", "campaign", "court", "government"] {
            references[noun] = [.organization]
        }
        for noun in ["paper", "newspaper", "broadcaster", "outlet", "network", "channel", "station", "magazine", "website", "daily", "tabloid",
                     "publication", "publisher", "journal"] {
            references[noun] = [.media]
        }
        // "the city said", "the county announced": the local government of the place named before.
        for noun in ["city", "town", "county", "village", "municipality"] {
            references[noun] = [.place]
        }
        return references
    }()

    /// Of `definiteReferences`, the nouns that point back only to a body whose name has the
    /// word ("the ministry" to "the Ministry of Health"), never to whichever organisation came
    /// last: a government, court or campaign is too often one nobody named.
    static let namedOnlyReferences: Set<String> = [
        "union", "party", "agency", "department", "ministry", "council", "authority", "foundation", "institute",
        "university", "campaign", "court", "government",
    ]

    /// Documents and findings that speak for their authors: "the study found", "the
    /// notice alleged", "a statement from the label read".
    static let documentNouns: Set<String> = [
        "study", "report", "survey", "research", "analysis", "model", "paper", "poll", "polls", "statement", "notice",
        "letter", "document", "complaint", "lawsuit", "filing", "review", "investigation", "findings", "data", "work",
        "decree", "ruling", "judgment", "memo", "release", "assessment", "audit", "reports", "announcement",
        "decision", "verdict", "bulletin", "article", "book", "memoir", "memoirs", "proclamation", "advisory",
        "plans", "indictment", "affidavit", "transcript", "motion", "petition", "memorandum", "dossier",
        // "The law states that …", "the constitution specifies that …": a text in force says it.
        "law", "constitution", "treaty", "charter", "guidelines", "regulations",
    ]

    /// Participles that carry a claim after a comma, with the main clause's subject as
    /// speaker: "…, adding that …", "…, citing …".
    static let participleCues: Set<String> = [
        "saying", "adding", "claiming", "describing", "citing", "noting", "arguing", "warning", "insisting",
        "stressing", "explaining", "calling", "stating", "suggesting", "asserting", "telling", "writing", "urging",
        "accusing", "denying", "alleging", "promising", "predicting", "estimating", "complaining", "questioning",
        "announcing", "confirming", "acknowledging", "admitting", "declaring", "emphasizing", "emphasising",
        "maintaining", "pointing", "hinting", "expressing", "revealing", "reporting", "replying", "asking", "posting", "tweeting",
        "recounting", "reiterating", "attributing", "remarking", "responding", "reminding",
    ]

    /// Titles that are honorifics only and say nothing of a role: "Mr Smith".
    static let honorificOnly: Set<String> = ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "sir", "dame", "lord", "lady", "dr", "dr."]

    /// Roles that stand for one person when used without a name: "the Israeli PM", "the chancellor".
    static let officeHeads: Set<String> = [
        "minister", "president", "premier", "pm", "fm", "chancellor", "secretary", "adviser", "advisor",
        "ambassador", "envoy", "governor", "mayor", "king", "queen", "emir", "pope", "speaker", "chairman",
        "chairwoman", "ceo", "commander", "prosecutor", "president-elect", "vice-president", "leader",
    ]

    /// Bodies that speak in the plural with no name: "Unions say …", "the airlines claim …".
    static let speakingBodies: Set<String> = [
        "union", "company", "council", "agency", "committee", "court", "bank", "hospital", "school", "university",
        "government", "party", "ministry", "airline", "carrier", "insurer", "lender", "retailer", "association",
        "organisation", "organization", "charity", "club", "firm", "regulator", "manufacturer", "supplier", "operator",
        "broadcaster", "newspaper", "department", "church",
    ]

    /// Lowercase nouns of institutions: "the intelligence ministry", "the Syrian army".
    static let institutionNouns: Set<String> = [
        "ministry", "army", "military", "navy", "police", "parliament", "cabinet", "government", "regime",
        "administration", "authorities", "leadership", "court", "embassy", "air force", "judiciary",
        // "the Pakistani intelligence service", "Pakistani military intelligence", "Palestinian television".
        "intelligence", "service", "television", "radio",
    ]
}
