import CSQLite

/// An SQLite result code with SQLite's message for it, and the SQL (or the file) it came
/// from, so that a failure says what was being done.
public struct SQLiteError: Error, CustomStringConvertible, Sendable {
    /// The extended result code.
    public var code: Int32
    public var message: String
    /// The statement that failed, or what was being done ("opening cache.sqlite").
    public var context: String?

    public init(code: Int32, message: String, context: String? = nil) {
        self.code = code
        self.message = message
        self.context = context
    }

    /// The file is not a database, or its pages do not hold together.
    public var isCorrupt: Bool { [SQLITE_CORRUPT, SQLITE_NOTADB, SQLITE_FORMAT].contains(code & 0xFF) }
    /// Another connection holds a lock for longer than the busy timeout.
    public var isBusy: Bool { [SQLITE_BUSY, SQLITE_LOCKED].contains(code & 0xFF) }

    /// The message, then what failed, cut to one short line: "database is locked, while
    /// running `BEGIN IMMEDIATE`".
    public var description: String {
        guard let context else { return message }
        let line = context.split(whereSeparator: { $0.isNewline || $0 == " " }).joined(separator: " ")
        return "\(message), while \(line.count > 120 ? line.prefix(117) + "..." : line)"
    }
}
