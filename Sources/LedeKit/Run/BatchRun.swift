import Foundation
import LuaHost

/// A value the process never frees (see `BatchRun.runChunks`).
private final class KeptUntilExit<Value> {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// One non-interactive run: `-e` chunks and a script in one session, under the limits,
/// with standard output going to stdout or atomically to `-o`. Every way it can end is
/// a `LedeFailure` with its exit code, or success.
public struct BatchRun {
    public var chunks: [ScriptSource]
    /// The script's `arg` and `...` (the last chunk's only).
    public var arguments: [String] = []
    public var limits = RunLimits()
    /// `-o`: the file standard output replaces when the run succeeds.
    public var output: String?
    /// Errors as one line, without a traceback.
    public var quiet = false
    /// `lede -e`: each chunk's values shown in this mode, as the REPL shows them; nil for
    /// script semantics (`lede run`, standard input).
    public var showingValues: String?
    /// How the watchdog ends a run stuck past its limits (tests record instead of exiting).
    public var watchdogEnding: Watchdog.Ending = Watchdog.exitProcess
    /// Whether the corpus is freed with the session: a batch run's lives until the process
    /// exits, since freeing millions of small values just before exit took a cached run
    /// over 10,000 articles a tenth of its time. Tests that run many jobs free it.
    public var keepsCorpusUntilExit = true

    public init(chunks: [ScriptSource]) {
        self.chunks = chunks
    }

    /// Runs the chunks in the session `openSession` makes (it reads the corpus, so the
    /// time limit and the watchdog cover it).
    public func run(openSession: () throws(LedeFailure) -> Session) throws(LedeFailure) {
        let started = ContinuousClock.now
        var outputFile: StandardOutputFile?
        if let path = output {
            do {
                outputFile = try StandardOutputFile(path: path)
            } catch {
                throw LedeFailure(.output, "\(error)")
            }
        }
        let watchdog = Watchdog(temporaryFile: outputFile?.temporaryPath, ending: watchdogEnding)
        if let timeout = limits.timeout {
            watchdog.end(at: started + .seconds(timeout) + Watchdog.grace,
                         message: "time limit reached (--timeout \(RunLimits.seconds(timeout))) outside the script's Lua code: reading the corpus, inside a library call, or in a coroutine")
        }
        do {
            try runChunks(openSession, started: started, watchdog: watchdog)
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

    private func runChunks(_ openSession: () throws(LedeFailure) -> Session, started: ContinuousClock.Instant,
                           watchdog: Watchdog) throws(LedeFailure) {
        let session = try openSession()
        if keepsCorpusUntilExit { _ = Unmanaged.passRetained(KeptUntilExit(session.corpus)) }
        watchdog.watch(session.lua)
        defer { watchdog.watch(nil) }
        if let timeout = limits.timeout {
            let deadline = started + .seconds(timeout)
            guard ContinuousClock.now < deadline else {
                throw LedeFailure(.limit, "time limit reached while reading the corpus (--timeout \(RunLimits.seconds(timeout)))")
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
                guard let failure = LedeFailure(script: error, limits: limits, quiet: quiet) else { return }
                throw failure
            }
        }
    }
}
