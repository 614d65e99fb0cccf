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

    func testHeldOutArticles() throws {
        let corpus = try corpus()
        let actors = try ActorGoldTests.report("Wikinews/HeldOut", corpus: corpus, details: false)
        let claims = try ClaimGoldTests.report("Wikinews/HeldOut", corpus: corpus, details: false)
        say("wikinews held out: actors F1 \(String(format: "%.2f", actors.actors.f1)), claims F1 \(String(format: "%.2f", claims.claims.f1)), speakers right \(claims.speakers.correct)/\(claims.speakers.found)")
    }
}
