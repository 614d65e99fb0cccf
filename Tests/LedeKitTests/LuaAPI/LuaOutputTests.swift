import Foundation
import LedeKit
import LuaHost
import XCTest

/// csv, markdown, json and write: text when no path is given, an atomic file when one is.
final class LuaOutputTests: LuaAPITestCase {
    func testCSVQuotesOnlyWhatNeedsIt() throws {
        let s = try session()
        XCTAssertEqual(try values("return csv(claims:first(2), {'id', 'speaker', 'content'})", session: s),
                       ["id,speaker,content\r\nbridge:1,ana-souza,a new bridge for São Paulo\r\nbridge:2,ana-souza,the city would build a 2 kilometre bridge over the Tietê river\r\n"])
        // A link is written as the export writes it, by id; a dotted column gives the name.
        XCTAssertEqual(try values("return csv(claims:first(1), {'speaker.name', 'speaker'})", session: s),
                       ["speaker.name,speaker\r\nAna Souza,ana-souza\r\n"])
        XCTAssertEqual(try values(#"return csv(list{{a = 'say "hi", ok', b = 'line\nbreak', c = 1.5}}, {'a', 'b', 'c', 'd'})"#, session: s),
                       ["a,b,c,d\r\n\"say \"\"hi\"\", ok\",\"line\nbreak\",1.5,\r\n"])
        XCTAssertEqual(try values("return csv(articles, {'id', 'actors'})", session: s),
                       [.string("id,actors\r\nbridge,\"[\"\"ana-souza\"\",\"\"workers-party\"\"]\"\r\nlisbon,\"[\"\"ana-souza\"\",\"\"jonas-meier\"\"]\"\r\n"
                        + "zurich,\"[\"\"jonas-meier\"\",\"\"green-party\"\"]\"\r\n")])
        XCTAssertEqual(try values("return csv(list(), {'a'})", session: s), ["a\r\n"])
        XCTAssertEqual(try error("csv(5)", session: s), "(command line):1: bad argument #1 to 'csv' (list of rows expected, got number)")
        XCTAssertEqual(try error("csv({1})", session: s), "(command line):1: bad argument #1 to 'csv' (row 1 is a number, not a table)")
    }

    func testMarkdownAlignsAndEscapes() throws {
        XCTAssertEqual(try values("return markdown(claims:count_by('speaker'))"), ["""
            | key         |   n |
            | ----------- | --: |
            | Ana Souza   |   4 |
            | Jonas Meier |   2 |
            | Green Party |   1 |

            """])
        XCTAssertEqual(try values("return markdown(list{{a = 'x|y'}})"), ["| a    |\n| ---- |\n| x\\|y |\n"])
    }

    func testJSONSortsKeysAndWritesLinksAsIds() throws {
        let s = try session()
        XCTAssertEqual(try values("return json({b = 1, a = {true, 'x'}, c = 1.5, d = list()})", session: s),
                       ["{\n  \"a\": [\n    true,\n    \"x\"\n  ],\n  \"b\": 1,\n  \"c\": 1.5,\n  \"d\": []\n}\n"])
        XCTAssertEqual(try values(#"return json('a"b\n\1é')"#, session: s), ["\"a\\\"b\\n\\u0001é\"\n"])
        XCTAssertEqual(try values("return json(0.1), json(1e300), json(0/0), json(nil)", session: s), ["0.1\n", "1e+300\n", "null\n", "null\n"])
        let text = try values("return json(claims['zurich:2'])", session: s).first?.stringValue ?? ""
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        XCTAssertEqual(object["article"] as? String, "zurich")
        XCTAssertEqual(object["speaker"] as? String, "jonas-meier")
        XCTAssertEqual(object["content"] as? String, "Nobody likes higher fares")
        XCTAssertEqual((object["via"] as? [Any])?.count, 0)
        XCTAssertTrue(object["addressee"] is NSNull, "a missing value is null, as in the export")
        XCTAssertNil(object["sentence_text"], "only the export's columns")
        // A list of records is written in full; the records they link to, as ids.
        let list = try XCTUnwrap(JSONSerialization.jsonObject(with: Data((try values("return json(actor('Meier').claims)", session: s)
            .first?.stringValue ?? "").utf8)) as? [[String: Any]])
        XCTAssertEqual(list.map { $0["id"] as? String }, ["zurich:1", "zurich:2"])
        XCTAssertEqual(try error("local t = {} t.t = t json(t)", session: s),
                       "(command line):1: json: cannot encode a table that contains itself (at $.t)")
        XCTAssertEqual(try error("json({f = print})", session: s), "(command line):1: json: cannot encode a function (at $.f)")
        XCTAssertEqual(try error("json({[1] = 'a', ['1'] = 'b', x = 1})", session: s),
                       "(command line):1: json: two keys are both written \"1\" (at $)")
    }

    func testWritersWriteWholeFilesAtomically() throws {
        let directory = try temporaryDirectory()
        let s = try session()
        // With a path, each writes the file and returns nothing.
        XCTAssertEqual(try values("""
            return select('#', csv(claims, {'id'}, '\(directory)/claims.csv')), select('#', markdown(claims, {'id'}, '\(directory)/claims.md')),
                   select('#', json(actors:pluck('id'), '\(directory)/actors.json')), select('#', write('\(directory)/note.txt', 'seen ' .. #claims))
            """, session: s), [0, 0, 0, 0])
        XCTAssertEqual(try String(contentsOfFile: directory + "/claims.csv", encoding: .utf8),
                       "id\r\nbridge:1\r\nbridge:2\r\nbridge:3\r\nlisbon:1\r\nzurich:1\r\nzurich:2\r\nzurich:3\r\n")
        XCTAssertEqual(try String(contentsOfFile: directory + "/actors.json", encoding: .utf8),
                       "[\n  \"ana-souza\",\n  \"workers-party\",\n  \"jonas-meier\",\n  \"green-party\"\n]\n")
        XCTAssertEqual(try String(contentsOfFile: directory + "/note.txt", encoding: .utf8), "seen 7")
        // Bytes that are not UTF-8 are written as they are.
        try s.run(.code("write('\(directory)/bytes.bin', 'a\\xff\\xfeb')"))
        XCTAssertEqual(Array(try Data(contentsOf: URL(fileURLWithPath: directory + "/bytes.bin"))), [0x61, 0xFF, 0xFE, 0x62])
        try FileManager.default.removeItem(atPath: directory + "/bytes.bin")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory).sorted(),
                       ["actors.json", "claims.csv", "claims.md", "note.txt"])
    }

    func testAFailedWriteLeavesNothingAndTheOldFileWhole() throws {
        let directory = try temporaryDirectory()
        try "old".write(toFile: directory + "/kept.txt", atomically: false, encoding: .utf8)
        let s = try session()
        XCTAssertEqual(try error("write('\(directory)/missing/x.txt', 'new')", session: s),
                       "(command line):1: write: cannot write \(directory)/missing/x.txt: No such file or directory")
        // A script that fails halfway through building its text never reaches the file.
        XCTAssertTrue(try error("write('\(directory)/kept.txt', csv(claims, {'id'}) .. error('boom'))", session: s).hasSuffix("boom"))
        XCTAssertEqual(try error("csv(claims, {'id'}, '\(directory)')", session: s).prefix(40),
                       "(command line):1: csv: cannot write \(directory)".prefix(40))
        XCTAssertEqual(try String(contentsOfFile: directory + "/kept.txt", encoding: .utf8), "old")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory), ["kept.txt"])
    }

    func testSandboxWritesOnlyInsideAllowedDirectories() throws {
        let allowed = try temporaryDirectory()
        let elsewhere = try temporaryDirectory()
        let s = try session(writes: WritePolicy(allowedDirectories: [allowed]))
        XCTAssertEqual(try values("write('\(allowed)/ok.txt', 'fine') return 1", session: s), [1])
        for path in ["\(elsewhere)/no.txt", "\(allowed)/../no.txt"] {
            XCTAssertTrue(try error("write('\(path)', 'x')", session: s).contains("outside the directories scripts may write to"), path)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: elsewhere), [])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: allowed), ["ok.txt"])
    }
}
