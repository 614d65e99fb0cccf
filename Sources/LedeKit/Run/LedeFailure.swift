/// How a lede run ends when it does not succeed: a message for stderr and the documented exit code.
public struct LedeFailure: Error, CustomStringConvertible {
    public enum Kind: Int32, Sendable {
        case script = 1, usage = 2, corpus = 3, limit = 4, output = 5, interrupted = 130
    }

    public var kind: Kind
    /// Empty when there is nothing to say (a script's own `os.exit(3)`).
    public var message: String
    /// The status a script chose with `os.exit`, instead of the kind's.
    public var scriptStatus: Int32?
    /// Whether stderr shows the message after "lede: " (the one place that writes it adds
    /// it). A script's own error is shown as Lua words it ("stdin:3: late").
    public var fromLede: Bool

    public init(_ kind: Kind, _ message: String, fromLede: Bool = true) {
        self.kind = kind
        self.message = message
        self.fromLede = fromLede
    }

    /// A script's `os.exit(status)` with a status other than 0.
    public static func scriptExit(_ status: Int32) -> LedeFailure {
        var failure = LedeFailure(.script, "")
        failure.scriptStatus = status
        return failure
    }

    /// Standard output failed, for `reason`: one wording for scripts and commands alike.
    public static func standardOutput(_ reason: String) -> LedeFailure {
        LedeFailure(.output, "cannot write standard output: \(reason)")
    }

    public var exitCode: Int32 { scriptStatus ?? kind.rawValue }
    public var description: String { message }

    /// The exit codes as `lede --help` and the README list them.
    public static let exitCodeTable = """
        0 ok · 1 script error · 2 usage error · 3 corpus cannot be read \
        · 4 limit hit (time or memory) · 5 output cannot be written · 130 interrupted (Ctrl-C); \
        a script's os.exit(N) exits with N
        """
}
