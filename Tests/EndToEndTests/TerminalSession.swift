import Foundation
import XCTest

/// A lede session driven through a pseudo-terminal by Tests/Support/pty_session.py.
enum TerminalSession {
    enum Step {
        case expect(String)
        case send(String)
        case signal(String)
        case sleep(Double)

        var json: [Any] {
            switch self {
            case .expect(let pattern): ["expect", pattern]
            case .send(let text): ["send", text]
            case .signal(let name): ["signal", name]
            case .sleep(let seconds): ["sleep", seconds]
            }
        }
    }

    struct Outcome: Decodable {
        var transcript: String
        var status: Int32?
        var failure: String?
    }

    static func run(_ arguments: [String] = [], environment: [String: String] = [:],
                    steps: [Step], timeout: Double = 15) throws -> Outcome {
        let script: [String: Any] = [
            "argv": [LedeProcess.binary.path] + arguments,
            // Tests never touch the user's history or init file unless they ask to.
            "env": ["LEDE_HISTORY": "", "XDG_CONFIG_HOME": "/nonexistent", "XDG_CACHE_HOME": LedeProcess.cacheHome].merging(environment) { $1 },
            "cwd": LedeProcess.packageRoot.path,
            "timeout": timeout,
            "steps": steps.map(\.json),
        ]
        let data = try JSONSerialization.data(withJSONObject: script)
        let driver = LedeProcess.packageRoot.appendingPathComponent("Tests/Support/pty_session.py")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", driver.path, String(decoding: data, as: UTF8.self)]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let result = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return try JSONDecoder().decode(Outcome.self, from: result)
    }
}
