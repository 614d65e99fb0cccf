@testable import Corpus
import Foundation
import XCTest

/// `lede reduce` sets each record's article, claims and quantities aside while it resolves
/// actors: what comes back must be what went in, and the tables the same as without it.
final class RecordSpoolTests: XCTestCase {
    private func records() -> [ArticleRecord] {
        let mapper = ArticleMapper(dictionary: .builtin)
        let stories = [
            ("Port strike", ["Mayor Ana Ruiz said on Monday that 40 ships were waiting off the harbour.",
                             "\"We will not let the port close,\" Ruiz told reporters, adding that talks would resume."]),
            ("Council budget", ["Councillor Tom Berg said the budget would rise by 12 percent.",
                                "Mayor Ana Ruiz said the council had no choice."]),
        ]
        return stories.enumerated().map { index, story in
            mapper.map(Article(id: "story-\(index + 1)", path: "/news/story-\(index + 1).txt", title: story.0, paragraphs: story.1,
                               dropped: [DroppedLine(line: 9, text: "Share this", reason: "share")]))
        }
    }

    func testASetAsideRecordKeepsWhatResolvingReadsAndComesBackWhole() throws {
        let spool = try RecordSpool()
        let original = records()
        XCTAssertTrue(original.allSatisfy { !$0.claims.isEmpty && !$0.article.sentences.isEmpty }, "the stories must have claims")
        XCTAssertTrue(original.contains { !$0.quantities.isEmpty }, "a story must have a quantity")
        var kept = original
        for index in kept.indices { spool.setAside(&kept[index]) }
        try spool.finishWriting()
        for (record, whole) in zip(kept, original) {
            XCTAssertEqual(record.claims, [])
            XCTAssertEqual(record.quantities, [])
            XCTAssertEqual(record.article.sentences, [])
            XCTAssertEqual(record.article.text, whole.article.text, "resolving actors reads the text")
            XCTAssertEqual(record.sightings, whole.sightings)
        }
        // Read back in another order, as reduce does once records are sorted.
        for (record, whole) in zip(kept, original).reversed() {
            XCTAssertEqual(try spool.restored(record), whole)
        }
    }

    func testReduceWithASpoolGivesTheTablesOfReduceInMemory() throws {
        let inMemory = Corpus.reduce(records(), dictionary: nil, paths: [])
        // Flushed after every record: offsets must hold across writes.
        let spool = try RecordSpool(flushSize: 1)
        var kept = records()
        for index in kept.indices { spool.setAside(&kept[index]) }
        try spool.finishWriting()
        let spooled = try Corpus.reduce(kept, dictionary: nil, paths: [], spool: spool)
        XCTAssertEqual(spooled.articles.array, inMemory.articles.array)
        XCTAssertEqual(spooled.claims.array, inMemory.claims.array)
        XCTAssertEqual(spooled.quantities.array, inMemory.quantities.array)
        XCTAssertEqual(spooled.actors.array, inMemory.actors.array)
        XCTAssertTrue(spooled.claims.array.contains { $0.speaker != nil && $0.content.contains("40 ships") })
    }

    func testASpoolInAFolderThatIsNotThereSaysWhich() {
        XCTAssertThrowsError(try RecordSpool(directory: "/nonexistent/lede-spool")) { error in
            XCTAssertTrue("\(error)".contains("/nonexistent/lede-spool") && "\(error)".contains("No such file"), "\(error)")
        }
    }
}
