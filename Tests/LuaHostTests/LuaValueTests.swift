import LuaHost
import XCTest

final class LuaValueTests: LuaStateTestCase {
    /// Pushes `value` into Lua as the global `v`, then reads it back.
    private func roundTrip(_ value: LuaValue) -> LuaValue {
        lua.setGlobal("v", value)
        XCTAssertEqual(lua.top, 0)
        return lua.global("v")
    }

    func testScalarsRoundTrip() {
        for value: LuaValue in [.nil, true, false, 0, 42, -7, .integer(.max), .integer(.min), 1.5, -0.25, .number(.infinity)] {
            XCTAssertEqual(roundTrip(value), value)
        }
    }

    func testIntegersAndFloatsStayDistinct() throws {
        XCTAssertEqual(try lua.run("return 3, 3.0, 2^53", chunkName: "=t"), [.integer(3), .number(3), .number(9007199254740992)])
        XCTAssertEqual(try lua.run("return math.type(...)", chunkName: "=t", arguments: [.integer(3)]), ["integer"])
        XCTAssertEqual(try lua.run("return math.type(...)", chunkName: "=t", arguments: [.number(3)]), ["float"])
    }

    func testStringsKeepEveryByte() throws {
        for text in ["", "plain", "Ben-Shabbat — “quoted” ‘single’", "a\u{0}b", "emoji 🇮🇱🇷🇺"] {
            XCTAssertEqual(roundTrip(.string(text)), .string(text))
        }
        // Lua sees bytes: the length is the UTF-8 length.
        XCTAssertEqual(try lua.run("return #...", chunkName: "=t", arguments: ["é"]), [2])
        XCTAssertEqual(try lua.run("return #...", chunkName: "=t", arguments: ["a\u{0}b"]), [3])
    }

    func testTablesRoundTripAsCopies() throws {
        let table = LuaTable(
            array: ["a", 2, .table(LuaTable(array: [true]))],
            fields: ["name": "Lavrov", 10: 1.5, .boolean(true): "yes", "nested": .table(LuaTable(fields: ["x": 1]))]
        )
        guard case .reference(let reference) = roundTrip(.table(table)) else {
            return XCTFail("a table reads back as a reference")
        }
        XCTAssertEqual(reference.type, .table)
        XCTAssertEqual(try reference.table(), table)
        XCTAssertEqual(try lua.run("return #v, v[3][1], v.name, v[10], v[true], v.nested.x", chunkName: "=t"),
                       [3, true, "Lavrov", 1.5, "yes", 1])
    }

    func testEmptyTable() throws {
        guard case .reference(let reference) = roundTrip(.table(LuaTable())) else { return XCTFail() }
        XCTAssertEqual(try reference.table(), LuaTable())
    }

    func testCyclicTableIsAConversionError() throws {
        guard case .reference(let reference) = try lua.run("local t = {} t.self = t return t", chunkName: "=t")[0] else {
            return XCTFail()
        }
        XCTAssertThrowsError(try reference.table()) { error in
            XCTAssertEqual((error as? LuaError)?.kind, .conversion)
        }
    }

    func testTableKeyedByTableIsAConversionError() throws {
        guard case .reference(let reference) = try lua.run("return {[{}] = 1}", chunkName: "=t")[0] else {
            return XCTFail()
        }
        XCTAssertThrowsError(try reference.table()) { error in
            XCTAssertEqual((error as? LuaError)?.kind, .conversion)
            XCTAssertTrue((error as? LuaError)?.message.contains("key of type table") ?? false)
        }
    }

    func testFunctionsUserdataAndThreadsComeBackAsReferences() throws {
        let values = try lua.run("return print, io.stdout, coroutine.create(function() end)", chunkName: "=t")
        XCTAssertEqual(values.map(\.type), [.function, .userdata, .thread])
        // A reference pushed back is the same Lua object.
        XCTAssertEqual(try lua.run("return ... == print, select(2, ...) == io.stdout", chunkName: "=t", arguments: values),
                       [true, true])
        XCTAssertEqual(values[0], values[0])
        XCTAssertNotEqual(values[0], values[1])
    }

    func testLuaFunctionCalledFromSwift() throws {
        let add = try lua.run("return function(a, b) return a + b, a * b end", chunkName: "=t")[0]
        XCTAssertEqual(try lua.call(add, [3, 4]), [7, 12])
    }

    func testLightUserdataRoundTrip() {
        let pointer = UnsafeMutableRawPointer(bitPattern: 0x1234)!
        XCTAssertEqual(roundTrip(.lightUserdata(pointer)), .lightUserdata(pointer))
        XCTAssertEqual(LuaValue.lightUserdata(pointer).type, .lightUserdata)
    }

    func testReferencesKeepObjectsAliveAfterTheGlobalIsGone() throws {
        let function = try lua.run("return function() return 'alive' end", chunkName: "=t")[0]
        try lua.run("collectgarbage() collectgarbage()", chunkName: "=t")
        XCTAssertEqual(try lua.call(function), ["alive"])
    }
}
