import Corpus
import XCTest

/// One rule of actor discovery per test, on sentences written for the test in styles the
/// seeds do not use: wire copy, BBC-style honorifics, business and local news.
final class ActorRuleTests: XCTestCase {
    func corpus(_ articles: [String], dictionary: ActorDictionary = .builtin) throws -> Corpus {
        let fixture = try Fixture(self)
        for (index, text) in articles.enumerated() { try fixture.write("a\(index).txt", text) }
        return try Corpus.load(paths: [fixture.directory.path], dictionary: dictionary)
    }

    func actor(_ corpus: Corpus, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> Actor {
        try XCTUnwrap(corpus.actors.first { $0.name == name || $0.aliases.contains(name) },
                      "no actor \(name) in \(corpus.actors.map(\.name))", file: file, line: line)
    }

    func testTitleBeforeNameGivesRoleAndAffiliation() throws {
        let corpus = try corpus(["Budget row\n\nThe talks stalled after German Finance Minister Karla Weidmann left the room early on Friday.\n"])
        let person = try actor(corpus, "Karla Weidmann")
        XCTAssertEqual(person.type, .person)
        XCTAssertEqual(person.role, "Finance Minister")
        XCTAssertEqual(person.affiliation, "germany")
        XCTAssertEqual(person.id, "karla-weidmann")
    }

    func testParticlesInsideAPersonsName() throws {
        let corpus = try corpus(["""
            Port blast

            No group admitted the blast, but the general manager of Harbour Media, Dr Tariq bin Qasim, blamed the rebels. \
            Transport Minister Ilse van der Berg visited the port.
            """])
        XCTAssertEqual(try actor(corpus, "Tariq bin Qasim").type, .person)
        XCTAssertEqual(try actor(corpus, "Ilse van der Berg").type, .person)
    }

    func testMembershipInAnAppositionMakesAPerson() throws {
        // Neither word of the name is a listed given name: only the apposition tells.
        let corpus = try corpus(["Tribute\n\nThe former minister died on Monday. Vadrek Goelani, a member of the upper house, said he was a gifted orator.\n"])
        let person = try actor(corpus, "Vadrek Goelani")
        XCTAssertEqual(person.type, .person)
        XCTAssertEqual(person.role, "member")
        XCTAssertEqual(corpus.claims.first?.speaker, person.id)
    }

    func testAppositionAndSurnameWithReportingVerb() throws {
        let corpus = try corpus(["""
            Mining talks

            The deal was welcomed by Adaeze Okonkwo, a spokeswoman for the World Bank, in a brief statement.

            Okonkwo said the bank would publish its review in March.
            """])
        let person = try actor(corpus, "Adaeze Okonkwo")
        XCTAssertEqual(person.role, "spokeswoman")
        XCTAssertEqual(person.affiliation, "world-bank")
        XCTAssertEqual(person.aliases, ["Adaeze Okonkwo", "Okonkwo"])
        XCTAssertEqual(person.mentions.map(\.paragraph), [1, 2])
    }

    func testHonorificInBBCStyle() throws {
        let corpus = try corpus(["""
            Housing plan

            Home Secretary James Hartley defended the plan on Sunday.

            Mr Hartley told the BBC that councils had been consulted.
            """])
        let person = try actor(corpus, "James Hartley")
        XCTAssertEqual(person.mentions.map(\.text), ["James Hartley", "Hartley"])
        XCTAssertTrue(corpus.actors.contains { $0.id == "bbc" })
    }

    func testSentenceInitialWordsDaysAndMonthsAreNotActors() throws {
        let corpus = try corpus(["""
            Storm warning

            Meanwhile, forecasters expect heavy rain. Following the warning, schools closed on Monday. Several roads flooded in March.

            Later, Harbour Master Ines Valdez said the port would reopen.
            """])
        let names = Set(corpus.actors.map(\.name))
        for word in ["Meanwhile", "Following", "Monday", "March", "Several", "Later"] {
            XCTAssertFalse(names.contains(word), word)
        }
        XCTAssertTrue(names.contains("Ines Valdez"), "\(names)")
    }

    func testOrganisationsByHeadWord() throws {
        let corpus = try corpus(["Aid\n\nThe report by the Norwegian Refugee Council was echoed by the Institute for Fiscal Studies.\n"])
        XCTAssertEqual(try actor(corpus, "Norwegian Refugee Council").type, .organization)
        XCTAssertEqual(try actor(corpus, "Institute for Fiscal Studies").type, .organization)
    }

    func testAcronymDefinedInTheTextIsOneActor() throws {
        let corpus = try corpus(["""
            Copper

            The Pan-African Mining Council (PAMC) met in Lusaka.

            PAMC members voted to raise the levy.
            """])
        let council = try actor(corpus, "Pan-African Mining Council")
        XCTAssertEqual(council.mentions.map(\.text), ["Pan-African Mining Council", "PAMC", "PAMC"])
    }

    func testSpellingVariantsOfOnePersonAcrossArticlesMerge() throws {
        let corpus = try corpus([
            "Port\n\nMayor Tomasz Kowalski opened the bridge.\n",
            "Port\n\nMayor Tomasz Kowalsky said the bridge was safe.\n",
            "Port\n\nDeputy Mayor Anna Kowalski said nothing.\n",
        ])
        let tomasz = try actor(corpus, "Tomasz Kowalski")
        XCTAssertEqual(Set(tomasz.aliases), ["Tomasz Kowalski", "Tomasz Kowalsky"])
        XCTAssertEqual(tomasz.articles.count, 2)
        XCTAssertNotEqual(try actor(corpus, "Anna Kowalski").id, tomasz.id)
    }

    func testCapitalStandsForItsGovernmentOnlyWhenItActs() throws {
        let corpus = try corpus(["Talks\n\nAnkara rejected the offer. The talks were held in Ankara.\n"])
        let turkey = try actor(corpus, "Turkey")
        XCTAssertEqual(turkey.mentions.map(\.text), ["Ankara"])
        XCTAssertEqual(turkey.mentions.count, 1)
    }

    func testUnnamedSourceAndItsDefiniteBackReference() throws {
        let corpus = try corpus(["""
            Sanctions

            A senior European diplomat said the package was ready.

            The diplomat added that two countries still objected.
            """])
        let source = try actor(corpus, "senior European diplomat")
        XCTAssertEqual(source.type, .anonymous)
        XCTAssertEqual(source.mentions.map(\.text), ["A senior European diplomat", "The diplomat"])
        XCTAssertEqual(source.affiliation, nil)
    }

    func testTitleOnlyReferenceResolvesToThePersonWithThatRole() throws {
        let corpus = try corpus(["""
            Defence

            Austrian Defence Minister Karl Brandt arrived on Tuesday.

            The Austrian defence minister later met troops.
            """])
        let minister = try actor(corpus, "Karl Brandt")
        XCTAssertEqual(minister.mentions.map(\.text), ["Karl Brandt", "The Austrian defence minister"])
        XCTAssertEqual(minister.affiliation, "austria")
    }

    func testOutletsAndGroups() throws {
        let corpus = try corpus(["Sahel\n\nTuareg rebels seized the town, Radio Sahara Nord reported.\n"])
        XCTAssertEqual(try actor(corpus, "Tuareg rebels").type, .group)
        XCTAssertEqual(try actor(corpus, "Radio Sahara Nord").type, .media)
    }

    func testMentionOffsetsPointAtTheirText() throws {
        let corpus = try corpus(["Budget\n\nChancellor Ruth Abel said on Monday that the Treasury would wait.\n"])
        let article = try XCTUnwrap(corpus.articles.first)
        for actor in corpus.actors {
            for mention in actor.mentions where mention.paragraph > 0 {
                XCTAssertEqual(article.slice(mention.range), mention.text)
            }
        }
        XCTAssertEqual(try actor(corpus, "Ruth Abel").role, "Chancellor")
    }

    func testAnalystDictionaryAddsAliasesTypesAndAffiliations() throws {
        let file = """
            # my actors
            [Nordlys Energi]
            type: organization
            aliases: Nordlys
            affiliation: Norway
            """
        let dictionary = try ActorDictionary.builtin.merging(ActorDictionary(parsing: file, source: "mine.txt"))
        let corpus = try corpus(["Oil\n\nNordlys cut 300 jobs.\n"], dictionary: dictionary)
        let company = try actor(corpus, "Nordlys Energi")
        XCTAssertEqual(company.type, .organization)
        XCTAssertEqual(company.affiliation, "norway")
        XCTAssertEqual(company.mentions.map(\.text), ["Nordlys"])
    }

    func testActorFileErrorsNameTheLine() {
        let cases: [(String, String)] = [
            ("[A]\ntype: robot\n", "f.txt:2: unknown type 'robot' (person, organization, country, place, group or media)"),
            ("[A]\ncolour: red\ntype: person\n", "f.txt:2: unknown key 'colour' (type, aliases, role, affiliation, demonyms, capitals)"),
            ("type: person\n", "f.txt:1: expected [Name] before 'type: person'"),
            ("[A]\naliases: B\n", "f.txt:1: entry [A] has no 'type:' line"),
            ("[A]\ntype: person\naffiliation: Nowhere Land\n", "f.txt:1: affiliation 'Nowhere Land' of [A] is not an entry"),
        ]
        for (text, message) in cases {
            XCTAssertThrowsError(try ActorDictionary.builtin.merging(ActorDictionary(parsing: text, source: "f.txt"))) { error in
                XCTAssertEqual("\(error)", message)
            }
        }
    }

    func testBuiltinDictionaryParsesAndHoldsNoPeople() {
        let entries = ActorDictionary.builtin.entries
        XCTAssertGreaterThan(entries.count, 500)
        XCTAssertFalse(entries.contains { $0.type == .person })
        XCTAssertEqual(ActorDictionary.builtin.entry(named: "russia")?.capitals, ["Moscow"])
    }
}
