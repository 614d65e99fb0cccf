/// An error raised by Lua code, by the Lua runtime, or by a Swift function called from Lua.
public struct LuaError: Error, Equatable, CustomStringConvertible, Sendable {
    public enum Kind: Sendable, Equatable {
        /// The chunk did not compile.
        case syntax
        /// Lua code raised an error while running (including errors from Swift functions).
        case runtime
        /// An allocation was refused: out of memory, or past the state's memory limit.
        case memory
        /// The run was stopped from outside with Ctrl-C.
        case interrupted
        /// The state's deadline passed.
        case timeout
        /// The script called `os.exit` with this status.
        case exit(Int32)
        /// A value could not be converted between Lua and Swift.
        case conversion
        /// A script file could not be opened or read.
        case file
    }

    public var kind: Kind
    /// The message as Lua reports it, usually `chunk:line: text`.
    public var message: String
    /// `stack traceback:` and its frames, when the error came from running code.
    public var traceback: String?

    public init(_ kind: Kind, _ message: String, traceback: String? = nil) {
        self.kind = kind
        self.message = message
        self.traceback = traceback
    }

    public var description: String {
        guard let traceback else { return message }
        return message + "\n" + traceback
    }

    /// The chunk name and line at the start of the message (`script.lua:3: boom`), if any.
    public var location: (chunk: String, line: Int)? {
        // Lua formats positions as `source:line:`; the source itself may contain colons
        // (`[string "a:b"]`), so look for the first `:digits:`.
        let scalars = Array(message.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if scalars[index] == ":" {
                var end = index + 1
                while end < scalars.count, ("0"..."9").contains(scalars[end]) { end += 1 }
                if end > index + 1, end < scalars.count, scalars[end] == ":" {
                    let chunk = String(String.UnicodeScalarView(scalars[..<index]))
                    let line = Int(String(String.UnicodeScalarView(scalars[(index + 1)..<end]))) ?? 0
                    return (chunk, line)
                }
            }
            index += 1
        }
        return nil
    }
}
