import Corpus
import Foundation
import LedeKit
import LuaHost
import XCTest

/// The batch run's policy without starting the binary: what each ending exits with, the
/// watchdog's grace, and what `-o` holds after success and after failure.
final class BatchRunTests: XCTestCase {
    private var directory: URL!
    /// What a watchdog ended a run with: the hook should stop every run here first.
    private var unexpectedEndings = Endings()

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("lede-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
        XCTAssertTrue(unexpectedEndings.all.isEmpty, "the watchdog ended a run the hook should have stopped: \(unexpectedEndings.all)")
    }

    private func batch(_ code: String, limits: RunLimits = RunLimits(), output: String? = nil) -> BatchRun {
        var run = BatchRun(chunks: [.code(code)])
        run.limits = limits
        run.output = output
        run.quiet = true
        run.keepsCorpusUntilExit = false
        run.watchdogEnding = unexpectedEndings.record
        return run
    }

    private func session(memoryMegabytes: Int? = nil) throws(LedeFailure) -> Session {
        do {
            return try Session(corpus: Corpus(articles: [Article(id: "a", path: "/c/a.txt", title: "A", paragraphs: ["One."])]),
                               options: SessionOptions(memoryLimit: memoryMegabytes.map { $0 << 20 }))
        } catch {
            throw LedeFailure(.script, error.report)
        }
    }

    /// The failure a run ends with, or nil for success.
    private func failure(of run: BatchRun, memoryMegabytes: Int? = nil) -> LedeFailure? {
        do {
            try run.run { () throws(LedeFailure) in try session(memoryMegabytes: memoryMegabytes) }
            return nil
        } catch {
            return error
        }
    }

    // MARK: Exit codes

    func testEachEndingHasItsDocumentedExitCode() {
        XCTAssertNil(failure(of: batch("local x = #articles")))
        XCTAssertNil(failure(of: batch("os.exit(0)")), "os.exit(0) is success")
        XCTAssertNil(failure(of: batch("os.exit(true)")))
        XCTAssertEqual(failure(of: batch("error('late')"))?.exitCode, 1)
        XCTAssertEqual(failure(of: batch("error('late')"))?.message, "(command line):1: late")
        XCTAssertEqual(failure(of: batch("local = 1"))?.exitCode, 1, "a syntax error is a script error")
        XCTAssertEqual(failure(of: batch("os.exit(false)"))?.exitCode, 1)
        XCTAssertEqual(failure(of: batch("os.exit(3)"))?.exitCode, 3, "a script's own status")
        XCTAssertEqual(failure(of: batch("os.exit(3)"))?.message, "", "os.exit(3) says nothing")
        XCTAssertEqual(failure(of: batch("os.exit(300)"))?.exitCode, 44, "the low byte, as C's exit")
    }

    func testAMissingScriptFileIsAUsageError() {
        var run = batch("")
        run.chunks = [.file(directory.appendingPathComponent("missing.lua").path)]
        let failure = failure(of: run)
        XCTAssertEqual(failure?.exitCode, 2)
        XCTAssertEqual(failure?.message.contains("missing.lua"), true)
    }

    func testTheTimeLimitIsExitFourAndNamesTheOption() {
        let failure = failure(of: batch("while true do end", limits: RunLimits(timeout: 0.3)))
        XCTAssertEqual(failure?.exitCode, 4)
        XCTAssertEqual(failure?.message.hasSuffix("(--timeout 0.3)"), true, failure?.message ?? "")
        XCTAssertEqual(failure?.fromLede, false, "the script's own position starts the message")
    }

    func testTheMemoryLimitIsExitFourAndNamesTheOption() {
        let run = batch("local t = {} for i = 1, 1e8 do t[i] = tostring(i) end", limits: RunLimits(memory: 16))
        let failure = failure(of: run, memoryMegabytes: 16)
        XCTAssertEqual(failure?.exitCode, 4)
        XCTAssertEqual(failure?.message.hasSuffix("(--memory 16)"), true, failure?.message ?? "")
    }

    func testATimeLimitSpentReadingTheCorpusStopsBeforeAnyScript() {
        var run = batch("print('ran')", limits: RunLimits(timeout: 0.05))
        run.output = directory.appendingPathComponent("out.txt").path
        let failure: LedeFailure?
        do {
            try run.run { () throws(LedeFailure) in
                Thread.sleep(forTimeInterval: 0.2)
                return try session()
            }
            failure = nil
        } catch {
            failure = error
        }
        XCTAssertEqual(failure?.exitCode, 4)
        XCTAssertEqual(failure?.message, "time limit reached while reading the corpus (--timeout 0.05)")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path), [], "no output and no temporary file")
    }

    func testEveryLuaErrorKindMapsToOneExitCode() {
        let limits = RunLimits(timeout: 2, memory: 5)
        func code(_ kind: LuaError.Kind) -> Int32? {
            LedeFailure(script: LuaError(kind, "stdin:1: stop"), limits: limits, quiet: false)?.exitCode
        }
        XCTAssertEqual(code(.syntax), 1)
        XCTAssertEqual(code(.runtime), 1)
        XCTAssertEqual(code(.conversion), 1)
        XCTAssertEqual(code(.file), 2)
        XCTAssertEqual(code(.timeout), 4)
        XCTAssertEqual(code(.memory), 4)
        XCTAssertEqual(code(.interrupted), 130)
        XCTAssertEqual(code(.exit(7)), 7)
        XCTAssertNil(code(.exit(0)))
    }

    func testQuietDropsTheTraceback() {
        let error = LuaError(.runtime, "x.lua:2: bad", traceback: "stack traceback:\n\tx.lua:2: in main chunk")
        XCTAssertEqual(LedeFailure(script: error, limits: RunLimits(), quiet: true)?.message, "x.lua:2: bad")
        XCTAssertEqual(LedeFailure(script: error, limits: RunLimits(), quiet: false)?.message,
                       "x.lua:2: bad\nstack traceback:\n\tx.lua:2: in main chunk")
    }

    // MARK: -o

    func testOutputIsCommittedWhenTheRunSucceeds() throws {
        let path = directory.appendingPathComponent("report.txt").path
        try "old\n".write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertNil(failure(of: batch("print('new ' .. #articles)", output: path)))
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "new 1\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path), ["report.txt"], "no temporary file left")
    }

    func testOutputIsDiscardedWhenTheRunFails() throws {
        let path = directory.appendingPathComponent("report.txt").path
        try "old\n".write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertEqual(failure(of: batch("print('half') error('late')", output: path))?.exitCode, 1)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "old\n", "the old report stands")
        XCTAssertEqual(failure(of: batch("print('half') os.exit(3)", output: path))?.exitCode, 3)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "old\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path), ["report.txt"])
    }

    func testOutputIntoAMissingFolderIsExitFive() {
        let path = directory.appendingPathComponent("no/such/folder/report.txt").path
        XCTAssertEqual(failure(of: batch("print(1)", output: path))?.exitCode, 5)
    }

    // MARK: The watchdog

    /// What a watchdog ended a run with, recorded.
    private final class Endings: @unchecked Sendable {
        private let lock = NSLock()
        private var recorded: [(message: String, status: Int32)] = []
        var all: [(message: String, status: Int32)] { lock.withLock { recorded } }
        func record(_ message: String, _ status: Int32) { lock.withLock { recorded.append((message, status)) } }

        /// Waits until something is recorded or `seconds` pass.
        func wait(seconds: Double) -> [(message: String, status: Int32)] {
            let end = Date().addingTimeInterval(seconds)
            while all.isEmpty, Date() < end { Thread.sleep(forTimeInterval: 0.02) }
            return all
        }
    }

    func testAStopThatDoesNotEndTheRunEndsItAfterTheGrace() throws {
        let temporary = directory.appendingPathComponent("out.tmp").path
        XCTAssertTrue(FileManager.default.createFile(atPath: temporary, contents: Data("half".utf8)))
        let endings = Endings()
        let watchdog = Watchdog(temporaryFile: temporary, grace: .milliseconds(300), ending: endings.record)
        let lua = try LuaState()
        lua.requestExit(code: 0)  // stopped, but nothing returns: a loop the hook cannot reach
        let stoppedAt = Date()
        watchdog.watch(lua)
        let ended = endings.wait(seconds: 10)
        XCTAssertEqual(ended.count, 1)
        XCTAssertEqual(ended.first?.status, 4)
        XCTAssertEqual(ended.first?.message, "the script kept running after it was stopped (a limit, os.exit or Ctrl-C)")
        XCTAssertGreaterThanOrEqual(Date().timeIntervalSince(stoppedAt), 0.3, "not before the grace has passed")
        XCTAssertFalse(FileManager.default.fileExists(atPath: temporary), "the -o temporary file is removed first")
    }

    func testARunThatFinishesWithinTheGraceIsNotEnded() throws {
        let endings = Endings()
        let watchdog = Watchdog(temporaryFile: nil, grace: .milliseconds(500), ending: endings.record)
        let lua = try LuaState()
        lua.requestExit(code: 0)
        watchdog.watch(lua)
        Thread.sleep(forTimeInterval: 0.1)
        watchdog.finish {}
        watchdog.end(at: .now + .milliseconds(50), message: "deadline")
        XCTAssertTrue(endings.wait(seconds: 1.5).isEmpty, "a finished run is never ended")
    }

    func testTheDeadlineEndsARunStuckOutsideLua() {
        let endings = Endings()
        let watchdog = Watchdog(temporaryFile: nil, grace: .seconds(60), ending: endings.record)
        watchdog.end(at: .now + .milliseconds(100), message: "time limit reached")
        let ended = endings.wait(seconds: 10)
        XCTAssertEqual(ended.map(\.status), [4])
        XCTAssertEqual(ended.map(\.message), ["time limit reached"])
        watchdog.finish {}
    }
}
