import Corpus
import Foundation
import XCTest

/// The repository's seeds/ folder.
let seedsPath = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("seeds").path

final class CorpusLoadTests: XCTestCase {
    func testSeedsLoadInFileNameOrder() throws {
        let corpus = try Corpus.load(paths: [seedsPath])
        XCTAssertEqual(corpus.articles.map(\.id), [
            "000_8a33cc99068fd678", "001_aa87f1e3245c7cf3", "002_29a7cc1ec4dfa27c",
            "003_b934a5164bfca69f", "004_84c2579b1b716eb3",
        ])
        XCTAssertEqual(corpus.warnings, [])
    }

    func testMissingPathIsAnError() {
        XCTAssertThrowsError(try Corpus.load(paths: ["/no/such/corpus"])) { error in
            XCTAssertEqual(error as? CorpusError, .notFound(path: "/no/such/corpus"))
            XCTAssertEqual("\(error)", "corpus path does not exist: /no/such/corpus")
        }
    }
}
