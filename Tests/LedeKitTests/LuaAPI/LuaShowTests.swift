import LuaHost
import XCTest

/// show() as it prints to a file or a pipe: full text, no colour, every row.
final class LuaShowTests: LuaAPITestCase {
    func testListsOfRecordsAreAlignedTables() throws {
        XCTAssertEqual(try output("show(claims:where{speaker = 'Jonas Meier'})"), """
            id        speaker      kind      content
            --------  -----------  --------  -----------------------------
            zurich:1  Jonas Meier  indirect  fares would rise by 5 percent
            zurich:2  Jonas Meier  direct    Nobody likes higher fares

            """)
        // Numbers are right-aligned.
        XCTAssertEqual(try output("show(claims:count_by('speaker'))"), """
            key          n
            -----------  -
            Ana Souza    4
            Jonas Meier  2
            Green Party  1

            """)
    }

    func testColumnsCanBeChosenNestedOrCounted() throws {
        XCTAssertEqual(try output("show(claims:first(2), {'id', 'speaker.name', '#via', 'addressee'})"), """
            id        speaker.name  #via  addressee
            --------  ------------  ----  ---------
            bridge:1  Ana Souza        0  ∅
            bridge:2  Ana Souza        0  ∅

            """)
        XCTAssertEqual(try output("show(claims, {'id', rows = 2})"), """
            id
            --------
            bridge:1
            bridge:2
            … 5 more rows (7 in all; show(x, {rows = 7}) shows them)

            """)
        XCTAssertEqual(try output("show(list{{name = 'b', n = 2}, {name = 'a', extra = true}})"), """
            extra  n  name
            -----  -  ----
            ∅      2  b
            true   ∅  a

            """)
    }

    func testRecordsShowTheirFields() throws {
        XCTAssertEqual(try output("show(actor('Meier'))"), """
            <actor jonas-meier>
              id        jonas-meier
              name      Jonas Meier
              type      person
              aliases   {"Jonas Meier", "Meier"}
              mentions  <list of 3 mentions>
              articles  <list of 2 articles>
              claims    <list of 2 claims>

            """)
    }

    func testTablesPrintAsLiteralsToADepthWithoutAddresses() throws {
        XCTAssertEqual(try output("show({1, 'a', {b = true}, x = {y = {z = {w = 1}}}})"), "{1, \"a\", {b = true}, x = {y = {z = {…}}}}\n")
        XCTAssertEqual(try output("local t = {name = 'loop'} t.self = t show(t)"), "{name = \"loop\", self = <cycle>}\n")
        XCTAssertEqual(try output("show({who = actor('Meier'), said = claims['zurich:2'], [2.5] = 'x'})"),
                       "{[2.5] = \"x\", said = <claim zurich:2>, who = <actor jonas-meier>}\n")
        XCTAssertEqual(try output("show({})"), "{}\n")
    }

    func testScalarsListsOfValuesAndEmptyLists() throws {
        XCTAssertEqual(try output("show('text') show(1.5) show(2.0) show(7) show(nil) show(true) show(print) show(function() end)"),
                       "text\n1.5\n2\n7\nnil\ntrue\n<function print>\n<function>\n")
        XCTAssertEqual(try output("show(list{'São Paulo', 'Zürich'})"), "São Paulo\nZürich\n")
        XCTAssertEqual(try output("show(claims:where(function() return false end))"), "(empty list)\n")
    }

    func testWideAndCombiningCharactersAlign() throws {
        // "日本" takes four columns on a terminal, "é" written as e + U+0301 takes one.
        XCTAssertEqual(try output("show(list{{a = '日本', b = 1}, {a = 'e\u{301}', b = 2}})"), """
            a     b
            ----  -
            日本  1
            é     2

            """)
    }

    func testShowRefusesBadColumns() throws {
        XCTAssertTrue(try error("show(claims, {'nope'})").hasPrefix("(command line):1: bad argument #2 to 'show' (claims have no field 'nope'"))
        XCTAssertEqual(try error("show(claims, {rows = -5})"), "(command line):1: bad argument #2 to 'show' (rows must be a whole number, 0 or more)")
        XCTAssertEqual(try error("show(claims, 'id')"), "(command line):1: bad argument #2 to 'show' (table of columns expected, got string)")
        XCTAssertEqual(try error("show(claims, {1})"), "(command line):1: bad argument #2 to 'show' (column 1 is a number, not a field name)")
    }

    func testReplDisplaysSeveralValuesOnOneLine() throws {
        let session = try session()
        XCTAssertEqual(try session.display(try session.run(.code("return 1, 'two', actor('Meier').name"))), "1\ttwo\tJonas Meier")
        XCTAssertEqual(try session.display(try session.run(.code("return claims['zurich:2']"))).split(separator: "\n").first,
                       "<claim zurich:2>")
    }
}
