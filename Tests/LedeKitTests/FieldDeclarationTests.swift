import Foundation
import LedeKit
import LuaHost
import SQLite
import XCTest

/// Each record field is declared once, and every place that names fields agrees with the
/// declarations: `help`, the README, Lua's records and writers, and every export format.
final class FieldDeclarationTests: LuaAPITestCase {
    /// The record kind whose records are each export table's rows.
    let tables: [(table: Export.Table, kind: String)] = [
        (.articles, "article"), (.sentences, "sentence"), (.dropped, "dropped"), (.actors, "actor"), (.mentions, "mention"),
        (.claims, "claim"), (.quantities, "quantity"),
    ]

    /// A record of each kind in the API fixtures.
    let records = ["article": "articles[1]", "actor": "actors[2]", "claim": "claims[1]", "quantity": "quantities[1]",
                   "mention": "actors[1].mentions[1]", "sentence": "articles[1].sentences[2]", "dropped": "articles[1].dropped[1]",
                   "span": "articles[1].paragraph_spans[1]"]

    func kind(_ name: String) throws -> APIReference.Kind {
        try XCTUnwrap(APIReference.kinds.first { $0.name == name }, name)
    }

    func columns(_ name: String) throws -> [String] {
        try kind(name).fields.filter(\.exported).map(\.name)
    }

    func testEveryFieldIsInHelpAndTheReadme() throws {
        let readme = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md"), encoding: .utf8)
        let s = try session()
        for kind in APIReference.kinds {
            // `help("actor")` explains the function; a record's help lists its kind's fields.
            let help = try output("help(\(records[kind.name] ?? "'\(kind.name)'"))", session: s)
            let section = try XCTUnwrap(readme.range(of: "**\(kind.name)**: \(kind.summary)\n"), kind.name)
            let sectionEnd = readme.range(of: "\n\n**", range: section.upperBound..<readme.endIndex)?.lowerBound ?? readme.endIndex
            for field in kind.fields {
                XCTAssertTrue(help.contains("\n  \(field.name) "), "help('\(kind.name)') lacks \(field.name)")
                XCTAssertNotNil(readme.range(of: "- `\(field.name)`: ", range: section.upperBound..<sectionEnd),
                                "README lacks \(kind.name).\(field.name)")
            }
        }
    }

    func testEveryExportFormatHasTheDeclaredColumns() throws {
        let corpus = try Self.corpus.get()
        let database = try temporaryDirectory() + "/corpus.db"
        try Export.sqlite(corpus, to: database)
        let sqlite = try Database(path: database, readOnly: true)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(Export.json(corpus).utf8)) as? [String: Any])
        for (table, kind) in tables {
            let columns = try columns(kind)
            XCTAssertFalse(columns.isEmpty, kind)
            let csvHeader = Export.csv(table, corpus).components(separatedBy: "\r\n").first
            XCTAssertEqual(csvHeader, columns.joined(separator: ","), "CSV \(table)")
            let line = try XCTUnwrap(Export.jsonl(table, corpus).split(separator: "\n").first, "JSON Lines \(table) is empty")
            let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            XCTAssertEqual(Set(object.keys), Set(columns), "JSON Lines \(table)")
            let rows = try XCTUnwrap(json[table.rawValue] as? [[String: Any]], "JSON \(table)")
            XCTAssertEqual(rows.first.map { Set($0.keys) }, Set(columns), "JSON \(table)")
            var sqlColumns: [String] = []
            let info = try sqlite.prepare("SELECT name FROM pragma_table_info('\(table.rawValue)') ORDER BY cid")
            while try info.step() { sqlColumns.append(info.text(0) ?? "") }
            XCTAssertEqual(sqlColumns, columns, "SQLite \(table)")
        }
    }

    /// `json(record)` writes a record as the export writes its row, and `csv` the same cells
    /// as the export's CSV.
    func testLuaWritersWriteTheExportsColumnsAndValues() throws {
        let corpus = try Self.corpus.get()
        let s = try session()
        for (table, kind) in tables {
            let expression = try XCTUnwrap(records[kind])
            XCTAssertEqual(try values("return \(expression) ~= nil", session: s).first, .boolean(true), "the fixtures lack \(expression)")
            let lua = try XCTUnwrap(values("return json(\(expression))", session: s).first?.stringValue)
            let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(lua.utf8)) as? NSDictionary, kind)
            let rows = Export.jsonl(table, corpus).split(separator: "\n").compactMap {
                try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? NSDictionary
            }
            XCTAssertTrue(rows.contains(object), "json(\(expression)) is no row of the \(table) export: \(lua)")
            let columns = try columns(kind).map { "'\($0)'" }.joined(separator: ", ")
            let luaCSV = try XCTUnwrap(values("return csv({\(expression)}, {\(columns)})", session: s).first?.stringValue)
            let exportCSV = Export.csv(table, corpus)
            let luaRow = try XCTUnwrap(luaCSV.components(separatedBy: "\r\n").dropFirst().first)
            XCTAssertTrue(exportCSV.components(separatedBy: "\r\n").contains(luaRow), "csv row of \(expression) is no row of the \(table) export: \(luaRow)")
        }
    }
}
