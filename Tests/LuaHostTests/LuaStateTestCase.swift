import LuaHost
import XCTest

/// A fresh LuaState per test, and the invariant every test must keep: a balanced stack.
class LuaStateTestCase: XCTestCase {
    var lua: LuaState!

    override func setUpWithError() throws {
        lua = try LuaState()
    }

    override func tearDown() {
        XCTAssertEqual(lua.top, 0, "the stack must be balanced after every test")
        lua = nil
    }
}
