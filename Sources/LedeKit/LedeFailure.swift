/// How a lede run ends when it does not succeed: a message for stderr and the documented exit code.
public struct LedeFailure: Error, CustomStringConvertible {
    public enum Kind: Int32, Sendable {
        case script = 1, usage = 2, corpus = 3, limit = 4, output = 5
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var exitCode: Int32 { kind.rawValue }
    public var description: String { message }

    /// The exit codes as `lede --help` and the README list them.
    public static let exitCodeTable = """
        0 ok · 1 script error · 2 usage error · 3 corpus cannot be read \
        · 4 limit hit (time or memory) · 5 output cannot be written
        """
}
