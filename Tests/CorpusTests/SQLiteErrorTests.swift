import Foundation
import SQLite
import XCTest

/// An SQLite failure says what failed: the statement, or the file being opened.
final class SQLiteErrorTests: XCTestCase {
    private func database() throws -> Database {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lede-sqlite-\(UUID().uuidString).db").path
        addTeardownBlock { unlink(path) }
        return try Database(path: path)
    }

    func testAStatementThatFailsIsNamedInItsError() throws {
        let database = try database()
        XCTAssertThrowsError(try database.prepare("SELECT name FROM nowhere")) { error in
            XCTAssertEqual("\(error)", "no such table: nowhere, while running `SELECT name FROM nowhere`")
        }
        XCTAssertThrowsError(try database.execute("CREATE TABLE t (a INTEGER PRIMARY KEY);\nINSERT INTO t VALUES (1);\nINSERT INTO t VALUES (1)")) { error in
            XCTAssertTrue("\(error)".hasPrefix("UNIQUE constraint failed: t.a, while running `CREATE TABLE t"), "\(error)")
            XCTAssertFalse("\(error)".contains("\n"), "one line")
        }
        let insert = try database.prepare("INSERT INTO t VALUES (?)")
        XCTAssertThrowsError(try insert.run([.integer(1)])) { error in
            XCTAssertEqual("\(error)", "UNIQUE constraint failed: t.a, while running `INSERT INTO t VALUES (?)`")
        }
    }

    func testAFileThatCannotBeOpenedIsNamed() throws {
        XCTAssertThrowsError(try Database(path: "/nonexistent-lede-dir/x.db")) { error in
            XCTAssertEqual("\(error)", "unable to open database file, while opening /nonexistent-lede-dir/x.db")
        }
    }
}
