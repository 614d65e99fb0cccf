@testable import Corpus
import Foundation
import XCTest

/// A cached load that mapped nothing keeps a snapshot of the whole corpus; the next load of
/// the same files opens it instead of decoding, gives exactly the corpus a parse gives, and
/// never trusts it for files that changed, were added or removed, or for a damaged file.
final class CorpusSnapshotTests: XCTestCase {
    private func fixture() throws -> Fixture { try Fixture.seedsWithWarnings(self) }

    private func settle(_ fixture: Fixture) throws { try fixture.settle() }

    private func cacheDirectory() -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lede-cache-" + UUID().uuidString)
        addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
        return directory.path
    }

    private func load(_ fixture: Fixture, cache directory: String?, dictionary: ActorDictionary? = nil) throws -> Corpus {
        try Corpus.load(paths: [fixture.directory.path], dictionary: dictionary, cache: directory.map { ParseCache(directory: $0, version: "test-1") })
    }

    private func snapshots(in directory: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".snapshot") }
    }

    private func assertSame(_ loaded: Corpus, _ parsed: Corpus, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(loaded.articles.array, parsed.articles.array, "articles", file: file, line: line)
        XCTAssertEqual(loaded.actors.array, parsed.actors.array, "actors", file: file, line: line)
        XCTAssertEqual(loaded.actors.map(\.mentions.array), parsed.actors.map(\.mentions.array), "mentions", file: file, line: line)
        XCTAssertEqual(loaded.claims.array, parsed.claims.array, "claims", file: file, line: line)
        XCTAssertEqual(loaded.quantities.array, parsed.quantities.array, "quantities", file: file, line: line)
        XCTAssertEqual(loaded.warnings, parsed.warnings, "warnings", file: file, line: line)
        XCTAssertEqual(loaded.files, parsed.files, "files", file: file, line: line)
        XCTAssertEqual(loaded.paths, parsed.paths, "paths", file: file, line: line)
    }

    /// Loads until the files are in the cache and a snapshot is written: twice.
    private func prepare(_ fixture: Fixture, cache directory: String, dictionary: ActorDictionary? = nil) throws {
        _ = try load(fixture, cache: directory, dictionary: dictionary)
        _ = try load(fixture, cache: directory, dictionary: dictionary)
    }

    func testTheThirdCachedLoadOpensTheSnapshotAndGivesTheParsedCorpus() throws {
        let fixture = try fixture()
        let directory = cacheDirectory()
        let parsed = try load(fixture, cache: nil)
        let first = try load(fixture, cache: directory)
        XCTAssertEqual(first.cacheReport, CacheReport(mapped: 7))
        XCTAssertEqual(try snapshots(in: directory), [], "a run that mapped files writes none")
        let cached = try load(fixture, cache: directory)
        XCTAssertEqual(cached.cacheReport, CacheReport(fromCache: 7, resultsFromCache: true))
        XCTAssertEqual(try snapshots(in: directory).count, 1)
        let second = try load(fixture, cache: directory)
        XCTAssertEqual(second.cacheReport, CacheReport(fromCache: 7, resultsFromCache: true, fromSnapshot: true))
        // Every kind of record is there to compare.
        XCTAssertEqual(parsed.articles.count, 6)
        XCTAssertGreaterThan(parsed.claims.count, 50)
        XCTAssertFalse(parsed.quantities.isEmpty)
        XCTAssertTrue(parsed.claims.contains { !$0.corroboratedBy.isEmpty && $0.attributionRange != nil })
        XCTAssertEqual(parsed.warnings.count, 2, "\(parsed.warnings)")
        assertSame(second, parsed)
        // Read item by item, then all at once: the same records.
        second.claims.loadIntoMemory()
        second.actors.first?.mentions.loadIntoMemory()
        assertSame(second, parsed)
    }

    func testTheStoredColumnsHoldWhatTheRecordsHold() throws {
        let fixture = try fixture()
        let directory = cacheDirectory()
        try prepare(fixture, cache: directory)
        let parsed = try load(fixture, cache: nil)
        let opened = try load(fixture, cache: directory)
        XCTAssertEqual(opened.cacheReport?.fromSnapshot, true)
        let actor = { (id: String?) in id.flatMap { id in parsed.actors.firstIndex { $0.id == id } } ?? -1 }
        let article = { (id: String) in parsed.articles.firstIndex { $0.id == id } ?? -1 }
        XCTAssertEqual(opened.storedLinkColumn("claim.speaker"), parsed.claims.map { actor($0.speaker) })
        XCTAssertEqual(opened.storedLinkColumn("claim.article"), parsed.claims.map { article($0.article) })
        XCTAssertEqual(opened.storedLinkColumn("quantity.article"), parsed.quantities.map { article($0.article) })
        XCTAssertEqual(opened.storedLinkColumn("actor.affiliation"), parsed.actors.map { actor($0.affiliation) })
        XCTAssertTrue(opened.storedLinkColumn("claim.speaker")?.contains { $0 > 0 } == true)
        XCTAssertNil(parsed.storedLinkColumn("claim.speaker"), "a corpus made in this run has no stored columns")
        let date = { (id: String) in parsed.articles.first { $0.id == id }?.date }
        XCTAssertEqual(opened.storedTextColumn("article.date"), parsed.articles.map(\.date))
        XCTAssertEqual(opened.storedTextColumn("claim.kind"), parsed.claims.map(\.kind.rawValue))
        XCTAssertEqual(opened.storedTextColumn("claim.cue"), parsed.claims.map(\.cue))
        XCTAssertEqual(opened.storedTextColumn("claim.date"), parsed.claims.map { date($0.article) })
        XCTAssertEqual(opened.storedTextColumn("actor.type"), parsed.actors.map(\.type.rawValue))
        XCTAssertEqual(opened.storedTextColumn("quantity.kind"), parsed.quantities.map(\.kind.rawValue))
        XCTAssertEqual(opened.storedTextColumn("quantity.unit"), parsed.quantities.map(\.unit))
        XCTAssertEqual(opened.storedTextColumn("quantity.date"), parsed.quantities.map { date($0.article) })
        XCTAssertGreaterThan(Set(parsed.claims.map(\.kind)).count, 1)
        XCTAssertEqual(parsed.articles.indices.map(opened.articleTextBytes), parsed.articles.map { Array($0.text.utf8) })
    }

    func testAnEditedFileIsReadAgainAndTheNextSnapshotHasIt() throws {
        let fixture = try fixture()
        let directory = cacheDirectory()
        try prepare(fixture, cache: directory)
        let edited = fixture.directory.appendingPathComponent("002_29a7cc1ec4dfa27c.txt")
        let text = try String(contentsOf: edited, encoding: .utf8) + "\n\n\"We will not accept it,\" Minister Ana Lopes told reporters on Tuesday.\n"
        try text.write(to: edited, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -60)], ofItemAtPath: edited.path)
        let changed = try load(fixture, cache: directory)
        XCTAssertEqual(changed.cacheReport, CacheReport(fromCache: 6, mapped: 1))
        let said = { (corpus: Corpus) in corpus.claims.contains { $0.content.hasPrefix("We will not accept it") && $0.speakerText == "Ana Lopes" } }
        XCTAssertTrue(said(changed))
        XCTAssertEqual(try load(fixture, cache: directory).cacheReport?.fromSnapshot, false, "the old snapshot is not opened")
        let opened = try load(fixture, cache: directory)
        XCTAssertEqual(opened.cacheReport?.fromSnapshot, true)
        XCTAssertTrue(said(opened))
        assertSame(opened, try load(fixture, cache: nil))
    }

    /// An edit that keeps the size, a `touch` alone, a file swapped in with its old time:
    /// each is a reason to read through the database, which finds what changed.
    func testAnyChangeToAFileOtherThanItsSizeIsNoticed() throws {
        let fixture = try fixture()
        let directory = cacheDirectory()
        let path = fixture.directory.appendingPathComponent("002_29a7cc1ec4dfa27c.txt").path
        let original = try Data(contentsOf: URL(fileURLWithPath: path))
        let settledTime = try XCTUnwrap(try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date)
        // The same number of bytes, one word changed: "Lavrov" becomes "Lavrof".
        let sameSize = Data(String(decoding: original, as: UTF8.self).replacingOccurrences(of: "Lavrov", with: "Lavrof").utf8)
        XCTAssertEqual(sameSize.count, original.count)
        XCTAssertNotEqual(sameSize, original)
        let changes: [(String, () throws -> Void)] = [
            ("same-size edit", {
                try sameSize.write(to: URL(fileURLWithPath: path))
                try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -60)], ofItemAtPath: path)
            }),
            ("touch", { try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -30)], ofItemAtPath: path) }),
            ("swapped in with the old time", {
                let other = path + ".new"
                try original.write(to: URL(fileURLWithPath: other))
                try FileManager.default.setAttributes([.modificationDate: settledTime], ofItemAtPath: other)
                XCTAssertEqual(rename(other, path), 0)
            }),
        ]
        for (name, change) in changes {
            try prepare(fixture, cache: directory)
            XCTAssertEqual(try load(fixture, cache: directory).cacheReport?.fromSnapshot, true, name)
            try change()
            let loaded = try load(fixture, cache: directory)
            XCTAssertEqual(loaded.cacheReport?.fromSnapshot, false, name)
            assertSame(loaded, try load(fixture, cache: nil))
        }
    }

    func testAFileAddedOrRemovedIsNotServedFromTheSnapshot() throws {
        let fixture = try fixture()
        let directory = cacheDirectory()
        try prepare(fixture, cache: directory)
        let added = try fixture.write("005_new.txt", "Talks resume\n\nOfficials said talks would resume on Monday.\n")
        try settle(fixture)
        let grown = try load(fixture, cache: directory)
        XCTAssertEqual(grown.cacheReport?.fromSnapshot, false)
        XCTAssertEqual(grown.articles.count, 7)
        try FileManager.default.removeItem(atPath: added)
        let shrunk = try load(fixture, cache: directory)
        XCTAssertEqual(shrunk.cacheReport?.fromSnapshot, false)
        assertSame(shrunk, try load(fixture, cache: nil))
    }

    func testADamagedSnapshotIsPassedOverAndReplaced() throws {
        let fixture = try fixture()
        let directory = cacheDirectory()
        try prepare(fixture, cache: directory)
        let parsed = try load(fixture, cache: nil)
        let name = try XCTUnwrap(try snapshots(in: directory).first)
        let path = directory + "/" + name
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        for offset in [bytes.count / 3, bytes.count - 20] {  // a table's bytes, then the head's
            bytes[offset] ^= 0x20
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            let loaded = try load(fixture, cache: directory)
            XCTAssertEqual(loaded.cacheReport?.fromSnapshot, false, "damage at \(offset)")
            assertSame(loaded, parsed)
            XCTAssertEqual(try load(fixture, cache: directory).cacheReport?.fromSnapshot, true, "written again after damage at \(offset)")
            bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        }
        // Cut short, nothing but garbage, or a trailer whose length is out of any range.
        for damaged in [Array(bytes.prefix(bytes.count / 2)), [UInt8](repeating: 0x5A, count: 100),
                        Array(bytes.dropLast(16)) + [UInt8](repeating: 0xFF, count: 16)] {
            try Data(damaged).write(to: URL(fileURLWithPath: path))
            let loaded = try load(fixture, cache: directory)
            XCTAssertEqual(loaded.cacheReport?.fromSnapshot, false)
            assertSame(loaded, parsed)
        }
    }

    func testNoSnapshotVouchesForAFileWrittenMomentsAgo() throws {
        let fixture = try fixture()
        let directory = cacheDirectory()
        try fixture.write("005_new.txt", "Talks resume\n\nOfficials said talks would resume on Monday.\n")
        try prepare(fixture, cache: directory)
        XCTAssertEqual(try snapshots(in: directory), [])
        XCTAssertEqual(try load(fixture, cache: directory).cacheReport?.fromSnapshot, false)
    }

    /// Corrections are applied once, before the snapshot is written; other corrections, or
    /// the same ones on other lines (their warnings name the line), are another snapshot.
    func testCorrectionsHaveTheirOwnSnapshot() throws {
        let fixture = try fixture()
        let directory = cacheDirectory()
        try prepare(fixture, cache: directory)
        let plain = try load(fixture, cache: directory)
        XCTAssertEqual(plain.cacheReport?.fromSnapshot, true)
        XCTAssertTrue(plain.actors.contains { $0.name == "Sergei Lavrov" })
        let corrections = "ignore: Sergei Lavrov\nmerge: France, Germany\nignore: Nobody Anywhere\n"
        for text in [corrections, "\n" + corrections] {
            let dictionary = try ActorDictionary(parsing: text, source: "mine.txt")
            let parsed = try load(fixture, cache: nil, dictionary: dictionary)
            XCTAssertFalse(parsed.actors.contains { $0.name == "Sergei Lavrov" || $0.name == "Germany" })
            XCTAssertFalse(parsed.warnings.filter { $0.path == "mine.txt" }.isEmpty, "\(parsed.warnings)")
            try prepare(fixture, cache: directory, dictionary: dictionary)
            let opened = try load(fixture, cache: directory, dictionary: dictionary)
            XCTAssertEqual(opened.cacheReport?.fromSnapshot, true)
            assertSame(opened, parsed)
        }
        XCTAssertTrue(try load(fixture, cache: directory).actors.contains { $0.name == "Sergei Lavrov" })
        XCTAssertEqual(try snapshots(in: directory).count, 3)
    }

    func testOnlyTheMostRecentlyUsedSnapshotsAreKept() throws {
        let directory = cacheDirectory()
        for number in 0..<(ParseCache.keptCorpora + 2) {
            let corpus = try Fixture(self)
            try corpus.write("a.txt", "Talks \(number)\n\nOfficials said talks would resume on Monday.\n")
            try settle(corpus)
            try prepare(corpus, cache: directory)
        }
        XCTAssertEqual(try snapshots(in: directory).count, ParseCache.keptCorpora)
    }

    func testChangingARecordOfAnOpenedCorpusChangesOnlyThatCopy() throws {
        let fixture = try fixture()
        let directory = cacheDirectory()
        try prepare(fixture, cache: directory)
        let opened = try load(fixture, cache: directory)
        XCTAssertEqual(opened.cacheReport?.fromSnapshot, true)
        var edited = opened
        edited.claims[0].content = "changed"
        edited.actors[0].mentions.removeAll()
        XCTAssertEqual(edited.claims[0].content, "changed")
        XCTAssertNotEqual(opened.claims[0].content, "changed")
        XCTAssertEqual(edited.claims.count, opened.claims.count)
        XCTAssertEqual(Array(edited.claims.dropFirst()), Array(opened.claims.dropFirst()))
        XCTAssertTrue(edited.actors[0].mentions.isEmpty)
        XCTAssertFalse(opened.actors[0].mentions.isEmpty)
    }
}
