import Corpus
import LedeKit
import LuaHost
import XCTest

/// The actor and claim tables in Lua are linked: fields hold tables, not ids.
final class CorpusLinkTests: XCTestCase {
    func session() throws -> Session {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lede-links-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
        try Data("""
            Ministers meet in Oslo over fishing rights

            Norwegian Fisheries Minister Ola Brekke met his Icelandic counterpart on Monday.

            “We will not give up the northern grounds,” Brekke told reporters. The talks covered 200 nautical miles of sea.
            """.utf8).write(to: directory.appendingPathComponent("a.txt"))
        try Data("""
            Fishing talks end in Oslo

            “We will not give up the northern grounds,” Norway's fisheries minister Ola Brekke said on Tuesday.
            """.utf8).write(to: directory.appendingPathComponent("b.txt"))
        return try Session(corpus: Corpus.load(paths: [directory.path]))
    }

    func testActorsAreListedIndexedByIdAndFoundByAlias() throws {
        let session = try session()
        XCTAssertEqual(try session.run(.code("""
            local a = actor("BREKKE")
            return a.id, actors["ola-brekke"] == a, a.affiliation.name, a.type, #a.articles, a.articles[1].id, a.mentions[1].article.id
            """)), ["ola-brekke", true, "Norway", "person", 2, "a", "a"])
        XCTAssertEqual(try session.run(.code("return actor('nobody at all')")), [.nil])
        XCTAssertThrowsError(try session.run(.code("return actor(42)")))
    }

    func testClaimsLinkSpeakerArticleQuantitiesAndCorroboration() throws {
        let session = try session()
        XCTAssertEqual(try session.run(.code("""
            local c = claims[1]
            return #claims, c.speaker.name, c.article.id, c.cue, c.addressee_text, c.kind, c.corroborated_by[1].article.id,
                   #actor("Brekke").claims, #articles[1].claims
            """)), [2, "Ola Brekke", "a", "told", "reporters", "direct", "b", 2, 1])
        XCTAssertEqual(try session.run(.code("return #quantities, quantities[1].unit, quantities[1].article.id")),
                       [1, "nautical mile", "a"])
        // Neither article names its outlet: two unknown sources, no known outlet.
        XCTAssertEqual(try session.run(.code("local q = quotes() return #q, q[1].outlets, q[1].unknown, #q[1].claims")), [1, 0, 2, 2])
    }

    /// "told the BBC" names an actor, "told reporters" no one; either way the words stay in
    /// `addressee_text`, and `sentence_text` is the sentence to check the claim against.
    func testAddresseeIsTheActorToldAndSentenceTextTheWholeSentence() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lede-addressee-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
        try Data("""
            Quota talks stall

            Norwegian Fisheries Minister Ola Brekke met Icelandic Fisheries Minister Anna Jónsdóttir on Monday. \
            Brekke told Jónsdóttir the quota was final. Later, Brekke told reporters the talks would resume.
            """.utf8).write(to: directory.appendingPathComponent("a.txt"))
        let session = try Session(corpus: Corpus.load(paths: [directory.path]))
        XCTAssertEqual(try session.run(.code("""
            local first, second = claims[1], claims[2]
            return first.addressee.name, first.addressee_text, second.addressee, second.addressee_text, first.sentence_text
            """)), ["Anna Jónsdóttir", "Jónsdóttir", .nil, "reporters", "Brekke told Jónsdóttir the quota was final."])
    }

    /// The addressee is looked for among the mentions in the claim's own article, though the
    /// actor told is mentioned in articles before and after it.
    func testAddresseeIsFoundInItsOwnArticleAmongManyMentions() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lede-addressee-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
        let texts = [
            "a.txt": "Quota row\n\nIcelandic Fisheries Minister Anna Jónsdóttir arrived in Oslo. Jónsdóttir met the press.\n",
            "b.txt": "Quota talks stall\n\nNorwegian Fisheries Minister Ola Brekke met Anna Jónsdóttir on Monday. Brekke told Jónsdóttir the quota was final.\n",
            "c.txt": "Quota deal\n\nAnna Jónsdóttir signed the deal. Jónsdóttir flew home.\n",
        ]
        for (name, text) in texts { try Data(text.utf8).write(to: directory.appendingPathComponent(name)) }
        let session = try Session(corpus: Corpus.load(paths: [directory.path]))
        XCTAssertEqual(try session.run(.code("""
            local told = {}
            for _, c in ipairs(claims) do if c.addressee then told[#told + 1] = c.article.id .. ":" .. c.addressee.name end end
            return #actor("Jónsdóttir").articles, table.concat(told, ",")
            """)), [3, "b:Anna Jónsdóttir"])
    }
}
