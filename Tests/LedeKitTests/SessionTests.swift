import Corpus
import LedeKit
import LuaHost
import XCTest

final class SessionTests: XCTestCase {
    private func session(_ articles: [Article]) throws -> Session {
        try Session(corpus: Corpus(articles: articles))
    }

    func testArticlesAreBoundAsAList() throws {
        let session = try session([
            Article(id: "a", path: "/c/a.txt", title: "First", paragraphs: ["One.", "Two."]),
            Article(id: "b", path: "/c/b.txt", title: "Second", paragraphs: []),
        ])
        XCTAssertEqual(try session.run(.code("return #articles, articles[1].id, articles[1].title, #articles[1].paragraphs")),
                       [2, "a", "First", 2])
        XCTAssertEqual(try session.run(.code("return articles[2].path, #articles[2].paragraphs")), ["/c/b.txt", 0])
    }

    func testEmptyCorpus() throws {
        XCTAssertEqual(try session([]).run(.code("return #articles")), [0])
    }

    func testArgumentsReachArgAndVarargs() throws {
        let session = try session([])
        XCTAssertEqual(try session.run(.code("return arg[0], arg[1], arg[2], select('#', ...)"), arguments: ["x", "y"]),
                       ["-e", "x", "y", 2])
    }

    func testErrorReportDropsTheHostFrame() throws {
        let session = try session([])
        XCTAssertThrowsError(try session.run(.code("error('bad')"))) { error in
            let report = (error as? LuaError)?.report ?? ""
            // The `error` call itself is no news: the message is what it raised.
            XCTAssertEqual(report, "(command line):1: bad\nstack traceback:\n\t(command line):1: in main chunk")
        }
    }
}
