import Corpus
import Foundation
import XCTest

/// Scores lede on hand annotations kept outside the repository: news whose text may not be
/// committed (a licence, a client's archive). `LEDE_GOLD` names the folder of annotations
/// (the format of `Gold/`), `LEDE_GOLD_CORPUS` the corpus they annotate; without them the
/// test skips. `LEDE_GOLD_DETAILS=1` prints each article's misses, which a held-out set
/// must never show: its totals are all that may be read.
final class AnnotatedFolderTests: XCTestCase {
    func testAnnotatedFolder() throws {
        let environment = ProcessInfo.processInfo.environment
        guard let gold = environment["LEDE_GOLD"], let corpusPath = environment["LEDE_GOLD_CORPUS"] else {
            throw XCTSkip("set LEDE_GOLD and LEDE_GOLD_CORPUS to score an annotated folder")
        }
        let folder = URL(fileURLWithPath: gold).standardizedFileURL.path
        let details = environment["LEDE_GOLD_DETAILS"] == "1"
        let corpus = try Corpus.load(paths: [corpusPath])
        let actors = try ActorGoldTests.report(folder, corpus: corpus, details: details)
        let claims = try ClaimGoldTests.report(folder, corpus: corpus, details: details)
        say("\(folder): actors F1 \(String(format: "%.2f", actors.actors.f1)), claims F1 \(String(format: "%.2f", claims.claims.f1)), speakers right \(claims.speakers.correct)/\(claims.speakers.found)")
    }
}
