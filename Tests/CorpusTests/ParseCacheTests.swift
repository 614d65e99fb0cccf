import Corpus
import Foundation
import SQLite
import XCTest

/// The parse cache gives the same corpus as parsing, parses only what changed, and never
/// lets a damaged, foreign or unwritable cache stop a load or change its answer. These
/// tests are of the database alone, without corpus snapshots (`CorpusSnapshotTests`).
final class ParseCacheTests: XCTestCase {
    private func corpusFixture() throws -> Fixture { try Fixture.seedsWithWarnings(self) }

    private func age(_ fixture: Fixture) throws { try fixture.settle() }

    private func cacheDirectory() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lede-cache-" + UUID().uuidString)
        addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
        return directory.path
    }

    private func load(_ fixture: Fixture, cache directory: String?, version: String = "test-1") throws -> (Corpus, [String]) {
        let cache = directory.map { ParseCache(directory: $0, version: version, snapshots: false) }
        let corpus = try Corpus.load(paths: [fixture.directory.path], cache: cache)
        return (corpus, cache?.warnings ?? [])
    }

    private func assertSame(_ cached: Corpus, _ parsed: Corpus, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(cached.articles, parsed.articles, "articles", file: file, line: line)
        XCTAssertEqual(cached.actors, parsed.actors, "actors", file: file, line: line)
        XCTAssertEqual(cached.claims, parsed.claims, "claims", file: file, line: line)
        XCTAssertEqual(cached.quantities, parsed.quantities, "quantities", file: file, line: line)
        XCTAssertEqual(cached.warnings, parsed.warnings, "warnings", file: file, line: line)
        XCTAssertEqual(cached.files, parsed.files, "files", file: file, line: line)
    }

    func testCachedAndUncachedLoadsAreIdentical() throws {
        let fixture = try corpusFixture()
        let directory = try cacheDirectory()
        let (parsed, _) = try load(fixture, cache: nil)
        XCTAssertNil(parsed.cacheReport)
        let (first, firstWarnings) = try load(fixture, cache: directory)
        let (second, secondWarnings) = try load(fixture, cache: directory)
        XCTAssertEqual(firstWarnings + secondWarnings, [])
        XCTAssertEqual(first.cacheReport, CacheReport(fromCache: 0, unchanged: 0, mapped: 7, resultsFromCache: false))
        XCTAssertEqual(second.cacheReport, CacheReport(fromCache: 7, unchanged: 0, mapped: 0, resultsFromCache: true))
        // The corpus is not trivial: the comparison below covers every kind of record.
        XCTAssertEqual(parsed.articles.count, 6)
        XCTAssertGreaterThan(parsed.claims.count, 50)
        XCTAssertFalse(parsed.quantities.isEmpty)
        XCTAssertTrue(parsed.claims.contains { !$0.corroboratedBy.isEmpty })
        XCTAssertEqual(parsed.warnings.count, 2, "\(parsed.warnings)")
        assertSame(first, parsed)
        assertSame(second, parsed)
    }

    /// Reduce drops an inferred date later than every stated one (a date the text looks
    /// forward to); a run that takes reduce's results from the cache must drop it too.
    func testAForwardLookingDateIsDroppedByCachedRunsToo() throws {
        let fixture = try Fixture(self)
        try fixture.write("stated.txt", "Port talks resume\n\nPublished: 4 March 2019\n\nOfficials said talks would resume.\n")
        try fixture.write("ahead.txt", "Summit planned\n\nThe summit is set for 5 May 2020 in Lisbon.\n\nOfficials said it would go ahead.\n")
        try fixture.settle()
        let directory = try cacheDirectory()
        let parsed = try load(fixture, cache: nil).0
        // Alone, the forward-looking article takes the date it mentions; beside one that states its date, none.
        let alone = try Corpus.load(paths: [fixture.directory.appendingPathComponent("ahead.txt").path])
        XCTAssertEqual(alone.articles.first?.date, "2020-05-05")
        XCTAssertEqual(alone.articles.first?.dateSource, .inferred)
        XCTAssertEqual(parsed.articles.map(\.date), [nil, "2019-03-04"])
        for _ in 0..<2 {
            let cached = try load(fixture, cache: directory).0
            XCTAssertEqual(cached.articles.map(\.date), parsed.articles.map(\.date))
            XCTAssertEqual(cached.articles.map(\.dateSource), parsed.articles.map(\.dateSource))
        }
    }

    func testEditingOneFileParsesOnlyThatFile() throws {
        let fixture = try corpusFixture()
        let directory = try cacheDirectory()
        _ = try load(fixture, cache: directory)
        let edited = fixture.directory.appendingPathComponent("002_29a7cc1ec4dfa27c.txt")
        var text = try String(contentsOf: edited, encoding: .utf8)
        text += "\n\n\"We will not accept it,\" Minister Ana Lopes told reporters on Tuesday.\n"
        try text.write(to: edited, atomically: false, encoding: .utf8)
        let (changed, warnings) = try load(fixture, cache: directory)
        XCTAssertEqual(warnings, [])
        XCTAssertEqual(changed.cacheReport, CacheReport(fromCache: 6, unchanged: 0, mapped: 1, resultsFromCache: false))
        XCTAssertTrue(changed.claims.contains { $0.content.hasPrefix("We will not accept it") && $0.speakerText == "Ana Lopes" }, "\(changed.claims.suffix(3))")
        assertSame(changed, try load(fixture, cache: nil).0)
    }

    /// A cached run reads only the articles of each file's entry while the reduce results
    /// are cached; without them, it reads the rest of every entry and reduces again.
    func testLostResultsAreReducedAgainFromTheCachedRecords() throws {
        let fixture = try corpusFixture()
        let directory = try cacheDirectory()
        let (parsed, _) = try load(fixture, cache: nil)
        _ = try load(fixture, cache: directory)
        try sqlite(directory, "DELETE FROM results; DELETE FROM corpora;")
        let (corpus, warnings) = try load(fixture, cache: directory)
        XCTAssertEqual(warnings, [])
        XCTAssertEqual(corpus.cacheReport, CacheReport(fromCache: 7, unchanged: 0, mapped: 0, resultsFromCache: false))
        assertSame(corpus, parsed)
        XCTAssertEqual(try load(fixture, cache: directory).0.cacheReport?.resultsFromCache, true)
        // What only reduce reads is damaged, and found so when it is read: those files are mapped again.
        let holding = try Database(path: directory + "/cache.sqlite")
            .prepare("SELECT count(*) FROM files WHERE instr(extraction, CAST('Lavrov' AS BLOB)) > 0")
        XCTAssertTrue(try holding.step())
        XCTAssertGreaterThan(holding.integer(0), 0)
        try sqlite(directory, "UPDATE files SET extraction = replace(extraction, CAST('Lavrov' AS BLOB), CAST('Lavrox' AS BLOB));"
                   + "DELETE FROM results; DELETE FROM corpora;")
        let (again, damage) = try load(fixture, cache: directory)
        assertSame(again, parsed)
        XCTAssertFalse(again.actors.contains { $0.name.contains("Lavrox") })
        XCTAssertTrue(damage.contains { $0.contains("damaged entries for") }, "\(damage)")
        // The files mapped again were stored whole: reducing once more finds nothing damaged.
        try sqlite(directory, "DELETE FROM results; DELETE FROM corpora;")
        let (third, quiet) = try load(fixture, cache: directory)
        XCTAssertEqual(quiet, [])
        assertSame(third, parsed)
    }

    func testTouchingAFileRereadsItWithoutParsing() throws {
        let fixture = try corpusFixture()
        let directory = try cacheDirectory()
        _ = try load(fixture, cache: directory)
        let touched = fixture.directory.appendingPathComponent("000_8a33cc99068fd678.txt").path
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -60)], ofItemAtPath: touched)
        let (corpus, _) = try load(fixture, cache: directory)
        XCTAssertEqual(corpus.cacheReport, CacheReport(fromCache: 6, unchanged: 1, mapped: 0, resultsFromCache: true))
        // The new time is stored: the next load reads nothing.
        XCTAssertEqual(try load(fixture, cache: directory).0.cacheReport?.fromCache, 7)
    }

    func testAFileChangedJustNowIsCheckedAgainNextTime() throws {
        let fixture = try corpusFixture()
        let directory = try cacheDirectory()
        let fresh = try fixture.write("005_new.txt", "Talks resume\n\nOfficials said talks would resume on Monday.\n")
        _ = try load(fixture, cache: directory)
        // Written within moments of the load: on a file system with coarse times, a
        // same-size edit could keep the same time, so the time is not trusted yet.
        let database = try Database(path: directory + "/cache.sqlite")
        let statement = try database.prepare("SELECT mtime FROM files WHERE path = ?")
        try statement.bind([.text(fresh)])
        XCTAssertTrue(try statement.step())
        XCTAssertEqual(statement.integer(0), -1)
        let (corpus, _) = try load(fixture, cache: directory)
        XCTAssertEqual(corpus.cacheReport, CacheReport(fromCache: 7, unchanged: 1, mapped: 0, resultsFromCache: true))
    }

    func testGarbageInPlaceOfTheCacheIsReplaced() throws {
        let fixture = try corpusFixture()
        let directory = try cacheDirectory()
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try Data(repeating: 0x5A, count: 10_000).write(to: URL(fileURLWithPath: directory + "/cache.sqlite"))
        let (corpus, warnings) = try load(fixture, cache: directory)
        XCTAssertEqual(warnings.count, 1, "\(warnings)")
        XCTAssertTrue(warnings[0].contains("is damaged") && warnings[0].contains("rebuilding it"), warnings[0])
        assertSame(corpus, try load(fixture, cache: nil).0)
        let (again, quiet) = try load(fixture, cache: directory)
        XCTAssertEqual(quiet, [])
        XCTAssertEqual(again.cacheReport?.resultsFromCache, true)
    }

    func testTruncatedCacheGivesTheSameAnswer() throws {
        let fixture = try corpusFixture()
        let directory = try cacheDirectory()
        _ = try load(fixture, cache: directory)
        let file = directory + "/cache.sqlite"
        let size = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: file)[.size] as? Int)
        XCTAssertGreaterThan(size, 8192)
        for keep in [size / 2, 100] {
            let handle = try XCTUnwrap(FileHandle(forUpdatingAtPath: file))
            try handle.truncate(atOffset: UInt64(keep))
            try handle.close()
            let (corpus, warnings) = try load(fixture, cache: directory)
            assertSame(corpus, try load(fixture, cache: nil).0)
            XCTAssertTrue(warnings.allSatisfy { $0.contains("damaged") }, "\(warnings)")
        }
    }

    func testDamagedEntriesAreParsedAgain() throws {
        let fixture = try corpusFixture()
        let directory = try cacheDirectory()
        let (parsed, _) = try load(fixture, cache: directory)
        // Flip bytes inside every stored blob, as a bad disk might, keeping the file valid.
        try sqlite(directory, "UPDATE files SET data = replace(data, CAST('Lavrov' AS BLOB), CAST('Lavrox' AS BLOB));"
                   + "UPDATE results SET data = replace(data, CAST('Lavrov' AS BLOB), CAST('Lavrox' AS BLOB));")
        let (corpus, warnings) = try load(fixture, cache: directory)
        XCTAssertTrue(warnings.contains { $0.contains("damaged entries for") }, "\(warnings)")
        XCTAssertTrue(warnings.contains { $0.contains("damaged results") }, "\(warnings)")
        XCTAssertGreaterThan(corpus.cacheReport?.mapped ?? 0, 0)
        assertSame(corpus, parsed)
        XCTAssertFalse(corpus.articles.contains { $0.text.contains("Lavrox") })
    }

    func testCacheOfAnotherExtractionVersionIsRebuilt() throws {
        let fixture = try corpusFixture()
        let directory = try cacheDirectory()
        _ = try load(fixture, cache: directory, version: "extraction 1")
        let (corpus, warnings) = try load(fixture, cache: directory, version: "extraction 2")
        XCTAssertEqual(warnings.count, 1)
        XCTAssertTrue(warnings[0].contains("another version of lede; rebuilding it"), "\(warnings)")
        XCTAssertEqual(corpus.cacheReport, CacheReport(fromCache: 0, unchanged: 0, mapped: 7, resultsFromCache: false))
        XCTAssertEqual(try load(fixture, cache: directory, version: "extraction 2").1, [])
    }

    func testUnwritableCacheDirectoryIsSkippedWithAWarning() throws {
        let fixture = try corpusFixture()
        // A file where the directory should be: even root cannot create a directory in it.
        let blocker = try fixture.write("blocker.bin", "x")
        let (corpus, warnings) = try load(fixture, cache: blocker + "/lede")
        XCTAssertEqual(warnings, ["cannot create the cache directory \(blocker)/lede (Not a directory); reading without the cache"])
        XCTAssertEqual(corpus.cacheReport?.mapped, 7)
        XCTAssertEqual(corpus.articles.count, 6)
    }

    func testEveryPathSpellingFindsTheSameEntries() throws {
        let fixture = try corpusFixture()
        let directory = try cacheDirectory()
        _ = try load(fixture, cache: directory)
        let cache = ParseCache(directory: directory, version: "test-1", snapshots: false)
        for roundabout in [fixture.directory.path + "/../" + fixture.directory.lastPathComponent + "/.",
                           "/" + fixture.directory.path.replacingOccurrences(of: "/", with: "//") + "/./"] {
            let corpus = try Corpus.load(paths: [roundabout], cache: cache)
            XCTAssertEqual(corpus.cacheReport?.fromCache, 7, roundabout)
            XCTAssertTrue(corpus.articles.allSatisfy { $0.path.hasPrefix(roundabout) }, "\(corpus.articles.map(\.path))")
        }
    }

    private func sqlite(_ directory: String, _ sql: String) throws {
        try Database(path: directory + "/cache.sqlite").execute(sql)
    }
}

