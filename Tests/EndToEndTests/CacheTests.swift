import Foundation
import SQLite
import XCTest

/// The parse cache as a user meets it: `--cache`, `--no-cache`, `--timings`, warnings, and
/// several lede processes sharing one cache; and `export --format sqlite`.
final class CacheTests: XCTestCase {
    /// Copies of the seeds, `copies` times over, with times an hour old (files changed in
    /// the last moments are always read again, which would hide what the cache does).
    private func corpus(copies: Int = 1) throws -> URL {
        let directory = try LedeProcess.temporaryDirectory(self).appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let seeds = try FileManager.default.contentsOfDirectory(atPath: LedeProcess.seeds).filter { $0.hasSuffix(".txt") }
        for copy in 0..<copies {
            for name in seeds {
                let target = directory.appendingPathComponent("\(copy)-\(name)")
                try FileManager.default.copyItem(atPath: LedeProcess.seeds + "/" + name, toPath: target.path)
                try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: target.path)
            }
        }
        return directory
    }

    private let count = "print(#articles, #actors, #claims, #quantities)"

    func testSecondRunTakesEverythingFromTheCacheAndPrintsTheSame() throws {
        let corpus = try corpus()
        let cache = try LedeProcess.temporaryDirectory(self).path
        let arguments = ["--corpus", corpus.path, "--cache", cache, "--timings", "-e", count]
        let first = try LedeProcess.run(arguments)
        let second = try LedeProcess.run(arguments)
        let uncached = try LedeProcess.run(["--corpus", corpus.path, "--no-cache", "--timings", "-e", count])
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertEqual(first.stdout, "5\t84\t72\t17\n")
        XCTAssertEqual(second.stdout, first.stdout)
        XCTAssertEqual(uncached.stdout, first.stdout)
        XCTAssertTrue(first.stderr.contains("(files: 0 from the cache, 0 unchanged, 5 mapped; actors and claims reduced)"), first.stderr)
        XCTAssertTrue(second.stderr.contains("(files: 5 from the cache, 0 unchanged, 0 mapped; actors and claims from the cache)"), second.stderr)
        XCTAssertTrue(uncached.stderr.contains("(no cache)"), uncached.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: cache + "/cache.sqlite"))
        // The second run, which mapped nothing, left a snapshot that the third opens.
        let third = try LedeProcess.run(arguments)
        XCTAssertEqual(third.stdout, first.stdout)
        XCTAssertTrue(third.stderr.contains("(files: 5 from the cache, 0 unchanged, 0 mapped; the whole corpus from its snapshot)"), third.stderr)
        let snapshots = try FileManager.default.contentsOfDirectory(atPath: cache).filter { $0.hasSuffix(".snapshot") }
        XCTAssertEqual(snapshots.count, 1, "\(snapshots)")
    }

    func testCacheDefaultsToXDGCacheHomeAndNoCacheWritesNothing() throws {
        let home = try LedeProcess.temporaryDirectory(self).path
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CACHE_HOME"] = home
        let skipped = try LedeProcess.run(["--no-cache", "-e", count], environment: environment)
        XCTAssertEqual(skipped.status, 0, skipped.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: home), [])
        let cached = try LedeProcess.run(["-e", count], environment: environment)
        XCTAssertEqual(cached.stdout, skipped.stdout)
        XCTAssertTrue(FileManager.default.fileExists(atPath: home + "/lede/cache.sqlite"))
    }

    func testEditedFileIsTheOnlyOneParsedAgain() throws {
        let corpus = try corpus(copies: 2)
        let cache = try LedeProcess.temporaryDirectory(self).path
        let arguments = ["--corpus", corpus.path, "--cache", cache, "--timings", "-e", "print(#claims)"]
        XCTAssertEqual(try LedeProcess.run(arguments).stdout, "144\n")
        let edited = corpus.appendingPathComponent("1-004_84c2579b1b716eb3.txt")
        try (try String(contentsOf: edited, encoding: .utf8) + "\n\"It is over,\" the minister said.\n")
            .write(to: edited, atomically: false, encoding: .utf8)
        let after = try LedeProcess.run(arguments)
        XCTAssertEqual(after.stdout, "145\n")
        XCTAssertTrue(after.stderr.contains("(files: 9 from the cache, 0 unchanged, 1 mapped; actors and claims reduced)"), after.stderr)
    }

    func testAddedAndRemovedFilesCostOnlyTheirOwnMapAndAReduce() throws {
        let corpus = try corpus(copies: 2)
        let cache = try LedeProcess.temporaryDirectory(self).path
        let arguments = ["--corpus", corpus.path, "--cache", cache, "--timings", "-e", count]
        XCTAssertEqual(try LedeProcess.run(arguments).status, 0)
        let added = corpus.appendingPathComponent("new.txt")
        try "A new story\n\n\"We are ready,\" Mayor Ana Ruiz said on Monday.\n".write(to: added, atomically: true, encoding: .utf8)
        // Settled, as a file from last night's feed is: one written just now is checked again next time.
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: added.path)
        let afterAdding = try LedeProcess.run(arguments)
        XCTAssertTrue(afterAdding.stderr.contains("(files: 10 from the cache, 0 unchanged, 1 mapped; actors and claims reduced)"), afterAdding.stderr)
        XCTAssertEqual(afterAdding.stdout, try LedeProcess.run(["--corpus", corpus.path, "--no-cache", "-e", count]).stdout)
        XCTAssertTrue(afterAdding.stdout.hasPrefix("11\t"), afterAdding.stdout)
        try FileManager.default.removeItem(at: corpus.appendingPathComponent("0-000_8a33cc99068fd678.txt"))
        let afterRemoving = try LedeProcess.run(arguments)
        XCTAssertTrue(afterRemoving.stderr.contains("(files: 10 from the cache, 0 unchanged, 0 mapped; actors and claims reduced)"), afterRemoving.stderr)
        XCTAssertEqual(afterRemoving.stdout, try LedeProcess.run(["--corpus", corpus.path, "--no-cache", "-e", count]).stdout)
        XCTAssertTrue(afterRemoving.stdout.hasPrefix("10\t"), afterRemoving.stdout)
    }

    /// The cache is keyed by the extraction version, not by the binary: a rebuilt or
    /// reinstalled lede with the same rules keeps every record.
    func testAnotherBuildWithTheSameExtractionKeepsTheCache() throws {
        let corpus = try corpus()
        let cache = try LedeProcess.temporaryDirectory(self).path
        let arguments = ["--corpus", corpus.path, "--cache", cache, "--timings", "-e", count]
        XCTAssertEqual(try LedeProcess.run(arguments).status, 0)
        let copy = try LedeProcess.temporaryDirectory(self).appendingPathComponent("lede")
        try FileManager.default.copyItem(at: LedeProcess.binary, to: copy)
        let process = Process()
        process.executableURL = copy
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = Pipe()
        try process.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, stderr)
        XCTAssertTrue(stderr.contains("(files: 5 from the cache, 0 unchanged, 0 mapped; actors and claims from the cache)"), stderr)
    }

    func testProcessesStartingTogetherOnOneCacheAllSucceed() throws {
        let corpus = try corpus(copies: 6)
        let expected = try LedeProcess.run(["--corpus", corpus.path, "--no-cache", "-e", count]).stdout
        // Six copies of each seed: six times the seeds’ 72 claims and 17 quantities.
        XCTAssertTrue(expected.hasPrefix("30\t") && expected.hasSuffix("\t432\t102\n"), expected)
        for round in 0..<3 {
            let cache = try LedeProcess.temporaryDirectory(self).path
            let results = Results(count: 4)
            let arguments = ["--corpus", corpus.path, "--cache", cache, "-e", count]
            DispatchQueue.concurrentPerform(iterations: 4) { index in
                results.store(try? LedeProcess.run(arguments), at: index)
            }
            for result in results.values {
                let result = try XCTUnwrap(result, "round \(round)")
                XCTAssertEqual(result.status, 0, "round \(round): \(result.stderr)")
                XCTAssertEqual(result.stdout, expected, "round \(round)")
                XCTAssertEqual(result.stderr, "", "round \(round)")
            }
            let again = try LedeProcess.run(["--corpus", corpus.path, "--cache", cache, "--timings", "-e", count])
            XCTAssertTrue(again.stderr.contains("30 from the cache"), again.stderr)
        }
    }

    func testUnusableCacheIsAWarningAndTheRunGoesOn() throws {
        let blocker = try LedeProcess.temporaryDirectory(self).appendingPathComponent("file")
        try Data("x".utf8).write(to: blocker)
        let result = try LedeProcess.run(["--cache", blocker.path + "/lede", "-e", count])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "5\t84\t72\t17\n")
        XCTAssertEqual(result.stderr, "lede: warning: cannot create the cache directory \(blocker.path)/lede (Not a directory); reading without the cache\n")
        let quiet = try LedeProcess.run(["--quiet", "--cache", blocker.path + "/lede", "-e", count])
        XCTAssertEqual(quiet.stderr, "")

        let garbage = try LedeProcess.temporaryDirectory(self)
        try Data(repeating: 7, count: 4096).write(to: garbage.appendingPathComponent("cache.sqlite"))
        let damaged = try LedeProcess.run(["--cache", garbage.path, "-e", count])
        XCTAssertEqual(damaged.stdout, "5\t84\t72\t17\n")
        XCTAssertTrue(damaged.stderr.contains("lede: warning: the cache \(garbage.path)/cache.sqlite is damaged"), damaged.stderr)
        XCTAssertEqual(try LedeProcess.run(["--cache", garbage.path, "-e", count]).stderr, "", "rebuilt")
    }

    func testNoCacheWithCacheIsAUsageError() throws {
        let result = try LedeProcess.run(["--cache", "/tmp", "--no-cache", "-e", count])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("--cache and --no-cache cannot be used together"), result.stderr)
    }

    // MARK: export --format sqlite

    func testSQLiteExportHoldsTheSameTablesAsJSONLines() throws {
        let directory = try LedeProcess.temporaryDirectory(self)
        let target = directory.appendingPathComponent("corpus.db").path
        let result = try LedeProcess.run(["export", "--format", "sqlite", "-o", target])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path), ["corpus.db"], "no temporary file left")
        let database = try Database(path: target, readOnly: true)
        for table in ["articles", "sentences", "dropped", "actors", "mentions", "claims", "quantities"] {
            let lines = try LedeProcess.run(["export", "--format", "jsonl", "--table", table]).stdout.split(separator: "\n")
            XCTAssertEqual(try database.integer("SELECT count(*) FROM \(table)"), Int64(lines.count), table)
            XCTAssertGreaterThan(lines.count, 0, table)
        }
        // Counted by hand in the seeds: Lavrov is quoted in 000 (5), 002 (1) and 003 (2).
        let speakers = try database.prepare("SELECT speaker, count(*) FROM claims WHERE speaker = 'sergei-lavrov' GROUP BY speaker")
        XCTAssertTrue(try speakers.step())
        XCTAssertEqual(speakers.integer(1), 8)
        // Offsets are 1-based and inclusive, as in the other formats.
        let sentence = try database.prepare("""
            SELECT substr(CAST(a.text AS BLOB), s.start, s."end" - s.start + 1) = CAST(s.text AS BLOB)
            FROM sentences s JOIN articles a ON a.id = s.article
            """)
        var rows = 0
        while try sentence.step() {
            XCTAssertEqual(sentence.integer(0), 1)
            rows += 1
        }
        XCTAssertEqual(rows, 97)
        XCTAssertEqual(try database.integer("PRAGMA user_version"), 3)
    }

    func testSQLiteExportNeedsAFileAndKeepsTheOldOneOnFailure() throws {
        let missing = try LedeProcess.run(["export", "--format", "sqlite"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("sqlite writes a database file: give -o FILE"), missing.stderr)
        let table = try LedeProcess.run(["export", "--format", "sqlite", "--table", "claims", "-o", "/tmp/x.db"])
        XCTAssertEqual(table.status, 2)
        let failed = try LedeProcess.run(["export", "--format", "sqlite", "-o", "/no/such/dir/out.db"])
        XCTAssertEqual(failed.status, 5)
        XCTAssertTrue(failed.stderr.hasPrefix("lede: cannot write /no/such/dir/out.db: "), failed.stderr)
    }
}

/// One slot per concurrent run; each index is written by one iteration only.
private final class Results: @unchecked Sendable {
    private var slots: [LedeProcess.Result?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ result: LedeProcess.Result?, at index: Int) {
        lock.lock()
        slots[index] = result
        lock.unlock()
    }

    var values: [LedeProcess.Result?] { lock.withLock { slots } }
}

/// Corrections in an actors file apply in reduce: a cached corpus takes them at once.
final class CorrectionCacheTests: XCTestCase {
    func testCorrectionsNeedNoArticleMappedAgain() throws {
        let cache = try LedeProcess.temporaryDirectory(self).path
        let corrections = try LedeProcess.temporaryDirectory(self).appendingPathComponent("fixes.txt").path
        try "ignore: Hezbollah\nmerge: Sergei Lavrov, Sergei Shoigu\n".write(toFile: corrections, atomically: true, encoding: .utf8)
        let question = "print(actor('Hezbollah') == nil, #actor('Lavrov').mentions)"
        let before = try LedeProcess.run(["--cache", cache, "-e", "print(#actor('Lavrov').mentions + #actor('Shoigu').mentions)"])
        XCTAssertEqual(before.status, 0, before.stderr)
        let after = try LedeProcess.run(["--cache", cache, "--actors", corrections, "--timings", "-e", question])
        XCTAssertEqual(after.status, 0, after.stderr)
        XCTAssertEqual(after.stdout, "true\t\(before.stdout.trimmingCharacters(in: .whitespacesAndNewlines))\n")
        XCTAssertTrue(after.stderr.contains("(files: 5 from the cache, 0 unchanged, 0 mapped;"), after.stderr)
    }
}
