import ArgumentParser
import Foundation
import LedeKit
import LuaHost

/// Options for running scripts: parameters, limits, the sandbox and where output goes.
struct ScriptOptions: ParsableArguments {
    @Option(name: .customLong("param"), help: ArgumentHelp(
        "Set params.NAME for the script (repeatable); numbers arrive as numbers.", valueName: "name=value"))
    var parameters: [String] = []

    @Option(help: ArgumentHelp("Stop the run after this many seconds of wall-clock time (exit 4).", valueName: "seconds"))
    var timeout: Double?

    @Option(help: ArgumentHelp("Let Lua hold at most this many megabytes, the corpus tables included (exit 4).", valueName: "MB"))
    var memory: Int?

    @Flag(help: "Run a script you did not write: Lua's library cut to an allow-list (no processes, deleting or renaming; reads only in the corpus and the script's folder; writes only into --allow-write directories). The README lists it.")
    var sandbox = false

    @Option(name: .customLong("allow-write"), help: ArgumentHelp(
        "A directory write, csv, markdown and json may write into (repeatable); given at all, they write nowhere else.",
        valueName: "dir"))
    var allowWrite: [String] = []

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp(
        "Send standard output to this file, replaced atomically when the run succeeds and left as it was when it fails.",
        valueName: "file"))
    var output: String?

    @Flag(help: "No warnings, and errors as one line without a traceback: stderr stays quiet unless the run fails.")
    var quiet = false

    func validate() throws {
        if let timeout, !(timeout > 0 && timeout <= Self.longestTimeout) {
            throw ValidationError("--timeout must be a number of seconds above 0 and at most \(Int(Self.longestTimeout)) (a year), not \(timeout)")
        }
        if let memory, !(1...Self.mostMemory).contains(memory) {
            throw ValidationError("--memory must be a number of megabytes from 1 to \(Self.mostMemory), not \(memory)")
        }
        for parameter in parameters {
            do {
                _ = try Self.assignment(parameter)
            } catch {
                throw ValidationError(error.message)
            }
        }
    }

    static let longestTimeout = 365 * 24 * 3600.0
    static let mostMemory = 1 << 30  // megabytes: a petabyte, far below Int's limit in bytes

    /// `NAME=VALUE` split, or why it cannot be.
    static func assignment(_ text: String) throws(LedeFailure) -> (name: String, value: String) {
        guard let equals = text.firstIndex(of: "="), ReportHeader.isIdentifier(text[..<equals]) else {
            throw LedeFailure(.usage, "--param takes NAME=VALUE, with NAME made of letters, digits and _; got '\(text)'")
        }
        return (String(text[..<equals]), String(text[text.index(after: equals)...]))
    }

    /// Options of lede's that would silently reach the script if written after it.
    static let misplacedOptions: Set<String> = [
        "-o", "--output", "--quiet", "--timeout", "--memory", "--sandbox", "--allow-write", "--corpus", "--actors", "--timings",
        "--cache", "--no-cache",
    ]

    /// Moves `--param X` and `--param=X` found among a script's arguments (before a `--`)
    /// into `parameters`; returns the arguments left for the script. Another lede option
    /// there is a usage error rather than an argument the script did not expect.
    mutating func takeParameters(from arguments: [String]) throws(LedeFailure) -> [String] {
        var rest: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            let name = String(argument.prefix { $0 != "=" })
            if argument == "--" {
                rest += arguments[(index + 1)...]
                break
            } else if argument == "--param" {
                guard index + 1 < arguments.count else { throw LedeFailure(.usage, "--param needs NAME=VALUE") }
                parameters.append(arguments[index + 1])
                index += 1
            } else if argument.hasPrefix("--param=") {
                parameters.append(String(argument.dropFirst("--param=".count)))
            } else if Self.misplacedOptions.contains(name) {
                throw LedeFailure(.usage, "\(name) after the script would go to the script: put lede's options before it, or `--` before the script's own")
            } else {
                rest.append(argument)
            }
            index += 1
        }
        return rest
    }

    /// The confinement and parameters of a session for `script` (nil for -e code and the REPL).
    func sessionOptions(corpus: CorpusOptions, script: String?, header: ReportHeader?) throws(LedeFailure) -> SessionOptions {
        var given: [(name: String, value: String)] = []
        for parameter in parameters { given.append(try Self.assignment(parameter)) }
        let params: [String: LuaValue]
        do {
            params = try (header ?? ReportHeader()).values(for: given, script: script ?? "the script")
        } catch {
            throw LedeFailure(.usage, "\(error)")
        }
        var readable = corpus.paths
        if let script { readable.append((script as NSString).deletingLastPathComponent.isEmpty ? "." : (script as NSString).deletingLastPathComponent) }
        return SessionOptions(
            writes: sandbox || !allowWrite.isEmpty ? WritePolicy(allowedDirectories: allowWrite) : .anywhere,
            sandbox: sandbox ? Sandbox(readable: readable) : nil,
            memoryLimit: memory.map { $0 * 1024 * 1024 },
            params: params)
    }
}
