import Corpus
import Foundation
import XCTest

/// A temporary corpus folder, removed when the test ends.
struct Fixture {
    let directory: URL

    init(_ test: XCTestCase) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("lede-corpus-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let directory = directory
        test.addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, bytes: Array(text.utf8))
    }

    @discardableResult
    func write(_ name: String, bytes: [UInt8]) throws -> String {
        let url = directory.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return url.path
    }

    func load() throws -> Corpus { try Corpus.load(paths: [directory.path]) }

    /// The one article of a one-file corpus.
    func article(_ name: String, _ text: String) throws -> Article {
        let path = try write(name, text)
        return try XCTUnwrap(try Corpus.load(paths: [path]).articles.first)
    }
}

extension XCTestCase {
    /// A corpus of `texts` in a fresh folder, one article each (`a0.txt`, `a1.txt`, …),
    /// read with the built-in dictionary: what most rule tests start from.
    func loadCorpus(_ texts: String...) throws -> Corpus {
        let fixture = try Fixture(self)
        for (index, text) in texts.enumerated() { try fixture.write("a\(index).txt", text) }
        return try fixture.load()
    }
}
