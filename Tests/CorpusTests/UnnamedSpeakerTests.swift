import Corpus
import XCTest

/// The name of each claim's speaker, in claim order (nil for nobody).
private func speakers(_ corpus: Corpus) -> [String?] {
    corpus.claims.map { claim in corpus.actors.first { $0.id == claim.speaker }?.name }
}

/// Attributions whose speaker is a description, not a name, and the subjects that stand
/// far from their verb: sentences written for the test in wire, broadcast, local and
/// research styles.
final class UnnamedSpeakerTests: XCTestCase {
    func testABodyNobodyNamedStillSpeaks() throws {
        let corpus = try loadCorpus("""
            Cargo plane crash

            A cargo plane crashed into houses near the airport on Monday. The entire crew were foreign nationals, the army said.

            Residents of the valley said the wreckage burned for hours.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["The entire crew were foreign nationals", "the wreckage burned for hours"])
        XCTAssertEqual(corpus.claims.map(\.speakerText), ["the army", "Residents of the valley"])
        XCTAssertEqual(speakers(corpus), ["army", "residents of the valley"], "a description is an unnamed actor of its own")
        XCTAssertEqual(corpus.actors.filter { $0.type == .anonymous }.map { $0.mentions.count }, [1, 1])
    }

    func testADescribedSpeakerIsOneActorInItsArticleAndNoneBeyond() throws {
        let corpus = try loadCorpus("""
            Flood

            The river burst its banks overnight, the army said. The army said two bridges were closed.
            """, """
            Drought

            The army said the wells had run dry in three districts.
            """)
        XCTAssertEqual(speakers(corpus), ["army", "army", "army"])
        XCTAssertEqual(Set(corpus.claims.map(\.speaker)).count, 2, "one army per article: nothing says they are the same")
        XCTAssertTrue(corpus.actors.allSatisfy { $0.type == .anonymous })
    }

    func testADescriptionPointsBackToTheOneWithThatRole() throws {
        let corpus = try loadCorpus("""
            Budget talks

            Prime Minister Ana Ruiz and Deputy Prime Minister Tomas Lund met union leaders on Tuesday.

            The deputy prime minister said talks would resume on Friday. The prime minister said no deal was close.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["talks would resume on Friday", "no deal was close"])
        XCTAssertEqual(speakers(corpus), ["Tomas Lund", "Ana Ruiz"])
    }

    func testAnUnnamedSpeakerAfterTheQuote() throws {
        let corpus = try loadCorpus("""
            Flood

            The river burst its banks overnight. “We will rebuild every house,” said a council spokeswoman.
            """)
        let claim = try XCTUnwrap(corpus.claims.first)
        XCTAssertEqual(claim.content, "We will rebuild every house")
        XCTAssertEqual(claim.speakerText, "a council spokeswoman")
        XCTAssertEqual(claim.kind, .direct)
    }

    func testWeakCuesNeedANamedSubject() throws {
        let corpus = try loadCorpus("Summit\n\nThe summit ended early. The two leaders agreed the ministers would meet again in May.\n")
        XCTAssertEqual(corpus.claims.count, 0, "an agreement is not a statement")
    }

    func testAccordingToPeopleADocumentOrFigures() throws {
        let corpus = try loadCorpus("""
            Blaze

            Two people died in the warehouse blaze, according to firefighters.

            “Costs will rise for every household,” according to a letter on Monday by Finance Minister Ana Ruiz.

            Turnout rose to 61 percent, according to the Electoral Commission's figures.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["Two people died in the warehouse blaze", "Costs will rise for every household",
                                                       "Turnout rose to 61 percent"])
        XCTAssertEqual(corpus.claims.first?.speakerText, "firefighters")
        XCTAssertEqual(speakers(corpus), ["firefighters", "Ana Ruiz", "Electoral Commission"])
    }

    func testAQuoteSplitByItsAttributionGoesOnAfterTheComma() throws {
        let corpus = try loadCorpus("""
            Levee

            “The water is still rising,” Fire Chief Dana Okafor told the BBC, “and we cannot hold it back much longer.”
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["The water is still rising", "and we cannot hold it back much longer."])
        XCTAssertEqual(speakers(corpus), ["Dana Okafor", "Dana Okafor"])
    }

    func testAParticipleSharesAPronounSubject() throws {
        let corpus = try loadCorpus("""
            Levee

            Fire Chief Dana Okafor toured the levee on Monday. Later, she thanked the crews, adding that the river had peaked.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["the river had peaked"])
        XCTAssertEqual(speakers(corpus), ["Dana Okafor"])
    }

    func testWentOnToSayAndContinued() throws {
        let corpus = try loadCorpus("""
            Sentencing

            Judge Alan Pryce jailed the two men for six years. Pryce went on to say the sentences would deter others.

            “It was a cruel and planned crime,” Pryce continued. The hearing continued into the evening.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["the sentences would deter others", "It was a cruel and planned crime"])
        XCTAssertEqual(corpus.claims.map(\.cue), ["said", "continued"])
        XCTAssertEqual(speakers(corpus), ["Alan Pryce", "Alan Pryce"])
    }

    func testAStatementRead() throws {
        let corpus = try loadCorpus("""
            Club mourns

            The midfielder died on Sunday. A statement from the club read: “We are devastated by the loss of our captain.”
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["We are devastated by the loss of our captain."])
        XCTAssertEqual(corpus.claims.first?.cue, "read")
    }

    func testSubjectsFarFromTheirVerb() throws {
        let corpus = try loadCorpus("""
            Tenants

            The bill was drafted by Senator Ana Ruiz who said it would protect tenants from sudden evictions.

            Professor Tomas Lund of the University of Lisbon in Portugal said the rents had doubled since 2015.

            Mark Belton, a lecturer in housing policy in the Faculty of Law and Economics at the University of Porto, said "Nobody can afford to move."
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["it would protect tenants from sudden evictions", "the rents had doubled since 2015",
                                                       "Nobody can afford to move."])
        XCTAssertEqual(speakers(corpus), ["Ana Ruiz", "Tomas Lund", "Mark Belton"])
    }

    func testAnAsideWithANounLikeCueBetweenSpeakerAndVerb() throws {
        let corpus = try loadCorpus("""
            Ethics rules

            Senator Ana Ruiz opposed the rules. Ruiz, in remarks to reporters, said, "For too long, members have ignored the voters."
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["For too long, members have ignored the voters."])
        XCTAssertEqual(speakers(corpus), ["Ana Ruiz"])
    }

    func testAccordingToADescribedNameOrSomeonesOwnPeople() throws {
        let corpus = try loadCorpus("""
            Veterans

            Women have served in combat roles since 2015, according to nonprofit Harbour Research Institute.

            According to his publicist, the actor died of heart failure at his home.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["Women have served in combat roles since 2015", "the actor died of heart failure at his home"])
        XCTAssertEqual(corpus.claims.map(\.speakerText), ["nonprofit Harbour Research Institute", "his publicist"])
    }

    func testAParticipleThatPostsAQuote() throws {
        let corpus = try loadCorpus("""
            Diagnosis

            Mayor Tomas Lund took to social media, posting late on Friday, "I tested positive and I am resting at home."
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["I tested positive and I am resting at home."])
        XCTAssertEqual(corpus.claims.map(\.cue), ["posted"])
        XCTAssertEqual(speakers(corpus), ["Tomas Lund"])
    }

    func testHeNeverStandsForACountryThatSpokeLast() throws {
        let corpus = try loadCorpus("""
            Storm

            Senator Bill Moreau toured the coast. Portugal said the storm was the strongest in a decade. He said, "No one should take this storm lightly."
            """)
        XCTAssertEqual(speakers(corpus), ["Portugal", "Bill Moreau"])
    }

    func testADescribedGovernmentIsItsCountryNotTheLastOrganisationNamed() throws {
        let corpus = try loadCorpus("""
            Coalition

            The Global Harbour Alliance met in Lisbon. The Iraqi government declared the port would reopen in May.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["the port would reopen in May"])
        XCTAssertEqual(speakers(corpus), ["Iraq"], "a government speaks for its country")
    }

    func testWhoTheSourceIsAndWhereTheyPostedAreNotTheClaim() throws {
        let corpus = try loadCorpus("""
            Olympiad

            According to Professor Ana Ruiz, who chairs the committee, the contest shows students a way up. The fire service indicated on Twitter the baby girl was critically ill.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["the contest shows students a way up", "the baby girl was critically ill"])
    }
}

extension UnnamedSpeakerTests {
    func testFamilyAndChildrenSpeak() throws {
        let corpus = try loadCorpus("""
            Reunion

            The couple were jailed in May. The mother said "I look forward to the day I can hug them again."

            One of the children said, "Sometimes I still have nightmares about that house."
            """)
        XCTAssertEqual(corpus.claims.map(\.speakerText), ["The mother", "One of the children"])
        XCTAssertEqual(corpus.claims.map(\.kind), [.direct, .direct])
    }

    func testAStatementWhichSaidAndAPartyInAPlace() throws {
        let corpus = try loadCorpus("""
            Museum

            The council released a statement which said, "The hall must remain a museum for everyone."

            The Harbour Workers Union in Porto, in its statement, said the strike would go on.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["The hall must remain a museum for everyone.", "the strike would go on"])
        XCTAssertEqual(speakers(corpus).last, "Harbour Workers Union")
    }

    func testCountered() throws {
        let corpus = try loadCorpus("Debate\n\nMayor Ana Ruiz spoke first. Ruiz countered that rents had fallen for two years.\n")
        XCTAssertEqual(corpus.claims.map(\.cue), ["countered"])
        XCTAssertEqual(speakers(corpus), ["Ana Ruiz"])
    }
}

extension UnnamedSpeakerTests {
    func testACampaignNobodyNamedIsNotTheLastBody() throws {
        let corpus = try loadCorpus("""
            Allegation

            The Senate Ethics Committee met on Monday. The campaign said the claim was "absolutely false."
            """)
        XCTAssertEqual(corpus.claims.map(\.speakerText), ["The campaign"])
        XCTAssertEqual(speakers(corpus), ["campaign"], "a campaign of its own, not the committee")
    }

    func testANoticePublishedBySomeoneElseSpeaksForItsOwner() throws {
        let corpus = try loadCorpus("""
            Takedown

            The Harbour Music Association sent the notice to Codehost Inc. The Harbour Music Association's notice published by Codehost Inc alleged that the tool broke the law.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["the tool broke the law"])
        XCTAssertEqual(speakers(corpus), ["Harbour Music Association"])
    }

    func testAnHonorificInsideTheAppositiveName() throws {
        let corpus = try loadCorpus("""
            Blast

            No group admitted the attack, but the general manager of Harbour Media, Dr Ana Ruiz, said rebels were to blame.
            """)
        XCTAssertEqual(speakers(corpus), ["Ana Ruiz"])
    }
}

extension UnnamedSpeakerTests {
    func testWireShapesWithTimePhrasesAndShortNames() throws {
        let corpus = try loadCorpus("""
            Aleppo

            Buildings fell across the city. State media on Saturday reported a five-storey block of flats collapsed.

            The chef was found dead on Wednesday in Queens, according to police on Thursday.

            The Harbour Weather Service (HWS) reported the storm had strengthened overnight.

            The bus overturned on the bend; the bus driver told reporters he lost control.

            The agency did not mention casualties, but said exports were continuing.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["a five-storey block of flats collapsed", "The chef was found dead on Wednesday in Queens",
                                                       "the storm had strengthened overnight", "he lost control", "exports were continuing"])
        XCTAssertEqual(corpus.claims.map(\.speakerText), ["State media", "police", "Harbour Weather Service", "the bus driver", "The agency"])
    }
}

extension UnnamedSpeakerTests {
    func testSeveralSpeakersInOneSentenceAndOthers() throws {
        let corpus = try loadCorpus("""
            March

            Thousands marched on Saturday. One interviewee said people had changed their minds and several said they wanted the vote rerun. Others said the march was pointless.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["people had changed their minds", "they wanted the vote rerun", "the march was pointless"])
        XCTAssertEqual(corpus.claims.map(\.speakerText), ["One interviewee", "several", "Others"])
    }

    func testAQuoteEndingTheSentenceBeforeBelongsToNoLaterAttribution() throws {
        let corpus = try loadCorpus("""
            Allegation

            The campaign called the claim "absolutely false." An organizer said the senator was not at the event.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["the claim \"absolutely false.\"", "the senator was not at the event"])
    }

    func testWhoArguedAfterADescriptionAndATopicIsNoClaim() throws {
        let corpus = try loadCorpus("""
            Sentencing

            The hearing heard requests for leniency from the defendant's lawyers, who argued his illness had to count. The mayor commented on the size of the crowd.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["his illness had to count"])
        XCTAssertEqual(corpus.claims.map(\.speakerText), ["the defendant's lawyers"])
    }
}

extension UnnamedSpeakerTests {
    func testRecountsOfVotesAreNoCue() throws {
        let corpus = try loadCorpus("""
            Justice dies

            His dissent in the decision to halt Florida recounts in 2000, the decision that cemented the victory, is still read. \
            Ana Ruiz recounted that he finished it in one night.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["he finished it in one night"])
    }

    func testTopicsPhrasalVerbsAndHearsayAreNoClaims() throws {
        let corpus = try loadCorpus("""
            Search

            The Coast Guard called off its search late on Tuesday. Professor Ana Ruiz told reporters about her research on deep-sea microbes. \
            Senator Tomas Lund, said to be among the finalists, visited the port. The mayor said of the plan that it was far too costly.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["it was far too costly"])
    }
}

extension UnnamedSpeakerTests {
    func testAQuoteAfterAColonBelongsToWhoeverOpensTheClause() throws {
        let corpus = try loadCorpus("""
            Obituary

            The former agent died on Saturday. Former CIA deputy director Ana Ruiz praised him on Twitter: "He was one of the best officers we ever had."

            The campaign recycled a statement it first put out in July: "Voters will decide this election, not the courts."

            And crucially, the official paraphrased the following exchange: "The minister told his guest the border would stay closed."
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["He was one of the best officers we ever had.", "Voters will decide this election, not the courts.",
                                                       "The minister told his guest the border would stay closed."])
        XCTAssertEqual(corpus.claims.map(\.kind), [.direct, .direct, .direct])
        XCTAssertEqual(corpus.claims.map(\.cue), ["praised", "recycled", "paraphrased"])
        XCTAssertEqual(speakers(corpus).first, "Ana Ruiz")
    }

    func testAccordingToBodiesNobodyNamedAndAnInstitutionsData() throws {
        let corpus = try loadCorpus("""
            Stampede

            The stampede left at least 56 people dead, according to state television. According to the campaign, the rally was cancelled.

            Cases surged. On Thursday, total cases passed one million, Harbour University (HU) data indicated.
            """)
        XCTAssertEqual(corpus.claims.map(\.speakerText), ["state television", "the campaign", "Harbour University (HU) data"])
        XCTAssertEqual(speakers(corpus), ["state television", "campaign", "Harbour University"])
    }

    func testInvertedAttributionsNameTheOneAfterTheVerb() throws {
        let corpus = try loadCorpus("""
            Appeal hearing

            The court cannot judge the minister's motives, argued the government's lawyer, Richard Ames. \
            The ruling will stand, said Ames's colleague, Nina Holt. The appeal may take months, said Ames's colleague.

            Remarked museum curator Pia Laine, "This find rewrites what we knew about the harbour." \
            Added Mayor Jan Smit: "We will rebuild the old bridge by May."
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["The court cannot judge the minister's motives", "The ruling will stand",
                                                      "This find rewrites what we knew about the harbour.", "We will rebuild the old bridge by May."])
        XCTAssertEqual(speakers(corpus), ["Richard Ames", "Nina Holt", "Pia Laine", "Jan Smit"],
                       "the one before \"'s\" is not who speaks; an unnamed colleague after it gives no claim")
        XCTAssertFalse(corpus.actors.contains { $0.name.hasPrefix("Remarked") })
    }

    func testPeopleAndOutletsNobodyNamed() throws {
        let corpus = try loadCorpus("""
            Poisoning

            His associates alleged the critic was poisoned. Several outlets reported that he was in a coma. \
            The palace issued the following statement: "The family asks for privacy at this time."
            """)
        XCTAssertEqual(corpus.claims.map(\.speakerText), ["His associates", "Several outlets", "The palace"])
    }

    func testAgentsDocumentsAndQuotesAfterAComma() throws {
        let corpus = try loadCorpus("""
            Bank failure

            The lender was described by the regulator as "a danger to savers across the country." \
            "Losses are likely to be far larger than the bank has admitted," said the report.

            Finance Minister Ana Ruiz, also on Twitter, defended her decision, "We acted to protect every saver in the country." \
            Ruiz visited the branch, "a place of hope for many", on Monday.
            """)
        XCTAssertEqual(corpus.claims.map(\.speakerText), ["the regulator", "the report", "Ana Ruiz"])
        XCTAssertEqual(corpus.claims.map(\.cue), ["described", "said", "defended"])
        XCTAssertEqual(corpus.claims.last?.content, "We acted to protect every saver in the country.",
                       "a phrase in quotes after a comma, inside the sentence, is nobody's claim")
    }

    func testTheOwnerInTheObjectIsNotTheSpeaker() throws {
        let corpus = try loadCorpus("""
            Council

            Mayor Jan Smit resigned on Monday. The statement, which was posted online, announced the Mayor's resignation with regret.
            """)
        XCTAssertFalse(corpus.claims.contains { $0.speakerText == "the Mayor" || $0.content.hasPrefix("'s") },
                       "\(corpus.claims.map { ($0.speakerText, $0.content) })")
    }

    func testAStatementSayingAndAnOccupationBeforeTheName() throws {
        let corpus = try loadCorpus("""
            Health update

            Presidential physician Carl Brandt issued a statement saying the senator had been given fluids and aspirin. \
            According to ecologist Pip Harlow of the state university, last year's dry spring cut the harvest.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["the senator had been given fluids and aspirin",
                                                      "last year's dry spring cut the harvest"])
        XCTAssertEqual(speakers(corpus), ["Carl Brandt", "Pip Harlow"])
    }

    func testASubjectBeforeARelativeClause() throws {
        let corpus = try loadCorpus("""
            Road works

            The residents who lost their homes said the aid came too late. \
            The plan that the council approved said nothing about the bridge.
            """)
        XCTAssertEqual(corpus.claims.map(\.speakerText), ["The residents"], "a plan says nothing: only people before \"who\"")
        XCTAssertEqual(corpus.claims.map(\.content), ["the aid came too late"])
    }

    func testWhomAParticipleTellsIsNotTheSpeaker() throws {
        let corpus = try loadCorpus("""
            Crash inquiry

            Brightwell Corporation did not release any details, telling the Harbour Times the company "extends its condolences to the families."
            """)
        let outlet = corpus.actors.first { $0.name.hasSuffix("Harbour Times") }
        XCTAssertNotNil(outlet)
        XCTAssertFalse(corpus.claims.contains { $0.speaker == outlet?.id }, "\(corpus.claims.map { ($0.speakerText, $0.content) })")
    }

    func testADocumentAfterAnInvertedVerbSpeaksForItsOwner() throws {
        let corpus = try loadCorpus("""
            Draft ruling

            Judge Ada Kiel ruled on Friday. "The old rule no longer serves any purpose," reads Judge Ada Kiel's statement.
            """)
        XCTAssertEqual(corpus.claims.map(\.speakerText), ["Judge Ada Kiel's statement"])
        XCTAssertEqual(speakers(corpus), ["Ada Kiel"])
    }
}

final class BroadcastStyleTests: XCTestCase {
    func testAColonEndingAParagraphGivesTheNextParagraphsQuote() throws {
        let corpus = try loadCorpus("""
            Hospital waits

            Waiting times rose again in March.

            The shadow health secretary, Jonathan Ashby, said:

            "This is a disaster for patients and for staff alike."
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["This is a disaster for patients and for staff alike."])
        XCTAssertEqual(speakers(corpus), ["Jonathan Ashby"])
    }

    func testAVoxPopWithAgeAndHomeTown() throws {
        let corpus = try loadCorpus("""
            Hospital waits

            Waiting times rose again in March. Ian Roberts, 45, from Leeds, said he had waited six hours with a broken wrist.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["he had waited six hours with a broken wrist"])
        XCTAssertEqual(speakers(corpus), ["Ian Roberts"])
    }

    func testAnOfficeWithItsShortNameAndAContentOpeningOnFurther() throws {
        let corpus = try loadCorpus("""
            Prices

            According to the Office for National Statistics (ONS), inflation rose to 3% in May. A spokesperson added that further rises were likely.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["inflation rose to 3% in May", "further rises were likely"])
    }

    func testAProgrammeAddresseeAndAnAnonymousParentBeforeAColon() throws {
        let corpus = try loadCorpus("""
            Schools

            Education Secretary Gavin Wilton told BBC Radio 4's Today programme: "Schools are safe for every pupil."

            Parents have expressed concern. One mother, who did not want to be named, said: "I just don't know what to do."
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["Schools are safe for every pupil.", "I just don't know what to do."])
        XCTAssertEqual(corpus.claims.map(\.cue), ["told", "said"])
        XCTAssertEqual(corpus.claims.map(\.speakerText), ["Gavin Wilton", "One mother"])
        XCTAssertEqual(corpus.claims.first?.addressee, "BBC Radio 4's Today programme")
    }

}

/// Reporting verbs that also have a sense that reports nothing ("asked whether", "maintained
/// his lead", "recalled vans"), and what stands between a cue and what was said.
final class ReportingVerbSenseTests: XCTestCase {
    func testAReportedQuestionIsNoClaim() throws {
        let corpus = try loadCorpus("""
            Glacier study

            Professor Ana Ruiz leads the survey team. Reuters asked Ruiz whether the ice could return within a century.
            She said it could not.

            Reuters also asked Ruiz about the cost of the survey, and asked the council to pay for what remains.

            Ruiz later questioned whether the survey was needed at all.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["it could not", "the council to pay for what remains", "whether the survey was needed at all"],
                       "a question put to someone is not what they said; a request or a doubt aloud is")
    }

    func testVerbsThatReportOnlyWithAClause() throws {
        let corpus = try loadCorpus("""
            Mayoral race

            Council leader Mark Belton maintained his lead in the polls, and Ana Ruiz contended for the party's nomination.

            Belton has long maintained that the tram line is too expensive. Ruiz contends the line will pay for itself.

            The storm claimed the lives of two sailors. Belton claimed the seat on Sunday, and he claimed the count was fair.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["the tram line is too expensive", "the line will pay for itself", "the count was fair"])
        XCTAssertEqual(speakers(corpus), ["Mark Belton", "Ana Ruiz", "Mark Belton"])
    }

    func testANicknameInQuotesIsNoClaim() throws {
        let corpus = try loadCorpus("""
            Podcast host

            Tomas Lund, who goes by his nickname "Tiny", hosts a weekly show. He said the show would end in May. Lund, \
            known as "Tiny", which he has explained comes from his height, was born in Lisbon.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["the show would end in May", "comes from his height"],
                       "a nickname in quotes is nobody's words; what he explained ends with its relative clause")
        XCTAssertEqual(speakers(corpus), ["Tomas Lund", "Tomas Lund"])
    }

    func testARoleInAppositionAfterAccordingToIsNotWhatWasSaid() throws {
        let corpus = try loadCorpus("""
            Illness

            According to Dana Whitlock, the senator's former spokeswoman, the senator died of a rare virus.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["the senator died of a rare virus"])
        XCTAssertEqual(speakers(corpus), ["Dana Whitlock"])
    }

    func testAVerdictInQuotesAfterAs() throws {
        let corpus = try loadCorpus("""
            Tram row

            Council leader Mark Belton, responding on Twitter, attacked the plan as "a vanity project." Belton also dismissed the \
            report as "fiction" and praised the drivers as "the best in the country." Rebels attacked the convoy as it left the city.
            """)
        XCTAssertEqual(corpus.claims.map(\.cue), ["attacked", "dismissed", "praised"], "an attack on a convoy says nothing")
        XCTAssertEqual(corpus.claims.map(\.content), ["the plan as \"a vanity project.\"", "the report as \"fiction\"",
                                                     "the drivers as \"the best in the country.\""])
        XCTAssertEqual(speakers(corpus), ["Mark Belton", "Mark Belton", "Mark Belton"])
    }

    func testAnAttributionThatIsASentenceOfItsOwnTakesTheQuoteBefore() throws {
        let corpus = try loadCorpus("""
            Trial

            Speaker Ana Ruiz named the managers. "The public deserves the truth." Ruiz said. "We are ready." An aide said \
            the vote would come on Friday.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["The public deserves the truth.", "the vote would come on Friday"],
                       "a quote before a new attribution with its own content is not its")
        XCTAssertEqual(corpus.claims.first?.kind, .direct)
    }

    func testATitleWrittenWithOfBeforeANameAfterTheVerb() throws {
        let corpus = try loadCorpus("""
            Talks

            The talks were over, said Secretary of State Tomas Lund. Minister of Information Moammar al-Sabri said the \
            border would reopen. The convoy was late, said Minister of Foreign Affairs Ana Ruiz.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["The talks were over", "the border would reopen", "The convoy was late"])
        XCTAssertEqual(speakers(corpus), ["Tomas Lund", "Moammar al-Sabri", "Ana Ruiz"])
        XCTAssertEqual(corpus.actors.map(\.role), ["Secretary of State", "Minister of Information", "Minister of Foreign Affairs"])
    }

    func testVerbsThatReportOnlyBesideAQuote() throws {
        let corpus = try loadCorpus("""
            Fan convention

            "Back then there was less to see," Dana Whitlock observed during a panel. Astronomers observed the comet for \
            three weeks. "The party complies with the order," the Green Party informed the press.
            """)
        XCTAssertEqual(corpus.claims.map(\.cue), ["observed", "informed"])
        XCTAssertEqual(speakers(corpus), ["Dana Whitlock", "Green Party"])
    }

    func testAnAdverbBetweenTheCommaAndTheParticiple() throws {
        let corpus = try loadCorpus("""
            Campaign

            Ana Ruiz asked for support, specially asking voters to vote at the polls. "It was hard," Ruiz said, \
            further remarking, "Women in this town have said enough."
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["voters to vote at the polls", "It was hard", "Women in this town have said enough."])
        XCTAssertEqual(speakers(corpus), ["Ana Ruiz", "Ana Ruiz", "Ana Ruiz"])
    }

    func testPerAndAStatementFromSomeone() throws {
        let corpus = try loadCorpus("""
            Curfew

            The band split on Monday. A statement from the label read "We are devastated by the news." Per the decree, \
            shops must close at eight. Per Reuters, the talks failed. Prices are set per unit, per day.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["We are devastated by the news.", "shops must close at eight", "the talks failed"])
        XCTAssertEqual(corpus.claims.map(\.speakerText), ["A statement from the label", "the decree", "Reuters"])
    }

    func testJointSpeakersEachSayIt() throws {
        let corpus = try loadCorpus("""
            Strike

            Ana Ruiz and Mark Belton said the strike would end. Dana Whitlock, Tomas Lund and Ana Ruiz said the talks \
            failed. The council met Dana Whitlock and Lund said the plan was dead.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["the strike would end", "the strike would end", "the talks failed", "the talks failed",
                                                     "the talks failed", "the plan was dead"])
        XCTAssertEqual(speakers(corpus), ["Ana Ruiz", "Mark Belton", "Dana Whitlock", "Tomas Lund", "Ana Ruiz", "Tomas Lund"],
                       "whom the council met says nothing")
    }

    func testTheyIsAGroupOrUnnamedPeopleNeverOnePerson() throws {
        let corpus = try loadCorpus("""
            Ferry

            Harbour officials said the ferry was late. A company spokesperson said the pier was safe. \
            The ferry, they said, carries 400 people a day.
            """)
        XCTAssertEqual(corpus.claims.count, 3)
        XCTAssertEqual(corpus.claims.last?.speaker, corpus.claims.first?.speaker, "\"they\" are the officials, not the spokesperson")
        XCTAssertNotNil(corpus.claims.first?.speaker)
    }

    func testAPronounIsTheSubjectAReaderCarriesOver() throws {
        let corpus = try loadCorpus("""
            Rally

            Mark Belton said the rally was large. Tomas Lund was on stage while Belton watched. He said the crowd was kind.

            Belton's former partner Tomas Lund held a press conference. He claimed the books were false.

            The accusation against Lund is that, as mayor, he called for audits but stopped them.
            """)
        XCTAssertEqual(speakers(corpus), ["Mark Belton", "Tomas Lund", "Tomas Lund", "Tomas Lund"],
                       "the subject of the sentence before, not the last speaker; an owner is not the subject")
    }
}

/// Who speaks when an organisation, a document or a noun stands where the speaker would:
/// sentences written for the test after patterns of wire and broadcast copy.
final class DocumentAndWorkplaceSpeakerTests: XCTestCase {
    func testThePersonAfterTheirWorkplaceSpeaks() throws {
        let corpus = try loadCorpus("""
            Comet

            “The tail is longer than we thought,” said Kessler Institute astronomer Ana Ruiz. “We will keep watching.”
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["The tail is longer than we thought", "We will keep watching."])
        XCTAssertEqual(speakers(corpus), ["Ana Ruiz", "Ana Ruiz"], "the institute is where she works, not who speaks")
    }

    func testAPressReleaseSpeaksForTheBodyThatPutItOut() throws {
        let corpus = try loadCorpus("""
            Wrestler dies

            “He was loved by everyone”, reads an NWL press release, “a kind soul and a great mentor to all.”

            “We are shocked”, reads a statement from the KWA.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["He was loved by everyone", "a kind soul and a great mentor to all.", "We are shocked"])
        XCTAssertEqual(speakers(corpus), ["NWL", "NWL", "KWA"])
        XCTAssertEqual(corpus.actors.first { $0.name == "NWL" }?.type, .organization)
    }

    func testAccordingToAfterAPartQuoteTakesTheWholeClause() throws {
        let corpus = try loadCorpus("""
            Attack

            The minister suffered “two deep wounds” in the attack according to a hospital spokesperson.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["The minister suffered “two deep wounds” in the attack"])
        XCTAssertEqual(corpus.claims.map(\.kind), [.mixed])
    }

    func testANounLikeVerbBeforeATitleIsNoCue() throws {
        let corpus = try loadCorpus("""
            Race

            Other contenders include Ohio state senator Ana Ruiz. The agency maintained a policy of not charging sitting officials.

            Tomas Lund maintained an inquiry is what the committee is already doing.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["an inquiry is what the committee is already doing"])
        XCTAssertEqual(speakers(corpus), ["Tomas Lund"])
    }
}

/// Titles and unnamed sources as broadcast copy writes them: invented sentences.
final class BroadcastSourceTests: XCTestCase {
    func testAReligiousOrPoliceTitleIsNotPartOfTheName() throws {
        let corpus = try loadCorpus("""
            School inquiry

            The Reverend Tomas Lund, who is the president of the Harbour Church Council, says further explanation is needed. Detective Inspector Ana Ruiz said the case was still open.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["further explanation is needed", "the case was still open"])
        XCTAssertEqual(speakers(corpus), ["Tomas Lund", "Ana Ruiz"])
    }

    func testAnUnnamedSourceKeepsTheWordThatSaysWhichOne() throws {
        let corpus = try loadCorpus("""
            Cathedral fire

            Fire officials say there were no injuries. City officials said the road would reopen. The court officials said the hearing was delayed.

            One child was, according to the fire service, among the injured.
            """)
        XCTAssertEqual(corpus.claims.map(\.speakerText), ["Fire officials", "City officials", "The court officials", "the fire service"])
        XCTAssertEqual(speakers(corpus), ["fire officials", "city officials", "court officials", "fire service"],
                       "the court officials are not the city officials named before; the fire service is no officer")
    }

    func testATradeWordAfterTheSpeaksThoughNoListHoldsIt() throws {
        let corpus = try loadCorpus("""
            Inquest

            However, the coroner said the boy had been eligible for a diversion program. A surveyor told reporters the bridge was unsafe.
            """)
        XCTAssertEqual(corpus.claims.map(\.speakerText), ["the coroner", "A surveyor"])
    }

    func testAReportingVerbInTheProgressiveAfterItsSubject() throws {
        let corpus = try loadCorpus("""
            Storm

            Police are warning that the roads will be icy. Ana Ruiz is claiming she was not told. Tomas Lund said the police were attributing the crash to ice. The drivers did what they were asking them to do.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["the roads will be icy", "she was not told", "the police were attributing the crash to ice"])
        XCTAssertEqual(corpus.claims.map(\.speakerText), ["Police", "Ana Ruiz", "Tomas Lund"], "inside Lund's words the police are not a new speaker")
    }

    func testMaintainingAThingIsNoClaim() throws {
        let corpus = try loadCorpus("""
            Talks

            The minister says partners should maintain pressure on the regime. The agency maintained contact with the crew. Tomas Lund maintained the charges were false.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["partners should maintain pressure on the regime", "the charges were false"])
    }
}

/// What a corpus of wire copy shows at the top of its actor list: names shown as written,
/// and no clock or calendar words among the actors. Invented sentences.
final class WireCopyActorTests: XCTestCase {
    func testANameKeepsItsLowercaseParticles() throws {
        let corpus = try loadCorpus("""
            Summit

            Crown Prince Omar bin Tamim said the talks would go on. Commissioner Ursula von der Brandt said a deal was close.
            """)
        XCTAssertEqual(speakers(corpus), ["Omar bin Tamim", "Ursula von der Brandt"])
    }

    func testTimeZonesAndHolidaysAreNoActors() throws {
        let corpus = try loadCorpus("""
            Storm

            By 6:00pm local time (3:00am AEDT), 21 people had been taken to hospital. The last death was on Christmas Day, police said.
            """)
        XCTAssertEqual(corpus.actors.map(\.name), ["police"])
    }

    func testAnOutletNamedTheAndOneWordNeedsItsThe() throws {
        let corpus = try loadCorpus("""
            Bushfires

            Fire units in and around Hill Top are ready. The Hill reported the senator would resign.
            """)
        XCTAssertEqual(corpus.actors.map(\.name), ["The Hill"])
        XCTAssertEqual(corpus.actors.first?.mentions.count, 1, "Hill Top is a place, not the outlet")
    }

    func testAHyphenatedTitleIsARoleNotAName() throws {
        let corpus = try loadCorpus("""
            Review

            Attorney-General Ana Ruiz said the law would change. Doctor Tomas Lund said the review was late. Ms Ruiz said it was not.
            """)
        XCTAssertEqual(speakers(corpus), ["Ana Ruiz", "Tomas Lund", "Ana Ruiz"])
    }

    func testAPresentCueAfterAnUnnamedSpokesman() throws {
        let corpus = try loadCorpus("""
            Border

            A spokesman for the ministry claims the rebel leader has fled.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["the rebel leader has fled"])
        XCTAssertEqual(corpus.claims.map(\.speakerText), ["A spokesman for the ministry"])
    }
}

/// Who "he" is when the sentences before name nobody new: invented sentences.
final class PronounChainTests: XCTestCase {
    func testAPronounAfterAnOpenerCarriesBackThroughAPronounSubject() throws {
        let corpus = try loadCorpus("""
            Campaign

            Ana Ruiz criticized the plan, arguing Tomas Lund was wrong. Tomas Lund travelled to the coast. He gave a speech in which he praised the fishermen. In addition, he announced a new harbour fund.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["Tomas Lund was wrong", "a new harbour fund"])
        XCTAssertEqual(speakers(corpus), ["Ana Ruiz", "Tomas Lund"], "the subject carried over, not the last speaker")
    }

    func testADictionaryNameWrittenWithACapitalAtTheStart() throws {
        let corpus = try loadCorpus("""
            Border

            Officials said Al Qaeda fighters had crossed the border.
            """)
        XCTAssertEqual(corpus.actors.first { $0.name == "al-Qaeda" }?.type, .group)
        XCTAssertNil(corpus.actors.first { $0.type == .person }, "Al is no given name here")
    }
}

/// Places and scores beside names in wire and sports copy: invented sentences.
final class PlaceAndScoreTests: XCTestCase {
    func testCapitalisedWordsAfterInAreAPlaceNotTheSpeaker() throws {
        let corpus = try loadCorpus("""
            Siege

            Fighters in Wadi Korra said they would not surrender. Police in Karachi said two men were held.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["they would not surrender", "two men were held"])
        XCTAssertEqual(corpus.claims.map(\.speakerText), ["Fighters in Wadi Korra", "Police in Karachi"])
        XCTAssertFalse(corpus.actors.contains { $0.name == "Wadi Korra" }, "a place where speakers are is no person")
    }

    func testABowlersFiguresAreNoVersionNumber() throws {
        let corpus = try loadCorpus("""
            Test match

            Lee took 3 for 77 and Tomas Lundqvist 2 for 66. Tomas Lundqvist said the pitch was slow.
            """)
        XCTAssertEqual(corpus.actors.first { $0.name == "Tomas Lundqvist" }?.type, .person)
    }
}

/// A bare institution word is no actor of its own: invented sentences in two countries.
final class BareInstitutionTests: XCTestCase {
    func testTheGovernmentOfEachArticleIsNotOneActor() throws {
        let corpus = try loadCorpus("""
            Ruritania

            While the Government is taking the threats seriously, officials in Strelsau said no arrests were made.
            """, """
            Freedonia

            While the Government is reviewing the law, critics said it went too far.
            """)
        XCTAssertFalse(corpus.actors.contains { $0.name.lowercased() == "government" }, "two governments, not one actor")
    }

    func testASentencesCapitalisedTheIsNoPartOfTheNameAndASourceOfOilIsNoSource() throws {
        let corpus = try loadCorpus("""
            Oil spill

            The Federal Opposition wants tougher penalties. Authorities are still trying to track down the source of the spill.
            Leaders of the Federal Opposition met The Harbour Project on Monday. A spokesman for The Harbour Project said it would help.
            """)
        XCTAssertEqual(corpus.actors.map(\.name), ["Federal Opposition", "The Harbour Project", "spokesman for The Harbour Project"],
                       "The is part of a name only written with it; no \"source\" of a spill among the actors")
    }
}

/// Cases a review found the new rules must not take: invented sentences.
final class RuleBoundaryTests: XCTestCase {
    func testMaintainedBeforeAMarkOrAClauseAndSayBeforePeopleStillReport() throws {
        let corpus = try loadCorpus("""
            Hearing

            “We did nothing wrong,” Tomas Lund maintained. Ana Ruiz maintained the deal was in danger. Critics say police ignored the warnings.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["We did nothing wrong", "the deal was in danger", "police ignored the warnings"])
    }

    func testAPronounCarriesBackOnlyThroughTheSamePronoun() throws {
        let corpus = try loadCorpus("""
            Gala

            Ana Ruiz introduced the speaker. He thanked the crowd. He said the plan would fail.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["the plan would fail"])
        XCTAssertEqual(speakers(corpus), [nil], "\"he\" is not Ana Ruiz")
    }
}

/// Broadcast and wire copy: who speaks when the name stands beside something else.
final class BroadcastSubjectTests: XCTestCase {
    func testARoleThenTheNameBetweenCommasIsThePersonEvenWithAPlaceWordForASurname() throws {
        let corpus = try loadCorpus("""
            Troops

            But the Defence Minister, Robert Hill, says it is too early to act. Crowds gathered in Victoria Park.
            """)
        XCTAssertEqual(speakers(corpus), ["Robert Hill"])
        XCTAssertEqual(corpus.actors.first { $0.name == "Robert Hill" }?.type, .person)
        XCTAssertNil(corpus.actors.first { $0.name == "Victoria Park" }, "a given name that is also a place opens a place")
    }

    func testANameInsideAnUnclosedWhoClauseIsNotTheSpeaker() throws {
        let corpus = try loadCorpus("""
            Squad

            Leg spinner Tomas Lund, who is in the squad in place of pace bowler Jan Brody says he is not worried by the reports. Ana Ruiz, who coached Ben Okafor, said the team was ready.
            """)
        XCTAssertEqual(speakers(corpus), ["Tomas Lund", "Ana Ruiz"])
    }

    func testBothBeforeAJointSubject() throws {
        let corpus = try loadCorpus("""
            Inquiry

            Both Tomas Lund and Jan Brody told the court they regretted the accident.
            """)
        XCTAssertEqual(Set(speakers(corpus).compactMap { $0 }), ["Tomas Lund", "Jan Brody"])
        XCTAssertEqual(corpus.claims.map(\.content), ["they regretted the accident", "they regretted the accident"])
    }

    func testALeadersNameForTheGovernmentIsAnOrganisation() throws {
        let corpus = try loadCorpus("""
            Talks

            The Okafor administration says the talks have failed. The federal government said it would not comment. The Brazilian government said it was surprised.
            """)
        XCTAssertEqual(speakers(corpus), ["Okafor administration", "federal government", "Brazil"],
                       "the federal government is a body of its own, not the administration named before")
        XCTAssertEqual(corpus.actors.first { $0.name == "Okafor administration" }?.type, .organization)
    }

    func testTheFirstWordOfAnOrganisationsNameSpeaksForIt() throws {
        let corpus = try loadCorpus("""
            Bombing

            Rights group Amnesty International has condemned the attacks. "These attacks are horrifying," Amnesty said in a statement.
            """)
        XCTAssertEqual(speakers(corpus), ["Amnesty International"])
        XCTAssertFalse(corpus.actors.contains { $0.name == "Amnesty" })
    }

    func testAClaimInAClauseOfTimeInsideAnotherClaimLeavesBoth() throws {
        let corpus = try loadCorpus("""
            Arrests

            A security source said 75 militants were arrested after the interior ministry vowed to crack down on them. Ana Ruiz said Jan Brody told reporters the deal was off.
            """)
        XCTAssertEqual(corpus.claims.map(\.content),
                       ["75 militants were arrested after the interior ministry vowed to crack down on them", "to crack down on them",
                        "Jan Brody told reporters the deal was off", "the deal was off"])
        XCTAssertEqual(corpus.claims.last?.via.isEmpty, false, "a claim reported through another keeps the reporter in via")
    }
}

final class AttributionBetweenCommasTests: XCTestCase {
    func testWhileAfterTheAttributionOpensAnotherClaim() throws {
        let corpus = try loadCorpus("""
            Ceasefire line

            Portugal has rejected a proposal to keep troops away from the border, the Daily Courier reports, while the Spanish government has threatened to hold the governor responsible. The ferry, officials said, carries 400 people a day. The plane was not airworthy, investigators have said, and should not have taken off.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), [
            "Portugal has rejected a proposal to keep troops away from the border",
            "to hold the governor responsible",
            "The ferry carries 400 people a day",
            "The plane was not airworthy and should not have taken off",
        ])
    }
}

final class PartyLabelTests: XCTestCase {
    func testAPartyLabelBeforeANameIsNotPartOfIt() throws {
        let corpus = try loadCorpus("""
            Senate

            Democrat Jane Okafor, the Senate minority leader, told reporters the bill was dead. Republican Mark Belton said the vote would go ahead. Later Okafor and Belton met.
            """)
        XCTAssertEqual(speakers(corpus), ["Jane Okafor", "Mark Belton"])
        XCTAssertFalse(corpus.actors.contains { $0.name.hasPrefix("Democrat") || $0.name.hasPrefix("Republican") })
    }
}

/// Broadcast copy's loose commas and wire copy's hearsay, in sentences written for the test.
final class LooseCommaTests: XCTestCase {
    func testALoneCommaBetweenASubjectAndItsVerb() throws {
        let corpus = try loadCorpus("""
            Fires

            Senior forecaster with the Harbour Weather Bureau Tomas Lund, says the greatest risk will come this afternoon. Ana Ruiz of Ballidu just west of Burakin, says the quake shook her house. Jan Brody left the house early, said police.
            """)
        XCTAssertEqual(speakers(corpus), ["Tomas Lund", "Ana Ruiz", "police"])
        XCTAssertTrue(corpus.actors.contains { $0.name == "Harbour Weather Bureau" && $0.type == .organization })
        XCTAssertEqual(corpus.claims.last?.content, "Jan Brody left the house early", "the subject after the verb is still the speaker")
    }

    func testReportedOrQuotedAsSaying() throws {
        let corpus = try loadCorpus("""
            Merger

            Party president Tomas Lund is reported as saying a merger has to be considered. A senior defence official was quoted by army radio as saying the rebels had changed tactics. The minister was reported to be angry.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["a merger has to be considered", "the rebels had changed tactics"])
        XCTAssertEqual(speakers(corpus).first, "Tomas Lund")
        XCTAssertEqual(corpus.claims.last?.speakerText, "A senior defence official")
    }

    func testWhatSomeoneMustOrWillSayIsNotSaid() throws {
        let corpus = try loadCorpus("""
            Budget

            The opposition says Ana Ruiz must reveal which projects will be cut. She will announce that the plan is dead.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["Ana Ruiz must reveal which projects will be cut"])
    }

    func testATitleBeforeAPlaceWordMakesItASurname() throws {
        let corpus = try loadCorpus("""
            Deployment

            Senator Hill says the troops will leave this week. Mr Hall said the vote was close. Crowds met in Hyde Park.
            """)
        XCTAssertEqual(speakers(corpus), ["Hill", "Hall"])
        XCTAssertEqual(corpus.actors.filter { $0.type == .person }.map(\.name), ["Hill", "Hall"])
    }

    func testAnOccupationWithWordsThatSayWhichOne() throws {
        let corpus = try loadCorpus("""
            Antibiotics

            A leading Adelaide microbiologist says resistance to antibiotics will increase. The helicopters landed near the mountain, an AFP journalist said. Rhodesia within a few years thereafter declared independence from the crown.
            """)
        XCTAssertEqual(corpus.claims.map(\.speakerText), ["A leading Adelaide microbiologist", "an AFP journalist"])
    }

    func testACountryInTheTitleIsNoVerb() throws {
        let corpus = try loadCorpus("""
            Charges

            Ana Ruiz was charged over the attacks, United States Attorney-General Tomas Lund said.
            """)
        XCTAssertEqual(speakers(corpus), ["Tomas Lund"])
        XCTAssertEqual(corpus.claims.first?.content, "Ana Ruiz was charged over the attacks")
    }
}

final class WithParticipleTests: XCTestCase {
    func testWithSomeoneSayingIsTheirClaim() throws {
        let corpus = try loadCorpus("""
            Inquiry

            Senators attacked the inquiry, with Tomas Lund of Harbia calling it "a witch hunt" and Ana Ruiz calling the process "a coup". Shares fell, with analysts saying the outlook was poor. He has not appeared in court, with his lawyers arguing that he is too ill.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["it \"a witch hunt\"", "the process \"a coup\"", "the outlook was poor", "he is too ill"])
        XCTAssertEqual(corpus.claims.map(\.speakerText), ["Tomas Lund", "Ana Ruiz", "analysts", "his lawyers"])
    }

    func testThisOpensWhatWasSaidUnlessATimeFollows() throws {
        let corpus = try loadCorpus("""
            Budget

            Critics said this is a move to delay the vote. Ana Ruiz said this week the plan was dead.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["this is a move to delay the vote", "the plan was dead"])
    }
}

final class OwnerAndColonCueTests: XCTestCase {
    func testThePersonOfAnOrganisationWhoseNameWasCutShort() throws {
        let corpus = try loadCorpus("""
            Fire

            Nils-Erik Haagenrud of Rogaland Fire and Rescue said no personnel would be sent into the building.
            """)
        XCTAssertEqual(speakers(corpus), ["Nils-Erik Haagenrud"])
    }

    func testTheCueBeforeAColonIsAVerbNeverAPreposition() throws {
        let corpus = try loadCorpus("""
            Statues

            Jo Anne Van Tilburg of the University of California disagreed with these findings: "The seeps were always minor resources for the islanders."
            """)
        XCTAssertEqual(corpus.claims.map(\.cue), ["disagreed"])
    }
}

/// Sentences where this session's rules first went wrong (found in review).
final class RuleLimitTests: XCTestCase {
    func testMayIsANameOrAMonthNotAModal() throws {
        let corpus = try loadCorpus("""
            Brexit

            Prime Minister Theresa May said the deal was dead. "We will leave on time," May said. Police can confirm a man was arrested.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["the deal was dead", "We will leave on time", "a man was arrested"])
    }

    func testATitleAndANameAfterTheVerbAreItsSubject() throws {
        let corpus = try loadCorpus("""
            Syria

            Harbia will not pull its troops out of the border zone, said Foreign Minister Tomas Lund. Ana Ruiz of Leeds scored twice, said coach Jan Brody.
            """)
        XCTAssertEqual(speakers(corpus), ["Tomas Lund", "Jan Brody"])
    }

    func testAnActiveQuotedAsSayingIsTheOneQuoted() throws {
        let corpus = try loadCorpus("""
            Strike

            Army Radio has quoted Defence Minister Tomas Lund as saying the strike was justified.
            """)
        XCTAssertEqual(speakers(corpus), ["Tomas Lund"])
        XCTAssertEqual(corpus.claims.map(\.content), ["the strike was justified"])
    }

    func testAReportedClaimAfterATimeWordInsideAnotherStaysNested() throws {
        let corpus = try loadCorpus("""
            Summit

            A diplomat said that after the summit Tomas Lund told reporters the deal was off.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["the deal was off"])
        XCTAssertEqual(corpus.claims.first?.via.isEmpty, false)
    }

    func testAGivenNameBeforeAParkIsAPlaceUnlessItActsLikeAPerson() throws {
        let corpus = try loadCorpus("""
            Rally

            Crowds filled Grant Park on Sunday. Later they marched to Lincoln Park. Robert Hill said the rally was peaceful.
            """)
        XCTAssertEqual(corpus.actors.filter { $0.type == .person }.map(\.name), ["Robert Hill"])
    }
}
