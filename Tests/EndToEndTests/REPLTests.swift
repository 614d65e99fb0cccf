import Foundation
import XCTest

final class REPLTests: XCTestCase {
    let prompt = "lede> "

    func testExpressionStatementErrorAndEndOfInput() throws {
        let outcome = try TerminalSession.run(steps: [
            // One line saying what is loaded and where to start.
            .expect("lede 0\\.[0-9.]+ · .*seeds: 5 articles, [0-9]+ actors, 72 claims, [0-9]+ quantities from 5 files · help\\(\\) for the API, \\.help for commands\r\n"),
            .expect(prompt),
            .send("#articles\r"), .expect("\r\n5\r\n"), .expect(prompt),
            .send("x = 40\r"), .expect(prompt),
            .send("x + 2\r"), .expect("42\r\n"), .expect(prompt),
            .send("nosuch()\r"), .expect("stdin:1: attempt to call a nil value \\(global 'nosuch'\\)"), .expect(prompt),
            .send("x = = 1\r"), .expect("unexpected symbol near '='"), .expect(prompt),
            .send("x\r"), .expect("40\r\n"), .expect(prompt),
            .send("\u{4}"),
        ])
        XCTAssertNil(outcome.failure, outcome.transcript)
        XCTAssertEqual(outcome.status, 0, outcome.transcript)
    }

    func testIncompleteChunkContinues() throws {
        let outcome = try TerminalSession.run(steps: [
            .expect(prompt),
            .send("function double(n)\r"), .expect("\\.\\.\\.> "),
            .send("return n * 2\r"), .expect("\\.\\.\\.> "),
            .send("end\r"), .expect(prompt),
            .send("double(#articles)\r"), .expect("10\r\n"), .expect(prompt),
            .send("\u{4}"),
        ])
        XCTAssertNil(outcome.failure, outcome.transcript)
        XCTAssertEqual(outcome.status, 0)
    }

    func testInterruptStopsRunningCodeAndKeepsTheSession() throws {
        let outcome = try TerminalSession.run(steps: [
            .expect(prompt),
            .send("kept = 7\r"), .expect(prompt),
            .send("while true do end\r"), .sleep(0.5), .signal("INT"),
            .expect("interrupted!"), .expect(prompt),
            .send("kept\r"), .expect("7\r\n"), .expect(prompt),
            .send("\u{4}"),
        ])
        XCTAssertNil(outcome.failure, outcome.transcript)
        XCTAssertEqual(outcome.status, 0)
    }

    /// A pattern search with cubic backtracking runs inside one C call, where the stop hook
    /// never fires: the first Ctrl-C cannot stop it, the second ends lede, as in lua.c.
    func testASecondInterruptEndsACallStuckInC() throws {
        let outcome = try TerminalSession.run(steps: [
            .expect(prompt),
            .send("(\"a\"):rep(100000):find(\".-.-.-b\")\r"), .sleep(0.5), .signal("INT"), .sleep(0.5), .signal("INT"),
        ])
        XCTAssertEqual(outcome.status, -Int32(SIGINT), outcome.transcript)
    }
}

/// The REPL features an analyst leans on: session locals, `_`, completion, commands,
/// history across sessions, pasted blocks, Ctrl-C at the prompt, the init file.
final class REPLFeatureTests: XCTestCase {
    let prompt = "lede> "

    func temporaryDirectory() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lede-repl-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
        return directory.path
    }

    func testLocalsLastTheSessionAndUnderscoreHoldsTheLastResult() throws {
        let outcome = try TerminalSession.run(environment: ["NO_COLOR": "1"], steps: [
            .expect(prompt),
            .send("local n = #claims\r"), .expect(prompt),
            .send("n + 1\r"), .expect("\r\n73\r\n"), .expect(prompt),
            .send("local function twice(x) return 2 * x end\r"), .expect(prompt),
            .send("twice(n)\r"), .expect("\r\n144\r\n"), .expect(prompt),
            .send("_ + 1\r"), .expect("\r\n145\r\n"), .expect(prompt),
            .send("#actor('Lavrov').claims, actor('Lavrov').name\r"), .expect("\r\n8\tSergei Lavrov\r\n"), .expect(prompt),
            .send("\u{4}"),
        ])
        XCTAssertNil(outcome.failure, outcome.transcript)
        XCTAssertEqual(outcome.status, 0)
    }

    func testTabCompletesFieldsMethodsAndActorNames() throws {
        let outcome = try TerminalSession.run(environment: ["NO_COLOR": "1"], steps: [
            .expect(prompt),
            .send("articles[1].ti\t"), .sleep(0.3), .send("\r"), .expect("Israel, Russia Reach 'Understanding'"), .expect(prompt),
            .send("#claims:wh\t"), .sleep(0.3), .send("{kind = 'direct'}\r"), .expect("\r\n\\d+\r\n"), .expect(prompt),
            .send("actor(\"sergei l\t"), .sleep(0.3), .send("\").id\r"), .expect("sergei-lavrov"), .expect(prompt),
            .send(".mode ma\t"), .sleep(0.3), .send("\r"), .expect(prompt),
            .send("claims:count_by('kind')\r"), .expect("\\| key"), .expect(prompt),
            .send(".mode table\r"), .expect(prompt),
            .send(".ti\t"), .sleep(0.3), .send(" on\r"), .expect(prompt),
            .send("1\r"), .expect("time "), .expect(prompt),
            .send("\u{4}"),
        ])
        // Each expected output above is only possible if TAB completed the word: "articles[1].ti"
        // alone is nil, and "claims:wh{…}" does not compile.
        XCTAssertNil(outcome.failure, outcome.transcript)
    }

    func testModeCSVAndOnceWriteToAFile() throws {
        let directory = try temporaryDirectory()
        let outcome = try TerminalSession.run(environment: ["NO_COLOR": "1"], steps: [
            .expect(prompt),
            .send(".mode csv\r"), .expect(prompt),
            .send("claims:count_by('kind')\r"), .expect("key,n\r\r\n"), .expect(prompt),
            .send(".mode table\r"), .expect(prompt),
            .send(".once \(directory)/kinds.md\r"), .expect(prompt),
            .send("markdown(claims:count_by('kind'))\r"), .expect(prompt),
            .send("#articles\r"), .expect("\r\n5\r\n"), .expect(prompt),
            .send(".nosuch\r"), .expect("unknown command .nosuch; .help lists them"), .expect(prompt),
            // An error after .once leaves no file behind, not even an empty one.
            .send(".once \(directory)/failed.csv\r"), .expect(prompt),
            .send("nosuch()\r"), .expect("nothing written to \(directory)/failed.csv: the result was an error"), .expect(prompt),
            .send("#articles\r"), .expect("\r\n5\r\n"), .expect(prompt),
            .send("\u{4}"),
        ])
        XCTAssertNil(outcome.failure, outcome.transcript)
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory + "/failed.csv"))
        let written = try String(contentsOfFile: directory + "/kinds.md", encoding: .utf8)
        XCTAssertTrue(written.hasPrefix("| key      |   n |\n| -------- | --: |\n"), written)
        XCTAssertFalse(written.contains("lede>"), written)
    }

    func testHistoryIsThereInTheNextSession() throws {
        let history = try temporaryDirectory() + "/state/history"
        let first = try TerminalSession.run(environment: ["LEDE_HISTORY": history], steps: [
            .expect(prompt), .send("answer = 41\r"), .expect(prompt), .send("answer = 41\r"), .expect(prompt), .send("\u{4}"),
        ])
        XCTAssertNil(first.failure, first.transcript)
        let saved = try String(contentsOfFile: history, encoding: .utf8)
        // Written at once, the repeated entry kept once.
        XCTAssertEqual(saved.components(separatedBy: "answer").count - 1, 1, saved)
        let second = try TerminalSession.run(environment: ["LEDE_HISTORY": history, "NO_COLOR": "1"], steps: [
            .expect(prompt), .send("\u{1B}[A"), .expect("answer = 41"), .send("\r"), .expect(prompt),
            .send("answer + 1\r"), .expect("\r\n42\r\n"), .expect(prompt), .send("\u{4}"),
        ])
        XCTAssertNil(second.failure, second.transcript)
    }

    func testPastedBlockRunsLineByLine() throws {
        let block = "total = 0\rfor _, c in ipairs(claims) do\r  total = total + 1\rend\rtotal\r"
        let outcome = try TerminalSession.run(environment: ["NO_COLOR": "1"], steps: [
            .expect(prompt), .send(block), .expect("\r\n72\r\n"), .expect(prompt), .send("\u{4}"),
        ])
        XCTAssertNil(outcome.failure, outcome.transcript)
    }

    func testCtrlCAtThePromptClearsTheLine() throws {
        let outcome = try TerminalSession.run(environment: ["NO_COLOR": "1"], steps: [
            .expect(prompt), .send("this is not lua"), .sleep(0.3), .send("\u{3}"), .expect(prompt),
            .send("1 + 1\r"), .expect("\r\n2\r\n"), .expect(prompt), .send("\u{4}"),
        ])
        XCTAssertNil(outcome.failure, outcome.transcript)
        XCTAssertEqual(outcome.status, 0)
        XCTAssertFalse(outcome.transcript.contains("unexpected symbol"), outcome.transcript)
    }

    func testInitFileRunsUnlessNoInit() throws {
        let config = try temporaryDirectory()
        try FileManager.default.createDirectory(atPath: config + "/lede", withIntermediateDirectories: true)
        try "greeting = 'from init'\n".write(toFile: config + "/lede/init.lua", atomically: true, encoding: .utf8)
        let with = try TerminalSession.run(environment: ["XDG_CONFIG_HOME": config, "NO_COLOR": "1"], steps: [
            .expect(prompt), .send("greeting\r"), .expect("from init"), .expect(prompt), .send("\u{4}"),
        ])
        XCTAssertNil(with.failure, with.transcript)
        let without = try TerminalSession.run(["--no-init"], environment: ["XDG_CONFIG_HOME": config, "NO_COLOR": "1"], steps: [
            .expect(prompt), .send("greeting\r"), .expect("\r\nnil\r\n"), .expect(prompt), .send("\u{4}"),
        ])
        XCTAssertNil(without.failure, without.transcript)
    }

    func testOsExitEndsTheSessionWithItsStatus() throws {
        let outcome = try TerminalSession.run(environment: ["NO_COLOR": "1"], steps: [
            .expect(prompt), .send("pcall(os.exit, 3)\r"),
        ])
        XCTAssertNil(outcome.failure, outcome.transcript)
        XCTAssertEqual(outcome.status, 3, outcome.transcript)
    }

    func testOutputAndTimeoutAreForScriptsOnly() throws {
        let outcome = try TerminalSession.run(["--timeout", "5"], steps: [])
        XCTAssertEqual(outcome.status, 2, outcome.transcript)
        XCTAssertTrue(outcome.transcript.contains("-o and --timeout are for scripts"), outcome.transcript)
    }
}
