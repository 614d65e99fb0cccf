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
        if let timeout, !(timeout > 0 && timeout.isFinite) {
            throw ValidationError("--timeout must be a positive number of seconds, not \(timeout)")
        }
        if let memory, memory <= 0 {
            throw ValidationError("--memory must be a positive number of megabytes, not \(memory)")
        }
        for parameter in parameters { _ = try Self.assignment(parameter) }
    }

    /// `NAME=VALUE` split, or why it cannot be.
    static func assignment(_ text: String) throws -> (name: String, value: String) {
        guard let equals = text.firstIndex(of: "="), ReportHeader.isIdentifier(text[..<equals]) else {
            throw ValidationError("--param takes NAME=VALUE, with NAME made of letters, digits and _; got '\(text)'")
        }
        return (String(text[..<equals]), String(text[text.index(after: equals)...]))
    }

    /// Moves `--param X` and `--param=X` found among a script's arguments (before a `--`)
    /// into `parameters`; returns the arguments left for the script.
    mutating func takeParameters(from arguments: [String]) -> [String] {
        var rest: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" {
                rest += arguments[(index + 1)...]
                break
            } else if argument == "--param", index + 1 < arguments.count {
                parameters.append(arguments[index + 1])
                index += 1
            } else if argument.hasPrefix("--param=") {
                parameters.append(String(argument.dropFirst("--param=".count)))
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
        for parameter in parameters {
            guard let pair = try? Self.assignment(parameter) else {
                throw LedeFailure(.usage, "lede: --param takes NAME=VALUE, with NAME made of letters, digits and _; got '\(parameter)'")
            }
            given.append(pair)
        }
        let params: [String: LuaValue]
        do {
            params = try (header ?? .empty).values(for: given, script: script ?? "the script")
        } catch {
            throw LedeFailure(.usage, "lede: \(error)")
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

extension ReportHeader {
    static let empty = try! ReportHeader(parsing: "", source: "")
}

/// Reads the corpus and binds it into a new Lua session.
func openSession(_ corpusOptions: CorpusOptions, _ options: SessionOptions, quiet: Bool) throws(LedeFailure) -> Session {
    let clock = ContinuousClock()
    let start = clock.now
    let corpus = try corpusOptions.load(quiet: quiet)
    let read = clock.now
    let session: Session
    do {
        session = try Session(corpus: corpus, options: options)
    } catch where error.kind == .memory {
        throw LedeFailure(.limit, "lede: memory limit reached while building the corpus tables (--memory \(options.memoryLimit.map { $0 >> 20 } ?? 0))")
    } catch {
        throw LedeFailure(.script, "lede: \(error.report)")
    }
    if corpusOptions.timings {
        func milliseconds(_ duration: Duration) -> String {
            String(format: "%.1f ms", Double(duration.components.seconds) * 1e3 + Double(duration.components.attoseconds) / 1e15)
        }
        let message = "lede: read the corpus in \(milliseconds(read - start)), built the Lua tables in \(milliseconds(clock.now - read))\n"
        FileHandle.standardError.write(Data(message.utf8))
    }
    return session
}

/// One non-interactive run: -e chunks and a script, under the limits, with output going
/// to stdout or atomically to -o.
struct BatchJob {
    var corpus: CorpusOptions
    var options: ScriptOptions
    var chunks: [ScriptSource]
    var arguments: [String] = []
    var header: ReportHeader?

    /// The script file, if the last chunk is one.
    private var scriptPath: String? {
        if case .file(let path)? = chunks.last { return path }
        return nil
    }

    func run() throws(LedeFailure) {
        let started = ContinuousClock.now
        let sessionOptions = try options.sessionOptions(corpus: corpus, script: scriptPath, header: header)
        var outputFile: StandardOutputFile?
        if let path = options.output {
            do {
                outputFile = try StandardOutputFile(path: path)
            } catch {
                throw LedeFailure(.output, "lede: \(error)")
            }
        }
        if let timeout = options.timeout {
            Watchdog.start(deadline: started + .seconds(timeout) + Watchdog.grace, timeout: timeout,
                           temporaryFile: outputFile?.temporaryPath)
        }
        do {
            try runChunks(sessionOptions, started: started)
        } catch {
            outputFile?.discard()
            throw error
        }
        if let outputFile {
            do {
                try outputFile.commit()
            } catch {
                throw LedeFailure(.output, "lede: \(error)")
            }
        } else if let failure = StandardOutput.flush() {
            throw LedeFailure(.output, "lede: cannot write standard output: \(failure)")
        }
    }

    private func runChunks(_ sessionOptions: SessionOptions, started: ContinuousClock.Instant) throws(LedeFailure) {
        let session = try openSession(corpus, sessionOptions, quiet: options.quiet)
        if let timeout = options.timeout {
            let deadline = started + .seconds(timeout)
            guard ContinuousClock.now < deadline else {
                throw LedeFailure(.limit, "lede: time limit reached while reading the corpus (--timeout \(Self.number(timeout)))")
            }
            session.lua.stop(at: deadline)
        }
        for chunk in chunks {
            do {
                try session.run(chunk, arguments: chunk == chunks.last ? arguments : [])
            } catch {
                if case .exit(0) = error.kind { return }
                throw failure(error)
            }
        }
    }

    /// The exit code and message for a script's error.
    private func failure(_ error: LuaError) -> LedeFailure {
        var error = error
        if options.quiet { error.traceback = nil }
        switch error.kind {
        case .file:
            return LedeFailure(.usage, error.report)
        case .timeout:
            error.message += " (--timeout \(Self.number(options.timeout ?? 0)))"
            return LedeFailure(.limit, error.report)
        case .memory:
            if let memory = options.memory { error.message += " (--memory \(memory))" }
            return LedeFailure(.limit, error.report)
        case .interrupted:
            return LedeFailure(.interrupted, error.report)
        case .exit(let status):
            return .scriptExit(status)
        case .syntax, .runtime, .conversion:
            return LedeFailure(.script, error.report)
        }
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}

/// The last resort behind --timeout: at the deadline the Lua hook stops Lua code, but not
/// code stuck inside one C or Swift call (a pathological pattern, a huge sort) or looping
/// inside a coroutine. After a grace period this ends the process, removing the -o
/// temporary file first.
enum Watchdog {
    static let grace: Duration = .seconds(1)

    static func start(deadline: ContinuousClock.Instant, timeout: Double, temporaryFile: String?) {
        let message = "lede: time limit reached (--timeout \(BatchJob.number(timeout))); the script was inside a library call or a coroutine\n"
        Thread.detachNewThread {
            let remaining = ContinuousClock.now.duration(to: deadline)
            if remaining > .zero {
                Thread.sleep(forTimeInterval: Double(remaining.components.seconds) + Double(remaining.components.attoseconds) / 1e18)
            }
            if let temporaryFile { unlink(temporaryFile) }
            message.withCString { _ = write(STDERR_FILENO, $0, strlen($0)) }
            _exit(LedeFailure.Kind.limit.rawValue)
        }
    }
}
