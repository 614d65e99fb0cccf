/// The limits of one run, as the user gave them: they go into the messages of the
/// failures they cause, so that the user sees which option stopped the run.
public struct RunLimits: Sendable, Equatable {
    /// Wall-clock seconds for the whole run, reading the corpus included; nil: none.
    public var timeout: Double?
    /// Megabytes the Lua heap may hold; nil: none.
    public var memory: Int?

    public init(timeout: Double? = nil, memory: Int? = nil) {
        self.timeout = timeout
        self.memory = memory
    }

    /// A number of seconds as the user would have typed it: `2`, not `2.0`.
    public static func seconds(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
