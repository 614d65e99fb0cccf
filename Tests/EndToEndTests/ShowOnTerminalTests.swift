import Foundation
import XCTest

/// On a terminal, show() fits the screen: columns cut to its width with "…", a bold header
/// (unless NO_COLOR), and at most 50 rows.
final class ShowOnTerminalTests: XCTestCase {
    func transcript(environment: [String: String]) throws -> String {
        let outcome = try TerminalSession.run(["-e", "show(claims)"], environment: environment, steps: [.expect("more rows")])
        XCTAssertNil(outcome.failure, outcome.transcript)
        return outcome.transcript
    }

    /// 60 columns: key (8) and n (2) with their gap leave 46 for the bar after two spaces.
    /// 41 is the largest count: 46 full blocks; 23 is 23 × 46 × 8 / 41 = 206.44, rounded to
    /// 206 eighths (25 blocks and ▊); 8 is 71.80, 72 eighths (9 blocks). In a pipe there
    /// are no bars.
    func testCountsDrawBarsOnATerminalOnly() throws {
        let outcome = try TerminalSession.run(["-e", "claims:count_by('kind')"], environment: ["COLUMNS": "60", "NO_COLOR": "1"],
                                              steps: [.expect("mixed[^\r]*\r\n")])
        XCTAssertNil(outcome.failure, outcome.transcript)
        let lines = outcome.transcript.components(separatedBy: "\r\n")
        XCTAssertEqual(lines[2], "indirect  41  " + String(repeating: "█", count: 46), outcome.transcript)
        XCTAssertEqual(lines[3], "direct    23  " + String(repeating: "█", count: 25) + "▊", outcome.transcript)
        XCTAssertEqual(lines[4], "mixed      8  " + String(repeating: "█", count: 9), outcome.transcript)
        let piped = try LedeProcess.run(["-e", "claims:count_by('kind')"], environment: ["COLUMNS": "60"])
        XCTAssertEqual(piped.stdout, "key        n\n--------  --\nindirect  41\ndirect    23\nmixed      8\n")
    }

    /// 600 files (the seeds 120 times) take seconds to map in a debug build: on a terminal a
    /// line says how far reading has got, and is cleared before the output; in a pipe,
    /// standard error stays empty.
    func testAProgressLineOnATerminalOnlyWhileALongLoadRuns() throws {
        let directory = try LedeProcess.temporaryDirectory(self)
        let seeds = try FileManager.default.contentsOfDirectory(atPath: LedeProcess.seeds).filter { $0.hasSuffix(".txt") }
        for copy in 1...120 {
            for seed in seeds {
                try FileManager.default.copyItem(atPath: LedeProcess.seeds + "/" + seed,
                                                 toPath: directory.appendingPathComponent("\(copy)-\(seed)").path)
            }
        }
        let arguments = ["--no-cache", "--corpus", directory.path, "-e", "print(#articles)"]
        let outcome = try TerminalSession.run(arguments, steps: [
            .expect("\r\u{1B}\\[Klede: reading 512 of 600 files "),
            .expect("\r\u{1B}\\[K600\r\n"),
        ], timeout: 60)
        XCTAssertNil(outcome.failure, outcome.transcript)
        // 512 of 600 is 20 of the bar's 24 cells.
        XCTAssertTrue(outcome.transcript.contains("512 of 600 files " + String(repeating: "█", count: 20) + String(repeating: "░", count: 4)),
                      outcome.transcript)
        let piped = try LedeProcess.run(arguments)
        XCTAssertEqual(piped.stdout, "600\n")
        XCTAssertEqual(piped.stderr, "")
    }

    func testTablesFitTheTerminal() throws {
        let text = try transcript(environment: ["COLUMNS": "60", "NO_COLOR": ""])
        let lines = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        XCTAssertTrue(lines[0].hasPrefix("\u{1B}[1mid"), lines[0])
        for line in lines.dropFirst() {
            // What the terminal shows: a missing value is a dim ∅, and escapes take no room.
            let shown = line.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
            XCTAssertLessThanOrEqual(shown.count, 60, line)
        }
        XCTAssertTrue(lines.contains { $0.contains("\u{1B}[2m∅\u{1B}[0m") }, "a claim without a speaker shows a dim ∅")
        XCTAssertTrue(lines.contains { $0.hasSuffix("…") })
        // A header, its rule, 50 rows and the note of what was left out.
        XCTAssertEqual(lines.count, 53, text)
        XCTAssertTrue(lines[52].hasPrefix("… 22 more rows (72 in all"), lines[52])
    }

    func testNoColorLeavesHeadersPlain() throws {
        let text = try transcript(environment: ["COLUMNS": "60", "NO_COLOR": "1"])
        XCTAssertFalse(text.contains("\u{1B}["), text)
        XCTAssertTrue(text.hasPrefix("id "), text)
    }
}
