import Corpus
import XCTest

/// One invented article per rule, in styles the seeds do not have. None of these texts
/// was used to tune the rules.
final class CleaningRuleTests: XCTestCase {
    func testWireStoryWithDatelineAndReutersCredits() throws {
        let article = try Fixture(self).article("wire.txt", """
            Dutch port strike enters second week as talks stall
            Friday, January 4, 2019
            ROTTERDAM (Reuters) - Dockworkers at Europe's largest port extended their strike on Friday, union leaders said.
            The FNV union said talks with employers had broken down. "We are not going back," spokesman Pieter de Vries told reporters.
            Reporting by Anna Smit; Editing by Mark Potter
            """)
        XCTAssertEqual(article.title, "Dutch port strike enters second week as talks stall")
        XCTAssertEqual(article.date, "2019-01-04")
        XCTAssertEqual(article.dateSource, .stated)
        XCTAssertEqual(article.outlet, "Reuters")
        XCTAssertEqual(article.dropped.map(\.reason), ["dateline", "credit"])
        XCTAssertEqual(article.paragraphs.count, 2)
        XCTAssertTrue(article.paragraphs[0].hasPrefix("ROTTERDAM (Reuters) - "), "the dateline stays in the story")
    }

    /// A two-word headline is a section label only above another headline, never above a
    /// paragraph of story that ends with a quote.
    func testAShortHeadlineAboveAQuoteIsTheTitle() throws {
        let article = try Fixture(self).article("short.txt", """
            Campaign over

            Senator Rhea Lund said in her live stream, "I do not make this decision lightly."

            The vote is on Monday.
            """)
        XCTAssertEqual(article.title, "Campaign over")
        XCTAssertEqual(article.paragraphs.count, 2)
        XCTAssertEqual(article.dropped.map(\.reason), [])
    }

    func testBlogPostWithShareButtonsAndComments() throws {
        let article = try Fixture(self).article("blog.md", """
            # Ten years of the city bike scheme

            Posted on 12 March 2021
            Written by Maria Lopez

            When the first bikes arrived, nobody believed they would last a month.

            Today the scheme has 4,000 bikes and 300 stations.

            Share this:
            Twitter
            Facebook

            Related

            3 Comments

            Leave a comment
            """)
        XCTAssertEqual(article.title, "Ten years of the city bike scheme")
        XCTAssertEqual(article.date, "2021-03-12")
        XCTAssertEqual(article.author, "Maria Lopez")
        XCTAssertEqual(article.paragraphs, [
            "When the first bikes arrived, nobody believed they would last a month.",
            "Today the scheme has 4,000 bikes and 300 stations.",
        ])
        XCTAssertEqual(article.dropped.map(\.reason), [
            "metadata", "byline", "share widget", "share widget", "share widget", "navigation", "comments", "comments",
        ])
    }

    func testCaptionsWithCreditsAreDropped() throws {
        let article = try Fixture(self).article("captions.txt", """
            Floods close main highway
            Rescue teams reached the village on Sunday after the river burst its banks.
            A truck stranded on the A4 near Bristol. (Jane Doe/PA Images)
            Residents wait for help on Monday (Getty Images)
            Photo: Mark Brown / Shutterstock
            Officials said the road would stay closed for a week. Via Highways Agency
            The mayor said the damage was "worse than in 2007".
            """)
        XCTAssertEqual(article.dropped.map(\.reason), ["caption", "caption", "caption", "caption"])
        XCTAssertEqual(article.paragraphs.count, 2)
    }

    func testSignUpBoxAbsorbsItsShortLines() throws {
        let article = try Fixture(self).article("box.txt", """
            Council approves new budget
            The council approved the budget by seven votes to four on Tuesday night.
            Get our free morning newsletter.
            Thanks!
            Enter your email address to subscribe.
            The mayor said the vote was a relief.
            """)
        XCTAssertEqual(article.dropped.map(\.reason), ["newsletter", "widget", "newsletter"])
        XCTAssertEqual(article.paragraphs, [
            "The council approved the budget by seven votes to four on Tuesday night.",
            "The mayor said the vote was a relief.",
        ])
    }

    func testShortParagraphsOutsideABoxStay() throws {
        let article = try Fixture(self).article("short.txt", """
            Minister resigns
            The minister resigned on Monday.
            Why now?
            Colleagues said the pressure had been building for weeks.
            """)
        XCTAssertEqual(article.dropped, [])
        XCTAssertEqual(article.paragraphs.count, 3)
    }

    func testContributedLineNamesTheOutlet() throws {
        let article = try Fixture(self).article("credit.txt", """
            Quake shakes coastal towns
            A magnitude 6.1 earthquake struck off the coast early on Wednesday.
            AFP and Daily Herald staff contributed to this report.
            """)
        XCTAssertEqual(article.outlet, "Daily Herald")
        XCTAssertEqual(article.dropped.map(\.reason), ["credit"])
    }

    func testSourceLinesGiveURLAndOutlet() throws {
        let article = try Fixture(self).article("source.txt", """
            Wheat prices climb
            Wheat futures rose 3% on Thursday.
            Originally published at https://www.example-news.org/markets/wheat?ref=rss
            """)
        XCTAssertEqual(article.url, "https://www.example-news.org/markets/wheat?ref=rss")
        XCTAssertEqual(article.outlet, "example-news.org")
    }

    func testUpdatedDateOnlyWhenNoPublishedDate() throws {
        let fixture = try Fixture(self)
        let both = try fixture.article("both.txt", "Title here\nUpdated: 2020-02-03\nPublished: 2020-02-01\nText of the story.\n")
        XCTAssertEqual(both.date, "2020-02-01")
        let updated = try fixture.article("updated.txt", "Title here\nLast updated 5 June 2020\nText of the story.\n")
        XCTAssertEqual(updated.date, "2020-06-05")
    }

    func testNoDateAnywhereIsNil() throws {
        let article = try Fixture(self).article("nodate.txt", "Talks resume\nThe talks resumed on Monday, May 4.\n")
        XCTAssertNil(article.date)
        XCTAssertNil(article.dateSource)
    }

    func testInferredDateIsTheLatestFullDateMentioned() throws {
        let article = try Fixture(self).article("inferred.txt", """
            Treaty anniversary
            The treaty, signed on March 3, 1998, was extended on 14 July 2015.
            """)
        XCTAssertEqual(article.date, "2015-07-14")
        XCTAssertEqual(article.dateSource, .inferred)
    }

    /// A date the text gives as a birth, a founding or a plan is not the day the article
    /// reports from; with no other date the article stays undated.
    func testABirthAFoundingOrAPlanIsNoArticleDate() throws {
        let texts = [
            ("obituary.txt", "Actor Jan Brody dies at 88\nJan Brody, born December 11, 1935, in Gdansk, appeared in forty films."),
            ("school.txt", "School marks a century\nThe school, founded on 2 March 1924, held a party for former pupils."),
            ("vote.txt", "Council sets a date\nThe referendum is scheduled for 4 July 2031, the council said on Monday."),
            ("term.txt", "Mayor keeps office\nRuiz will serve until January 1, 2030, officials said."),
        ]
        for (name, text) in texts {
            let article = try Fixture(self).article(name, text)
            XCTAssertNil(article.date, name)
            XCTAssertNil(article.dateSource, name)
        }
        // The other dates of the same article still count.
        let article = try Fixture(self).article("both.txt", """
            Actor Jan Brody dies at 88
            Jan Brody, born December 11, 1935, died in Gdansk on 3 May 2024, his family said on 5 May 2024.
            """)
        XCTAssertEqual(article.date, "2024-05-05")
    }

    /// An inferred date later than every date the corpus states is a date looked forward to.
    func testAnInferredDateAfterEveryStatedDateIsDropped() throws {
        let fixture = try Fixture(self)
        try fixture.write("stated.txt", "Port strike ends\nPublished: 2019-01-04\nThe strike ended, the union said.")
        try fixture.write("later.txt", "Bridge plans\nThe bridge will open in a ceremony on 12 March 2024 at noon, officials said.")
        try fixture.write("earlier.txt", "Ferry report\nThe ferry ran aground on 3 December 2018, the harbour office said.")
        let corpus = try Corpus.load(paths: [fixture.directory.path])
        let dates = Dictionary(uniqueKeysWithValues: corpus.articles.map { ($0.id, $0.date ?? "-") })
        XCTAssertEqual(dates, ["stated": "2019-01-04", "later": "-", "earlier": "2018-12-03"])
    }

    /// A file cannot report a day after it was written: its modification time caps the date
    /// the text only suggests, never a date line it states.
    func testAnInferredDateAfterTheFilesOwnTimeIsDropped() throws {
        let fixture = try Fixture(self)
        let inferred = try fixture.write("inferred.txt", "Dock strike\nThe dockers walked out on 14 July 2015, the union said.")
        let stated = try fixture.write("stated.txt", "Dock strike\nPublished: 2015-07-14\nThe dockers walked out, the union said.")
        // Both files last written on 1 January 2010, at noon UTC.
        let written = Date(timeIntervalSince1970: 1_262_347_200)
        for path in [inferred, stated] {
            try FileManager.default.setAttributes([.modificationDate: written], ofItemAtPath: path)
        }
        let corpus = try Corpus.load(paths: [fixture.directory.path])
        let dates = Dictionary(uniqueKeysWithValues: corpus.articles.map { ($0.id, $0.date ?? "-") })
        XCTAssertEqual(dates, ["inferred": "-", "stated": "2015-07-14"])
    }

    func testSentenceSplitting() throws {
        let article = try Fixture(self).article("sentences.txt", """
            Sentences
            Gen. Mark Milley met Mr. Smith at No. 10 Downing Street. Growth was 3.5 percent in the U.S. economy. Joshua S. Block agreed.
            "We will not stop. We will go on," she said. Then she left!
            """)
        XCTAssertEqual(article.sentences.map { article.slice($0.range) }, [
            "Gen. Mark Milley met Mr. Smith at No. 10 Downing Street.",
            "Growth was 3.5 percent in the U.S. economy.",
            "Joshua S. Block agreed.",
            "\"We will not stop.",
            "We will go on,\" she said.",
            "Then she left!",
        ])
        XCTAssertEqual(article.sentences.map(\.paragraph), [0, 0, 0, 1, 1, 1])
    }

    /// A company's legal form before a bracket continues its sentence; before a capital it may end one.
    func testALegalFormBeforeABracketEndsNoSentence() throws {
        let article = try Fixture(self).article("legal.txt", """
            Deal
            The buyer, Kessler Ipari Kft. (Kessler Limited) acquired the plant. The seller was Lund Ltd. The price was secret.
            """)
        XCTAssertEqual(article.sentences.map { article.slice($0.range) }, [
            "The buyer, Kessler Ipari Kft. (Kessler Limited) acquired the plant.",
            "The seller was Lund Ltd.",
            "The price was secret.",
        ])
    }

    func testWordCount() throws {
        let article = try Fixture(self).article("words.txt", "Title words\nBen-Shabbat said Iran’s 2 plans — both — failed.\n")
        XCTAssertEqual(article.words, 7)
    }

    /// Text wrapped at a fixed width breaks lines inside sentences: a line that no mark ends,
    /// followed at once by one that opens in lowercase, is the same paragraph (was two, and
    /// "Maria Lopez said the plan" lost its claim). A full stop or a capital keeps lines apart.
    func testALineCutInsideASentenceGoesOnInTheNext() throws {
        let article = try Fixture(self).article("wrapped.txt", """
            Vote on the plan

            Maria Lopez said the plan
            was good and would pass.
            Police said nothing
            Voters were not asked.
            """)
        XCTAssertEqual(article.paragraphs, [
            "Maria Lopez said the plan was good and would pass.",
            "Police said nothing",
            "Voters were not asked.",
        ])
    }
}
