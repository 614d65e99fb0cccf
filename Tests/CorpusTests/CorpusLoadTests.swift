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

    func testEmptyFileIsAWarningAndTheRestLoads() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data().write(to: directory.appendingPathComponent("a.txt"))
        try "Headline\nFirst paragraph.\n\nSecond paragraph.\n".write(
            to: directory.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        try "not an article".write(to: directory.appendingPathComponent("notes.json"), atomically: true, encoding: .utf8)

        let corpus = try Corpus.load(paths: [directory.path])
        XCTAssertEqual(corpus.articles.map(\.id), ["b"])
        XCTAssertEqual(corpus.articles.first?.title, "Headline")
        XCTAssertEqual(corpus.articles.first?.paragraphs, ["First paragraph.", "Second paragraph."])
        XCTAssertEqual(corpus.warnings.map(\.path), [directory.appendingPathComponent("a.txt").path])
    }
}
