import Corpus
import XCTest

/// One claim pattern per test, on sentences written for the test in styles the seeds do
/// not use: wire copy, BBC-style "Mr Smith said", broadcast write-ups.
final class ClaimRuleTests: XCTestCase {
    func corpus(_ articles: [String]) throws -> Corpus {
        let fixture = try Fixture(self)
        for (index, text) in articles.enumerated() { try fixture.write("a\(index).txt", text) }
        return try Corpus.load(paths: [fixture.directory.path])
    }

    func speaker(_ corpus: Corpus, _ claim: Claim) -> String? {
        corpus.actors.first { $0.id == claim.speaker }?.name
    }

    func testQuoteThenSpeakerThenVerbInWireCopy() throws {
        let corpus = try corpus(["""
            EU readies tariffs on US goods

            BRUSSELS (Reuters) - European Trade Commissioner Henrik Solberg said on Tuesday the bloc was ready to act.

            "We will respond in a proportionate and measured way," Solberg told reporters in Brussels.
            """])
        let claims = corpus.claims
        XCTAssertEqual(claims.count, 2)
        XCTAssertEqual(claims[0].kind, .indirect)
        XCTAssertEqual(claims[0].content, "the bloc was ready to act")
        XCTAssertEqual(claims[1].kind, .direct)
        XCTAssertEqual(claims[1].content, "We will respond in a proportionate and measured way")
        XCTAssertEqual(claims[1].cue, "told")
        XCTAssertEqual(claims[1].addressee, "reporters")
        XCTAssertEqual(claims.map { speaker(corpus, $0) }, ["Henrik Solberg", "Henrik Solberg"])
    }

    func testBBCStyleHonorificAndInvertedVerb() throws {
        let corpus = try corpus(["""
            Rail fares to rise by five percent

            Transport Secretary Alan Pryce defended the rise.

            “Passengers will see better services within a year,” said Mr Pryce.
            """])
        let claim = try XCTUnwrap(corpus.claims.first)
        XCTAssertEqual(speaker(corpus, claim), "Alan Pryce")
        XCTAssertEqual(claim.kind, .direct)
        XCTAssertEqual(claim.speakerText, "Pryce")
    }

    func testQuoteInterruptedByItsAttributionIsTwoClaimsOfOneSpeaker() throws {
        let corpus = try corpus(["""
            Flood waters rise in the valley

            Fire Chief Dana Okafor visited the levee. “The water is still rising,” she said. “We are asking everyone to stay away from the river.”
            """])
        XCTAssertEqual(corpus.claims.map(\.content), ["The water is still rising", "We are asking everyone to stay away from the river."])
        XCTAssertEqual(corpus.claims.map { speaker(corpus, $0) }, ["Dana Okafor", "Dana Okafor"])
        XCTAssertEqual(corpus.claims.map(\.kind), [.direct, .direct])
    }

    func testUnclosedQuoteContinuesIntoTheNextParagraph() throws {
        let corpus = try corpus(["""
            Inquiry hears from drug whistleblower

            Whistleblower Miriam Castro told the committee: “I raised the alarm three times and nobody answered.

            “By the end I was afraid to open my email.”

            The hearing resumes on Monday.
            """])
        XCTAssertEqual(corpus.claims.count, 2, "\(corpus.claims.map(\.content))")
        XCTAssertEqual(corpus.claims.map(\.paragraph), [1, 2])
        XCTAssertEqual(corpus.claims.map { speaker(corpus, $0) }, ["Miriam Castro", "Miriam Castro"])
        XCTAssertEqual(corpus.claims.first?.addressee, "the committee")
    }

    func testAccordingToBeforeAndAfter() throws {
        let corpus = try corpus(["""
            Grain deliveries fall sharply

            According to the World Food Programme, deliveries fell by a third in May. Prices will rise further, according to the Food and Agriculture Organization.
            """])
        XCTAssertEqual(corpus.claims.map(\.cue), ["according to", "according to"])
        XCTAssertEqual(corpus.claims.map(\.content), ["deliveries fell by a third in May", "Prices will rise further"])
    }

    func testOutletAsSpeakerAndPassiveSaidTo() throws {
        let corpus = try corpus(["""
            Ceasefire talks continue in the Sahel

            The ceasefire will be extended, Radio Sahara Nord reported on Friday. General Idris Kone was said to have approved the plan.
            """])
        XCTAssertEqual(corpus.claims.map { speaker(corpus, $0) }, ["Radio Sahara Nord", "Idris Kone"])
        XCTAssertEqual(corpus.claims.map(\.content), ["The ceasefire will be extended", "approved the plan"])
    }

    func testNestedAttributionKeepsTheChain() throws {
        let corpus = try corpus(["""
            Border summit ends without a deal

            A senior diplomat said President Ana Ruiz told her counterpart that the border would stay closed.
            """])
        // Two claims: the diplomat's, and Ruiz's via the diplomat (see testNestedReportedSpeechIsTwoClaims).
        XCTAssertEqual(corpus.claims.count, 2)
        let claim = try XCTUnwrap(corpus.claims.first { speaker(corpus, $0) == "Ana Ruiz" })
        XCTAssertEqual(claim.addressee, "her counterpart")
        XCTAssertEqual(claim.via.count, 1)
        XCTAssertEqual(claim.via.first.flatMap { id in corpus.actors.first { $0.id == id }?.type }, .anonymous)
        XCTAssertEqual(claim.content, "the border would stay closed")
    }

    func testScareQuotesAreNotClaimsAndTweetsAre() throws {
        let corpus = try corpus(["""
            Emergency budget passes in parliament

            The so-called “emergency” budget passed. Finance Minister Lena Berg tweeted that the vote was “a victory for common sense.”
            """])
        XCTAssertEqual(corpus.claims.count, 1)
        let claim = try XCTUnwrap(corpus.claims.first)
        XCTAssertEqual(claim.cue, "tweeted")
        XCTAssertEqual(claim.kind, .mixed)
    }

    func testUnbalancedQuotesDoNotLoseTheParagraph() throws {
        let corpus = try corpus(["""
            Storm closes the port for two days

            “The port is closed,” Harbour Master Ines Valdez said. Later she added: “Ships will wait outside until the storm passes.
            """])
        XCTAssertEqual(corpus.claims.count, 2)
        guard corpus.claims.count == 2 else { return }
        XCTAssertEqual(corpus.claims[1].content, "Ships will wait outside until the storm passes.")
        XCTAssertEqual(corpus.claims[1].cue, "added")
    }

    func testOffsetsPointAtContentAndAttribution() throws {
        let corpus = try corpus(["Central bank holds rates\n\nThe central bank will hold rates, Governor Maya Lind said on Thursday.\n"])
        let article = try XCTUnwrap(corpus.articles.first)
        let claim = try XCTUnwrap(corpus.claims.first)
        XCTAssertEqual(article.slice(claim.contentRange), claim.content)
        XCTAssertEqual(article.slice(try XCTUnwrap(claim.attributionRange)), "Maya Lind said")
        XCTAssertEqual(claim.id, "a0:1")
    }

    func testTheSameWordsInTwoArticlesCorroborateEachOther() throws {
        let corpus = try corpus([
            "Dam talks stall again\n\n“We will not accept any deal that leaves the dam under foreign control,” President Ana Ruiz said.\n",
            "President rejects dam deal\n\nRuiz said: \"We will not accept any deal that leaves the dam under foreign control.\"\n",
            "Minister ends state visit\n\n“The weather was fine for the whole week of the visit,” Minister Jon Ek said.\n",
        ])
        XCTAssertEqual(corpus.claims.count, 3)
        guard corpus.claims.count == 3 else { return }
        XCTAssertEqual(corpus.claims[0].corroboratedBy, [corpus.claims[1].id])
        XCTAssertEqual(corpus.claims[1].corroboratedBy, [corpus.claims[0].id])
        XCTAssertEqual(corpus.claims[2].corroboratedBy, [])
    }

    /// Corroboration is the same words from the same source: three different speakers
    /// saying the same line is a stock phrase, and two different speakers are no corroboration.
    func testAStockPhraseOrAnotherSpeakerCorroboratesNothing() throws {
        let stock = "“We are monitoring the situation very closely,”"
        let corpus = try corpus([
            "Storm nears the coast\n\n\(stock) Mayor Ana Ruiz said on Monday.\n",
            "River keeps rising\n\n\(stock) Governor Jan Brody said.\n",
            "Port closes early\n\n\(stock) harbour master Eva Lund said.\n",
            "Dam talks stall\n\n“The dam will stay under national control for ever,” President Karl Moe said.\n",
            "Dam talks go on\n\n“The dam will stay under national control for ever,” Minister Ola Dahl said.\n",
        ])
        XCTAssertEqual(corpus.claims.count, 5)
        XCTAssertEqual(corpus.claims.map(\.corroboratedBy), [[], [], [], [], []])
    }

    func testQuantitiesWithRangesConversionsAndUnits() throws {
        let corpus = try corpus(["""
            Troop positions and company figures

            Troops stayed five to 20 kilometers away, then at least 60 kilometers (37 miles). The firm cut 3,500 jobs and 12 percent of costs, or $4.2 billion. It happened in 2015, between 20 and 30 miles from the 70 or 80 km line.
            """])
        let byText = Dictionary(uniqueKeysWithValues: corpus.quantities.map { ($0.text, $0) })
        XCTAssertEqual(Set(byText.keys), ["five to 20 kilometers", "at least 60 kilometers (37 miles)", "3,500 jobs", "12 percent",
                                          "$4.2 billion", "between 20 and 30 miles", "70 or 80 km"])
        XCTAssertEqual(byText["five to 20 kilometers"]?.value, 5)
        XCTAssertEqual(byText["five to 20 kilometers"]?.high, 20)
        XCTAssertEqual(byText["at least 60 kilometers (37 miles)"]?.bound, "at least")
        XCTAssertEqual(byText["at least 60 kilometers (37 miles)"]?.kilometres, 60)
        XCTAssertEqual(try XCTUnwrap(byText["between 20 and 30 miles"]?.kilometresHigh), 48.28, accuracy: 0.01)
        XCTAssertEqual(byText["$4.2 billion"]?.value, 4.2e9)
        XCTAssertEqual(byText["$4.2 billion"]?.kind, .money)
        XCTAssertEqual(byText["3,500 jobs"]?.kind, .count)
        XCTAssertEqual(byText["3,500 jobs"]?.unit, "jobs")
    }

    func testANumberAfterACapitalIsANameUnlessAUnitFollows() throws {
        let corpus = try corpus(["""
            Moves near the line

            Channel 10 said the Poles would push the Hungarians 40 miles back. Route 66 stayed open and Mr Smith counted 12 trucks.
            """])
        XCTAssertEqual(corpus.quantities.map(\.text), ["40 miles", "12 trucks"])
        XCTAssertEqual(try XCTUnwrap(corpus.quantities.first?.kilometres), 64.37, accuracy: 0.01)
    }
}

/// Attribution patterns of wire, broadcast and business copy, one per test.
final class RealNewsClaimRuleTests: XCTestCase {
    func testMoreReportingVerbs() throws {
        let corpus = try loadCorpus("""
            Port deal

            Mayor Ines Carvalho described the deal as the best the city could get. Ines Carvalho hinted that more jobs would follow.
            """)
        XCTAssertEqual(corpus.claims.map(\.cue), ["described", "hinted"])
        XCTAssertEqual(corpus.claims.last?.content, "more jobs would follow")
    }

    func testAParticipleAfterACommaSharesTheSubject() throws {
        let corpus = try loadCorpus("""
            Rail fares

            Transport Secretary Lena Ortiz defended the rise on Monday, adding that fares had been frozen for three years.
            """)
        let claim = try XCTUnwrap(corpus.claims.first)
        XCTAssertEqual(claim.cue, "added")
        XCTAssertEqual(claim.speaker, "lena-ortiz")
        XCTAssertEqual(claim.content, "fares had been frozen for three years")
    }

    func testAccordingToAtTheEndWithoutAComma() throws {
        let corpus = try loadCorpus("""
            Dry spring

            Rainfall fell 40 percent in April according to the National Weather Service.
            """)
        let claim = try XCTUnwrap(corpus.claims.first)
        XCTAssertEqual(claim.content, "Rainfall fell 40 percent in April")
        XCTAssertEqual(corpus.actors.first { $0.id == claim.speaker }?.name, "National Weather Service")
    }

    func testSaidThenATitleBeforeTheName() throws {
        let corpus = try loadCorpus("""
            Prize

            "It changes how we see the field," said jury member Oskar Lindqvist.
            """)
        let claim = try XCTUnwrap(corpus.claims.first)
        XCTAssertEqual(claim.kind, .direct)
        XCTAssertEqual(claim.speaker, "oskar-lindqvist")
    }

    func testAnAsideBetweenTheCueAndTheQuote() throws {
        let corpus = try loadCorpus("""
            Outbreak

            The study came out on Monday.

            Dr Amara Obi said, in response to the study, "This spreads faster than we thought."
            """)
        let claim = try XCTUnwrap(corpus.claims.first)
        XCTAssertEqual(claim.kind, .direct)
        XCTAssertEqual(claim.content, "This spreads faster than we thought.")
    }
}

/// Interviews printed as transcripts: each answer is a claim of the interviewee.
final class InterviewTranscriptTests: XCTestCase {
    func testAnswersAreClaimsOfTheIntervieweeAndQuestionsAreNot() throws {
        let corpus = try loadCorpus("""
            Interview with a harbour pilot

            Reporters spoke to pilot Marta Lindgren about the new locks.

            ((Q))  When do the locks open?

            ((Marta Lindgren))  In March, if the pumps arrive on time.

            The pumps come from a yard in the north.

            ((Q))  Are the crews ready?

            ((Marta Lindgren))  They have trained for a year.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), [
            "In March, if the pumps arrive on time.",
            "The pumps come from a yard in the north.",
            "They have trained for a year.",
        ])
        XCTAssertEqual(Set(corpus.claims.compactMap(\.speaker)), ["marta-lindgren"])
        XCTAssertEqual(Set(corpus.claims.map(\.cue)), ["answered"])
    }

    func testInitialsAndColonLabels() throws {
        let corpus = try loadCorpus("""
            Talking trains

            We asked engineer Tomas Brekke about the line.

            Q: Is the line safe?

            TB: It is safer than the road.

            Q: And the cost?

            TB: Lower than the bridge.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["It is safer than the road.", "Lower than the bridge."])
        XCTAssertEqual(Set(corpus.claims.compactMap(\.speaker)), ["tomas-brekke"])
    }

    func testCaptionsWithColonsAreNoInterview() throws {
        let corpus = try loadCorpus("""
            Gala

            Ana Ruiz: the host of the night.

            Ben Ortiz: the winner.

            Carla Diaz: the runner-up.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), [])
    }
}

/// Who a pronoun or a chain of "of" phrases stands for.
final class SpeakerResolutionTests: XCTestCase {
    func testSheIsTheWomanNotTheLatestPerson() throws {
        let corpus = try loadCorpus("""
            Budget

            Mayor Susan Pratt met Finance Minister Robert Hale on Monday. She said the budget was final.
            """)
        XCTAssertEqual(corpus.claims.first?.speaker, "susan-pratt")
    }

    func testMrAndMrsDecideTooWhenTheGivenNameIsUnknown() throws {
        let corpus = try loadCorpus("""
            Shop closes

            Mrs Adaeze Okonkwo sold the shop to Mr Tunde Bakare. She said the rent had doubled.
            """)
        XCTAssertEqual(corpus.claims.first?.speaker, "adaeze-okonkwo")
    }

    func testThePersonBeforeAChainOfPlaces() throws {
        let corpus = try loadCorpus("""
            Sharks

            Dr Alison Kemp of the University of Cape Town in South Africa has reported sevengill sharks in the bay.
            """)
        XCTAssertEqual(corpus.claims.first?.speaker, "alison-kemp")
    }
}

/// Subjects that are shared, documents that speak, and fragments that are no claims.
final class ClaimShapeTests: XCTestCase {
    func testASecondVerbSharesTheSubject() throws {
        let corpus = try loadCorpus("""
            Patrols

            Police Chief Jan Brody said patrols were out overnight, but said no arrests were made.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["patrols were out overnight", "no arrests were made"])
        XCTAssertEqual(Set(corpus.claims.compactMap(\.speaker)), ["jan-brody"])
    }

    func testAStudyFindsAndANoticeAlleges() throws {
        let corpus = try loadCorpus("""
            Sharks

            The study found that sevengill sharks moved in when the white sharks left. The Harbour Authority's notice alleged the pier was unsafe for boats.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["sevengill sharks moved in when the white sharks left", "the pier was unsafe for boats"])
        XCTAssertNil(corpus.claims.first?.speaker, "a study with no named author speaks for no actor")
        XCTAssertEqual(corpus.actors.first { $0.id == corpus.claims.last?.speaker }?.name, "Harbour Authority")
    }

    func testFoundIsNoCueForAPoliceSearch() throws {
        let corpus = try loadCorpus("River search\n\nPolice found a body near the river on Monday, officers reported.\n")
        XCTAssertEqual(corpus.claims.map(\.cue), ["reported"])
    }

    func testNoReportedContentIsShorterThanThreeWordsUnlessQuoted() throws {
        let corpus = try loadCorpus("""
            Vote

            The minister said she was disappointed. Ana Ruiz called the plan "lousy" and said she would vote against it.
            """)
        for claim in corpus.claims where claim.kind != .direct {
            XCTAssertGreaterThanOrEqual(claim.content.split(separator: " ").count, 3, claim.content)
        }
        XCTAssertFalse(corpus.claims.map(\.content).contains("lousy"))
    }
}

/// Research copy: "X et al" is the team of a paper's authors, a group named after the first.
final class ResearchCopyTests: XCTestCase {
    func testEtAlIsTheTeamOfAuthors() throws {
        let corpus = try loadCorpus("""
            Mars

            Planetary scientist Ada Okonjo of the Space Institute led the study. The planet is cold.

            Okonjo et al found oxygen levels would be high enough for microbes. They showed the brines stay liquid in winter.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["oxygen levels would be high enough for microbes", "the brines stay liquid in winter"])
        let team = try XCTUnwrap(corpus.actors.first { $0.name == "Okonjo et al" }, "\(corpus.actors.map(\.name))")
        XCTAssertEqual(team.type, .group)
        XCTAssertEqual(corpus.claims.map(\.speaker), [team.id, team.id], "\"they\" are the team, not the institute")
        XCTAssertEqual(corpus.actors.first { $0.name == "Ada Okonjo" }?.mentions.count, 1, "the first author alone is another actor")
        let earlier = try loadCorpus("Lichens\n\nIn 2014, de Vera et al showed lichens survive in Mars chambers.\n")
        XCTAssertEqual(earlier.actors.map(\.name), ["de Vera et al"])
    }
}

/// "The company said", "the paper said", "they said": who a definite reference stands for.
final class DefiniteReferenceTests: XCTestCase {
    func testTheCompanyAndThePaperAreTheOnesNamedLast() throws {
        let corpus = try loadCorpus("""
            Jobs

            Kessler Foods cut 300 jobs on Monday. The company said demand had fallen for a year.

            The Harbour Times first reported the cuts. The paper said more would follow next spring.
            """)
        let speakers = corpus.claims.map { claim in corpus.actors.first { $0.id == claim.speaker }?.name }
        XCTAssertEqual(speakers, ["Kessler Foods", "Harbour Times"])
        XCTAssertEqual(corpus.claims.map(\.speakerText), ["The company", "The paper"])
    }
}

/// A cue at the very start of the text, after an adverb: nothing before it to read.
final class CueAtTheStartTests: XCTestCase {
    func testACueOpeningTheArticleAfterAnAdverbIsNoCrash() throws {
        let corpus = try loadCorpus("Title\n\nAlso said the plan was good for all of us.\n")
        XCTAssertEqual(corpus.articles.count, 1)
        XCTAssertTrue(corpus.claims.allSatisfy { $0.speaker == nil })
    }
}

/// Attribution shapes of wire and broadcast copy around a second verb, the passive and a
/// place of saying: one rule per test, on invented sentences.
final class AttributionShapeTests: XCTestCase {
    func testSayingAndWarningAfterACommaAreVerbsNotNouns() throws {
        let corpus = try loadCorpus("""
            Strike ends

            Union leader Mara Voss left the talks early, saying the offer was an insult. Voss later signed the deal, \
            warning that another strike could follow in spring.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["the offer was an insult", "another strike could follow in spring"])
        XCTAssertEqual(corpus.claims.map(\.speaker), ["mara-voss", "mara-voss"])
    }

    func testAParticipleInsideReportedSpeechIsAClaimOfItsOwn() throws {
        let corpus = try loadCorpus("""
            Plea deal

            Ruth Calder, the victim's mother, told reporters she considered the deal fair, saying no sentence would bring her son back.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["she considered the deal fair", "no sentence would bring her son back"])
        XCTAssertEqual(Set(corpus.claims.map(\.speaker)), ["ruth-calder"])
    }

    func testThePassiveGivesTheAgentOrNoSpeaker() throws {
        let corpus = try loadCorpus("""
            Border

            Hauliers were told by the Transport Ministry that the crossing would stay shut. The plan was described by \
            Mayor Ada Fenn as "a recipe for gridlock". Governor Ivo Brandt defended the closure, for which he was criticized.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["the crossing would stay shut", "a recipe for gridlock", ])
        XCTAssertEqual(corpus.claims.map { $0.speakerText }, ["Transport Ministry", "Ada Fenn"])
        XCTAssertEqual(corpus.claims.last?.kind, .direct)
    }

    func testAQuoteAfterWhereItWasSaidIsTheContent() throws {
        let corpus = try loadCorpus("""
            Senator ends her campaign for the nomination

            Senator Rhea Lund said in her live stream, "I do not make this decision lightly." She wrote on her blog: "The fight goes on."
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["I do not make this decision lightly.", "The fight goes on."])
        XCTAssertEqual(corpus.claims.map(\.kind), [.direct, .direct])
    }
}

/// "the academy", "the bureau": an organisation named in full earlier, by one of its words.
final class OrganisationByItsWordTests: XCTestCase {
    func testAccordingToAndSaidWithTheWordOfAnOrganisationsName() throws {
        let corpus = try loadCorpus("""
            Physics prize goes to two astronomers from Geneva

            On Tuesday the Nordic Academy of Letters named the winners. Since then, according to the academy, \
            nearly five thousand new planets have been found. The academy said the prize would grow next year.
            """)
        let academy = try XCTUnwrap(corpus.actors.first { $0.name == "Nordic Academy of Letters" })
        XCTAssertEqual(corpus.claims.map(\.content), ["nearly five thousand new planets have been found", "the prize would grow next year"])
        XCTAssertEqual(corpus.claims.map(\.speaker), [academy.id, academy.id])
    }
}

/// The present tense and the inverted order of wire and science copy, and an attribution
/// set between commas inside the sentence.
final class PresentAndInvertedCueTests: XCTestCase {
    func testSayAfterItsSubjectIsAVerbAndASayIsNot() throws {
        let corpus = try loadCorpus("""
            Markets brace for another year of rising prices

            Prices will rise again next year, analysts say. Local residents say the water has been cut off for days. \
            Voters should have a say in the matter, the mayor said.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["Prices will rise again next year", "the water has been cut off for days",
                                                      "Voters should have a say in the matter"])
        XCTAssertEqual(corpus.claims.map { $0.speakerText }, ["analysts", "Local residents", "the mayor"])
    }

    func testAnInvertedCueWithWhereTheSpeakersAreFrom() throws {
        let corpus = try loadCorpus("""
            Study of hospital patients in the south

            The virus may spread like flu, say scientists at the state university.
            """)
        let claim = try XCTUnwrap(corpus.claims.first)
        XCTAssertEqual(claim.content, "The virus may spread like flu")
        XCTAssertEqual(claim.speakerText, "scientists")
    }

    /// The sentence around an attribution between commas is what was said, without it.
    func testAnAttributionBetweenCommasGivesTheSentenceWithoutIt() throws {
        let corpus = try loadCorpus("""
            Island ferry service to resume after the storm

            The ferry, officials said, carries 400 passengers a day. If the forecast holds, engineers say, \
            the crossing will reopen on Friday. Since then, according to the harbour office, repairs have gone well.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), [
            "The ferry carries 400 passengers a day",
            "If the forecast holds the crossing will reopen on Friday",
            "repairs have gone well",
        ])
    }
}

/// Who speaks when a role and a name stand together, and an organisation with a number.
final class SpeakerShapeTests: XCTestCase {
    func testTheNameBetweenCommasSpeaksNotTheRoleBeforeIt() throws {
        let corpus = try loadCorpus("""
            Thousands march through the capital for a second vote

            The mayor of Lisbon, Ana Ferreira, tweeted, "Enough is enough." Chagai Tamir, director of the port \
            authority, told reporters the strike had ended.
            """)
        let names = corpus.claims.map { claim in corpus.actors.first { $0.id == claim.speaker }?.name }
        XCTAssertEqual(names, ["Ana Ferreira", "Chagai Tamir"])
    }

    func testANumberInsideAnOrganisationsName() throws {
        let corpus = try loadCorpus("""
            Wreck of a wartime submarine found off the coast

            The Lost 52 Project announced on Sunday that the wreck was the remains of the Grayback.
            """)
        let claim = try XCTUnwrap(corpus.claims.first)
        XCTAssertEqual(corpus.actors.first { $0.id == claim.speaker }?.name, "Lost 52 Project")
        XCTAssertEqual(claim.content, "the wreck was the remains of the Grayback")
    }
}

/// Subjects and sources that no word list knows, and attributions without their comma.
/// Invented sentences in broadcast, wire and court-report styles.
final class UnlistedSourceTests: XCTestCase {
    func claims(_ text: String) throws -> [ClaimRow] { try claimRows(loadCorpus(text)) }

    func testANounPhraseOpeningTheSentenceSpeaksThoughNoListHoldsItsHead() throws {
        let found = try claims("""
            Harbour fees

            The city said the department had located the leak. An acquaintance said he moved to the coast for safety. \
            Diplomats observing the talks said they expect a signing on Friday. But the association representing grocery chains says \
            prices will rise. A 2015 appeals court decision said the levy can only be set by parliament.
            """)
        XCTAssertEqual(found.map(\.speakerText), ["The city", "An acquaintance", "Diplomats observing the talks",
                                                  "the association representing grocery chains", "A 2015 appeals court decision"])
        XCTAssertEqual(found.map(\.content), ["the department had located the leak", "he moved to the coast for safety",
                                              "they expect a signing on Friday", "prices will rise",
                                              "the levy can only be set by parliament"])
    }

    func testAVerbAfterAnUnlistedNounThatIsNoSpeechIsNoClaim() throws {
        let found = try claims("""
            Storm figures

            The highest rate reported by the team was in the north. The initial reports were of flooding in the valley. \
            All of the candidates also confirmed for the final debate. A bombing was yesterday reported to have killed two men.
            """)
        XCTAssertTrue(found.isEmpty, "\(found)")
    }

    func testAClosingAttributionWithoutItsComma() throws {
        let found = try claims("""
            Ambush in the hills

            Commander Tomas Lund leads the local militia. Four of the fighters had been killed in the ambush he added. \
            The wounded were taken to the district hospital soon after the fighting began spokeswoman Donna Rohrer said. \
            The crowd cheered at the things she said.
            """)
        XCTAssertEqual(found.map(\.content), ["Four of the fighters had been killed in the ambush",
                                              "The wounded were taken to the district hospital soon after the fighting began"])
        XCTAssertEqual(found.map(\.speaker), ["Tomas Lund", "Donna Rohrer"])
    }

    func testAccordingToAnySourceBeforeTheComma() throws {
        let found = try claims("""
            Court delays hearing

            Judge Mark Belton adjourned the case. According to a court clerk, arguments would be heard next week. \
            According to him, the delay was unavoidable. According to a March 14, 2019 press release from the Harbour \
            Authority, fees rose by a third. According to local news, schools across the area closed early.
            """)
        XCTAssertEqual(found.map(\.speakerText), ["a court clerk", "him", "a March 14, 2019 press release from the Harbour Authority",
                                                  "local news"])
        XCTAssertEqual(found.map(\.content), ["arguments would be heard next week", "the delay was unavoidable", "fees rose by a third",
                                              "schools across the area closed early"])
        XCTAssertEqual(found[1].speaker, "Mark Belton", "him: the one man named before")
        XCTAssertEqual(found[2].speaker, "Harbour Authority")
    }

    func testASurnameWithItsParticleGluedOnAndASurveyThatIsABody() throws {
        let corpus = try loadCorpus("""
            Mall roof falls

            Centre manager Brian Bellis ran the mall. One bystander, Marius duPlessis, said he was searching for his son. \
            The United States Geological Survey (USGS) said the tremor was small. The delta flooded.
            """)
        XCTAssertEqual(corpus.claims.map { claim in corpus.actors.first { $0.id == claim.speaker }?.name },
                       ["Marius duPlessis", "United States Geological Survey"])
        XCTAssertEqual(corpus.actors.first { $0.name == "Marius duPlessis" }?.type, .person, "a particle is no brand's capital")
        XCTAssertFalse(corpus.actors.contains { $0.name.lowercased().contains("delta") })
    }

    func testTheShareOfAGroupThatSpeaksIsTheGroup() throws {
        let corpus = try loadCorpus("""
            March

            Some of the protesters the paper interviewed said they had come to defend their jobs.
            """)
        XCTAssertEqual(corpus.claims.map { claim in corpus.actors.first { $0.id == claim.speaker }?.name }, ["protesters the paper interviewed"])
    }

    func testANounThatCarriesAClaimWithItsSourceNamed() throws {
        let found = try claims("""
            Harbour dispute

            Mayor Ana Ruiz spoke on Monday. Ruiz's claim that the port would double its trade by 2030 was disputed. \
            The dispute came amid warnings by the Harbour Workers Union that dredging would cost 400 jobs. \
            Nobody believed the claim that the channel was safe.
            """)
        XCTAssertEqual(found.map(\.content), ["the port would double its trade by 2030", "dredging would cost 400 jobs"],
                       "the main clause's verb ends what was claimed")
        XCTAssertEqual(found.map(\.speaker), ["Ana Ruiz", "Harbour Workers Union"], "a claim nobody is named for is a topic")
    }

    func testAPossessorsPeopleWhoClaimSpeakForThemselves() throws {
        let corpus = try loadCorpus("""
            Trial

            Mayor Ana Ruiz was charged on Monday. Ruiz's lawyers claim that the charges are political.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["the charges are political"])
        XCTAssertNotEqual(corpus.claims.first.flatMap { claim in corpus.actors.first { $0.id == claim.speaker }?.name }, "Ana Ruiz",
                          "her lawyers claim it, not she")
    }

    func testAPlaceInAnAccordingToPhraseIsNotTheSource() throws {
        let found = try claims("""
            Siege

            According to residents of Aleppo, the bakeries closed on Tuesday. According to videos shared from Aleppo, the hospital is full.
            """)
        XCTAssertEqual(found.map(\.content), ["the bakeries closed on Tuesday", "the hospital is full"])
        XCTAssertEqual(found.last?.speakerText, "videos shared from Aleppo")
        XCTAssertFalse(found.contains { $0.speaker == "Aleppo" })
    }

    func testBothHalvesOfAQuoteSplitByADescribedSpeakerNameOneActorOnce() throws {
        let corpus = try loadCorpus("""
            Ferry

            “The ferry will run as usual,” a company spokesperson said, “and fares will not change.”
            """)
        XCTAssertEqual(corpus.claims.count, 2)
        XCTAssertEqual(Set(corpus.claims.map(\.speaker)).count, 1)
        XCTAssertEqual(corpus.actors.first { $0.name == "company spokesperson" }?.mentions.count, 1)
    }

    func testADocumentBeforeAnAsideAndAParticipleAfterAMidSentenceAttribution() throws {
        let found = try claims("""
            Harbour report

            The report, published by the Harbour Ministry, found that the channel was too shallow. \
            A survey, released on Monday, found that most residents opposed the plan. \
            The channel is too shallow for large ships, Peter Lund argued, describing the dredging as overdue.
            """)
        XCTAssertEqual(found.first?.speaker, "Harbour Ministry")
        XCTAssertEqual(found.first?.content, "the channel was too shallow")
        XCTAssertEqual(found.dropFirst().first?.content, "most residents opposed the plan", "a document before an aside, by nobody named")
        XCTAssertEqual(found.dropFirst(2).first?.content, "The channel is too shallow for large ships",
                       "the participle after the attribution is no rest of the sentence")
    }

    func testACourtesyTitleBeforeAWordOfATitleMakesASurname() throws {
        let corpus = try loadCorpus("""
            Detainee award

            Dr Aamer Sultan was not able to receive the award. Dr Sultan says he was disappointed by the decision. \
            Brisbane's Lord Mayor said the explanation raised more questions.
            """)
        XCTAssertEqual(corpus.claims.map { claim in corpus.actors.first { $0.id == claim.speaker }?.name }, ["Aamer Sultan", "Brisbane's Lord Mayor"])
        XCTAssertFalse(corpus.actors.contains { $0.name == "Mayor" }, "Lord Mayor is a title, not Mr Mayor")
    }
}

/// Copy that reaches lede as one block of text: no headline, paragraph breaks lost, quotes
/// in straight marks (broadcast transcripts and archive dumps look so). Invented sentences.
final class FlattenedCopyTests: XCTestCase {
    func testAStoryWithNoHeadlineHasEachClaimOnce() throws {
        let corpus = try loadCorpus("""
            The port authority has announced new fees for cargo ships, saying the harbour needs dredging. Its chief executive Ana Ruiz said the fees would start in March.
            """)
        XCTAssertEqual(corpus.articles.first?.title, "The port authority has announced new fees for cargo ships, saying the harbour needs dredging.")
        XCTAssertEqual(corpus.claims.map(\.content), ["new fees for cargo ships", "the harbour needs dredging", "the fees would start in March"],
                       "the first sentence stands in for the headline but is read once")
        XCTAssertEqual(corpus.actors.first { $0.name == "Ana Ruiz" }?.mentions.count, 1)
    }

    func testAStraightQuoteReopenedAfterALostParagraphBreak() throws {
        let corpus = try loadCorpus("""
            Ferry fares rise

            "Fares must go up," union secretary Tomas Lund said. "The costs have doubled. "We will not cut the night service." Later, Minister Ana Ruiz said the rise was "too steep" and would be reviewed.
            """)
        // (The quote left open where the next opens runs on: one claim, as the README's conventions say.)
        XCTAssertEqual(corpus.claims.map(\.content), ["Fares must go up", "The costs have doubled. \"We will not cut the night service.",
                                                      "the rise was \"too steep\" and would be reviewed"])
        XCTAssertEqual(corpus.claims.map { claim in corpus.actors.first { $0.id == claim.speaker }?.name },
                       ["Tomas Lund", "Tomas Lund", "Ana Ruiz"])
    }
}

/// Documents and passives whose source stands where no subject rule looked: a document with
/// its topic after it, one put out by the sentence's subject, one that "read in part", and a
/// passive whose subject is the statement and whose agents made it.
final class DocumentAndPassiveSourceTests: XCTestCase {
    func claims(_ text: String) throws -> [ClaimRow] { try claimRows(loadCorpus(text)) }

    func testADocumentWithItsTopicAfterItSpeaks() throws {
        let found = try claims("""
            Port accounts

            An analysis of the port's accounts suggested the company had lost money for six years. \
            A survey of 2,000 adults found most people were eating less meat than in 2015. \
            Police found the car of the suspect parked near the school. An investigation by police found the stolen car in a garage.
            """)
        XCTAssertEqual(found.map(\.speakerText), ["An analysis of the port's accounts", "A survey of 2,000 adults"])
        XCTAssertEqual(found.map(\.content), ["the company had lost money for six years", "most people were eating less meat than in 2015"])
    }

    func testAStatementPutOutByTheSubjectIsTheSubjects() throws {
        let found = try claims("""
            Recall widened

            Kessler Foods released a statement on Tuesday that said the recall covered every store in the region.
            """)
        XCTAssertEqual(found.map(\.speaker), ["Kessler Foods"])
        XCTAssertEqual(found.map(\.content), ["the recall covered every store in the region"])
    }

    func testARulingThatReadInPart() throws {
        let found = try claims("""
            Tenants win

            The ruling, released on Wednesday, read in part, "The contract is void and the tenants may stay."
            """)
        XCTAssertEqual(found.map(\.speakerText), ["The ruling"])
        XCTAssertEqual(found.map(\.content), ["The contract is void and the tenants may stay."])
    }

    func testAPassiveSubjectIsWhatItsAgentsSaid() throws {
        let found = try claims("""
            Harbour fraud

            Similar accusations of fraud were made by the Kessler Group and Ana Ruiz. \
            Expressions of sympathy have come from harbour master Tomas Lund and the Harbour Workers Union. \
            The death of the painter Maria Costa was announced on Monday by her son Pedro Costa via Twitter.
            """)
        XCTAssertEqual(found.map(\.speaker), ["Kessler Group", "Ana Ruiz", "Tomas Lund", "Harbour Workers Union", "Pedro Costa"])
        XCTAssertEqual(found.map(\.content), ["Similar accusations of fraud", "Similar accusations of fraud", "Expressions of sympathy",
                                              "Expressions of sympathy", "The death of the painter Maria Costa"])
    }

    func testAPassiveOfAnActOrAThingIsNoClaim() throws {
        let found = try claims("""
            Port closes

            The decision to close the port was made by the Kessler Group. The first emergency calls were made by neighbours. \
            Over 300 insurance claims were made by farmers after the floods. It was announced on Friday by the Harbour Council. \
            The analysis showed "Harbour Joe" as a popular nickname.
            """)
        XCTAssertTrue(found.isEmpty, "\(found)")
    }
}

/// Wire and business copy: a quote carried over several paragraphs, a source that runs to
/// the sentence's end, an estimate after "says about", a new clause after ", however".
final class WireCopyTests: XCTestCase {
    func claims(_ text: String) throws -> [ClaimRow] { try claimRows(loadCorpus(text)) }

    func testAQuoteParagraphAfterAQuoteGoesOnWithItsSpeaker() throws {
        let found = try claims("""
            Forest rights

            "One of the key findings was that the protected lands lost far less forest," Ana Ruiz said.

            "We also learned that every country in the sample showed the same pattern."

            The survey covered fifty countries.

            "Nobody expected numbers this clear from satellite maps alone."
            """)
        XCTAssertEqual(found.map(\.speaker), ["Ana Ruiz", "Ana Ruiz"])
        XCTAssertEqual(found.last?.content, "We also learned that every country in the sample showed the same pattern.")
    }

    func testASourceThatRunsToTheSentencesEnd() throws {
        let found = try claims("""
            Forest rights

            The lands hold a third of the carbon in the region, according to the paper published by Tomas Lund and other scientists.
            """)
        XCTAssertEqual(found.map(\.speaker), ["Tomas Lund"])
        XCTAssertEqual(found.map(\.content), ["The lands hold a third of the carbon in the region"])
    }

    func testAnEstimateAfterSaysAboutAndANewClauseAfterHowever() throws {
        let found = try claims("""
            Picket at the port

            The Harbour Workers Union will hold a picket outside the port office and says about 1,600 workers face a bleak winter. \
            Team officials said he was tired, however Tomas Lund hit out at the media for asking about his future. \
            Lund told reporters about the strike. The storm claimed about 300 lives.
            """)
        XCTAssertEqual(found.map(\.content), ["about 1,600 workers face a bleak winter", "he was tired"])
    }

    func testAStatementReleasedByItsAuthorsConfirmsThePassivesSubject() throws {
        let found = try claims("""
            Partnership ends

            The breakup of the partnership was confirmed in a statement released by the Kessler Group late this morning.
            """)
        XCTAssertEqual(found.map(\.speaker), ["Kessler Group"])
        XCTAssertEqual(found.map(\.content), ["The breakup of the partnership"])
    }
}

extension WireCopyTests {
    func testOpinionsLabelsAndWarningsOfANamedSource() throws {
        let found = try claims("""
            Climate paper

            Scientists think that warming beyond two degrees could melt the ice sheets. In 2015 Mayor Ana Ruiz labeled the \
            agreement "a fraud" because it set no levy. Tomas Lund brings a new warning: fishermen are underestimating how fast \
            the stocks are falling. I think about it often, Lund said.
            """)
        XCTAssertEqual(found.map(\.speakerText), ["Scientists", "Ana Ruiz", "Tomas Lund", "Lund"])
        XCTAssertEqual(found.dropLast().map(\.content), ["warming beyond two degrees could melt the ice sheets",
                                                         "the agreement \"a fraud\" because it set no levy",
                                                         "fishermen are underestimating how fast the stocks are falling"])
    }

    func testAParticipleAfterAnAttributionBetweenCommasIsThatSpeakers() throws {
        let found = try claims("""
            Carbon fees

            Governments will have to impose carbon fees, Ana Ruiz argues, adding it will also be necessary to research new techniques.
            """)
        XCTAssertEqual(found.map(\.speaker), ["Ana Ruiz", "Ana Ruiz"])
        XCTAssertEqual(found.map(\.content), ["Governments will have to impose carbon fees",
                                              "it will also be necessary to research new techniques"])
    }

    func testATitleInQuotesBeforeAnOccupationIsNoQuotation() throws {
        let found = try claims("""
            Awards night

            "Parasite" director Tomas Lund said backstage that nobody could predict the result. Speaking through an interpreter \
            he added; "It is true that the momentum is building for the whole cast."
            """)
        XCTAssertEqual(found.map(\.content), ["nobody could predict the result", "It is true that the momentum is building for the whole cast."])
        XCTAssertEqual(found.map(\.speaker), ["Tomas Lund", "Tomas Lund"])
    }

    func testAHeadlineNamesWhoSpeaksBeforeOn() throws {
        let corpus = try loadCorpus("""
            Ruiz on Lund and Portugal: 'You can be friendly without being friends'

            Former minister Ana Ruiz defended the choice of Tomas Lund on Sunday. Portugal has faced criticism over the deal.
            """)
        let headline = corpus.claims.first { $0.paragraph == 0 }
        XCTAssertEqual(headline.flatMap { claim in corpus.actors.first { $0.id == claim.speaker }?.name }, "Ana Ruiz")
    }

    func testATitleBeforeAGivenNameAndAPlaceWordMakesAPerson() throws {
        let found = try claims("""
            Parade balloons

            "We will decide tomorrow whether the balloons fly," Patrol Chief James Hall with the city police said Wednesday.
            """)
        XCTAssertEqual(found.map(\.speaker), ["James Hall"])
    }
}

/// A study that speaks without an owner speaks for the authors the article named when it
/// put the study out; a researcher "and her colleagues" are one group, as "et al" is.
final class DocumentAuthorTests: XCTestCase {
    func speakers(_ text: String) throws -> [String?] {
        let corpus = try loadCorpus(text)
        return corpus.claims.map { claim in corpus.actors.first { $0.id == claim.speaker }?.name }
    }

    func testTheStudySpeaksForWhoeverPublishedIt() throws {
        let found = try speakers("""
            Sharks leave the bay

            The Harbour Post published a report on Monday about the port's accounts. The report found the port had lost money \
            for six years.

            In May, a study was published in the journal Marine Ecology, conducted by Harbour Institute professor Ana Ruiz and \
            other researchers. The study found sevengill sharks moved in when the white sharks left.

            Scientists from the University of Lisbon published a second paper. The paper said the water had warmed.
            """)
        XCTAssertEqual(found, ["Harbour Post", "Ana Ruiz", nil])
    }

    func testAResearcherAndHerColleaguesAreOneGroup() throws {
        let corpus = try loadCorpus("""
            Forest rights

            The lands hold a third of the carbon in the region, according to the paper published by Lund and her colleagues. \
            The paper said most of the forest was intact. Prosecutors say Ana Ruiz and her associates hid the money.
            """)
        let speakers = corpus.claims.map { claim in corpus.actors.first { $0.id == claim.speaker }?.name }
        XCTAssertEqual(speakers, ["Lund and her colleagues", "Lund and her colleagues", "prosecutors"])
        XCTAssertTrue(corpus.actors.contains { $0.name == "Ana Ruiz" && $0.type == .person }, "\(corpus.actors.map(\.name))")
    }

    func testSomeonesOwnDocumentAndAMeansAreNoAuthors() throws {
        let found = try speakers("""
            Court ruling

            Ford started its investigation by hiring law firm Sidley Austin. According to the investigation, the tests were \
            flawed. The Harbour Post published a report on the case. The judge's statement said the tests had been run twice.
            """)
        XCTAssertEqual(found, [nil, nil])
    }
}

extension WireCopyTests {
    func testAYearBeforeTheVerbAndARelativeClauseInsideTheAside() throws {
        let found = try claims("""
            Cloud deal

            Kessler Foods in 2017 announced a multi-year deal to sell cloud services to the city. \
            "The air used to be clean there," Ana Ruiz, a Lisbon resident who tweeted about the smoke, said.
            """)
        XCTAssertEqual(found.map(\.speaker), ["Kessler Foods", "Ana Ruiz"])
        XCTAssertEqual(found.map(\.content), ["a multi-year deal to sell cloud services to the city", "The air used to be clean there"])
    }
}

extension WireCopyTests {
    func testWhatWasCalledForIsTheDemand() throws {
        let found = try claims("""
            Ana Ruiz Calls for a Levy on Harbour Traffic

            Harbour master Ana Ruiz spoke on Monday. The union called for an investigation into the shooting.
            """)
        XCTAssertEqual(found.map(\.content), ["a Levy on Harbour Traffic", "an investigation into the shooting"])
    }
}

extension WireCopyTests {
    func testNoOpinionOfTheWriterNoAnswerToAnAllegation() throws {
        let found = try claims("""
            Port spying

            I think that the port will close. Not everyone thinks that way about the port. \
            The ministry rejected the allegation: that it had spied on reporters for a year.
            """)
        XCTAssertTrue(found.isEmpty, "\(found)")
    }

    func testAQuoteParagraphAfterSomeoneElsesSentenceIsNobodysInParticular() throws {
        let found = try claims("""
            Verdict

            "We will appeal," Ana Ruiz said after the hearing. Her rival Tomas Lund welcomed the verdict.

            "Justice has finally been served for the families of the harbour."
            """)
        XCTAssertEqual(found.map(\.speaker), ["Ana Ruiz"])
    }
}

/// What a reader checks of a claim: the words naming the speaker, the speaker's name, what was said.
typealias ClaimRow = (speakerText: String?, speaker: String?, content: String)

func claimRows(_ corpus: Corpus) -> [ClaimRow] {
    corpus.claims.map { claim in (claim.speakerText, corpus.actors.first { $0.id == claim.speaker }?.name, claim.content) }
}

extension DocumentAuthorTests {
    func testAReportFromAnOutletIsTheOutletsNotWhoPostedIt() throws {
        let found = try speakers("""
            Port closure

            Ana Ruiz shared a report from the Harbour Post on her website. The report said the port would close in May.
            """)
        XCTAssertEqual(found, ["Harbour Post"])
    }

    func testAResearchTeamIsTheSourceNotItsFirstWord() throws {
        let corpus = try loadCorpus("""
            Water use

            According to the research team, half of all people face limits on their water supply.
            """)
        XCTAssertEqual(corpus.claims.map { $0.content }, ["half of all people face limits on their water supply"])
        XCTAssertEqual(corpus.claims.map { $0.speakerText }, ["the research team"])
    }

    func testAPlaceAfterInSaysWhereTheSpeakerIsNotWho() throws {
        let corpus = try loadCorpus("""
            Ice sheet study

            Scientists at the University of Tromsdal in Norway said the ice was thinning faster than expected.
            """)
        let claim = try XCTUnwrap(corpus.claims.first)
        // (The scientists speak, unnamed, for themselves: see testPeopleOfABodySpeakForThemselves.)
        XCTAssertEqual(corpus.actors.first { $0.id == claim.speaker }?.name, "scientists at the University of Tromsdal")
    }

    func testAgreeingToAThingIsNoClaimAndAPerfectTenseStillSpeaks() throws {
        let corpus = try loadCorpus("""
            Ferry talks

            The council agreed to the request of the ferry company. Union leader Ana Ruiz agreed to meet the owners on Friday.

            Critics from across the harbour community have claimed the deal was rushed.

            Judge Lena Hart clarified in court that her ruling did not cover the night crossings.
            """)
        XCTAssertEqual(corpus.claims.map { $0.content }, ["the deal was rushed", "her ruling did not cover the night crossings"])
        XCTAssertEqual(corpus.claims.map { $0.cue }, ["claimed", "clarified"])
        XCTAssertEqual(corpus.claims.map { $0.speakerText }, ["Critics from across the harbour community", "Lena Hart"])
    }

    func testSomeonesCriticsAreNotThatSomeoneAndAnAsideInARelativeClauseIsNoClaim() throws {
        let corpus = try loadCorpus("""
            Port closure

            Harbour chief Dana Okafor closed the port on Monday. According to Okafor's critics, the closure was a ploy to break the strike.

            According to the harbour office, ships lost 40 hours a week, a delay which they note is twice last year's.

            The port picked two pilots for the first night crossing, which Harbour Authority said might take place in May.
            """)
        XCTAssertEqual(corpus.claims.map { $0.speakerText }, ["Okafor's critics", "the harbour office"])
        let speakers = corpus.claims.map { claim in corpus.actors.first { $0.id == claim.speaker }?.name }
        XCTAssertFalse(speakers.contains("Dana Okafor"), "the critics speak, not Okafor: \(speakers)")
        XCTAssertEqual(corpus.claims.last?.content, "ships lost 40 hours a week, a delay which they note is twice last year's")
    }

    func testRespondingToAThingIsNoClaimButSayingHowIs() throws {
        let corpus = try loadCorpus("""
            Ferry ruling

            Mayor Dana Okafor responded to the ruling on Monday, attacking it as a gift to the owners.

            The ministry responded to the report by saying that the figures were a year old.

            In May, the parents tried to have Lena Hart freed by saying they forgave her.
            """)
        XCTAssertFalse(corpus.claims.contains { $0.cue == "responded" }, "\(corpus.claims.map { $0.content })")
        XCTAssertTrue(corpus.claims.contains { $0.content == "the figures were a year old" }, "\(corpus.claims.map { $0.content })")
        let forgiving = try XCTUnwrap(corpus.claims.first { $0.content == "they forgave her" })
        XCTAssertEqual(forgiving.speakerText, "the parents", "the sentence's subject says it, not the one its verb names")
    }

    func testTheGovernmentIsNotAnOrganisationWithGovernmentInsideItsName() throws {
        let corpus = try loadCorpus("""
            Council tax to rise

            A spokesperson for the Local Government Association said many councils faced similar pressures.

            The government said councils had been given an extra £1.2bn this year.

            The Harbour Workers Union called a strike. The union said talks had failed.
            """)
        let speakers = corpus.claims.map { claim in corpus.actors.first { $0.id == claim.speaker }?.name }
        XCTAssertEqual(speakers, ["spokesperson for the Local Government Association", "government", "Harbour Workers Union"])
    }

    func testATrailingAttributionTakesTheSentenceWhoseVerbHasNoSpeaker() throws {
        let corpus = try loadCorpus("""
            Longer waits

            Hospitals in Kessel and Marrow also reported longer waits, officials said.
            """)
        XCTAssertEqual(corpus.claims.map { $0.content }, ["Hospitals in Kessel and Marrow also reported longer waits"])
        XCTAssertEqual(corpus.claims.map { $0.speakerText }, ["officials"])
    }

    func testAnOutletsProgrammeAndADescriptorAfterASourceAreNotContent() throws {
        let corpus = try loadCorpus("""
            Waiting lists

            Health Secretary Mark Dunmore told the BBC's Today programme the government was doing all it could.

            Mark Dunmore told CNN's reporters that the lists would fall.

            According to the Nuffield Trust think tank, the number of people waiting has doubled.
            """)
        XCTAssertEqual(corpus.claims.map { $0.content }, ["the government was doing all it could", "the lists would fall",
                                                          "the number of people waiting has doubled"])
        XCTAssertEqual(corpus.claims.first?.addressee, "the BBC's Today programme")
    }

    func testWireCopyTitlesRelaysAndTolls() throws {
        let corpus = try loadCorpus("""
            Oil prices slip

            Saudi Energy Minister Prince Faisal bin Nayef told a conference in Riyadh that the group would act.

            Deputy prime minister Alexander Novak said Moscow would keep its commitments, according to the Interfax news agency.

            The storm claimed more than 200 lives in the region, according to the health ministry.
            """)
        // The toll is the ministry's claim; "claimed … lives" is no claim of the storm's.
        XCTAssertEqual(corpus.claims.map { $0.content }, ["the group would act", "Moscow would keep its commitments",
                                                          "The storm claimed more than 200 lives in the region"])
        XCTAssertEqual(corpus.claims.map { $0.cue }, ["told", "said", "according to"])
        let speakers = corpus.claims.map { claim in corpus.actors.first { $0.id == claim.speaker } }
        XCTAssertEqual(speakers.map { $0?.name }, ["Faisal bin Nayef", "Alexander Novak", "health ministry"])
        XCTAssertEqual(speakers.first??.type, .person)
    }

    func testBusinessCopyCompanySuffixAndConferenceCall() throws {
        let corpus = try loadCorpus("""
            Harrow Motors to cut 2,000 jobs

            Harrow Motors Inc. said on Thursday it would cut 2,000 jobs worldwide.

            District Attorney Cyrus R. Vane Jr. said the case would go on.

            Chief executive Lena Marsh told analysts on a conference call that the cuts were painful but necessary.
            """)
        XCTAssertEqual(corpus.claims.map { $0.content }, ["it would cut 2,000 jobs worldwide", "the case would go on",
                                                          "the cuts were painful but necessary"])
        XCTAssertEqual(corpus.claims.map { $0.addressee }, [nil, nil, "analysts"])
        XCTAssertEqual(corpus.claims.first.flatMap { claim in corpus.actors.first { $0.id == claim.speaker }?.type }, .organization)
    }

    func testLocalNewsAsidesRanksAndTheOneWhoWasTold() throws {
        let corpus = try loadCorpus("""
            Man charged after stabbing

            Det Insp Claire Wendt, of Harford Police, said the attack was shocking.

            A witness, who asked not to be named, told the BBC she saw two men shouting.

            Tomasz Kubiak, a fire service spokesman, told Agence France-Presse the victim was in intensive care.
            """)
        let speakers = corpus.claims.map { claim in corpus.actors.first { $0.id == claim.speaker }?.name }
        XCTAssertEqual(speakers, ["Claire Wendt", "witness", "Tomasz Kubiak"])
        XCTAssertEqual(corpus.actors.first { $0.name == "Claire Wendt" }?.role, "Det Insp")
        XCTAssertEqual(corpus.actors.first { $0.name == "Tomasz Kubiak" }?.role, "fire service spokesman")
        XCTAssertEqual(corpus.claims.map { $0.addressee }, [nil, "the BBC", "Agence France-Presse"])
    }

    /// Sentences a review found the rules above could misread.
    func testTheNarrowerRulesLeaveOrdinarySentencesAlone() throws {
        let corpus = try loadCorpus("""
            Review

            Reporters asked about the state of Joe Biden's health. Power passed from Joe Biden to Donald Trump in 2017.

            The bank's chief executive Jane Fraser resigned on Monday, saying it was time for a change.

            Witnesses said the gunman fled on foot, police said.

            Janet Yellen agreed with economists that inflation would ease. Nigel Farage claimed 100 seats were within reach.

            Police Scotland said two men were arrested. The police said the men were local.
            """)
        XCTAssertTrue(corpus.actors.contains { $0.name == "Donald Trump" && $0.type == .person })
        XCTAssertTrue(corpus.actors.contains { $0.name == "Joe Biden" && $0.type == .person })
        let found = speakersAndContents(corpus)
        XCTAssertEqual(found, [["Jane Fraser", "it was time for a change"], ["witnesses", "the gunman fled on foot"],
                               ["Janet Yellen", "inflation would ease"], ["Nigel Farage", "100 seats were within reach"],
                               ["Police Scotland", "two men were arrested"], ["Police Scotland", "the men were local"]])
    }

    func testACourtsRulingThatIsAClaimAndRulingAThingIsNot() throws {
        let corpus = try loadCorpus("""
            Ferry law

            The Supreme Court ruled that the ferry law was unconstitutional. The old king ruled the island for 40 years.

            Judge Lena Hart ruled out a retrial. The ferry owners were determined to win.
            """)
        XCTAssertEqual(corpus.claims.map { $0.content }, ["the ferry law was unconstitutional"])
        XCTAssertEqual(corpus.claims.map { $0.cue }, ["ruled"])
    }

    func testAnInterviewLabelOfOneNameIsTheInterviewee() throws {
        let corpus = try loadCorpus("""
            Wikinews talks to a ferry worker

            ((WN)) How did the strike start?

            ((Taslima)) It started when the owners cut our pay for the night crossings.

            ((WN)) What happens next?

            ((Taslima)) We will vote again on Friday, and we expect to win.
            """)
        let speakers = corpus.claims.map { claim in corpus.actors.first { $0.id == claim.speaker }?.name }
        XCTAssertEqual(speakers, ["Taslima", "Taslima"], "\(corpus.claims.map { $0.content })")
        XCTAssertFalse(corpus.actors.contains { $0.name == "WN" }, "the interviewer's initials are no actor")
    }

    func testBroadcastProgrammesAndPlacesBetweenToldAndThat() throws {
        let corpus = try loadCorpus("""
            Rail strike

            Passengers told BBC Breakfast they had been left stranded.

            Union leader Mick Lynch told reporters outside the union's headquarters that further strikes could not be ruled out.

            Terrorism specialist Ali Soufan told NPR Hamza bin Laden had appeared in videos since he was a boy.
            """)
        XCTAssertEqual(corpus.claims.map { $0.content }, ["they had been left stranded", "further strikes could not be ruled out",
                                                          "Hamza bin Laden had appeared in videos since he was a boy"])
    }

    /// Broadcast copy marks a quote that runs over paragraphs by leaving each paragraph's quote
    /// open; copy that lost its breaks keeps the open mark mid-paragraph.
    func testAQuoteLeftOpenRunsOnToTheSpeakerNamedAtItsEnd() throws {
        let corpus = try loadCorpus("""
            Harbour plan

            The council approved the plan. Historian Walter Phillips hopes there is a vote in five years. "I think that in five years we should be pretty near. "Now we have to persuade our political leaders," Mr Phillips said.

            "The harbour will be busier than ever before.

            "And we will need more tugs," port director Ana Ruiz said.
            """)
        let found = speakersAndContents(corpus)
        // (The lead-in's hope is a claim of its own: blind annotators of broadcast copy mark one.)
        XCTAssertEqual(found, [["Walter Phillips", "there is a vote in five years"],
                               ["Walter Phillips", "I think that in five years we should be pretty near. \"Now we have to persuade our political leaders"],
                               ["Ana Ruiz", "The harbour will be busier than ever before."],
                               ["Ana Ruiz", "And we will need more tugs"]])
    }

    func testAQuoteGoesOnWithAnUnnamedSpeakerAfterTheVerb() throws {
        let corpus = try loadCorpus("""
            Factory shooting

            "We're hearing as many as 35 have been shot but we can't confirm that," said a Goshen police dispatcher. "We haven't been able to get inside."
            """)
        let speakers = corpus.claims.map { claim in corpus.actors.first { $0.id == claim.speaker }?.name }
        XCTAssertEqual(speakers, ["Goshen police dispatcher", "Goshen police dispatcher"], "\(corpus.claims.map(\.content))")
    }

    /// "Pollock expects a better showing. “…,” he said.": the sentence that leads into a quote
    /// names its speaker, not whoever spoke last; a lead-in whose subject is a pronoun names no one new.
    func testThePronounAfterAQuoteIsThePersonTheSentenceBeforeBroughtIn() throws {
        let corpus = try loadCorpus("""
            Test match

            Waugh says his side must guard against complacency. South African captain Shaun Pollock expects a better performance from his side. "We still believe we didn't play to our full potential," he said.

            Ambassador Abdul Zaeef spoke to CNN. He insisted the fighters would not surrender to Hamid Karzai. "They will surrender to elders, not to Karzai," he said.
            """)
        let found = speakersAndContents(corpus)
        XCTAssertEqual(found, [["Waugh", "his side must guard against complacency"],
                               ["Shaun Pollock", "We still believe we didn't play to our full potential"],
                               ["Abdul Zaeef", "the fighters would not surrender to Hamid Karzai"],
                               ["Abdul Zaeef", "They will surrender to elders, not to Karzai"]])
    }

    /// Court and inquiry copy: what a body was told or heard, with no one named telling it, is a
    /// claim of no one with the body as addressee; an order or a noise heard is none.
    func testWhatACourtWasToldOrHeardIsAClaimOfNoOne() throws {
        let corpus = try loadCorpus("""
            Canyoning trial

            A court in Switzerland has been told the wall of water was an unpredictable natural catastrophe.

            The meeting of creditors was told this morning staff are owed nearly $9 million.

            The inquiry has also heard the insurer had been trading while insolvent.

            Residents heard a loud bang. The guide was told to leave the building.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["the wall of water was an unpredictable natural catastrophe",
                                                      "staff are owed nearly $9 million", "the insurer had been trading while insolvent"])
        XCTAssertEqual(corpus.claims.map(\.speaker), [nil, nil, nil])
        XCTAssertEqual(corpus.claims.map(\.addressee), ["A court in Switzerland", "The meeting of creditors", "The inquiry"])
    }

    /// A report the speaker confirms or denies is weighed, not relayed; a study's finding inside
    /// what someone says is theirs too. Both claims stand in each.
    func testAWeighedReportAndAFindingInsideAClaimLeaveBothClaims() throws {
        let corpus = try loadCorpus("""
            Detained man

            Attorney-General Daryl Williams says he cannot confirm media reports the man has family in Adelaide.

            Report author Bernadette McMenamin says the study revealed a growing number of children are at risk.
            """)
        let found = speakersAndContents(corpus)
        XCTAssertEqual(found, [["Daryl Williams", "he cannot confirm media reports the man has family in Adelaide"],
                               ["media", "the man has family in Adelaide"],
                               ["Bernadette McMenamin", "the study revealed a growing number of children are at risk"],
                               ["-", "a growing number of children are at risk"]])
    }

    /// Broadcast subjects: a noun for someone who speaks, then a participle or "who" clause, then
    /// the verb (a comma may stand before it); a name in apposition still speaks for itself.
    func testASubjectModifiedBeforeItsVerbStillSpeaks() throws {
        let corpus = try loadCorpus("""
            Grocers and rafters

            But the association representing food and grocery companies says consumers will have to look hard.

            A rafter who raised the alarm after his party was swept into the river, says he did not know whether his friends had survived.

            Meanwhile, a senior member of the Northern Alliance attending the talks in Bonn said that an interim administration would take power.

            The judge presiding over the case, Bernard Schwartz, said the sentence had to be long.

            The Pentagon now believes the fugitive is on the run.
            """)
        let found = corpus.claims.map { claim in [claim.speakerText ?? "-", claim.content] }
        XCTAssertEqual(found, [["the association", "consumers will have to look hard"],
                               ["A rafter", "he did not know whether his friends had survived"],
                               ["a senior member", "an interim administration would take power"],
                               ["Bernard Schwartz", "the sentence had to be long"],
                               ["Pentagon", "the fugitive is on the run"]])
    }

    func testTheKindOfOutletAfterItsNameIsPartOfTheAddressee() throws {
        let corpus = try loadCorpus("""
            Arrests

            Police have arrested three men, a security source told the AFP news agency.

            Neighbours told CBS station KDKA-TV that the area is usually quiet.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["Police have arrested three men", "the area is usually quiet"])
        XCTAssertEqual(corpus.claims.map(\.addressee), ["the AFP news agency", "CBS station KDKA-TV"])
    }

    /// Unnamed speakers keep the word that says whose they are; people of several places are
    /// not the last place; an apposition whose closing comma was dropped does not hand the quote
    /// to the person named inside it.
    func testUnnamedSpeakersOfBodiesAndPlacesAndAnUnclosedApposition() throws {
        let corpus = try loadCorpus("""
            Unrest

            Police are trying to stop rallies, but union leaders say workers will not stop until the government goes.

            "He is still attached to a drip," a staff member told AFP.

            The presidents of neighbouring Brazil and Chile say they fear the unrest could spread.

            "The president asked the envoy to put pressure on Israel," Nabil Abu Rudeina, an adviser to Mr Arafat said.
            """)
        let found = corpus.claims.map { claim in [claim.speakerText ?? "-", corpus.actors.first { $0.id == claim.speaker }?.name ?? "-"] }
        XCTAssertEqual(found, [["union leaders", "union leaders"], ["a staff member", "staff member"],
                               ["The presidents", "presidents"], ["Nabil Abu Rudeina", "Nabil Abu Rudeina"]])
        XCTAssertEqual(corpus.claims.last?.content, "The president asked the envoy to put pressure on Israel")
    }

    /// Copy that lost a closing mark leaves narrative inside an open quote; the next quote's
    /// speaker does not take that narrative, nor does the speaker before it.
    func testAQuoteOpenOverNarrativeIsNoOnesRunOn() throws {
        let corpus = try loadCorpus("""
            Mountain stand

            Senator Chuck Hagel said the tapes must be made public. "The world needs to see this," he said. "Some officials hope it will help. The fugitive was said to be staging a stand in the mountains. A spokesman for the Northern Alliance said he was leading the defence. "Osama himself has taken the command of the fighting," Mohammad Amin told the Reuters news agency.
            """)
        let amin = corpus.claims.filter { $0.speakerText == "Mohammad Amin" }
        XCTAssertEqual(amin.map(\.content), ["Osama himself has taken the command of the fighting"])
        XCTAssertFalse(corpus.claims.contains { $0.content.contains("staging a stand") && $0.kind == .direct })
    }

    /// The lead-in may be the article's first sentence and open on the name itself: there is no
    /// token before it to look at.
    func testALeadInThatOpensTheArticleOnAName() throws {
        let corpus = try loadCorpus("""
            Test match

            Shaun Pollock expects a better showing. "We did not play well," he said.
            """)
        XCTAssertEqual(corpus.claims.map { claim in corpus.actors.first { $0.id == claim.speaker }?.name }, ["Shaun Pollock"])
    }

    /// What the rules above must not do: take a person named as an object for the pronoun after a
    /// quote, hand an apposition's named speaker to its noun, split a finding from the officials
    /// who state it, read a hearing of a case as evidence, or swallow a party after "radio".
    func testTheBroadcastRulesLeaveOrdinarySentencesAlone() throws {
        let corpus = try loadCorpus("""
            Review probes

            Detective Anna Ruiz said the inquiry continues. Officers arrested Mary Jones on Monday. "We are confident," she said.

            The lawyer representing the family, Ms Jane Doe, said the ruling was unjust.

            Tests showed the water was safe, officials said.

            The High Court heard the appeal on Tuesday.

            Tomas Lund told ABC radio Labor would lose the seat.
            """)
        let found = speakersAndContents(corpus)
        XCTAssertEqual(found, [["Anna Ruiz", "the inquiry continues"], ["Anna Ruiz", "We are confident"],
                               ["Jane Doe", "the ruling was unjust"], ["officials", "Tests showed the water was safe"],
                               ["Tomas Lund", "Labor would lose the seat"]])
    }

    func testAStudyThatHasFoundSpeaksAsOneThatFound() throws {
        let corpus = try loadCorpus("""
            Child safety

            A new study has found thousands of children are at risk online.

            The researchers have also shown that most parents do not know.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["thousands of children are at risk online", "most parents do not know"])
        XCTAssertEqual(corpus.claims.map(\.cue), ["found", "showed"])
    }

    private func speakersAndContents(_ corpus: Corpus) -> [[String]] {
        corpus.claims.map { claim in [corpus.actors.first { $0.id == claim.speaker }?.name ?? "-", claim.content] }
    }

    /// Bodies speak in the plural too ("Unions say"), and a second verb after "and" shares the
    /// first one's subject in the present tense as in the past, with that subject as speaker.
    func testPluralBodiesAndASharedPresentTenseVerbHaveSpeakers() throws {
        let corpus = try loadCorpus("""
            Strike vote

            Unions say maintenance staff deserve a modest pay rise.

            The airlines are making no apologies and say the new checks will stay.

            Police arrested two men at the depot and said the inquiry was continuing.

            Child advocates have called on the bishop to resign, saying he ignored the warnings.
            """)
        // (A description opening a sentence is shown in lowercase when its first word is an ordinary one.)
        XCTAssertEqual(speakersAndContents(corpus).map { [$0[0].lowercased(), $0[1]] }, [
            ["unions", "maintenance staff deserve a modest pay rise"],
            ["airlines", "the new checks will stay"],
            ["police", "the inquiry was continuing"],
            ["child advocates", "he ignored the warnings"],
        ])
    }

    /// "found that" reports the finding of one who judges; "found" with a thing after it does not.
    func testACoronerWhoFoundThatSpeaks() throws {
        let corpus = try loadCorpus("""
            Inquest

            The coroner has found that the boy should never have been held in a cell.

            Officers found the car abandoned near the river. Her daughter found that the door was locked.
            """)
        XCTAssertEqual(speakersAndContents(corpus), [["coroner", "the boy should never have been held in a cell"]])
    }

    /// A maker of things other than films or policy is a company: "car maker Kessler, has
    /// confirmed" (with its stray comma) speaks as the organisation.
    func testAMakerBeforeANameIsACompany() throws {
        let corpus = try loadCorpus("""
            Subsidy talks

            Japanese car maker Halvorsen, has confirmed that it has asked for more money from the state.

            The decision was praised by chip maker Lindqvist and by film maker Bergqvist on Monday.
            """)
        XCTAssertEqual(corpus.actors.first { $0.name == "Halvorsen" }?.type, .organization)
        XCTAssertEqual(corpus.actors.first { $0.name == "Lindqvist" }?.type, .organization)
        XCTAssertNotEqual(corpus.actors.first { $0.name == "Bergqvist" }?.type, .organization)
        XCTAssertEqual(speakersAndContents(corpus), [["Halvorsen", "it has asked for more money from the state"]])
    }

    /// The one who speaks for a body that speaks is the speaker, with the body in the words.
    func testMembersOfPartiesKeepTheirHead() throws {
        let corpus = try loadCorpus("""
            Protest

            Some members of opposition parties claimed the violent protesters were sent by the government.
            """)
        XCTAssertEqual(corpus.claims.map(\.speakerText), ["Some members of opposition parties"])
    }

    /// Broadcast copy closes a sentence on who said it and where: "…, X told a press conference
    /// in Canberra." The audience is the whole compound, and the place is not what was said.
    func testATrailingAttributionToAPressConferenceInAPlace() throws {
        let corpus = try loadCorpus("""
            Charges laid

            The man faces six counts over the attacks, Attorney-General Jane Roe told a press conference in Canberra.
            """)
        XCTAssertEqual(speakersAndContents(corpus), [["Jane Roe", "The man faces six counts over the attacks"]])
        XCTAssertEqual(corpus.claims.map(\.addressee), ["a press conference"])
    }

    /// Findings of a document whose author, time or long name stands before the verb, and the
    /// "It also found" that goes on with the same document.
    func testFindingsOfAReportPastItsAuthorAndTime() throws {
        let corpus = try loadCorpus("""
            Roads audit

            A report released by the shire council yesterday found that most roads were in poor repair. It also found the bridges needed urgent work.

            The study by the Kessler Institute of Health and Welfare shows the number of people with asthma has increased by 2 per cent.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["most roads were in poor repair", "the bridges needed urgent work",
                                                      "the number of people with asthma has increased by 2 per cent"])
        XCTAssertEqual(corpus.claims.last.flatMap { claim in corpus.actors.first { $0.id == claim.speaker }?.name },
                       "Kessler Institute of Health and Welfare")
    }

    /// "was told by X administrators that …": the agent's people told it; the agent speaks.
    func testAPassiveToldByAnAgentsPeople() throws {
        let corpus = try loadCorpus("""
            Terminal row

            Kessler Airlines set up a marquee after it was told by Halvorsen Airways administrators that it could no longer share the terminal.
            """)
        XCTAssertEqual(speakersAndContents(corpus), [["Halvorsen Airways", "it could no longer share the terminal"]])
    }

    /// Broadcast copy drops the commas around a role: the person before it speaks, not the
    /// body after it; "witnesses and police said" makes no source called "and police"; and
    /// one "accused by" someone is spoken of, not speaking.
    func testRolesWithoutCommasJoinedSourcesAndReducedPassives() throws {
        let corpus = try loadCorpus("""
            Clinic ready

            Professor Ana Ruiz deputy director of the Kessler Institute of Reproduction says the clinic is ready to begin.

            Dozens of people were hurt when the roof fell in, witnesses and police said.

            The cleric accused by Washington of ordering the attacks appeared more isolated than ever.
            """)
        XCTAssertEqual(speakersAndContents(corpus).map { [$0[0].lowercased(), $0[1]] }, [
            ["ana ruiz", "the clinic is ready to begin"],
            ["police", "Dozens of people were hurt when the roof fell in"],
        ])
        XCTAssertEqual(corpus.claims.map(\.speakerText), ["Ana Ruiz", "police"])
    }

    /// A name after a preposition of place ends its clause: the role after its comma is the
    /// subject of the verb that follows, not the name's title. "expressed confidence that"
    /// reports what follows "that".
    func testARoleAfterAPlaceNameIsTheNextSubject() throws {
        let corpus = try loadCorpus("""
            Air strikes

            Nearly 100 civilians have been killed in three nights of air strikes near Kessabad, the provincial military chief said.

            The ashes were scattered upstream from Varnesh, a spokesman for the group said.

            Opposition commanders had earlier expressed confidence that the airport would fall by nightfall.
            """)
        XCTAssertFalse(corpus.actors.contains { ["Kessabad", "Varnesh"].contains($0.name) && $0.type == .person })
        XCTAssertEqual(corpus.claims.map(\.speakerText), ["the provincial military chief", "a spokesman for the group", "Opposition commanders"])
        XCTAssertEqual(corpus.claims.map(\.content), ["Nearly 100 civilians have been killed in three nights of air strikes near Kessabad",
                                                      "The ashes were scattered upstream from Varnesh", "the airport would fall by nightfall"])
    }

    /// "Media reports say …" is the reports' claim, not a report of "say …"; "now" between a
    /// group and its verb does not hide the verb.
    func testMediaReportsSayAndLeadersNowBelieve() throws {
        let corpus = try loadCorpus("""
            Fugitive

            Media reports say the minister will resign next week.

            Local tribal leaders now believe the fugitive will not be captured.
            """)
        XCTAssertEqual(corpus.claims.map(\.speakerText), ["Media reports", "Local tribal leaders"])
        XCTAssertEqual(corpus.claims.map(\.content), ["the minister will resign next week", "the fugitive will not be captured"])
        XCTAssertEqual(speakersAndContents(corpus).map { $0[0].lowercased() }, ["media reports", "local tribal leaders"])
    }

    /// Hopes, fears and advice before a clause are claims; before "to", in a passive or inside
    /// what someone says ("said it hoped …") they are not claims of their own.
    func testHopesFearsAndRecommendationsBeforeAClause() throws {
        let corpus = try loadCorpus("""
            Plant closure

            Union organiser Terry Lane fears up to 200 jobs at the plant are at risk. Historian Ana Ruiz hopes there is a vote within five years. The regulator recommends that users update their software.

            Lane hopes to meet the owners next week. It was always hoped the money would arrive before Christmas. The ministry said in a statement it hoped the talks would resume.
            """)
        XCTAssertEqual(corpus.claims.map(\.cue), ["feared", "hoped", "recommended", "said"])
        XCTAssertEqual(corpus.claims.map(\.content), ["up to 200 jobs at the plant are at risk", "there is a vote within five years",
                                                      "users update their software", "it hoped the talks would resume"])
    }

    /// A title between "with" and the name, and a progressive "are calling on".
    func testWithATitledSpeakerAndAProgressiveCall() throws {
        let corpus = try loadCorpus("""
            Cloning row

            The announcement drew criticism, with President Jane Roe saying she was against any type of cloning.

            Residents are calling on the council to fix the road before winter.
            """)
        XCTAssertEqual(speakersAndContents(corpus).map { [$0[0].lowercased(), $0[1]] }, [
            ["jane roe", "she was against any type of cloning"],
            ["residents", "the council to fix the road before winter"],
        ])
    }

    /// A name in apposition to a word for a person is that person's; nouns no list holds
    /// between a determiner and a source's noun say which source it is, but not words of
    /// order or time.
    func testAppositionNamesAndNounCompoundSources() throws {
        let corpus = try loadCorpus("""
            Virus warning

            The minister's spokesman, Lund, told reporters that the talks had failed.

            Computer virus experts have warned that the new worm can erase hard drives. A fire service spokesperson says the blaze could have been an act of arson.

            For the first time scientists said the samples showed signs of water.
            """)
        XCTAssertEqual(corpus.actors.first { $0.name == "Lund" }?.type, .person)
        XCTAssertEqual(speakersAndContents(corpus).map { $0[0].lowercased() },
                       ["lund", "computer virus experts", "fire service spokesperson", "scientists"])
    }

    /// "One of the developers, historian Ana Ruiz, hopes …": the named person in the apposition
    /// speaks, with a trade before the name; a role with "the … of" before a name of a place or
    /// work ("Jan Brody, the director of Black Harbour, wrote") leaves the speaker before it.
    func testATradeBeforeAnAppositionNameAndARoleOfAWork() throws {
        let corpus = try loadCorpus("""
            Vote plan

            One of the proposal's developers, historian Ana Ruiz, hopes there is a vote on the question within five years.

            Jan Brody, the director of Black Harbour, wrote that the film had been hard to finish.
            """)
        XCTAssertEqual(speakersAndContents(corpus), [["Ana Ruiz", "there is a vote on the question within five years"],
                                                     ["Jan Brody", "the film had been hard to finish"]])
    }

    /// A claim in a relative clause about someone inside what another says leaves both claims;
    /// one on the outer speaker ("according to police, who said …") still goes on with theirs.
    func testARelativeClauseInsideAClaimLeavesBoth() throws {
        let corpus = try loadCorpus("""
            Advice

            The bishop says he relied on advice from church officials, who told him the insurance policy would lapse.

            The ministry says a man who has claimed he was planning attacks trained as a pilot in 1997.
            """)
        XCTAssertEqual(speakersAndContents(corpus).map { [$0[0].lowercased(), $0[1]] }, [
            ["bishop", "he relied on advice from church officials, who told him the insurance policy would lapse"],
            ["church officials", "the insurance policy would lapse"],
            ["ministry", "a man who has claimed he was planning attacks trained as a pilot in 1997"],
            ["man", corpus.claims.last?.content ?? ""],
        ])
        // (Where a restrictive relative clause ends is not found: the man's words run on into the
        // main clause's verb. Only their start is asserted.)
        XCTAssertTrue(corpus.claims.last?.content.hasPrefix("he was planning attacks") == true)
    }

    /// "was quoted by X as telling Y that …" is the quoted one's claim, told to Y.
    func testQuotedAsTelling() throws {
        let corpus = try loadCorpus("""
            Confession

            Home Minister Ana Ruiz has been quoted by a news agency as telling a meeting of business leaders that the man had confessed.
            """)
        XCTAssertEqual(speakersAndContents(corpus), [["Ana Ruiz", "the man had confessed"]])
        XCTAssertEqual(corpus.claims.map(\.cue), ["told"])
    }

    /// A capital whose name more often means another place (Victoria, the Australian state) is
    /// not its country, and a market named after a queen is no person.
    func testAmbiguousCapitalsAndMarketsAreNotActorsOfTheirNamesakes() throws {
        let corpus = try loadCorpus("""
            Storms

            Storms have hit Victoria and New South Wales overnight, and shoppers fled the Queen Victoria Market.
            """)
        XCTAssertFalse(corpus.actors.contains { $0.name == "Seychelles" })
        XCTAssertFalse(corpus.actors.contains { $0.name.contains("Market") && $0.type == .person })
    }

    /// "In a statement the company says X, and says Y": the opening phrase says where, and the
    /// second verb shares the subject after it; "In a briefing that included Ana Ruiz, Lund
    /// denied …, arguing" still has Lund as the subject.
    func testAnOpeningVenueBeforeTheSubjectOfASharedVerb() throws {
        let corpus = try loadCorpus("""
            Tax deal

            In a statement the company says it welcomes the tax package, and says it is an historic day.

            In a public briefing that included Governor Ana Ruiz, President Jan Lund denied the fires were worse, arguing they were largely the product of poor forest management.
            """)
        XCTAssertEqual(speakersAndContents(corpus).map { [$0[0].lowercased(), $0[1]] }, [
            ["company", "it welcomes the tax package"],
            ["company", "it is an historic day"],
            ["jan lund", "the fires were worse"],
            ["jan lund", "they were largely the product of poor forest management"],
        ])
    }

    /// "to" before someone says to whom ("explained to the press, “…”", "stated to the CBC that
    /// …"), never an infinitive ("threatened to withhold funds from districts that …"); "A and B
    /// both argued" is a claim of each.
    func testToWhomBeforeWhatAndAJointSubjectWithBoth() throws {
        let corpus = try loadCorpus("""
            Debate

            Minister Ana Ruiz stated to the CBC in late June that the border closure drove up prices.

            President Jan Lund threatened to withhold federal funds from districts that did not comply.

            Tomas Berg and Mia Holm both argued that debates should include every candidate on the ballot.
            """)
        XCTAssertEqual(speakersAndContents(corpus), [
            ["Ana Ruiz", "the border closure drove up prices"],
            ["Jan Lund", "to withhold federal funds from districts that did not comply"],
            ["Tomas Berg", "debates should include every candidate on the ballot"],
            ["Mia Holm", "debates should include every candidate on the ballot"],
        ])
    }

    /// "The chairwoman of the Harbour Board, Ana Ruiz, says …" names who holds the role: the
    /// name is a person (no title before it) and "He"/"She" next is her; "X says … and he admits
    /// that …" is two claims of X, even of an unnamed official; a toll is no claim ("fighting
    /// has claimed hundreds of lives").
    func testARoleOfAnOwnerBeforeANameAndAPronounAfterAnd() throws {
        let corpus = try loadCorpus("""
            Harbour fees

            The chairwoman of the Harbour Board, Delphine Okoro, says the fees will rise in March. She says the board has no choice.

            A senior port official says shipping will slow down and he admits that jobs may be lost.

            In a valley where fighting between two clans has claimed hundreds of lives, many blame the drought for the violence.
            """)
        XCTAssertEqual(speakersAndContents(corpus), [
            ["Delphine Okoro", "the fees will rise in March"],
            ["Delphine Okoro", "the board has no choice"],
            ["senior port official", "shipping will slow down"],
            ["senior port official", "jobs may be lost"],
        ])
        XCTAssertEqual(corpus.actors.first { $0.name == "Delphine Okoro" }?.type, .person)
    }

    /// "But the airlines are … and say …": a conjunction opening the sentence is no part of the
    /// subject the second verb shares; "A nurse, held at the centre, claims he …": after an
    /// apposition, a verb form that is also a noun is the verb when a clause follows it.
    func testAnOpeningConjunctionAndAVerbAfterAnApposition() throws {
        let corpus = try loadCorpus("""
            Checks stay

            But the airlines are making no apologies and say the new checks will stay.

            A Sudanese nurse, held at the Pinewood centre since May, claims he was refused a visit from his lawyer.
            """)
        XCTAssertEqual(speakersAndContents(corpus), [
            ["airlines", "the new checks will stay"],
            ["Sudanese nurse", "he was refused a visit from his lawyer"],
        ])
    }

    /// A trade after its owner speaks ("The Northern Territory's coroner has found that …"); a document opening the sentence speaks through a participle
    /// ("The report has ruled out …, saying …"), and closing it ("…, figures released on
    /// Wednesday showed."); "according to documents collected by X" is X's; "official
    /// documents" are nobody's title.
    func testOwnedTradesAndDocumentsAsSubjects() throws {
        let corpus = try loadCorpus("""
            Review

            The Northern Territory's coroner has found that the boy should not have been held in a cell.

            The report has ruled out pilot error, saying engine failures forced the crew to ditch the aircraft.

            The economy grew by 1.1 per cent in the September quarter, figures released on Wednesday showed.

            The ministers approved the plan in 1975, according to documents collected by the Harbour Heritage Trust.

            The council approved the sale, official documents released today showed.
            """)
        XCTAssertEqual(corpus.claims.map { [$0.speakerText ?? "-", $0.content] }, [
            ["The Northern Territory's coroner", "the boy should not have been held in a cell"],
            ["The report", "engine failures forced the crew to ditch the aircraft"],
            ["figures", "The economy grew by 1.1 per cent in the September quarter"],
            ["documents collected by the Harbour Heritage Trust", "The ministers approved the plan in 1975"],
            ["official documents", "The council approved the sale"],
        ])
        XCTAssertEqual(corpus.claims.first { $0.speakerText?.hasPrefix("documents") ?? false }?.speaker, "harbour-heritage-trust")
        XCTAssertFalse(corpus.actors.contains { $0.name.lowercased() == "official" })
    }

    /// "warned of X" and "warned against X" give the danger as what was said (as "called for"
    /// gives the demand), a relative clause after it included; "Unions representing dock
    /// workers say" is the unions' claim, not the workers'.
    func testWarningsOfAThingAndAPluralSubjectWithAParticiple() throws {
        let corpus = try loadCorpus("""
            Port dispute

            Unions representing dock workers have warned of escalating industrial action over the holidays.

            Security experts warned of a new computer virus that can erase a hard drive.

            The bank warned against opening unexpected email attachments.
            """)
        XCTAssertEqual(corpus.claims.map { [$0.speakerText ?? "-", $0.content] }, [
            ["Unions", "escalating industrial action over the holidays"],
            ["Security experts", "a new computer virus that can erase a hard drive"],
            ["The bank", "opening unexpected email attachments"],
        ])
    }

    /// A named body "found" a clause with no "that" ("The Statistics Bureau has found gambling
    /// was …"): a finding; "The Harbour Authority found the wreck" finds a thing.
    func testANamedBodyFindsAClauseWithoutThat() throws {
        let corpus = try loadCorpus("""
            Casinos

            The Australian Bureau of Statistics has found gambling was the biggest earner for casinos last year.

            The Harbour Authority found the wreck of the ferry near the breakwater.
            """)
        XCTAssertEqual(speakersAndContents(corpus), [
            ["Australian Bureau of Statistics", "gambling was the biggest earner for casinos last year"],
        ])
    }

    /// Hearsay in the passive is nobody's claim ("is reported to be", "men believed to have
    /// been involved"); "Ruiz claimed to have no memory" is Ruiz's.
    func testPassiveHearsayIsNoClaimButAnActiveClaimToHaveIs() throws {
        let corpus = try loadCorpus("""
            Shooting

            The victim, a high school student, is reported to be in critical condition.

            Police arrested two men believed to have been involved in the robbery.

            Ana Ruiz claimed to have no memory of the night of the fire.

            The captain is claimed to have ignored two warnings.
            """)
        XCTAssertEqual(speakersAndContents(corpus), [
            ["Ana Ruiz", "to have no memory of the night of the fire"],
        ])
    }

    /// "led by Ana Ruiz, a marine ecologist at the Harbour Institute, who said …": "who" is the
    /// person the apposition describes; "backed by the Harbour Authority, which warned …" is
    /// the body.
    func testWhoAfterAnAppositionEndingOnAWorkplace() throws {
        let corpus = try loadCorpus("""
            Reef study

            The research was led by Ana Ruiz, a marine ecologist at the Harbour Institute, who said "Local action still matters for the reef."

            The plan was backed by the Harbour Authority, which warned that delays would cost the port its licence.
            """)
        XCTAssertEqual(speakersAndContents(corpus), [
            ["Ana Ruiz", "Local action still matters for the reef."],
            ["Harbour Authority", "delays would cost the port its licence"],
        ])
    }

    /// "The company …, although it has reaffirmed …": "it" is what the sentence opens on, and
    /// "the company" is the business named before, never the government named since.
    func testItIsTheBodyTheSentenceOpensOnAndTheCompanyIsABusiness() throws {
        let corpus = try loadCorpus("""
            Plant funding

            Mitsubishi has asked the state for help with its plant. The Federal Government is considering the request.

            The company has refused to say what the money would be used for, although it has reaffirmed its commitment to the Adelaide plant.
            """)
        XCTAssertEqual(speakersAndContents(corpus), [
            ["Mitsubishi", "the state for help with its plant"],
            ["Mitsubishi", "its commitment to the Adelaide plant"],
        ])
    }

    /// Bodies named together before one verb make one claim each, as people do ("The CIA and
    /// the NSA believe …"); a person and a body do not pair.
    func testBodiesNamedTogetherMakeOneClaimEach() throws {
        let corpus = try loadCorpus("""
            Killing

            The CIA and the NSA believe the crown prince ordered the killing.

            Reuters and the Associated Press reported that the border had been closed.
            """)
        XCTAssertEqual(speakersAndContents(corpus).map { [$0[0].lowercased(), $0[1]] }, [
            ["cia", "the crown prince ordered the killing"],
            ["nsa", "the crown prince ordered the killing"],
            ["reuters", "the border had been closed"],
            ["associated press", "the border had been closed"],
        ])
    }

    /// What the rules above must leave alone: a warning given to someone ("Residents were
    /// warned of flooding"), a thing found ("Boeing found cracks in jets that had been
    /// inspected"), an adjective before a country ("Neighbouring Pakistan said"), a document's
    /// critic ("The report was criticised by X, saying …" is X's); and a court filing's words
    /// are its filer's ("filed a lawsuit alleging …").
    func testLimitsOfTheRulesForWarningsFindingsBodiesAndDocuments() throws {
        let corpus = try loadCorpus("""
            Storm

            Residents were warned of flash flooding overnight.

            Boeing found cracks in 38 jets that had been inspected in May.

            Neighbouring Pakistan said it would close the border.

            The Harbour Trust filed a lawsuit alleging the new tax is unconstitutional.
            """)
        XCTAssertEqual(speakersAndContents(corpus), [
            ["Pakistan", "it would close the border"],
            ["Harbour Trust", "the new tax is unconstitutional"],
        ])
    }

    /// "a study conducted by astronomer Ana Ruiz and other researchers reported …": Ruiz, as
    /// "published by Tomas Lund and other scientists" gives Lund, not "other researchers".
    func testAResearcherNamedBeforeOtherResearchersSpeaks() throws {
        let corpus = try loadCorpus("""
            Exoplanet

            In March, a study conducted by astronomer Ana Ruiz and other researchers reported signs of a planet forming around the star.
            """)
        XCTAssertEqual(speakersAndContents(corpus), [
            ["Ana Ruiz", "signs of a planet forming around the star"],
        ])
    }

    /// Wire and broadcast copy place a source and describe a group before the verb: the
    /// state after a town belongs to where the source is ("according to police in Baytown,
    /// Texas, …"), a group with a participle after it speaks ("Fighters returning from the
    /// front say"), and of "X and other agencies", the one named.
    func testWhereTheSourceIsAndWhoTheSubjectIs() throws {
        let corpus = try loadCorpus("""
            Port blockade

            According to police in Harwick, Oregon, the driver fled on foot after the crash.

            According to officials in Lyon, France, the factory will close next year.

            Fighters returning from the front say the city has fallen to the rebels.

            The Harbour Authority and other port agencies believe the blockade will last a month.
            """)
        XCTAssertEqual(speakersAndContents(corpus), [
            ["police", "the driver fled on foot after the crash"],
            ["officials in Lyon", "the factory will close next year"],
            ["fighters", "the city has fallen to the rebels"],
            ["Harbour Authority", "the blockade will last a month"],
        ])
    }

    /// Broadcast and wire copy let a document speak twice and put nouns where verbs could be:
    /// "A new report claims …" is the report's; "It also says" after a sentence opening on a
    /// bulletin is the bulletin again, not a country its content names; "a Harbour Police
    /// post" is a post, so the sentence is the medics'; a denial stops at ", however," before
    /// a new clause, and "a Harbour Board report eventually concluded" is the board's.
    func testDocumentsThatSpeakAgainAndNounsThatLookLikeVerbs() throws {
        let corpus = try loadCorpus("""
            Port economy

            A new economic report claims the port economy is strong enough to resist a recession.

            The Harbour Trends bulletin says Portugal's exports have risen. It also says the share market has been more stable.

            A guard was killed after gunmen attacked a Harbour Police post, hospital medics said.

            The company initially denied all claims that the crane was faulty, however, a Harbour Board report eventually concluded the crane had failed.
            """)
        XCTAssertEqual(speakersAndContents(corpus), [
            ["-", "the port economy is strong enough to resist a recession"],
            ["-", "Portugal's exports have risen"],
            ["-", "the share market has been more stable"],
            ["hospital medics", "A guard was killed after gunmen attacked a Harbour Police post"],
            ["company", "all claims that the crane was faulty"],
            ["Harbour Board", "the crane had failed"],
        ])
        XCTAssertEqual(corpus.claims.map { $0.speakerText ?? "-" },
                       ["A new economic report", "The Harbour Trends bulletin", "It", "hospital medics", "The company", "Harbour Board report"])
    }

    /// "has requested President Tom Berg declare a state of emergency": a name and a bare verb
    /// after a verb of asking are what that one was asked to do, not their words.
    func testWhatSomeoneWasAskedToDoIsNotTheirClaim() throws {
        let corpus = try loadCorpus("""
            Storm

            Governor Jane Roe said the levees would hold and has requested President Tom Berg declare a state of emergency.
            """)
        XCTAssertEqual(speakersAndContents(corpus).map { $0[0] }, ["Jane Roe"])
        XCTAssertFalse(corpus.claims.contains { $0.cue == "declared" })
    }

    /// Broadcast copy lets an unnamed spokesman or lawyer speak for a named person, and then
    /// speak again as "he" and "the spokesman": all of it is the spokesman's, none of it the
    /// person's. "Special Representative for Iran" is a title, and "she" after a claim about
    /// "she" is the woman spoken of.
    func testSomeoneWhoSpeaksForANamedPersonGoesOnSpeaking() throws {
        let corpus = try loadCorpus("""
            Detention centre fires

            A spokesman for Immigration Minister Tom Berg says damage from the fires is estimated at $2 million. He says six officers were injured. The spokesman says up to 300 detainees tried to break through the fence.

            A lawyer for Ana Ruiz said she would appeal. She said the ruling was unfair.

            Special Representative for Iran Jan Brody said the talks had failed.

            Federal Treasurer Lena Holt said the budget would balance.
            """)
        XCTAssertEqual(speakersAndContents(corpus).map { $0[0] }, [
            "spokesman for Immigration Minister Tom Berg", "spokesman for Immigration Minister Tom Berg",
            "spokesman for Immigration Minister Tom Berg", "lawyer for Ana Ruiz", "Ana Ruiz", "Jan Brody", "Lena Holt",
        ])
        XCTAssertEqual(corpus.actors.first { $0.name == "Tom Berg" }?.type, .person)
        XCTAssertEqual(corpus.actors.first { $0.name == "Lena Holt" }?.type, .person)
        XCTAssertFalse(corpus.actors.contains { $0.name == "Immigration" })
    }

    /// Wire copy packs more than one statement into a sentence and glosses its own: a second
    /// quote after ", further saying,", a second source after a semicolon, a gloss after a
    /// dash, "member states" that say nothing, and the sentence's own subject for a trailing
    /// "they said".
    func testWhereOneStatementEndsInAWireSentence() throws {
        let corpus = try loadCorpus("""
            Trade summit

            Leaders of the bloc's member states met in Niamey on Sunday.

            Harbour Bank president Okey Lund said the fees "cost the region $5 billion," further saying, "Beyond that, they reduce trade."

            The institute reported the magnitude was 5.5; the survey put it at 5.8.

            State prosecutors charged the suspect with capital murder, they said Sunday — a charge carrying the death penalty.

            The ministry said it intends to appeal; "The ruling cannot stand."
            """)
        XCTAssertEqual(speakersAndContents(corpus), [
            ["Okey Lund", "the fees \"cost the region $5 billion,\""],
            ["Okey Lund", "Beyond that, they reduce trade."],
            ["institute", "the magnitude was 5.5"],
            ["state prosecutors", "State prosecutors charged the suspect with capital murder"],
            ["ministry", "it intends to appeal; \"The ruling cannot stand.\""],
        ])
    }

    /// A body speaks through what is its own: "its website notes" is the board named before,
    /// "the industry publication" the outlet named before, "the Catholic Bishops' Conference"
    /// one name with its plural owner inside, and "Export–Import Bank" one name across its dash.
    func testABodySpeaksThroughWhatIsItsOwn() throws {
        let corpus = try loadCorpus("""
            Crash inquiry

            The Harbour Safety Board is closed by the shutdown; however, its website notes that its operations center is open.

            The Aviation Herald reported the crash on Monday. The industry publication stated the aircraft overran the runway.

            The bishop died early yesterday, according to the Catholic Bishops' Conference of the Philippines.

            The African Export–Import Bank said trade would grow. The Workers' Party said it would win.
            """)
        XCTAssertEqual(speakersAndContents(corpus).map { $0[0] }, [
            "Harbour Safety Board", "Aviation Herald", "Aviation Herald", "Catholic Bishops' Conference of the Philippines",
            "African Export–Import Bank", "Workers' Party",
        ])
        XCTAssertFalse(corpus.actors.contains { $0.name == "Import Bank" || $0.name == "Philippines" })
    }

    /// Broadcast court and health copy: a verdict ("found the men guilty") is no finding
    /// reported; the answer after "replied:" is the reply, not the question quoted before
    /// it; "but Pakistan denies the allegation" is no part of India's accusation; and "The
    /// report" is the report of the body named right before its noun.
    func testVerdictsRepliesDenialsAndTheReportNamedBefore() throws {
        let corpus = try loadCorpus("""
            Court and clinic

            A three-judge panel found the men guilty of torture.

            To the question, "have you made any mistakes?", Mr Lund replied: "No, I don't think so".

            India accuses Pakistan's military intelligence of masterminding the assault, but Pakistan denies the allegation.

            The Harbour Health Institute report shows fewer young people use the services. The report suggests older people use them less.
            """)
        XCTAssertEqual(speakersAndContents(corpus), [
            ["Lund", "No, I don't think so"],
            ["India", "Pakistan's military intelligence of masterminding the assault"],
            ["Harbour Health Institute", "fewer young people use the services"],
            ["Harbour Health Institute", "older people use them less"],
        ])
    }

    /// Wire copy names a body once in full with its short name in brackets, quotes its data,
    /// and reports what someone called something with "referred to … as": the short name
    /// written as a word ("Phivolcs", "Nato") is the same body, "data from the Gun Violence
    /// Archive" is the archive's, and "referred to the plane as" is a description, while a
    /// nickname ("often referred to as") is nobody's claim.
    func testShortNamesDataSourcesAndReferredToAs() throws {
        let corpus = try loadCorpus("""
            Quake and crash

            The Philippine Institute of Volcanology and Seismology (Phivolcs) said the quake was strong. Phivolcs reported the epicentre was offshore.

            According to data from the Gun Violence Archive, the shooting followed four others that week.

            Airline spokesman Tom Ross referred to the plane as a "cargo plane". The pilot, often referred to as "The Ace", had flown for years.
            """)
        XCTAssertEqual(speakersAndContents(corpus), [
            ["Phivolcs", "the quake was strong"],
            ["Phivolcs", "the epicentre was offshore"],
            ["Gun Violence Archive", "the shooting followed four others that week"],
            ["Tom Ross", "the plane as a \"cargo plane\""],
        ])
    }

    /// An office no one in the corpus is named with still speaks: "The Egyptian Foreign
    /// Minister made a visit, urging …" is an unnamed source of its article (was nobody, and
    /// the participle's subject was Egypt); an office with its holder in apposition after its
    /// owner's short name is that holder.
    func testAnOfficeNoOneIsNamedWithStillSpeaks() throws {
        let corpus = try loadCorpus("""
            Talks

            The Egyptian Foreign Minister made an emergency visit to both leaders, urging negotiation rather than confrontation.

            The national secretary of the Harbour Workers Union (HWU), Doug Lund, did not rule out strikes and he says the company would only have itself to blame.
            """)
        XCTAssertEqual(speakersAndContents(corpus), [
            ["Egyptian Foreign Minister", "negotiation rather than confrontation"],
            ["Doug Lund", "the company would only have itself to blame"],
        ])
        XCTAssertEqual(corpus.actors.first { $0.name == "Egyptian Foreign Minister" }?.type, .anonymous)
    }

    /// After a portfolio, "Secretary" and "Minister" are one office: "the foreign minister"
    /// after "Foreign Secretary Marco Ruiz" is Ruiz; "the press secretary" is not a minister.
    func testASecretaryOfAPortfolioIsItsMinister() throws {
        let corpus = try loadCorpus("""
            Shooting

            Harbouria's Foreign Secretary Marco Ruiz said three citizens had died. The foreign minister said charges would follow. The press secretary said nothing more was known.
            """)
        XCTAssertEqual(speakersAndContents(corpus).map { $0[0] }, ["Marco Ruiz", "Marco Ruiz", "press secretary"])
    }

    /// Wire copy lets a source go on in a relative clause ("according to police, who said …"),
    /// and puts a long apposition between a body and its verb ("Shipfleets, a database
    /// detailing the ships …, states …"): two claims of the police, one of the database.
    func testASourceThatGoesOnAndABodyBehindItsApposition() throws {
        let corpus = try loadCorpus("""
            Port shooting

            The shooting began at 10:39 a.m. local time, according to police, who said officers arrived at the store six minutes later.

            Shipfleets, a database detailing the ships operated by carriers, states the ferry uses two engines.
            """)
        XCTAssertEqual(speakersAndContents(corpus), [
            ["police", "The shooting began at 10:39 a.m. local time"],
            ["police", "officers arrived at the store six minutes later"],
            ["Shipfleets", "the ferry uses two engines"],
        ])
    }

    /// Broadcast copy's nouns that look like verbs and verbs that name: "he had reports that"
    /// and "the latest UN report on the epidemic has found" are reports, not "reported";
    /// ", called the Harbour Security Force," names a force; "has rejected claims that" is a
    /// denial; "says that will mean" keeps its "that"; and "a spokesman for Gul Agha" is the
    /// spokesman of a person no list knows.
    func testNounsThatLookLikeVerbsAndVerbsThatName() throws {
        let corpus = try loadCorpus("""
            Round two

            Commander Tomas Lund also said he had reports that some soldiers had been killed in an attack.

            The new force, called the Harbour Security Force (HSF), is for six months.

            A spokeswoman has rejected claims that 950 detainees are to be relocated next month.

            The latest Harbour Health Institute report on the epidemic has found the region is the new battleground.

            Mr Truss says that will mean farmers will suffer.

            "We can hope," a spokesman for Gul Agha said after the meeting.
            """)
        XCTAssertEqual(speakersAndContents(corpus), [
            ["Tomas Lund", "he had reports that some soldiers had been killed in an attack"],
            ["spokeswoman", "claims that 950 detainees are to be relocated next month"],
            ["Harbour Health Institute", "the region is the new battleground"],
            ["Truss", "that will mean farmers will suffer"],
            ["spokesman for Gul Agha", "We can hope"],
        ])
    }

    /// Wiki news copy: a quote split by "wrote … on Twitter" goes on after it; "speculated" and
    /// "hypothesized" report a view; a motion speaks as a lawsuit does; "hails from" and
    /// "pledged funds" say nothing.
    func testSplitTweetsSpeculationMotionsAndVerbsThatSayNothing() throws {
        let corpus = try loadCorpus("""
            Round three

            "I informed the adviser last night that his services are no longer needed," wrote Tom Berg on Twitter, "and therefore I asked him for his resignation this morning."

            Kokesh, who hails from Arizona, has been active in the anti-war movement since returning home.

            China and Russia have pledged funds and Syria is taxing certain goods toward the cost of reconstruction.

            The researchers have speculated this upwelling pattern may have occurred repeatedly.

            The state's motion claims the declaration is unconstitutional.
            """)
        XCTAssertEqual(speakersAndContents(corpus).map { [$0[0], String($0[1].prefix(24))] }, [
            ["Tom Berg", "I informed the adviser l"],
            ["Tom Berg", "and therefore I asked hi"],
            ["researchers", "this upwelling pattern m"],
            ["-", "the declaration is uncon"],
        ])
        XCTAssertEqual(corpus.claims.last?.speakerText, "The state's motion")
    }

    /// "issued a statement that …" and "to the effect …" give what the statement said, as
    /// "said in a statement that" does; up to a colon whose quote is a claim of its own.
    func testAStatementIssuedToTheEffect() throws {
        let corpus = try loadCorpus("""
            Palace

            Shortly after she filed for candidacy, the palace issued a statement to the effect the king considered it inappropriate for royals to run.

            The Harbour Department issued a statement that an inmate had been stabbed: "There was an assault on an inmate on Friday."
            """)
        XCTAssertEqual(speakersAndContents(corpus), [
            ["palace", "the king considered it inappropriate for royals to run"],
            ["Harbour Department", "an inmate had been stabbed"],
            ["Harbour Department", "There was an assault on an inmate on Friday."],
        ])
    }

    /// One who judges reports a finding with or without "that": "The coroner found the man had
    /// died of natural causes" is the coroner's; "found him guilty" is a verdict.
    func testOneWhoJudgesFindsWithoutThat() throws {
        let corpus = try loadCorpus("""
            Inquest

            The coroner found the man had died of natural causes. The three-judge panel found the men were guilty of fraud.
            """)
        XCTAssertEqual(speakersAndContents(corpus), [["coroner", "the man had died of natural causes"]])
    }

    /// Two speakers named with their titles are both speakers: "Harbour Prime Minister Tom Berg
    /// and Portland leader Ana Ruiz said …" (the titles stood between the names and the "and").
    func testTwoTitledSpeakersBothSpeak() throws {
        let corpus = try loadCorpus("""
            Talks

            Harbour Prime Minister Tom Berg and opposition leader Ana Ruiz said the talks would go on.
            """)
        XCTAssertEqual(Set(speakersAndContents(corpus).map { $0[0] }), ["Tom Berg", "Ana Ruiz"])
        XCTAssertEqual(corpus.claims.count, 2)
    }

    /// What was not said is no claim ("wouldn't say", "had not confirmed"), though a view
    /// stated in the negative is; "they" after bare militants is the militants; and a second
    /// subject that rejects ends the first one's claim.
    func testNegationsMilitantsAndRejections() throws {
        let corpus = try loadCorpus("""
            Negation

            Police wouldn't say whether the man was armed. The company had not confirmed what work the helicopter was doing.

            Militants stormed the base on Monday. They said the raid was revenge.

            India accuses Pakistan's spies of the assault, but Pakistan rejects the allegation.
            """)
        XCTAssertEqual(speakersAndContents(corpus), [
            ["militants", "the raid was revenge"],
            ["India", "Pakistan's spies of the assault"],
        ])
    }

    /// Broadcast copy names an office, then its holder with a rank in apposition ("The Chief of
    /// the Army, Lieutenant-General Peter Lund, has confirmed …"): the holder speaks. "A doctor
    /// working for the relief agency Harbour Hands said" is the doctor, not the agency.
    func testARankInAppositionAndSomeoneWhoWorksForABody() throws {
        let corpus = try loadCorpus("""
            Army

            The Chief of the Army, Lieutenant-General Peter Lund, has confirmed the soldier served in the north.

            His claims could not be verified but a doctor working for the relief agency Harbour Hands said that he had treated six men.
            """)
        XCTAssertEqual(speakersAndContents(corpus), [
            ["Peter Lund", "the soldier served in the north"],
            ["doctor working for the relief agency Harbour Hands", "he had treated six men"],
        ])
    }

    /// "It says" opening the sentence after a body spoke is that body, not a place its words
    /// named: broadcast copy lets a department speak sentence after sentence.
    func testItAfterABodyThatSpokeIsThatBody() throws {
        let corpus = try loadCorpus("""
            Fires

            The Harbour Department says overnight fires at the Kessel Detention Centre are part of a pattern. It says 13 buildings were damaged.
            """)
        XCTAssertEqual(speakersAndContents(corpus).map { $0[0] }, ["Harbour Department", "Harbour Department"])
    }

    /// After a quote, "said a farmer living near the river", "said a man who lives nearby":
    /// the speaker is the person the noun names, whatever follows to set them apart (was no
    /// claim at all). ", the BBC reported" after what someone says leaves no "the" behind.
    func testAnUnnamedSpeakerWithAModifierAfterTheQuote() throws {
        let corpus = try loadCorpus("""
            Dam

            "The plan will fail and we all know it," said a farmer living near the river. "It is a waste of money," said a man who lives nearby.

            President Ali Reza says he is ready to meet the Prime Minister, the BBC reported.
            """)
        XCTAssertEqual(speakersAndContents(corpus), [
            ["farmer", "The plan will fail and we all know it"],
            ["man", "It is a waste of money"],
            ["Ali Reza", "he is ready to meet the Prime Minister"],
        ])
    }

    /// Someone of a body or place who speaks unnamed is that someone, not the body: "An
    /// official from Acme Corporation stated", "A spokesperson for the Harbour Authority said",
    /// "Residents of Springfield said", "according to the Acme Corporation's chief engineer".
    /// A holder named in apposition after "The mayor of London," speaks for a later "adding".
    func testPeopleOfABodySpeakForThemselves() throws {
        let corpus = try loadCorpus("""
            Line closed

            An official from Acme Corporation stated the line would reopen on Monday. A spokesperson for the Harbour Authority said the port was open. Residents of Springfield said the water was brown.

            According to the Acme Corporation's chief engineer, the bridge was safe.

            The mayor of London, John Smith, gave a speech, adding, "We will rebuild this town together."
            """)
        XCTAssertEqual(speakersAndContents(corpus), [
            ["official from Acme Corporation", "the line would reopen on Monday"],
            ["spokesperson for the Harbour Authority", "the port was open"],
            ["residents of Springfield", "the water was brown"],
            ["Acme Corporation's chief engineer", "the bridge was safe"],
            ["John Smith", "We will rebuild this town together."],
        ])
    }

    /// A pronoun opening a sentence stands for the unnamed subject of the sentence before
    /// ("A local woman decided to speak publicly. She said …"), not for the prosecutor named
    /// a paragraph earlier; "They found" after "The researchers used data from Nasa" is the
    /// researchers, not the agency. (A woman who told something before is still "she", though
    /// what she told named another woman.)
    func testAPronounAfterAnUnnamedSubject() throws {
        let corpus = try loadCorpus("""
            Abuse trial

            Prosecutor Mary Jones said the case was strong.

            A local woman decided to speak publicly. She said the abuse had lasted years.

            The researchers used data from the Kessel Space Agency. They found the planet had water.

            A woman told police that Ana Ruiz had left. She said the door was open.
            """)
        XCTAssertEqual(speakersAndContents(corpus).map { $0[0] }, ["Mary Jones", "local woman", "researchers", "woman", "woman"])
    }

    /// Wire copy: "According to ISNA, Ali Karimi said …, adding …" is Karimi's second claim,
    /// not the agency's; "…, according to police, but the man was found dead" ends the words
    /// at the attribution; "Smith agreed, saying …" is one claim, the participle's.
    func testAccordingToOpenersButClausesAndAgreedSaying() throws {
        let corpus = try loadCorpus("""
            Warrants

            According to the news agency Kessel Press, Ali Karimi said the warrants were issued, adding Iran will pursue the case.

            Police received the call at 2 a.m., according to Harbour Transport Police, but the man was found dead an hour later.

            Governor John Smith agreed, saying only this group could have done it.
            """)
        XCTAssertEqual(speakersAndContents(corpus), [
            ["Ali Karimi", "the warrants were issued"],
            ["Ali Karimi", "Iran will pursue the case"],
            ["Harbour Transport Police", "Police received the call at 2 a.m"],
            ["John Smith", "only this group could have done it"],
        ])
    }

    /// A quote that ends a sentence the reporter began, then its attribution ("The rules
    /// prohibit “any intervention of a political character,” a spokesperson stated."): the
    /// whole sentence is what the spokesperson said, part quoted (was the quote alone).
    func testASentenceLeadingIntoAQuoteBeforeItsAttribution() throws {
        let corpus = try loadCorpus("""
            Warrants

            The rules prohibit “any intervention of a political character,” a spokesperson stated.

            “We will appeal,” a lawyer for the men said.
            """)
        XCTAssertEqual(corpus.claims.map(\.kind), [.mixed, .direct])
        XCTAssertEqual(corpus.claims.first?.content, "The rules prohibit “any intervention of a political character,”")
    }

    /// Broadcast copy opens on a document and names who put it out a sentence later: "A new
    /// report suggests …. The report issued by the Harbour Institute says …" (and "The Kessel
    /// Institute of Health report shows …"). Both claims are the institute's. A later sentence
    /// that only speaks of "the original report" names no author.
    func testADocumentWhoseAuthorIsNamedInTheNextSentence() throws {
        let corpus = try loadCorpus("""
            Ageing

            A new report suggests the costs of an ageing population have been exaggerated. The report issued by the Harbour Institute says older people work longer.

            A new survey has revealed fewer young people use homeless services. The Kessel Institute of Health and Welfare survey shows one in a hundred did.

            A new study claims the river is cleaner than before. The original study was not clear on this, and the council confirmed with its authors that the data were old.
            """)
        XCTAssertEqual(speakersAndContents(corpus).map { $0[0] }, [
            "Harbour Institute", "Harbour Institute", "Kessel Institute of Health and Welfare", "Kessel Institute of Health and Welfare", "-", "council",
        ])
    }

    /// Business copy: "The latest figures show the economy grew …", "Figures released by the
    /// Kessel Bureau of Statistics show …": released numbers show as a report does, for
    /// whoever released them.
    func testFiguresShow() throws {
        let corpus = try loadCorpus("""
            Economy

            The latest figures show the economy grew by 1.1 per cent in the September quarter.

            Figures released by the Kessel Bureau of Statistics show unemployment fell sharply.
            """)
        XCTAssertEqual(speakersAndContents(corpus), [
            ["-", "the economy grew by 1.1 per cent in the September quarter"],
            ["Kessel Bureau of Statistics", "unemployment fell sharply"],
        ])
    }

    /// Nested reported speech is two claims: "A senior diplomat said President Ana Ruiz told
    /// her counterpart that …" is the diplomat's (what the reader annotates first) and Ruiz's
    /// via the diplomat. "…, Kessel Radio reported" after a source's words stays one claim.
    func testNestedReportedSpeechIsTwoClaims() throws {
        let corpus = try loadCorpus("""
            Border

            A senior diplomat said President Ana Ruiz told her counterpart that the border would open.

            Officials said the bridge had been closed for repairs, Kessel Radio reported.
            """)
        XCTAssertEqual(speakersAndContents(corpus), [
            ["senior diplomat", "President Ana Ruiz told her counterpart that the border would open"],
            ["Ana Ruiz", "the border would open"],
            ["officials", "the bridge had been closed for repairs"],
        ])
        let ruiz = try XCTUnwrap(corpus.claims.first { $0.content == "the border would open" })
        XCTAssertEqual(ruiz.via.map { id in corpus.actors.first { $0.id == id }?.name }, ["senior diplomat"])
    }

    /// "he" after someone whose given name the list takes for a woman's ("Jodee Rich says
    /// …. “…,” he said.") is still the one who just spoke when no one else fits (was nobody).
    /// "said the plant would close and workers expressed anger …" keeps the first speaker's
    /// claim, cut at the "and", beside the workers' (the first was lost).
    func testHeAfterAnUnlistedNameAndAClauseOfItsOwnAfterAnd() throws {
        let corpus = try loadCorpus("""
            Phone company

            Jodee Rich says the claims are baseless. "I am concerned about the report," he said.

            John Smith said the plant would close and workers expressed anger at the decision.
            """)
        XCTAssertEqual(speakersAndContents(corpus), [
            ["Jodee Rich", "the claims are baseless"],
            ["Jodee Rich", "I am concerned about the report"],
            ["John Smith", "the plant would close"],
            ["workers", "anger at the decision"],
        ])
    }

    /// "According to Rutgers University political scholar Kelly Dittmar, …": the scholar
    /// speaks, not the university before her trade (was the university, with "political
    /// scholar Kelly Dittmar" left in the content).
    func testAccordingToABodysScholarNamed() throws {
        let corpus = try loadCorpus("""
            Seats

            According to Kessel University political scholar Kelly Dittmar, women hold fewer than 30 percent of the seats.
            """)
        XCTAssertEqual(speakersAndContents(corpus), [["Kelly Dittmar", "women hold fewer than 30 percent of the seats"]])
    }

    /// "The High Court ruled the prorogation was unlawful" (no "that"), "the court ruled on
    /// Monday that …", and a local government as speaker ("the city said", "The city
    /// estimated …") were no claims.
    func testCourtsRuleAndCitiesSpeak() throws {
        let corpus = try loadCorpus("""
            Water

            The High Court ruled the prorogation was unlawful. The court ruled on Monday that the law was void. He was ruled out of the match.

            On Monday the city said the water was safe. The city estimated there would be delays until Friday.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), [
            "the prorogation was unlawful", "the law was void", "the water was safe", "there would be delays until Friday",
        ])
        XCTAssertEqual(corpus.claims.map(\.speakerText), ["The High Court", "The court", "the city", "The city"])
    }

    /// "posted a photo on Facebook" is a thing put up, no claim; "posted a message on Facebook
    /// announcing he had tested positive" still is (with the message in its content). "News 12 said" and "Time magazine
    /// reported" name outlets (a broadcaster's number and "magazine" after a name).
    func testPostedThingsAndNumberedOutlets() throws {
        let corpus = try loadCorpus("""
            Posts

            John Smith posted a photo on Facebook. Ana Ruiz posted a message on Facebook announcing she had tested positive.
            News 12 said the break had been contained. On Monday, Time magazine reported that the deal was done.
            """)
        XCTAssertEqual(speakersAndContents(corpus), [
            ["Ana Ruiz", "a message on Facebook announcing she had tested positive"],
            ["News 12", "the break had been contained"],
            ["Time", "the deal was done"],
        ])
        XCTAssertEqual(corpus.actors.first { $0.name == "Time" }?.type, .media)
    }

    /// A pronoun after a sentence an outlet opened is no outlet ("The network aired the
    /// interview on Sunday. She said …" is the woman named before), and the last-speaker
    /// fallback for "he" never overrules a title ("Mrs Ana Lund said …. “…,” he said." is not
    /// Mrs Lund).
    func testPronounsNeverTakeAnOutletOrOverruleATitle() throws {
        let corpus = try loadCorpus("""
            Interview

            Senator Mary Walsh gave an interview. The network aired the interview on Sunday. She said the bill would pass easily.

            Mrs Ana Lund said the school would close in June. “It is a sad day for the town,” he said.
            """)
        let speakers = corpus.claims.map { claim in corpus.actors.first { $0.id == claim.speaker }?.name ?? "-" }
        XCTAssertEqual(speakers, ["Mary Walsh", "Ana Lund", "-"])
    }

    /// A list announced "as follows:" (bullets that cleaning takes off): each item is a claim
    /// of the one whose list it is ("the demands made by the Harbour Workers Union"), and "the list of
    /// demands … as follows" is none. A long paragraph after the items is the story again.
    func testAListAnnouncedAsFollows() throws {
        let corpus = try loadCorpus("""
            Union sets out pay demands

            Kessel Radio summarized the list of demands made by the Harbour Workers Union as follows:

              • Pay must rise by five per cent this year.
              • Staff need two more days of leave.

            Previously on Sunday, the same day that the company closed two of its depots on the coast, managers met the union for talks that lasted into the night without an agreement. Both sides blamed the other.
            """)
        XCTAssertEqual(speakersAndContents(corpus), [
            ["Harbour Workers Union", "Pay must rise by five per cent this year"],
            ["Harbour Workers Union", "Staff need two more days of leave"],
        ])
    }

    /// "…, according to a British Islamic leader who knew the bomber well." is the words before
    /// it, said by that unnamed leader (was "a British" speaking "Islamic leader who knew …"), and
    /// "…, according to a senior official who asked not to be named." the same.
    func testAccordingToSomeoneDescribedWithAClauseOnThem() throws {
        let corpus = try loadCorpus("""
            Plot report

            The attack could not have been planned alone, according to a British Islamic leader who knew the bomber well.

            The talks have stalled, according to a senior official who asked not to be named.
            """)
        XCTAssertEqual(speakersAndContents(corpus), [
            ["British Islamic leader", "The attack could not have been planned alone"],
            ["senior official", "The talks have stalled"],
        ])
    }

    /// "said of Lund, “…”" gives the quote (a "that" inside it opens nothing: the claim was "of
    /// Lund, “…”"), and "The institute's director, Dr. Ana Ruiz, said" is Ruiz, as without the
    /// honorific's period.
    func testSaidOfSomeoneAndAnHonorificWithAPeriodInApposition() throws {
        let corpus = try loadCorpus("""
            Tributes paid

            Former president Mia Holt said of Lund, "He built a party that was true to its values." Critics said of the plan that it was too costly.

            The institute's director, Dr. Ana Ruiz, said the outbreak would get worse.
            """)
        XCTAssertEqual(speakersAndContents(corpus), [
            ["Mia Holt", "He built a party that was true to its values."],
            ["critics", "it was too costly"],
            ["Ana Ruiz", "the outbreak would get worse"],
        ])
    }

    /// "Scientists from Oxford say", "Experts at Harvard and Yale said", "Doctors at the
    /// hospital said": the people before "from" or "at" speak, not the place or the bodies
    /// after it (the claim was lost with "say", or given to Yale or the hospital); "a member
    /// of the family called Mr Hicks had travelled" names him, and says nothing.
    func testUnnamedPeopleFromABodySpeak() throws {
        let corpus = try loadCorpus("""
            Stripes

            Scientists from Oxford say zebras may have stripes to confuse flies. Experts at Harvard and Yale said the data were weak.

            Doctors at the hospital said the boy was stable. Residents confirmed a member of the family called Mr Hicks had travelled abroad.
            """)
        XCTAssertEqual(corpus.claims.map { [$0.speakerText, $0.content] }, [
            ["Scientists from Oxford", "zebras may have stripes to confuse flies"],
            ["Experts at Harvard and Yale", "the data were weak"],
            ["Doctors at the hospital", "the boy was stable"],
            ["Residents", "a member of the family called Mr Hicks had travelled abroad"],
        ])
        XCTAssertFalse(corpus.claims.contains { claim in corpus.actors.first { $0.id == claim.speaker }.map { ["Yale", "Oxford"].contains($0.name) } ?? false })
    }

    /// An attribution inside the sentence is left out of what was said: "One child was,
    /// according to the fire service, among the dead" says "One child was among the dead";
    /// a time before it is the reporter's, a "some of whom" clause after it and an apposition
    /// that ends the sentence are on the source, and two sources named together are both.
    func testAnAttributionInsideTheSentenceIsNoPartOfTheWords() throws {
        let corpus = try loadCorpus("""
            Hotel fire

            One child was, according to the fire service, among the dead. The ferry, officials said, carries 400 people.

            At least nine people died, according to officials, some of whom were hurt. Longer term, according to Mayor Ana Ruiz, the plan is to rebuild.

            According to Reuters and the BBC, the owner has fled. The owner has filed a complaint, according to his lawyer, Tom Brook.
            """)
        XCTAssertEqual(corpus.claims.map { [$0.speakerText, $0.content] }, [
            ["the fire service", "One child was among the dead"],
            ["officials", "The ferry carries 400 people"],
            ["officials", "At least nine people died"],
            ["Mayor Ana Ruiz", "the plan is to rebuild"],
            ["Reuters and the BBC", "the owner has fled"],
            ["his lawyer", "The owner has filed a complaint"],
        ])
        // The offsets still span the words around the attribution.
        let article = try XCTUnwrap(corpus.articles.first)
        XCTAssertEqual(corpus.claims.first.map { article.slice($0.contentRange) }, "One child was, according to the fire service, among the dead")
    }

    /// "Speaking to John Brown of CNN, he said" is never Brown: whom a fronted phrase names
    /// was spoken to; the speaker is the first who fits in the sentence before. "told NPR
    /// Omar bin Hassan had …" tells NPR, and Omar bin Hassan (a name with "bin") is what was said.
    func testAPronounAfterAFrontedPhraseAndANameAfterTheAddressee() throws {
        let corpus = try loadCorpus("""
            Prince speaks

            Crown Prince Omar bin Khalid accepted responsibility for the attack on Tom Reyes. Speaking to John Brown of CNN, he said, "It happened under my watch."

            Retired agent Ali Soufan told NPR Omar bin Hassan had appeared in videos.
            """)
        XCTAssertEqual(speakersAndContents(corpus), [
            ["Omar bin Khalid", "It happened under my watch."],
            ["Ali Soufan", "Omar bin Hassan had appeared in videos"],
        ])
        XCTAssertEqual(corpus.claims.last?.addressee, "NPR")
        XCTAssertEqual(corpus.actors.first { $0.name == "Omar bin Hassan" }?.type, .person)
    }

    /// More cues and fewer false ones: "offered “…”", "shared that", "The law states that";
    /// "testified in his own defense" and "responded by throwing bottles" say nothing; and a
    /// quote in a sentence with its own speaker stays theirs before ", according to the BBC"
    /// (the outlet is `via`; the BBC had it).
    func testOfferedSharedLawsAndAnOutletThatOnlyRelays() throws {
        let corpus = try loadCorpus("""
            Fire toll rises

            The minister offered "deep sympathy to the families of the victims." The couple's daughter shared that the house had burned down. The law states that no tax is due.

            The doctor testified in his own defense. The fans responded by throwing bottles at the stage.

            Smith called the plan a "disaster for the whole region," according to the BBC.
            """)
        XCTAssertEqual(corpus.claims.map { [$0.speakerText, $0.content] }, [
            ["The minister", "deep sympathy to the families of the victims."],
            ["The couple's daughter", "the house had burned down"],
            ["The law", "no tax is due"],
            ["Smith", "the plan a \"disaster for the whole region,\""],
        ])
        let relayed = try XCTUnwrap(corpus.claims.last)
        XCTAssertEqual(corpus.actors.first { $0.id == relayed.speaker }?.name, "Smith")
        XCTAssertEqual(relayed.via.compactMap { id in corpus.actors.first { $0.id == id }?.name }, ["BBC"])
    }

    /// "Lee said he believes the plan will fail" is one claim (the view inside one's own words
    /// was a second); "has, in a statement, called on" keeps its subject; a survey with a year
    /// or a count in it, and data "collected by" someone, are sources after "according to".
    func testOwnViewsAsidesAfterAnAuxiliaryAndNumberedSurveys() throws {
        let corpus = try loadCorpus("""
            Roads and cars

            Mark Lee said he believes the plan will fail. The ministry has, in a statement, called on drivers to slow down on icy roads.

            Only ten voters own a car, according to a 2015 survey. According to data collected by the Harbour Authority, the storm surge reached four metres.
            """)
        XCTAssertEqual(corpus.claims.map { [$0.speakerText, $0.content] }, [
            ["Mark Lee", "he believes the plan will fail"],
            ["The ministry", "drivers to slow down on icy roads"],
            ["a 2015 survey", "Only ten voters own a car"],
            ["data collected by the Harbour Authority", "the storm surge reached four metres"],
        ])
        XCTAssertEqual(corpus.actors.first { $0.id == corpus.claims.last?.speaker }?.name, "Harbour Authority")
    }

    /// "John Doe had been ill for a year, said Tom Brook. He said …" goes on with Brook, who
    /// spoke, not Doe, whom the sentence opens on; "since he was pardoned by Trump. He said"
    /// is still the one the sentence was about.
    func testHeAfterATrailingAttributionIsTheSpeaker() throws {
        let corpus = try loadCorpus("""
            Actor dies

            John Doe had been ill for a year, said Tom Brook. He said the treatment had gone well.

            Bill Trent said the crowd was huge. Mark Flynn was on stage. It was the first time Flynn made a speech since he was pardoned by Trent. He said the rally was pretty cool.
            """)
        XCTAssertEqual(speakersAndContents(corpus), [
            ["Tom Brook", "John Doe had been ill for a year"],
            ["Tom Brook", "the treatment had gone well"],
            ["Bill Trent", "the crowd was huge"],
            ["Mark Flynn", "the rally was pretty cool"],
        ])
    }

    /// "Roe v. Wade" ends no sentence, and "at 2 p.m. The police said" does; "listed US states"
    /// and "the most populous US state" are the noun; "told the Military Times the attack was
    /// planned" tells the paper, whose name a second "the" ends; "Erdogan said" after "Recep
    /// Tayyip Erdoğan" is that person, accents or not.
    func testAbbreviationsStatesAddresseesAndAccents() throws {
        let corpus = try loadCorpus("""
            Court and council

            The ruling overturned Roe v. Wade, the court said. The fire started at 2 p.m. The police said nobody was hurt.

            Listed US states as having members were Texas and Ohio. Turkish President Recep Tayyip Erdoğan spoke on Monday. Erdogan said the talks had failed. He told the Military Times the attack was planned.
            """)
        XCTAssertEqual(corpus.claims.map { [$0.speakerText, $0.content] }, [
            ["the court", "The ruling overturned Roe v. Wade"],
            ["The police", "nobody was hurt"],
            ["Erdogan", "the talks had failed"],
            ["He", "the attack was planned"],
        ])
        XCTAssertEqual(Set(corpus.claims.suffix(2).compactMap { claim in corpus.actors.first { $0.id == claim.speaker }?.name }), ["Recep Tayyip Erdoğan"])
        XCTAssertEqual(corpus.claims.last?.addressee, "the Military Times")
    }

    /// From ABC round 8: "the husband of crash victim, Teresa Pawlik, says" is her husband, not
    /// she ("the son of a farmer, Tom Reyes, said" is Reyes); "The agency says it has warned
    /// operators of …" is one claim, not a second of "it"; "warned drivers that …" tells them;
    /// "added 72 without loss", "added sugar to the tea" and "wrote a letter saying …" add or
    /// write things (the participle's claim stands).
    func testRelativesOwnViewsWarningsAndThingsAdded() throws {
        let corpus = try loadCorpus("""
            Crash report

            The husband of crash victim, Teresa Pawlik, says he is yet to read the report. The son of a farmer, Tom Reyes, said the crop had failed.

            The agency says it has already warned operators of the dangers of icy roads. The agency warned drivers that speeding is dangerous.

            Kallis and McKenzie added 72 without loss. Brown added sugar to the tea. Mr Smith wrote a letter saying he would resign.
            """)
        XCTAssertEqual(corpus.claims.map { [$0.speakerText, $0.content] }, [
            ["The husband of crash victim, Teresa Pawlik", "he is yet to read the report"],
            ["Tom Reyes", "the crop had failed"],
            ["The agency", "it has already warned operators of the dangers of icy roads"],
            ["The agency", "speeding is dangerous"],
            ["Smith", "he would resign"],
        ])
        XCTAssertNotEqual(corpus.actors.first { $0.id == corpus.claims.first?.speaker }?.name, "Teresa Pawlik")
        XCTAssertEqual(corpus.claims[3].addressee, "drivers")
    }

    /// ", but there was also speculation it …" is the reporter weighing the words, not more of
    /// them; "told the inquiry of a culture of fear" tells the inquiry (it took "a culture" as
    /// part of whom), but "told a meeting of Israeli officials" tells the meeting.
    func testSpeculationAfterButAndWhatSomeoneToldOf() throws {
        let corpus = try loadCorpus("""
            Spy boat

            Some reports said it resembled a spy boat, but there was also speculation it could have held smugglers. John Smith told the inquiry of a culture of fear in the industry.

            Tom Reyes told a meeting of Israeli officials he would stay on.
            """)
        XCTAssertEqual(corpus.claims.map { [$0.addressee ?? "-", $0.content] }, [
            ["-", "it resembled a spy boat"],
            ["the inquiry", "of a culture of fear in the industry"],
            ["a meeting of Israeli officials", "he would stay on"],
        ])
    }

    /// From round 9: "with Ana Ruiz responding that …" and "reminded drivers that …" report
    /// words; "Tom Reyes, speaking to reporters, said" is Reyes; "Trump, responding to the
    /// announcement via Twitter, attacked …" keeps Trump's claim (the aside says nothing).
    func testRespondingRemindingAndSpeakingAsides() throws {
        let corpus = try loadCorpus("""
            Data dispute

            The firm rejected the claim, with Ana Ruiz responding that the data were old. The agency reminded drivers that the roads were icy.

            Tom Reyes, speaking to reporters, said the deal was illegal. Bill Trent, responding to the announcement via Twitter, attacked the inquiry as "a witch hunt."
            """)
        XCTAssertEqual(speakersAndContents(corpus), [
            ["Ana Ruiz", "the data were old"],
            ["agency", "the roads were icy"],
            ["Tom Reyes", "the deal was illegal"],
            ["Bill Trent", "the inquiry as \"a witch hunt.\""],
        ])
    }

    /// What the review of this round's rules found them breaking: "said that night" after a
    /// quote; "A spokeswoman for Secretary of State Mike Pompeo"; "the daughter of Jordan
    /// Peterson"; "In Ruiz's statement, she said"; "Iran state TV said"; "the D.C. Police
    /// Department said" in one sentence.
    func testWhatTheReviewOfRoundEightFound() throws {
        let corpus = try loadCorpus("""
            Review cases

            Ana Ruiz spoke on Monday. In Ruiz's statement, she said the port would reopen.

            "We will win the seat," Mia Holt said that night. A spokeswoman for Secretary of State Mike Pompeo said the trip was off. The daughter of Jordan Peterson said the book was finished.

            Iran state TV said the ship was seized. A spokesman for the D.C. Police Department said two men were held.
            """)
        XCTAssertEqual(corpus.claims.map { [$0.speakerText ?? "-", $0.content] }, [
            ["she", "the port would reopen"],
            ["Mia Holt", "We will win the seat"],
            ["A spokeswoman for Secretary of State Mike Pompeo", "the trip was off"],
            ["The daughter of Jordan Peterson", "the book was finished"],
            ["Iran state TV", "the ship was seized"],
            ["A spokesman for the D.C. Police Department", "two men were held"],
        ])
        XCTAssertEqual(corpus.actors.first { $0.id == corpus.claims[0].speaker }?.name, "Ana Ruiz")
        XCTAssertEqual(corpus.actors.first { $0.name == "Jordan Peterson" }?.type, .person)
    }

    /// "“…,” said his father, Abdullah Kurdi," is Kurdi; "said in a statement, Navalny would …"
    /// leaves out where; "saying" with no comma after the object ("rejected claims … next month
    /// saying there is room") is a claim of its own; "Tom Reyes speaking to reporters said" is
    /// Reyes; "accused Ruiz of previously saying" and "cited Lund as saying" are no such claim.
    func testNamedAfterARoleCommaAfterWhereAndSayingWithoutAComma() throws {
        let corpus = try loadCorpus("""
            Ceremony

            "This day is very hard for me," said his father, Abdullah Kurdi, after the ceremony. The clinic said in a statement, Navalny would be undergoing tests.

            A spokeswoman has rejected claims that the centre will close next month saying there is room for another 1,000 people. Tom Reyes speaking to reporters said the deal was illegal.

            Trump accused Ruiz of previously saying she wanted to ban drilling. The paper cited Tom Lund as saying the ship had sunk.
            """)
        XCTAssertEqual(speakersAndContents(corpus), [
            ["Abdullah Kurdi", "This day is very hard for me"],
            ["-", "Navalny would be undergoing tests"],
            ["spokeswoman", "claims that the centre will close next month"],
            ["spokeswoman", "there is room for another 1,000 people"],
            ["Tom Reyes", "the deal was illegal"],
            ["Trump", "Ruiz of previously saying she wanted to ban drilling"],
            ["Tom Lund", "the ship had sunk"],
        ])
    }

    /// A role named in apposition before the name, or capitalised, points back to the person:
    /// "The Northern Territory coroner, Dick Wallace, said … The coroner said …" and "Prime
    /// Minister John Howard said … The Prime Minister said …" (each was an unnamed speaker).
    func testRolesThatPointBackToThePersonNamedWithThem() throws {
        let corpus = try loadCorpus("""
            Inquest

            The Northern Territory coroner, Dick Wallace, said the boy died of heat stroke. The coroner said the police had acted properly.

            Prime Minister John Howard said the troops would stay. The Prime Minister said the mission was vital.
            """)
        XCTAssertEqual(speakersAndContents(corpus).map { $0[0] }, ["Dick Wallace", "Dick Wallace", "John Howard", "John Howard"])
    }
}
