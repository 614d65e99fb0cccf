import ArgumentParser
import Foundation
import LedeKit
import LuaHost

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
