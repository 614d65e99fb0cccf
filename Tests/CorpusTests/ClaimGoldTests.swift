import Corpus
import Foundation
import XCTest

/// Claims against the hand annotations (see ActorGoldTests for which articles are which).
/// The floors are regression guards set below the figures in the README.
final class ClaimGoldTests: XCTestCase {
    /// `details: false` prints totals only: what a held-out set must not show while tuning.
    static func report(_ folder: String, corpus: Corpus, only: Set<String>? = nil, details: Bool = true) throws -> ClaimScoring.Result {
        var total = ClaimScoring.Result()
        for gold in try GoldArticle.load(folder) where only?.contains(gold.article) ?? true {
            let id = try XCTUnwrap(corpus.articles.first { $0.id == gold.article }?.id, "no article \(gold.article)")
            let result = ClaimScoring.score(gold, corpus: corpus, articleID: id)
            if details {
                say("claims \(gold.article): \(result.claims)  speakers right: \(result.speakers.correct)/\(result.speakers.found)")
                for line in result.missed { say("  missed \(line)") }
                for line in result.spurious { say("  spurious \(line)") }
                for line in result.wrongSpeaker { say("  speaker \(line)") }
            }
            total.claims = total.claims + result.claims
            total.speakers = total.speakers + result.speakers
            for (kind, score) in result.byKind { total.byKind[kind] = (total.byKind[kind] ?? Score()) + score }
        }
        let kinds = total.byKind.keys.sorted().map { "\($0) \(total.byKind[$0]!.recalled)/\(total.byKind[$0]!.expected)" }
        say("claims \(folder) \(only.map { $0.sorted().joined(separator: "+") } ?? "all"): \(total.claims)  speakers right: \(total.speakers.correct)/\(total.speakers.found)  recall by kind: \(kinds.joined(separator: ", "))")
        return total
    }

    func testFixtureArticles() throws {
        let corpus = try Corpus.load(paths: [seedsPath])
        let total = try Self.report("Gold", corpus: corpus, only: ["000_8a33cc99068fd678", "002_29a7cc1ec4dfa27c"])
        XCTAssertGreaterThanOrEqual(total.claims.precision, 0.70)
        XCTAssertGreaterThanOrEqual(total.claims.recall, 0.50)
        XCTAssertGreaterThanOrEqual(total.speakers.precision, 0.60)
    }

    func testOtherSeeds() throws {
        let corpus = try Corpus.load(paths: [seedsPath])
        let total = try Self.report("Gold", corpus: corpus, only: ["001_aa87f1e3245c7cf3", "003_b934a5164bfca69f", "004_84c2579b1b716eb3"])
        XCTAssertGreaterThanOrEqual(total.claims.precision, 0.70)
        XCTAssertGreaterThanOrEqual(total.claims.recall, 0.50)
    }

    func testHeldOutArticles() throws {
        let corpus = try Corpus.load(paths: [ActorGoldTests.heldOutPath])
        let total = try Self.report("HeldOut", corpus: corpus)
        XCTAssertGreaterThanOrEqual(total.claims.precision, 0.50)
        XCTAssertGreaterThanOrEqual(total.claims.recall, 0.40)
    }
}
