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

extension Fixture {
    /// The seeds, a JSON Lines file with a line that is not JSON and a binary file (two
    /// warnings), all modified an hour ago, so that a cache trusts their size and time:
    /// a corpus with every kind of record and of warning, for the cache's tests.
    static func seedsWithWarnings(_ test: XCTestCase) throws -> Fixture {
        let fixture = try Fixture(test)
        for name in try FileManager.default.contentsOfDirectory(atPath: seedsPath) where name.hasSuffix(".txt") {
            try fixture.write(name, bytes: Array(try Data(contentsOf: URL(fileURLWithPath: seedsPath).appendingPathComponent(name))))
        }
        try fixture.write("wire.jsonl", """
            {"id": "w1", "title": "Port talks resume", "date": "2019-03-04", "text": "Officials said on Monday that talks would resume. \\"We are ready,\\" Minister Ana Lopes told reporters."}
            not json
            """)
        try fixture.write("photo.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01])
        try fixture.settle()
        return fixture
    }

    /// Every file modified an hour ago, as files are once they have settled.
    func settle() throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) {
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)],
                                                  ofItemAtPath: directory.appendingPathComponent(name).path)
        }
    }
}
