import CSQLite

/// A prepared statement: bind, step through the rows, reset to run again.
public final class Statement {
    private let statement: OpaquePointer
    private let database: Database
    /// Its text, for the errors it raises.
    public let sql: String

    init(_ statement: OpaquePointer, sql: String, database: Database) {
        self.statement = statement
        self.sql = sql
        self.database = database
    }

    deinit {
        sqlite3_finalize(statement)
    }

    /// Binds `values` to the parameters, in order, after resetting the statement.
    public func bind(_ values: [SQLiteValue]) throws(SQLiteError) {
        sqlite3_reset(statement)
        sqlite3_clear_bindings(statement)
        // SQLite copies the bytes now, so Swift's buffers need not outlive the call.
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let status: Int32
            switch value {
            case .null: status = sqlite3_bind_null(statement, index)
            case .integer(let integer): status = sqlite3_bind_int64(statement, index, integer)
            case .real(let real): status = sqlite3_bind_double(statement, index, real)
            case .text(let text): status = sqlite3_bind_text(statement, index, text, -1, transient)
            case .blob(let bytes):
                status = bytes.withUnsafeBytes { sqlite3_bind_blob64(statement, index, $0.baseAddress, UInt64($0.count), transient) }
            }
            guard status == SQLITE_OK else { throw database.error(running: sql) }
        }
    }

    /// Advances to the next row; false when there is none.
    @discardableResult
    public func step() throws(SQLiteError) -> Bool {
        switch sqlite3_step(statement) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            let error = database.error(running: sql)
            sqlite3_reset(statement)
            throw error
        }
    }

    /// Binds `values` and runs the statement to completion.
    public func run(_ values: [SQLiteValue]) throws(SQLiteError) {
        try bind(values)
        while try step() {}
    }

    public func integer(_ column: Int32) -> Int64 { sqlite3_column_int64(statement, column) }

    public func real(_ column: Int32) -> Double { sqlite3_column_double(statement, column) }

    public func isNull(_ column: Int32) -> Bool { sqlite3_column_type(statement, column) == SQLITE_NULL }

    public func text(_ column: Int32) -> String? {
        guard let bytes = sqlite3_column_text(statement, column) else { return nil }
        let count = Int(sqlite3_column_bytes(statement, column))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    public func blob(_ column: Int32) -> [UInt8] {
        let count = Int(sqlite3_column_bytes(statement, column))
        guard count > 0, let bytes = sqlite3_column_blob(statement, column) else { return [] }
        return Array(UnsafeRawBufferPointer(start: bytes, count: count))
    }
}
