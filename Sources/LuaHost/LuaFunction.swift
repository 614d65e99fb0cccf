import CLua
import CLuaShim

/// The body of a Swift function callable from Lua. It receives the arguments and returns
/// the results; a thrown error becomes a Lua error raised in the caller, after this
/// Swift frame has returned (a Lua error must never unwind across Swift frames).
public typealias LuaFunctionBody = (LuaCall) throws -> [LuaValue]

/// The arguments of one call from Lua into Swift.
public struct LuaCall {
    public let state: LuaState
    public let arguments: [LuaValue]
    /// The thread the call runs on; its stack holds the arguments while the body runs.
    let thread: OpaquePointer

    /// The argument at a 1-based position, or nil when it was not passed.
    public subscript(position: Int) -> LuaValue {
        position >= 1 && position <= arguments.count ? arguments[position - 1] : .nil
    }

    /// A string argument's bytes exactly as Lua holds them (`arguments` repairs bytes that
    /// are not UTF-8); nil when the argument is not a string.
    public func bytes(_ position: Int) -> [UInt8]? {
        guard position >= 1, position <= arguments.count, lua_type(thread, Int32(position)) == LUA_TSTRING else { return nil }
        var length = 0
        guard let chars = lua_tolstring(thread, Int32(position), &length) else { return nil }
        return chars.withMemoryRebound(to: UInt8.self, capacity: length) { Array(UnsafeBufferPointer(start: $0, count: length)) }
    }

    /// Calls a Lua function (usually one passed as an argument) in protected mode.
    public func call(_ function: LuaValue, _ arguments: [LuaValue] = []) throws(LuaError) -> [LuaValue] {
        try state.call(function, arguments)
    }
}

/// An error a Swift function raises in Lua with the text as given (Lua adds the caller's position).
public struct LuaRaise: Error, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }

    /// Lua's own wording for a bad argument: `bad argument #2 to 'csv' (table expected, got nil)`.
    public static func badArgument(_ position: Int, to function: String, _ problem: String) -> LuaRaise {
        LuaRaise("bad argument #\(position) to '\(function)' (\(problem))")
    }
}

final class SwiftFunctionBox {
    let body: LuaFunctionBody
    init(_ body: @escaping LuaFunctionBody) { self.body = body }
}

extension LuaState {
    func pushFunction(_ body: @escaping LuaFunctionBody, on L: OpaquePointer) {
        let box = Unmanaged.passRetained(SwiftFunctionBox(body)).toOpaque()
        lede_pushswiftfunction(L, box, callSwiftFunction, releaseSwiftFunction)
    }

    /// Runs a Swift function for Lua on thread `L`. Returns the number of results pushed;
    /// or, with the error message pushed, -1 (the trampoline adds the caller's position)
    /// or -2 (the message came from Lua code and is raised as it is).
    func invoke(_ box: SwiftFunctionBox, on L: OpaquePointer) -> Int32 {
        enterHost()
        // Under a memory limit, no collection (and so no __gc finalizer, which is Lua code the
        // limit could not stop) runs while Swift holds the state.
        let paused = memoryLimit != nil && lede_gc_pause(L) != 0
        defer {
            if paused { lede_gc_resume(L) }
            leaveHost()
        }
        let stack = LuaStack(L)
        let count = lua_gettop(L)
        let arguments = count == 0 ? [] : (1...count).map { stack.value(at: $0) }
        let message: String
        var status: Int32 = -1
        do {
            let results = try box.body(LuaCall(state: self, arguments: arguments, thread: L))
            if lua_checkstack(L, Int32(clamping: results.count)) == 0 {
                message = "too many results (\(results.count))"
            } else {
                for result in results { stack.push(result) }
                // Allocations made for this call were granted past the limit (see lede_alloc):
                // now that no Swift frame is at risk, the call fails as Lua code would have.
                guard hostExceededLimit else { return Int32(results.count) }
                lede_stop(L, Int32(LEDE_STOP_MEMORY))
                message = "memory limit reached"
            }
        } catch let error as LuaError {
            message = error.message
            status = -2
        } catch {
            message = String(describing: error)
        }
        lua_settop(L, count)
        stack.pushString(message)
        return status
    }
}

private func callSwiftFunction(_ L: OpaquePointer?, _ box: UnsafeMutableRawPointer?) -> Int32 {
    guard let L, let box else { return 0 }
    let function = Unmanaged<SwiftFunctionBox>.fromOpaque(box).takeUnretainedValue()
    return LuaState.owner(of: L).invoke(function, on: L)
}

private func releaseSwiftFunction(_ box: UnsafeMutableRawPointer?) {
    guard let box else { return }
    Unmanaged<SwiftFunctionBox>.fromOpaque(box).release()
}
