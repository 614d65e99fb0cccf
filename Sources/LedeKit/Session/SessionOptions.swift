import LuaHost

/// How a session's scripts are confined.
public struct SessionOptions {
    /// Where `write`, `csv`, `markdown` and `json` may write.
    public var writes: WritePolicy
    /// nil: the whole of Lua's standard library.
    public var sandbox: Sandbox?
    /// Bytes the Lua heap may hold, the corpus tables included; nil for no limit.
    public var memoryLimit: Int?
    /// The global `params` (`--param key=value`).
    public var params: [String: LuaValue]

    public init(writes: WritePolicy = .anywhere, sandbox: Sandbox? = nil, memoryLimit: Int? = nil,
                params: [String: LuaValue] = [:]) {
        self.writes = writes
        self.sandbox = sandbox
        self.memoryLimit = memoryLimit
        self.params = params
    }
}
