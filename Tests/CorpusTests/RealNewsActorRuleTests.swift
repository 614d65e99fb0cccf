import Corpus
import XCTest

/// The actor rules that keep junk out of what an analyst sees first, one per test, on
/// sentences written for the test in wire, BBC, broadcast and business styles.
final class RealNewsActorRuleTests: XCTestCase {
    func names(_ corpus: Corpus) -> [String] { corpus.actors.map(\.name) }

    func testContractionsFunctionWordsAndOutletArticlesAreNotActors() throws {
        let corpus = try loadCorpus("""
            Ferry strike

            "I'm not going back," said Dana Whitlock, a deckhand. "I've had enough."

            The Harbour Times said the strike would go on. The union agreed.
            """)
        XCTAssertFalse(names(corpus).contains("I'm"))
        XCTAssertFalse(names(corpus).contains("I've"))
        XCTAssertFalse(names(corpus).contains("The"), "\(names(corpus))")
        XCTAssertEqual(corpus.actors.first { $0.name == "Harbour Times" }?.type, .media)
    }

    func testASpeechVerbMakesASpeakerNotAPerson() throws {
        let corpus = try loadCorpus("""
            Chip shortage

            Microsoft said on Tuesday that deliveries would slip. California said it would sue the supplier.
            """)
        XCTAssertEqual(corpus.actors.first { $0.name == "Microsoft" }?.type, .organization)
        XCTAssertEqual(corpus.actors.first { $0.name == "California" }?.type, .place)
    }

    func testAPlaceIsAnActorOnlyWhereItActs() throws {
        let corpus = try loadCorpus("Floods\n\nRain fell in Ontario for a week. Later, Ontario announced emergency funds.\n")
        let ontario = try XCTUnwrap(corpus.actors.first { $0.name == "Ontario" })
        XCTAssertEqual(ontario.type, .place)
        XCTAssertEqual(ontario.mentions.count, 1, "the place where rain fell does not act")
    }

    func testPeopleInAListNeedNoTitle() throws {
        let corpus = try loadCorpus("Gala night\n\nGuests included Margaret Holloway, Kevin Ashdown and Laura Fennimore, who arrived late.\n")
        for name in ["Margaret Holloway", "Kevin Ashdown", "Laura Fennimore"] {
            XCTAssertEqual(corpus.actors.first { $0.name == name }?.type, .person, "\(name) in \(names(corpus))")
        }
    }

    func testAFirstNameThatIsAPlaceStartsAPersonsName() throws {
        let corpus = try loadCorpus("Hearing\n\nVirginia Castellano told the committee the figures were wrong.\n")
        XCTAssertEqual(corpus.actors.first { $0.name == "Virginia Castellano" }?.type, .person, "\(names(corpus))")
    }

    func testOrganisationsByTheNounBesideThem() throws {
        let corpus = try loadCorpus("""
            Quarterly results

            Software company Brightwell announced a loss. Kessler Foods, the retailer, said sales fell.
            """)
        XCTAssertEqual(corpus.actors.first { $0.name == "Brightwell" }?.type, .organization, "\(names(corpus))")
        XCTAssertEqual(corpus.actors.first { $0.name == "Kessler Foods" }?.type, .organization, "\(names(corpus))")
    }

    func testPhotoCreditsMakeNoActors() throws {
        let corpus = try loadCorpus("""
            March in the capital

            Marchers filled the square on Saturday. Image: Tobias Wrenfield.

            Banners at the front Image: Helena Stroud (flickr).
            """)
        XCTAssertEqual(names(corpus), [], "credits name who took the picture")
    }

    func testALoneFirstNameDoesNotJoinSomeoneElsesSurnameAcrossArticles() throws {
        let corpus = try loadCorpus(
            "Concert\n\nThe singer Reginald John said the tour would end in May.\n",
            "Match report\n\nJohn scored twice before half-time, the coach said.\n"
        )
        let singer = try XCTUnwrap(corpus.actors.first { $0.name == "Reginald John" })
        XCTAssertEqual(Set(singer.mentions.map(\.article)), ["a0"])
    }

    func testASurnameInsideAnotherNameStaysThere() throws {
        let corpus = try loadCorpus(
            "Vote\n\nSenator Paula Clinton said the bill would pass.\n",
            "Memoir\n\nThe book by Hillary Clinton sold well, its publisher said.\n"
        )
        let senator = try XCTUnwrap(corpus.actors.first { $0.name == "Paula Clinton" })
        XCTAssertEqual(Set(senator.mentions.map(\.article)), ["a0"], "\(corpus.actors.map { ($0.name, $0.mentions.map(\.text)) })")
    }

    func testAPersonOfAnOrganisationIsThePerson() throws {
        let corpus = try loadCorpus("Strike vote\n\nPeter Lund of the Harbour Workers Union said the vote was close.\n")
        XCTAssertEqual(corpus.actors.first { $0.name == "Peter Lund" }?.type, .person, "\(names(corpus))")
        XCTAssertEqual(corpus.actors.first { $0.name == "Harbour Workers Union" }?.type, .organization, "\(names(corpus))")
        XCTAssertEqual(corpus.claims.first?.speaker, "peter-lund")
    }

    func testTheDeputyIsNotTheOffice() throws {
        let corpus = try loadCorpus("""
            Cabinet

            Deputy Prime Minister Oren Falk said talks would resume. The prime minister said nothing.
            """)
        let falk = try XCTUnwrap(corpus.actors.first { $0.name == "Oren Falk" })
        XCTAssertEqual(falk.mentions.count, 1, "'the prime minister' is not the deputy: \(falk.aliases)")
    }
}

/// Unnamed speakers, places that act, and names with no title or given name.
final class RealNewsSpeakerRuleTests: XCTestCase {
    func testAnUnnamedGroupThatSpeaksIsASource() throws {
        let corpus = try loadCorpus("""
            Quake

            The ground shook for ten seconds. Residents told reporters the shaking was the worst in years.
            """)
        let residents = try XCTUnwrap(corpus.actors.first { $0.type == .anonymous }, "\(corpus.actors.map(\.name))")
        XCTAssertEqual(residents.name.lowercased(), "residents")
        XCTAssertEqual(corpus.claims.first?.speaker, residents.id)
    }

    func testResidentsWhoOnlySufferAreNoSource() throws {
        let corpus = try loadCorpus("Quake\n\nThe ground shook for ten seconds and residents ran into the street.\n")
        XCTAssertEqual(corpus.actors.map(\.name), [])
    }

    func testAPlaceThatIsOnlyNamedIsNoActor() throws {
        let corpus = try loadCorpus("""
            Primary

            The Texas primary drew record crowds. Texas has since changed its rules, and Ohio voters wait.
            """)
        let texas = try XCTUnwrap(corpus.actors.first { $0.name == "Texas" })
        XCTAssertEqual(texas.mentions.count, 1, "only 'Texas has' acts")
        XCTAssertNil(corpus.actors.first { $0.name == "Ohio" })
    }

    func testTwoCapitalisedWordsThatAreNoEnglishAreAPerson() throws {
        let corpus = try loadCorpus("Prize\n\nThe award went to Didrik Quellhaug and Mireille Ostrand for their work.\n")
        XCTAssertEqual(Set(corpus.actors.filter { $0.type == .person }.map(\.name)), ["Didrik Quellhaug", "Mireille Ostrand"])
    }
}

/// Smaller shapes of real copy: ages, captions run into credits, "of" phrases, two
/// organisations joined by "and", a month that is a surname.
final class RealNewsNameShapeTests: XCTestCase {
    func testAnAgeMakesAPerson() throws {
        let corpus = try loadCorpus("Bus crash\n\nThe roof fell in. Fourteen-year-old Zoe, on the top deck, said everyone started screaming.\n")
        XCTAssertEqual(corpus.actors.first { $0.name == "Zoe" }?.type, .person, "\(corpus.actors.map(\.name))")
        XCTAssertEqual(corpus.claims.first?.content, "everyone started screaming")
    }

    func testACaptionRunIntoItsCreditMakesNoActor() throws {
        let corpus = try loadCorpus("Candidates\n\nThe race is open.\n\nDana ForsytheImage: Campaign photo.\n")
        XCTAssertEqual(corpus.actors.map(\.name), [])
    }

    func testASpeakerOfALowercaseOffice() throws {
        let corpus = try loadCorpus("Power cut\n\nJosé Ortiz of the island's power authority said repairs would take a year.\n")
        XCTAssertEqual(corpus.actors.first { $0.name == "José Ortiz" }?.type, .person, "\(corpus.actors.map(\.name))")
        XCTAssertEqual(corpus.claims.first?.speaker, "jose-ortiz")
    }

    func testTwoOrganisationsJoinedByAndStayTwo() throws {
        let corpus = try loadCorpus("Sharks\n\nScientists from the University of Miami and Apex Shark Expeditions published the study.\n")
        XCTAssertEqual(Set(corpus.actors.map(\.name)), ["University of Miami", "Apex Shark Expeditions"])
    }

    func testAMonthAfterAGivenNameIsASurname() throws {
        let corpus = try loadCorpus("Brexit\n\nJohnson took over after Theresa May stepped down in July.\n")
        XCTAssertEqual(corpus.actors.first { $0.name == "Theresa May" }?.type, .person, "\(corpus.actors.map(\.name))")
    }
}
