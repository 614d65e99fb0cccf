import Corpus
import Foundation
import LedeKit
import LuaHost
import XCTest

/// Runs Lua snippets against Fixtures/api, three short invented articles small enough that
/// every expected value below was worked out by reading them:
///
/// - `bridge` (2021-03-04): São Paulo Mayor Ana Souza said the city would build a
///   2 kilometre bridge; “We will finish the bridge by 2023,” Souza told reporters; the
///   Workers' Party criticised the plan (an actor, but no claim: no words reported).
/// - `lisbon` (no date): Ana Souza met Jonas Meier in Lisbon; the same quote, Souza said.
/// - `zurich` (2020-11-15): councillor Jonas Meier said fares would rise by 5 percent;
///   “Nobody likes higher fares,” Meier said; the Green Party said the rise was unfair.
///
/// So: 3 articles; 4 actors (ana-souza, workers-party, jonas-meier, green-party); 7 claims (bridge:1–3,
/// lisbon:1, zurich:1–3, the first a headline claim); 2 quantities (2 kilometre, 5 percent).
class LuaAPITestCase: XCTestCase {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/api").path
    static let corpus = Result { try Corpus.load(paths: [fixture]) }

    func session(writes: WritePolicy = .anywhere) throws -> Session {
        try Session(corpus: Self.corpus.get(), options: SessionOptions(writes: writes))
    }

    /// A fresh directory removed after the test.
    func temporaryDirectory() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lede-api-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
        return directory.path
    }

    /// What the snippet writes through `io.write` (so `show`, `help`), as a file would get it.
    func output(_ code: String, session given: Session? = nil) throws -> String {
        let session = try given ?? self.session()
        let path = try temporaryDirectory() + "/out.txt"
        try session.lua.run("io.output(...)", chunkName: "=test", arguments: [.string(path)])
        defer { _ = try? session.lua.run("io.output():close() io.output(io.stdout)", chunkName: "=test") }
        try session.run(.code(code))
        try session.lua.run("io.output():flush()", chunkName: "=test")
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    /// The values the snippet returns.
    func values(_ code: String, session given: Session? = nil) throws -> [LuaValue] {
        try (given ?? session()).run(.code(code))
    }

    /// The message of the error the snippet raises (fails the test if it raises none).
    func error(_ code: String, session given: Session? = nil, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        do {
            try (given ?? session()).run(.code(code))
            XCTFail("no error from: \(code)", file: file, line: line)
            return ""
        } catch let error as LuaError {
            return error.message
        }
    }

    /// A list of strings, as Lua code that returns `table.concat(list, ",")` would.
    func joined(_ code: String, session given: Session? = nil) throws -> String {
        try values("return table.concat(\(code), ',')", session: given).first?.stringValue ?? "(not a string)"
    }
}
