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

/// A value the process never frees (see `BatchJob.runChunks`).
private final class KeptUntilExit<Value> {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// Reads the corpus and binds it into a new Lua session.
func openSession(_ corpusOptions: CorpusOptions, _ options: SessionOptions, quiet: Bool) throws(LedeFailure) -> Session {
    let clock = ContinuousClock()
    let start = clock.now
    let corpus = try corpusOptions.load(quiet: quiet, links: options.sandbox == nil ? .followed : .keptInside)
    let read = clock.now
    let session: Session
    do {
        session = try Session(corpus: corpus, options: options)
    } catch where error.kind == .memory {
        throw LedeFailure(.limit, "memory limit reached while building the corpus tables (--memory \(options.memoryLimit.map { $0 >> 20 } ?? 0))")
    } catch {
        throw LedeFailure(.script, "\(error.report)")
    }
    if corpusOptions.timings {
        func milliseconds(_ duration: Duration) -> String {
            String(format: "%.1f ms", duration.seconds * 1e3)
        }
        let files = corpus.cacheReport.map { " (files: \($0.summary))" } ?? " (no cache)"
        report("read the corpus in \(milliseconds(read - start))\(files), built the Lua tables in \(milliseconds(clock.now - read))")
        report("stages: map \(milliseconds(corpus.timings.map)), reduce \(milliseconds(corpus.timings.reduce)), Lua tables \(milliseconds(clock.now - read))")
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
    /// `lede -e`: each chunk's values shown in this mode, as the REPL shows them; nil for
    /// script semantics (`lede run`, standard input).
    var showingValues: String?

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
                throw LedeFailure(.output, "\(error)")
            }
        }
        let watchdog = Watchdog(temporaryFile: outputFile?.temporaryPath)
        if let timeout = options.timeout {
            watchdog.end(at: started + .seconds(timeout) + Watchdog.grace,
                         message: "time limit reached (--timeout \(Self.number(timeout))) outside the script's Lua code: reading the corpus, inside a library call, or in a coroutine")
        }
        do {
            try runChunks(sessionOptions, started: started, watchdog: watchdog)
        } catch {
            watchdog.finish { outputFile?.discard() }
            throw error
        }
        try watchdog.finish { () throws(LedeFailure) in
            if let outputFile {
                do {
                    try outputFile.commit()
                } catch {
                    throw LedeFailure(.output, "\(error)")
                }
            } else if let failure = StandardOutput.flush() {
                throw .standardOutput(failure)
            }
        }
    }

    private func runChunks(_ sessionOptions: SessionOptions, started: ContinuousClock.Instant, watchdog: Watchdog) throws(LedeFailure) {
        let session = try openSession(corpus, sessionOptions, quiet: options.quiet)
        // A batch run's corpus lives until the process exits: freeing millions of small
        // values just before exit took a cached run over 10,000 articles a tenth of its
        // time. (The REPL frees a corpus it reloads.)
        _ = Unmanaged.passRetained(KeptUntilExit(session.corpus))
        watchdog.watch(session.lua)
        defer { watchdog.watch(nil) }
        if let timeout = options.timeout {
            let deadline = started + .seconds(timeout)
            guard ContinuousClock.now < deadline else {
                throw LedeFailure(.limit, "time limit reached while reading the corpus (--timeout \(Self.number(timeout)))")
            }
            session.lua.stop(at: deadline)
        }
        for chunk in chunks {
            do {
                if let mode = showingValues, case .code(let code) = chunk {
                    if let shown = try session.runShowingValues(code, mode: mode) { print(shown) }
                } else {
                    try session.run(chunk, arguments: chunk == chunks.last ? arguments : [])
                }
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
            return LedeFailure(.usage, error.report, fromLede: false)
        case .timeout:
            error.message += " (--timeout \(Self.number(options.timeout ?? 0)))"
            return LedeFailure(.limit, error.report, fromLede: false)
        case .memory:
            if let memory = options.memory { error.message += " (--memory \(memory))" }
            return LedeFailure(.limit, error.report, fromLede: false)
        case .interrupted:
            return LedeFailure(.interrupted, error.report, fromLede: false)
        case .exit(let status):
            return .scriptExit(status)
        case .syntax, .runtime, .conversion:
            return LedeFailure(.script, error.report, fromLede: false)
        }
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}

/// The last resort behind the limits. At the deadline the Lua hook stops Lua code, but
/// not code stuck inside one C or Swift call (a pathological pattern, a huge sort) or
/// looping inside a coroutine; and a stopped script can still loop where hooks do not run
/// (a `__gc` or `__close` handler). The watchdog ends the process after a grace period in
/// both cases, removing the -o temporary file first. `finish` runs the end of a run under
/// the watchdog's lock, so the process never ends halfway through committing -o.
final class Watchdog: @unchecked Sendable {
    static let grace: Duration = .seconds(1)

    private let lock = NSLock()
    private let temporaryFile: String?
    private var finished = false
    private var state: LuaState?

    init(temporaryFile: String?) {
        self.temporaryFile = temporaryFile
        Thread.detachNewThread { [self] in watchStops() }
    }

    /// Ends the process with exit 4 at `instant` unless the run has finished.
    func end(at instant: ContinuousClock.Instant, message: String) {
        Thread.detachNewThread { [self] in
            Thread.sleep(until: instant)
            endProcess(message: message, status: LedeFailure.Kind.limit.rawValue)
        }
    }

    /// The state whose stops to watch, or nil.
    func watch(_ state: LuaState?) {
        lock.withLock { self.state = state }
    }

    func finish<Failure: Error>(_ body: () throws(Failure) -> Void) throws(Failure) {
        lock.lock()
        defer { lock.unlock() }
        finished = true
        state = nil
        try body()
    }

    /// A stop that has not ended the run after the grace period never will.
    private func watchStops() {
        var stoppedSince: ContinuousClock.Instant?
        while true {
            Thread.sleep(forTimeInterval: 0.1)
            let stopped = lock.withLock { state?.isStopped ?? false }
            if !stopped {
                stoppedSince = nil
            } else if let since = stoppedSince {
                if ContinuousClock.now - since > Self.grace {
                    endProcess(message: "the script kept running after it was stopped (a limit, os.exit or Ctrl-C)",
                               status: LedeFailure.Kind.limit.rawValue)
                }
            } else {
                stoppedSince = .now
            }
        }
    }

    private func endProcess(message: String, status: Int32) {
        lock.lock()  // held until _exit: the run cannot finish or commit meanwhile
        guard !finished else {
            lock.unlock()
            return
        }
        if let temporaryFile { unlink(temporaryFile) }
        "lede: \(message)\n".withCString { _ = write(STDERR_FILENO, $0, strlen($0)) }
        _exit(status)
    }
}
