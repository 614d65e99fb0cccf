import Corpus
import Foundation
import LedeKit
import LuaHost
import XCTest

/// `csv` and `json` in Lua and `lede export` write one format with one writer: the same
/// bytes for the same records, and the pinned bytes below for the values where writers
/// usually differ (escapes, line breaks inside a field, numbers).
final class LuaExportAgreementTests: LuaAPITestCase {
    /// Text where JSON and CSV writers disagree, in an article's title and text.
    private static let awkward = Article(
        id: "awkward", path: "/c/awkward.txt", title: "Say \"hi\", then\ta tab \\ and a DEL \u{7f}",
        paragraphs: ["A line\r\nbreak, café, U+2028 \u{2028}, a bell \u{7}."])

    private func sessions() throws -> [(name: String, corpus: Corpus)] {
        [("api fixture", try Self.corpus.get()), ("awkward text", Corpus(articles: [Self.awkward]))]
    }

    func testLuaCSVWritesEveryTableAsTheExportDoes() throws {
        for (name, corpus) in try sessions() {
            let session = try Session(corpus: corpus)
            for table in [Export.Table.articles, .actors, .claims, .quantities] {
                let export = Export.csv(table, corpus)
                let columns = export.prefix { $0 != "\r\n" }.split(separator: ",").map { "'\($0)'" }.joined(separator: ", ")
                let lua = try session.run(.code("return csv(\(table.rawValue), {\(columns)})")).first?.stringValue
                XCTAssertEqual(lua, export, "\(name): \(table)")
            }
        }
    }

    func testLuaJSONWritesEveryTableAsTheExportDoes() throws {
        for (name, corpus) in try sessions() {
            let session = try Session(corpus: corpus)
            let export = Export.json(corpus).split(separator: "\n", omittingEmptySubsequences: false)
            for table in [Export.Table.articles, .actors, .claims, .quantities] {
                let lua = try session.run(.code("return json(\(table.rawValue))")).first?.stringValue
                // The export holds the table one level in: `  "claims": [` … `  ]`.
                guard let start = export.firstIndex(where: { $0.hasPrefix("  \"\(table.rawValue)\": [") }) else {
                    XCTFail("\(name): no \(table) in the export")
                    continue
                }
                var lines = [String(export[start].dropFirst("  \"\(table.rawValue)\": ".count).prefix { $0 != "," })]
                if lines[0] == "[" {
                    let end = try XCTUnwrap(export[start...].firstIndex { $0 == "  ]" || $0 == "  ]," })
                    lines += export[(start + 1)...end].map { String($0.dropFirst(2)) }
                    lines[lines.count - 1] = "]"
                }
                XCTAssertEqual(lua, lines.joined(separator: "\n") + "\n", "\(name): \(table)")
            }
        }
    }

    /// Worked out by hand from RFC 8259 and RFC 4180; Swift's and Lua's writers must both
    /// give exactly these.
    func testAwkwardValuesAreWrittenAsPinned() throws {
        let session = try Session(corpus: Corpus(articles: []))
        let strings: [(String, String)] = [
            ("plain", #""plain""#),
            ("say \"hi\" \\ there", #""say \"hi\" \\ there""#),
            ("tab\tline\nreturn\r", #""tab\tline\nreturn\r""#),
            ("bell \u{7} and DEL \u{7f}", "\"bell \\u0007 and DEL \u{7f}\""),
            ("café \u{2028}", "\"café \\u2028\""),
        ]
        for (value, pinned) in strings {
            XCTAssertEqual(JSONValue.quoted(value), pinned)
            let lua = try session.run(.code("return json(...)"), arguments: [value]).first?.stringValue
            XCTAssertEqual(lua, pinned + "\n", "Lua json of \(value.debugDescription)")
        }
        let numbers: [(lua: String, swift: Double, pinned: String)] = [
            ("3", 3, "3"), ("3.0", 3, "3"), ("0.1", 0.1, "0.1"), ("0.1 + 0.2", 0.1 + 0.2, "0.30000000000000004"),
            ("-0.0", -0.0, "0"), ("1e20", 1e20, "1e+20"), ("1e-7", 1e-7, "1e-07"),
            ("1234567890123456.0", 1234567890123456.0, "1234567890123456"), ("1e15", 1e15, "1000000000000000"),
            ("2.0^60", 0x1p60, "1.152921504606847e+18"), ("1/0", .infinity, "null"),
        ]
        for number in numbers {
            XCTAssertEqual(JSONValue.text(of: number.swift), number.pinned)
            let lua = try session.run(.code("return json(\(number.lua))")).first?.stringValue
            XCTAssertEqual(lua, number.pinned + "\n", "Lua json of \(number.lua)")
        }
        let fields: [(String, String)] = [
            ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"x\"", "\"say \"\"x\"\"\""),
            ("line\r\nbreak", "\"line\r\nbreak\""), ("line\nbreak", "\"line\nbreak\""),
        ]
        for (value, pinned) in fields {
            XCTAssertEqual(CSV.field(value), pinned)
            let lua = try session.run(.code("return csv(list{{a = ...}}, {'a'})"), arguments: [value]).first?.stringValue
            XCTAssertEqual(lua, "a\r\n" + pinned + "\r\n", "Lua csv of \(value.debugDescription)")
        }
    }
}
