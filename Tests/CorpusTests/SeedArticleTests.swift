import Corpus
import XCTest

/// Each expected value here was read off the seed file by hand (line numbers count every
/// line of the file, blank ones included).
final class SeedArticleTests: XCTestCase {
    static let corpus = try? Corpus.load(paths: [seedsPath])

    private func article(_ prefix: String) throws -> Article {
        try XCTUnwrap(Self.corpus?.articles.first { $0.id.hasPrefix(prefix) })
    }

    private func dropped(_ article: Article) -> [String] {
        article.dropped.map { "\($0.line) \($0.reason)" }
    }

    func test000PublishedLineBylineAndRepeatedHeadline() throws {
        let article = try article("000")
        XCTAssertEqual(article.title, "Israel, Russia Reach 'Understanding' on Iranian Presence in Syria")
        XCTAssertEqual(article.date, "2018-05-29")
        XCTAssertEqual(article.dateSource, .stated)
        XCTAssertEqual(article.author, "Isabel Fisher")
        XCTAssertEqual(dropped(article), ["1 metadata", "2 byline", "6 repeated headline", "32 navigation"])
        XCTAssertEqual(article.paragraphs.count, 12)
        XCTAssertTrue(article.paragraphs[0].hasPrefix("\"When you consider the advanced weapon systems"))
        XCTAssertTrue(article.paragraphs[11].hasSuffix("\"panic following recent Israeli attacks\"."))
    }

    func test001NoHeadlineNewsletterBoxAndCommentFooter() throws {
        let article = try article("001")
        // The file opens with the story itself: its first sentence stands in for a headline.
        XCTAssertEqual(article.title, "Defense Minister Avigdor Lieberman met with his Russian counterpart, Sergei Shoigu, in Moscow on Thursday to discuss the tensions between Israel and the Iranian forces in Syria.")
        XCTAssertNil(article.date)  // only "May 10" and "Thursday": no year anywhere
        XCTAssertNil(article.author)
        XCTAssertEqual(article.url, "https://www.jpost.com/Arab-Israeli-Conflict/Palestinians-say-500-prisoners-in-Israeli-jails-to-start-hunger-strike-558836")
        XCTAssertEqual(article.outlet, "jpost.com")
        XCTAssertEqual(dropped(article), [
            "3 related link",
            "6 newsletter", "7 newsletter", "8 navigation", "9 widget", "10 widget", "11 widget", "12 newsletter", "13 navigation",
            "21 source", "22 navigation", "23 comments", "24 comments",
        ])
        XCTAssertEqual(article.paragraphs.count, 11)
        XCTAssertEqual(article.paragraphs[0], article.title)
    }

    func test002CaptionBulletsAndRSSFooter() throws {
        let article = try article("002")
        XCTAssertEqual(article.title, "Israel Rejects Russian Plan To Keep Iranian Forces 100km From Golan Border")
        XCTAssertNil(article.date)
        XCTAssertEqual(article.author, "Tyler Durden")
        XCTAssertEqual(article.url, "https://ift.tt/2uHDClo")
        XCTAssertNil(article.outlet, "a link shortener is not the outlet")
        XCTAssertEqual(dropped(article), ["11 caption", "45 source", "47 comments", "49 comments"])
        XCTAssertEqual(article.paragraphs.count, 22)
        // The five bullets stay, as paragraphs, without their bullet marks.
        XCTAssertEqual(article.paragraphs[12], "Iran needs to take all of its long range missiles and weapons out of Syria.")
        XCTAssertEqual(article.paragraphs[16], "The border crossings between Iraq and Syria needs to be monitored to prevent infiltration of Shiite militias into Syria from Iraq.")
    }

    func test003CaptionsCreditAndInferredDate() throws {
        let article = try article("003")
        XCTAssertEqual(article.title, "Israel said in ‘advanced talks’ with Russia on Iranian pullout from Syria border")
        // No date is printed as the article's; the latest full date it mentions is May 10, 2018 (a caption).
        XCTAssertEqual(article.date, "2018-05-10")
        XCTAssertEqual(article.dateSource, .inferred)
        XCTAssertEqual(article.outlet, "Times of Israel")
        XCTAssertEqual(dropped(article), [
            "3 repeated headline", "7 caption", "8 caption", "18 caption", "36 caption", "44 caption", "58 caption",
            "66 credit", "68 navigation",
        ])
        XCTAssertEqual(article.paragraphs.count, 25)
        XCTAssertTrue(article.paragraphs[0].hasPrefix("TV report says Jerusalem demanding"))
    }

    func test004SectionLabelShareWidgetAndPhotoCredit() throws {
        let article = try article("004")
        XCTAssertEqual(article.title, "Russian FM Lavrov: All Foreign Troops, Including Iran’s, Must Leave Syria")
        XCTAssertNil(article.date)
        XCTAssertNil(article.author)
        XCTAssertEqual(dropped(article), ["1 section label", "3 share widget", "4 share widget", "26 caption"])
        XCTAssertEqual(article.paragraphs.count, 9)
    }

    func testOffsetsPointAtTheText() throws {
        for article in Self.corpus?.articles ?? [] {
            for (index, range) in article.paragraphRanges.enumerated() {
                XCTAssertEqual(article.slice(range), article.paragraphs[index])
            }
            for sentence in article.sentences {
                XCTAssertTrue(article.paragraphRanges[sentence.paragraph].contains(sentence.range.lowerBound))
                XCTAssertFalse(article.slice(sentence.range).hasPrefix(" "))
            }
        }
    }

    func testSentencesOfAQuoteThatRunsOverTwoSentences() throws {
        let article = try article("001")
        let paragraph = try XCTUnwrap(article.paragraphs.firstIndex { $0.hasPrefix("“In the latest Israeli attacks") })
        let sentences = article.sentences.filter { $0.paragraph == paragraph }.map { article.slice($0.range) }
        XCTAssertEqual(sentences, [
            "“In the latest Israeli attacks, dozens of Syrians were killed and injured – but not a single Iranian was hurt,” Assad said in an interview to RT in Damascus Thursday morning, rejecting claims that there is an Iranian military residence in the region.",
            "“We have no Iranian soldiers here, and we never have.",
            "There are only officers who work together with the Syrian military.",
        ])
    }
}
