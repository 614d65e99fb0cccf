import CLua
import CLuaShim
import Foundation

/// One Lua interpreter, owned by Swift.
///
/// All calls into Lua code go through a protected call with a traceback handler, so a Lua
/// error always comes back as a thrown `LuaError`. Every public method leaves the stack
/// as it found it.
public final class LuaState {
    public let pointer: OpaquePointer
    let registryIndex: Int32 = lede_registryindex()
    private let budget: UnsafeMutablePointer<lede_budget>
    /// Calls into Lua in progress: a stop (Ctrl-C, deadline, memory, os.exit) ends the
    /// outermost one, then is cleared.
    private var callDepth = 0

    /// Creates a state with the standard libraries open. `memoryLimit` caps the bytes Lua
    /// may allocate while its own code runs (Swift code is never refused memory).
    public init(memoryLimit: Int? = nil) throws(LuaError) {
        budget = .allocate(capacity: 1)
        budget.initialize(to: lede_budget())
        budget.pointee.host_depth = 1
        guard let L = lua_newstate(lede_alloc, budget) else {
            budget.deallocate()
            throw LuaError(.memory, "cannot create a Lua state: out of memory")
        }
        pointer = L
        budget.pointee.main = L
        lede_extraspace(L).pointee = Unmanaged.passUnretained(self).toOpaque()
        luaL_openlibs(L)
        budget.pointee.limit = memoryLimit.map { max(0, $0) } ?? 0
    }

    deinit {
        lede_unwatch_deadline(pointer)
        lua_close(pointer)
        budget.deallocate()
    }

    /// The LuaState that owns `L` (the main state or one of its coroutines).
    static func owner(of L: OpaquePointer) -> LuaState {
        guard let raw = lede_extraspace(L).pointee else {
            preconditionFailure("a lua_State not created by LuaState")
        }
        return Unmanaged<LuaState>.fromOpaque(raw).takeUnretainedValue()
    }

    // MARK: Stack

    /// The number of values on the main stack; zero between calls.
    public var top: Int32 { lua_gettop(pointer) }

    var stack: LuaStack { LuaStack(pointer) }

    func pushReference(_ reference: LuaReference, on L: OpaquePointer) {
        lua_rawgeti(L, registryIndex, lua_Integer(reference.ref))
    }

    func makeReference(at index: Int32, on L: OpaquePointer, type: LuaType) -> LuaReference {
        lua_pushvalue(L, index)
        return LuaReference(state: self, ref: luaL_ref(L, registryIndex), type: type)
    }

    // MARK: Memory

    /// Bytes Lua holds now, and the most it has held.
    public var memoryUsed: Int { budget.pointee.used }
    public var memoryPeak: Int { budget.pointee.peak }

    public var memoryLimit: Int? {
        get { budget.pointee.limit == 0 ? nil : budget.pointee.limit }
        set { budget.pointee.limit = newValue.map { max(1, $0) } ?? 0 }
    }

    // MARK: Time

    /// Stops the Lua code running on the calling thread with a `timeout` error once
    /// `deadline` passes; a script's own `pcall` cannot catch it. Code inside a C or Swift
    /// function, or in a coroutine, is not stopped by this; the caller needs a watchdog.
    /// One state per process can have a deadline (a signal handler can reach only one).
    public func stop(at deadline: ContinuousClock.Instant) {
        lede_watch_deadline(pointer)
        let thread = pthread_self()
        Thread.detachNewThread {
            Thread.sleep(until: deadline)
            // The handler runs on the thread that runs Lua, as Ctrl-C's does.
            pthread_kill(thread, SIGALRM)
        }
    }

    /// Whether the running code has been stopped (Ctrl-C, a limit, os.exit) and is on its
    /// way out. Safe to read from any thread.
    public var isStopped: Bool { budget.pointee.stop != LEDE_STOP_NONE }

    /// Ends the running script as `os.exit` would, with `code`, once control is back in
    /// Lua code; a `pcall` in the script cannot catch it.
    public func requestExit(code: Int32) {
        budget.pointee.exit_code = code
        lede_stop(pointer, Int32(LEDE_STOP_EXIT))
    }

    // MARK: Globals

    public func global(_ name: String) -> LuaValue {
        lua_getglobal(pointer, name)
        defer { lua_settop(pointer, -2) }
        return stack.value(at: -1)
    }

    public func setGlobal(_ name: String, _ value: LuaValue) {
        stack.push(value)
        lua_setglobal(pointer, name)
    }

    public func setGlobal(_ name: String, function body: @escaping LuaFunctionBody) {
        pushFunction(body, on: pointer)
        lua_setglobal(pointer, name)
    }

    /// A Lua function that runs `body`: use it as a value in tables or arguments.
    public func function(_ body: @escaping LuaFunctionBody) -> LuaValue {
        pushFunction(body, on: pointer)
        defer { lua_settop(pointer, -2) }
        return stack.value(at: -1)
    }

    // MARK: Running code

    /// Compiles `code` (text only: binary chunks are refused) into a function.
    public func load(_ code: String, chunkName: String) throws(LuaError) -> LuaReference {
        var code = code
        let status = code.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                lede_loadbuffer(pointer, chars.baseAddress, chars.count, chunkName, "t")
            }
        }
        return try compiledChunk(status: status)
    }

    /// Compiles a script file as `lua` does: a first line starting with `#` is skipped and
    /// a UTF-8 BOM ignored. With `path` nil, reads standard input (chunk name `stdin`).
    public func loadFile(_ path: String?) throws(LuaError) -> LuaReference {
        return try compiledChunk(status: luaL_loadfilex(pointer, path, "t"))
    }

    /// After a load: the compiled function, or the error, taken off the stack either way.
    private func compiledChunk(status: Int32) throws(LuaError) -> LuaReference {
        defer { lua_settop(pointer, -2) }
        guard status == LUA_OK else {
            throw error(status: status, value: stack.string(at: -1) ?? "(error object is not a string)")
        }
        return makeReference(at: -1, on: pointer, type: .function)
    }

    /// Calls `function` with `arguments` in protected mode and returns all its results.
    @discardableResult
    public func call(_ function: LuaValue, _ arguments: [LuaValue] = []) throws(LuaError) -> [LuaValue] {
        let L = pointer
        let base = lua_gettop(L)
        callDepth += 1
        defer {
            lua_settop(L, base)
            callDepth -= 1
            if callDepth == 0, budget.pointee.stop != LEDE_STOP_NONE { clearInterrupt() }
        }
        guard lua_checkstack(L, Int32(clamping: arguments.count + 2)) != 0 else {
            throw LuaError(.runtime, "too many arguments (\(arguments.count))")
        }
        lua_pushcclosure(L, lede_traceback_handler, 0)
        stack.push(function)
        for argument in arguments { stack.push(argument) }
        let status = protectedCall(L, arguments: Int32(arguments.count), handler: base + 1)
        guard status == LUA_OK else {
            throw error(status: status, value: stack.string(at: -1) ?? "(error object is not a string)")
        }
        // A stop that came as the last Lua instruction finished (os.exit as the chunk's last
        // call, a deadline during `return f()`) found no instruction left to stop at.
        if budget.pointee.stop != LEDE_STOP_NONE {
            throw error(status: LUA_ERRRUN, value: "")
        }
        // The handler sits at base + 1; the results follow it.
        let top = lua_gettop(L)
        guard top >= base + 2 else { return [] }
        return ((base + 2)...top).map { stack.value(at: $0) }
    }

    /// Compiles and runs `code`, returning its results.
    @discardableResult
    public func run(_ code: String, chunkName: String, arguments: [LuaValue] = []) throws(LuaError) -> [LuaValue] {
        try call(.reference(load(code, chunkName: chunkName)), arguments)
    }

    /// Runs a protected call with the host's allocation grace lifted, so Lua code is held to
    /// the memory limit while Swift code is not.
    func protectedCall(_ L: OpaquePointer, arguments: Int32, handler: Int32) -> Int32 {
        let savedDepth = budget.pointee.host_depth
        budget.pointee.host_depth = 0
        defer { budget.pointee.host_depth = savedDepth }
        return lede_pcall(L, arguments, LUA_MULTRET, handler)
    }

    func enterHost() { budget.pointee.host_depth += 1 }
    func leaveHost() { budget.pointee.host_depth -= 1 }
    var hostExceededLimit: Bool {
        budget.pointee.limit != 0 && budget.pointee.used > budget.pointee.limit
    }

    private func error(status: Int32, value: String) -> LuaError {
        if let stopped = stoppedError(status: status, value: value) { return stopped }
        switch status {
        case LUA_ERRSYNTAX:
            return LuaError(.syntax, value)
        case LUA_ERRERR + 1:  // LUA_ERRFILE, a macro Swift cannot import
            return LuaError(.file, value)
        case LUA_ERRMEM:
            return LuaError(.memory, value)
        default:
            let (message, traceback) = Self.splitTraceback(value)
            return LuaError(.runtime, message, traceback: traceback)
        }
    }

    /// The error of a run stopped from outside the script (Ctrl-C, the deadline, the memory
    /// limit, os.exit), whatever error the script raised on its way out: it says where the
    /// script was when it was stopped.
    private func stoppedError(status: Int32, value: String) -> LuaError? {
        let kind: LuaError.Kind
        switch budget.pointee.stop {
        case Int32(LEDE_STOP_INTERRUPT): kind = .interrupted
        case Int32(LEDE_STOP_TIME): kind = .timeout
        case Int32(LEDE_STOP_MEMORY): kind = .memory
        case Int32(LEDE_STOP_EXIT): kind = .exit(budget.pointee.exit_code)
        default:
            // A refusal Lua raised at once, without the collection and retry that mark it.
            guard status == LUA_ERRMEM, budget.pointee.limit != 0 else { return nil }
            kind = .memory
        }
        let place = withUnsafeBytes(of: budget.pointee.where) { bytes in
            String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
        }
        let reason: String
        switch kind {
        case .interrupted: reason = "interrupted!"
        case .timeout: reason = "time limit reached"
        case .memory: reason = budget.pointee.limit == 0 ? "not enough memory" : "memory limit reached"
        default: reason = "os.exit called"
        }
        let traceback = Self.splitTraceback(value).traceback
        return LuaError(kind, place.isEmpty ? reason : "\(place): \(reason)", traceback: traceback)
    }

    static func splitTraceback(_ text: String) -> (message: String, traceback: String?) {
        guard let range = text.range(of: "\nstack traceback:", options: .backwards) else { return (text, nil) }
        return (String(text[..<range.lowerBound]), String(text[text.index(after: range.lowerBound)...]))
    }

    // MARK: Interrupts

    /// Stops the running Lua code at its next instruction with an `interrupted` error.
    public func interrupt() { lede_request_interrupt(pointer) }

    /// Clears a pending interrupt or exit; call after the stopped call has returned.
    public func clearInterrupt() { lede_cancel_interrupt(pointer) }

    /// While `body` runs, SIGINT interrupts Lua code instead of ending the process.
    public func catchingInterrupts<T, Failure: Error>(_ body: () throws(Failure) -> T) throws(Failure) -> T {
        lede_catch_sigint(pointer)
        defer { lede_catch_sigint(nil) }
        return try body()
    }
}

/// C's standard output, where Lua's `print` and `io.write` write (and Swift's `print`).
public enum StandardOutput {
    /// Writes what is buffered; returns the error of any write that failed since the last
    /// flush, or nil.
    public static func flush() -> String? {
        switch lede_flush_stdout(0) {
        case 0: return nil
        case -1: return "a write to it failed"
        case let error: return String(cString: strerror(error))
        }
    }

    /// Drops what is buffered without writing it.
    public static func discard() {
        _ = lede_flush_stdout(1)
    }
}

extension Thread {
    /// Sleeps the calling thread until `instant`.
    public static func sleep(until instant: ContinuousClock.Instant) {
        let remaining = ContinuousClock.now.duration(to: instant)
        guard remaining > .zero else { return }
        sleep(forTimeInterval: remaining.seconds)
    }
}

extension Duration {
    /// The duration in seconds, as a floating-point number.
    public var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
