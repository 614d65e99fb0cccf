import LuaHost
import XCTest

struct CallbackFailure: Error, CustomStringConvertible {
    var description: String { "the callback failed" }
}

final class LuaErrorTests: LuaStateTestCase {
    private func error(running code: String, chunk: String = "=script") -> LuaError? {
        do {
            try lua.run(code, chunkName: chunk)
            return nil
        } catch {
            return error
        }
    }

    func testSyntaxError() throws {
        let error = try XCTUnwrap(error(running: "x = = 1"))
        XCTAssertEqual(error.kind, .syntax)
        XCTAssertEqual(error.message, "script:1: unexpected symbol near '='")
        XCTAssertNil(error.traceback)
        XCTAssertEqual(error.location?.chunk, "script")
        XCTAssertEqual(error.location?.line, 1)
    }

    func testIncompleteChunkEndsInEOF() throws {
        XCTAssertTrue(try XCTUnwrap(error(running: "for i = 1, 3 do")).message.hasSuffix("<eof>"))
    }

    func testRuntimeErrorHasMessageAndTraceback() throws {
        let error = try XCTUnwrap(error(running: "local function f()\n  error('boom')\nend\nf()", chunk: "@report.lua"))
        XCTAssertEqual(error.kind, .runtime)
        XCTAssertEqual(error.message, "report.lua:2: boom")
        XCTAssertEqual(error.location?.line, 2)
        let traceback = try XCTUnwrap(error.traceback)
        XCTAssertTrue(traceback.hasPrefix("stack traceback:"))
        XCTAssertTrue(traceback.contains("report.lua:2: in"))
        XCTAssertTrue(traceback.contains("report.lua:4: in main chunk"))
    }

    func testNonStringErrorObjects() throws {
        XCTAssertEqual(error(running: "error({})")?.message, "(error object is a table value)")
        XCTAssertEqual(error(running: "error(setmetatable({}, {__tostring = function() return 'custom' end}))")?.message,
                       "custom")
        XCTAssertEqual(error(running: "error(42, 0)")?.message, "42")
    }

    func testSwiftCallbackErrorBecomesLuaErrorAtTheCallersLine() throws {
        lua.setGlobal("fail", function: { _ in throw CallbackFailure() })
        let error = try XCTUnwrap(error(running: "local x = 1\nfail()", chunk: "@r.lua"))
        XCTAssertEqual(error.kind, .runtime)
        XCTAssertEqual(error.message, "r.lua:2: the callback failed")
        XCTAssertTrue(error.traceback?.contains("r.lua:2: in main chunk") ?? false)
    }

    func testBadArgumentWording() throws {
        lua.setGlobal("csv", function: { call in
            guard case .reference(let rows) = call[1], rows.type == .table else {
                throw LuaRaise.badArgument(1, to: "csv", "table expected, got \(call[1].type.name)")
            }
            return []
        })
        XCTAssertEqual(error(running: "csv(3)")?.message, "script:1: bad argument #1 to 'csv' (table expected, got number)")
        XCTAssertEqual(error(running: "csv()")?.message, "script:1: bad argument #1 to 'csv' (table expected, got nil)")
    }

    func testLuaPcallCatchesSwiftErrors() throws {
        lua.setGlobal("fail", function: { _ in throw CallbackFailure() })
        XCTAssertEqual(try lua.run("return pcall(function() fail() end)", chunkName: "=t"), [false, "t:1: the callback failed"])
        // Called by pcall itself, a C function, there is no Lua line to name: as with Lua's own functions.
        XCTAssertEqual(try lua.run("return pcall(fail)", chunkName: "=t"), [false, "the callback failed"])
    }

    func testSwiftCallbackArgumentsAndResults() throws {
        lua.setGlobal("swap", function: { call in [call[2], call[1], .integer(Int64(call.arguments.count))] })
        XCTAssertEqual(try lua.run("return swap('a', 'b')", chunkName: "=t"), ["b", "a", 2])
        XCTAssertEqual(try lua.run("return swap()", chunkName: "=t"), [.nil, .nil, 0])
    }

    func testSwiftCallbackCallingLuaThatFails() throws {
        lua.setGlobal("apply", function: { call in try call.call(call[1], [call[2]]) })
        XCTAssertEqual(try lua.run("return apply(function(x) return x * 2 end, 21)", chunkName: "=t"), [42])
        let error = try XCTUnwrap(error(running: "apply(function() error('inner') end)"))
        // The inner error keeps its own position; no second position is added.
        XCTAssertEqual(error.message, "script:1: inner")
    }

    func testSwiftCallbackInsideCoroutine() throws {
        lua.setGlobal("twice", function: { call in [.integer((call[1].integerValue ?? 0) * 2)] })
        lua.setGlobal("fail", function: { _ in throw CallbackFailure() })
        XCTAssertEqual(try lua.run("""
            local co = coroutine.wrap(function(x) local y = coroutine.yield(twice(x)) return twice(y) end)
            return co(5), co(7), select(2, coroutine.resume(coroutine.create(fail)))
            """, chunkName: "=t"), [10, 14, "the callback failed"])
    }

    func testStackBalancedAfterErrorsAndCalls() throws {
        lua.setGlobal("fail", function: { _ in throw CallbackFailure() })
        for code in ["return 1, 2, 3", "error('x')", "x = = 1", "fail()", "return {1, {2}}"] {
            _ = try? lua.run(code, chunkName: "=t")
            XCTAssertEqual(lua.top, 0, code)
        }
        _ = lua.global("fail")
        lua.setGlobal("y", 1)
        XCTAssertEqual(lua.top, 0)
    }

    func testFailingCallbackDoesNotLeak() throws {
        lua.setGlobal("fail", function: { _ in throw CallbackFailure() })
        let loop = try lua.load("for i = 1, 100000 do pcall(fail, i, 'argument', {}) end collectgarbage()", chunkName: "=t")
        try lua.call(.reference(loop))  // warm up allocator pools
        let luaBefore = lua.memoryUsed
        let residentBefore = residentBytes()
        for _ in 1...3 { try lua.call(.reference(loop)) }
        let luaGrowth = lua.memoryUsed - luaBefore
        let residentGrowth = residentBytes() - residentBefore
        // 300,000 failing calls; a leak of even one small object each would be megabytes.
        XCTAssertLessThan(luaGrowth, 64 * 1024, "Lua heap grew by \(luaGrowth) bytes")
        XCTAssertLessThan(residentGrowth, 4 * 1024 * 1024, "resident memory grew by \(residentGrowth) bytes")
    }

    func testMemoryLimitStopsAScriptAndTheStateStaysUsable() throws {
        lua.memoryLimit = lua.memoryUsed + 2 * 1024 * 1024
        let error = try XCTUnwrap(error(running: "local t = {} for i = 1, 1e8 do t[i] = i end"))
        XCTAssertEqual(error.kind, .memory)
        XCTAssertEqual(error.message, "script:1: memory limit reached")
        try lua.run("collectgarbage()", chunkName: "=t")
        XCTAssertEqual(try lua.run("return 1 + 1", chunkName: "=t"), [2])
    }

    func testMemoryLimitReachedInsideASwiftCallbackIsRaisedAfterIt() throws {
        lua.setGlobal("big", function: { _ in [.string(String(repeating: "x", count: 4 * 1024 * 1024))] })
        lua.memoryLimit = lua.memoryUsed + 1024 * 1024
        let error = try XCTUnwrap(error(running: "local s = big()"))
        XCTAssertEqual(error.kind, .memory)
        XCTAssertEqual(error.message, "script:1: memory limit reached")
        lua.memoryLimit = nil
        XCTAssertEqual(try lua.run("return 2", chunkName: "=t"), [2])
    }

    func testInterruptStopsALoopThatCatchesErrors() throws {
        let state = lua!
        let timer = DispatchWorkItem { state.interrupt() }
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.2, execute: timer)
        let error = try XCTUnwrap(error(running: "while true do pcall(function() while true do end end) end"))
        XCTAssertEqual(error.kind, .interrupted)
        lua.clearInterrupt()
        XCTAssertEqual(try lua.run("return 'still here'", chunkName: "=t"), ["still here"])
    }
}

final class LuaLimitTests: LuaStateTestCase {
    private func error(running code: String) -> LuaError? {
        do {
            try lua.run(code, chunkName: "=script")
            return nil
        } catch {
            return error
        }
    }

    func testDeadlineStopsALoopAndSaysWhere() throws {
        lua.stop(at: .now + .milliseconds(100))
        let error = try XCTUnwrap(error(running: "local n = 0\nwhile true do\n  n = n + 1\nend"))
        XCTAssertEqual(error.kind, .timeout)
        XCTAssertTrue(["script:2: time limit reached", "script:3: time limit reached"].contains(error.message), error.message)
        XCTAssertNotNil(error.traceback)
    }

    func testDeadlineCannotBeCaughtByPcallOrByYieldingCoroutines() throws {
        for code in [
            "while true do pcall(function() while true do end end) end",
            "while true do xpcall(function() while true do end end, function(e) return e end) end",
            "local co = coroutine.wrap(function() while true do coroutine.yield() end end) while true do co() end",
            "local ok = pcall(function() while true do end end) return 'escaped'",
        ] {
            lua.stop(at: .now + .milliseconds(50))
            XCTAssertEqual(error(running: code)?.kind, .timeout, code)
        }
        XCTAssertEqual(try lua.run("return 'still usable'", chunkName: "=t"), ["still usable"])
    }

    func testCodeThatFinishesBeforeTheDeadlineIsUntouched() throws {
        lua.stop(at: .now + .seconds(60))
        XCTAssertEqual(try lua.run("local s = 0 for i = 1, 1e5 do s = s + i end return s", chunkName: "=t"), [5000050000])
    }

    func testMemoryLimitCannotBeCaughtByPcall() throws {
        lua.memoryLimit = lua.memoryUsed + 2 * 1024 * 1024
        let code = "local ok = pcall(function() local t = {} for i = 1, 1e8 do t[i] = i end end)\nreturn 'escaped'"
        let error = try XCTUnwrap(error(running: code))
        XCTAssertEqual(error.kind, .memory)
        XCTAssertEqual(error.message, "script:1: memory limit reached")
    }

    func testGarbageDoesNotTripTheMemoryLimit() throws {
        // Far more allocated over time than the limit, little of it live at once.
        lua.memoryLimit = lua.memoryUsed + 4 * 1024 * 1024
        XCTAssertEqual(try lua.run("local n = 0 for i = 1, 2e5 do local t = {i, tostring(i)} n = n + #t end return n", chunkName: "=t"), [400000])
    }

    func testRequestedExitEndsTheRunWithItsCode() throws {
        let state = lua!
        lua.setGlobal("quit", function: { [unowned state] call in
            state.requestExit(code: Int32(call[1].integerValue ?? 0))
            return []
        })
        XCTAssertEqual(error(running: "pcall(quit, 3) print('not reached')")?.kind, .exit(3))
        XCTAssertEqual(error(running: "return quit(0)")?.kind, .exit(0))
        XCTAssertEqual(try lua.run("return 'after'", chunkName: "=t"), ["after"])
    }
}

/// The process's resident set size, from /proc.
func residentBytes() -> Int {
    guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
    let fields = statm.split(separator: " ")
    return fields.count > 1 ? (Int(fields[1]) ?? 0) * Int(sysconf(Int32(_SC_PAGESIZE))) : 0
}
