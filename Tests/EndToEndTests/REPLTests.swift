import Foundation
import XCTest

final class REPLTests: XCTestCase {
    let prompt = "lede> "

    func testExpressionStatementErrorAndEndOfInput() throws {
        let outcome = try TerminalSession.run(steps: [
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
}
