import Foundation
import XCTest

/// Runs the built `lede` binary, as a user would from a shell.
struct LedeProcess {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seeds = packageRoot.appendingPathComponent("seeds").path
    /// The parse cache of every test run, so that tests never read or fill the user's.
    static let cacheHome = FileManager.default.temporaryDirectory.appendingPathComponent("lede-test-cache-" + UUID().uuidString).path

    /// The binary built beside the test bundle (.build/debug/lede).
    static var binary: URL {
        let products = Bundle.main.bundleURL.deletingLastPathComponent()
        let beside = products.appendingPathComponent("lede")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return packageRoot.appendingPathComponent(".build/debug/lede")
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs lede with `arguments` in `directory` (the package root by default), feeding `stdin`.
    static func run(_ arguments: [String], stdin: String = "", directory: URL = packageRoot,
                    environment: [String: String]? = nil) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = environment ?? ProcessInfo.processInfo.environment
        if environment == nil { env.removeValue(forKey: "LEDE_CORPUS") }
        if env["XDG_CACHE_HOME"] == nil { env["XDG_CACHE_HOME"] = cacheHome }
        process.environment = env
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        // Read both pipes before waiting, so a large output cannot block the child.
        let errData = Collected()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData.data = errors.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData.data, as: UTF8.self))
    }

    /// A temporary directory removed when the test ends.
    static func temporaryDirectory(_ test: XCTestCase) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lede-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        test.addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
        return directory
    }
}

/// Bytes read on another thread; the DispatchGroup orders the write before the read.
private final class Collected: @unchecked Sendable {
    var data = Data()
}
