import Corpus
import Foundation
import XCTest

/// Actors and claims of real news against hand annotations of 25 Wikinews articles
/// (`Wikinews/README.md`): 20 used while tuning the rules, 5 kept out of all tuning. The
/// articles are read from the shared development corpus beside the repository, with the
/// whole corpus loaded as an analyst would load it; without that corpus the tests skip.
/// The floors are regression guards set below the figures in the README.
final class WikinewsGoldTests: XCTestCase {
    static let corpusPath = GoldArticle.testsDirectory.deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/corpora/wikinews").path

    /// Loaded once: every test reads the same corpus.
    nonisolated(unsafe) static var loaded: Corpus?

    func corpus() throws -> Corpus {
        guard FileManager.default.fileExists(atPath: Self.corpusPath) else {
            throw XCTSkip("no Wikinews corpus at \(Self.corpusPath)")
        }
        if let loaded = Self.loaded { return loaded }
        let corpus = try Corpus.load(paths: [Self.corpusPath])
        Self.loaded = corpus
        return corpus
    }

    func testTunedArticles() throws {
        let corpus = try corpus()
        let actors = try ActorGoldTests.report("Wikinews/Tuned", corpus: corpus)
        let claims = try ClaimGoldTests.report("Wikinews/Tuned", corpus: corpus)
        say("wikinews tuned: actors F1 \(String(format: "%.2f", actors.actors.f1)), claims F1 \(String(format: "%.2f", claims.claims.f1)), speakers right \(claims.speakers.correct)/\(claims.speakers.found)")
    }

    /// The real case for `--meta`: the 2020 articles have no date line, wikinews.tsv has
    /// every article's date (file, url, date, title, bytes columns).
    func testTheArchiveTableDatesEveryArticle() throws {
        var corpus = try corpus()
        let table = (Self.corpusPath as NSString).deletingLastPathComponent + "/wikinews.tsv"
        try XCTSkipUnless(FileManager.default.fileExists(atPath: table), "no \(table)")
        let undated = corpus.articles.filter { $0.date == nil }.count
        XCTAssertGreaterThan(undated, 100, "most 2020 articles have no date in their text")
        XCTAssertEqual(corpus.apply(try ArticleMetadata(path: table)), [], "every row names an article")
        XCTAssertTrue(corpus.articles.allSatisfy { $0.dateSource == .metadata && $0.date != nil })
        XCTAssertEqual(corpus.articles.filter { $0.date?.hasPrefix("2020-") == true }.count,
                       corpus.articles.filter { $0.id.hasPrefix("wikinews-2020-") }.count)
    }

    func testHeldOutArticles() throws {
        let corpus = try corpus()
        let actors = try ActorGoldTests.report("Wikinews/HeldOut", corpus: corpus, details: false)
        let claims = try ClaimGoldTests.report("Wikinews/HeldOut", corpus: corpus, details: false)
        say("wikinews held out: actors F1 \(String(format: "%.2f", actors.actors.f1)), claims F1 \(String(format: "%.2f", claims.claims.f1)), speakers right \(claims.speakers.correct)/\(claims.speakers.found)")
    }

    /// What an analyst sees first on a real corpus: the 100 most-mentioned actors of all of
    /// Wikinews, against the hand-judged list in `Wikinews/top-actors.tsv`.
    func testTheMostMentionedActorsAreRealAndRightlyTyped() throws {
        let corpus = try corpus()
        let listPath = GoldArticle.testsDirectory.appendingPathComponent("Wikinews/top-actors.tsv").path
        var judged: [String: (type: String, verdict: String)] = [:]
        for line in try String(contentsOfFile: listPath, encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 3 else { return XCTFail("top-actors.tsv: bad line '\(line)'") }
            judged[fields[0]] = (fields[1], fields[2])
        }
        let top = corpus.actors.sorted { ($0.mentions.count, $1.name) > ($1.mentions.count, $0.name) }.prefix(100)
        var wrong: [String] = []
        for actor in top {
            guard let judgement = judged[actor.name] else {
                wrong.append("\(actor.name) (\(actor.type.rawValue)): not judged yet")
                continue
            }
            if judgement.verdict != "ok" {
                wrong.append("\(actor.name): junk")
            } else if judgement.type != actor.type.rawValue {
                wrong.append("\(actor.name): \(actor.type.rawValue), should be \(judgement.type)")
            }
        }
        say("wikinews top 100 actors: \(wrong.count) junk or mistyped\(wrong.isEmpty ? "" : ": " + wrong.joined(separator: "; "))")
        XCTAssertLessThanOrEqual(wrong.count, 2, wrong.joined(separator: "\n"))
    }
}
