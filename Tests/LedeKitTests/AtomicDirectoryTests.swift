import Foundation
import LedeKit
import XCTest

/// A folder of tables is replaced as a set: a failure part way leaves the old set whole.
final class AtomicDirectoryTests: XCTestCase {
    private func folder() throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("lede-atomic-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: root + "/tables", withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: root) }
        for name in ["a.csv", "b.csv"] { try Data("old \(name)\n".utf8).write(to: URL(fileURLWithPath: root + "/tables/" + name)) }
        return root
    }

    private func contents(_ directory: String) throws -> [String: String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory)
        return try Dictionary(uniqueKeysWithValues: names.map { ($0, try String(contentsOfFile: directory + "/" + $0, encoding: .utf8)) })
    }

    func testAFailureAfterTheFirstFileLeavesTheOldSetAndNoTemporaryFolder() throws {
        let root = try folder()
        // The second name cannot be written (its folder does not exist): the first must not land alone.
        XCTAssertThrowsError(try AtomicDirectory.write([("a.csv", Array("new a\n".utf8)), ("missing/b.csv", Array("new b\n".utf8))],
                                                       to: root + "/tables"))
        XCTAssertEqual(try contents(root + "/tables"), ["a.csv": "old a.csv\n", "b.csv": "old b.csv\n"])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root), ["tables"])
    }

    func testTheNewSetReplacesTheOldAndOtherFilesStay() throws {
        let root = try folder()
        try Data("mine\n".utf8).write(to: URL(fileURLWithPath: root + "/tables/notes.txt"))
        try AtomicDirectory.write([("a.csv", Array("new a\n".utf8)), ("c.csv", Array("new c\n".utf8))], to: root + "/tables")
        XCTAssertEqual(try contents(root + "/tables"), ["a.csv": "new a\n", "b.csv": "old b.csv\n", "c.csv": "new c\n", "notes.txt": "mine\n"])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root), ["tables"])
    }

    func testAFolderWithTheNameOfATableIsNeverReplaced() throws {
        let root = try folder()
        try FileManager.default.createDirectory(atPath: root + "/tables/c.csv", withIntermediateDirectories: false)
        XCTAssertThrowsError(try AtomicDirectory.write([("c.csv", Array("new c\n".utf8))], to: root + "/tables")) { error in
            XCTAssertTrue("\(error)".contains("c.csv in it is not a regular file"), "\(error)")
        }
        var isDirectory: ObjCBool = false
        XCTAssertTrue(FileManager.default.fileExists(atPath: root + "/tables/c.csv", isDirectory: &isDirectory) && isDirectory.boolValue)
    }
}
