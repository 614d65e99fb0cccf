import Foundation
import LuaHost

/// The last resort behind the limits. At the deadline the Lua hook stops Lua code, but
/// not code stuck inside one C or Swift call (a pathological pattern, a huge sort) or
/// looping inside a coroutine; and a stopped script can still loop where hooks do not run
/// (a `__gc` or `__close` handler). The watchdog ends the run after a grace period in
/// both cases, removing the -o temporary file first. `finish` runs the end of a run under
/// the watchdog's lock, so the run never ends halfway through committing -o.
public final class Watchdog: @unchecked Sendable {
    /// How the watchdog ends a run: with the message and the exit status.
    public typealias Ending = @Sendable (_ message: String, _ status: Int32) -> Void

    public static let grace: Duration = .seconds(1)

    private let lock = NSLock()
    private let temporaryFile: String?
    private let grace: Duration
    private let ending: Ending
    private var finished = false
    private var ended = false
    private var state: LuaState?

    /// `ending` is called at most once, with the lock held, so that `finish` waits for
    /// it; the default ends the process. Tests pass one that records.
    public init(temporaryFile: String?, grace: Duration = Watchdog.grace, ending: @escaping Ending = Watchdog.exitProcess) {
        self.temporaryFile = temporaryFile
        self.grace = grace
        self.ending = ending
        Thread.detachNewThread { [self] in watchStops() }
    }

    /// Ends the run with exit 4 at `instant` unless it has finished.
    public func end(at instant: ContinuousClock.Instant, message: String) {
        Thread.detachNewThread { [self] in
            Thread.sleep(until: instant)
            endRun(message: message, status: LedeFailure.Kind.limit.rawValue)
        }
    }

    /// The state whose stops to watch, or nil.
    public func watch(_ state: LuaState?) {
        lock.withLock { self.state = state }
    }

    /// Runs the end of a run (commit or discard -o); after it the watchdog ends nothing.
    public func finish<Failure: Error>(_ body: () throws(Failure) -> Void) throws(Failure) {
        lock.lock()
        defer { lock.unlock() }
        finished = true
        state = nil
        // An ending that returned (a test's) has removed the -o file: nothing is left to commit.
        guard !ended else { return }
        try body()
    }

    /// A stop that has not ended the run after the grace period never will.
    private func watchStops() {
        var stoppedSince: ContinuousClock.Instant?
        while !lock.withLock({ finished || ended }) {
            Thread.sleep(forTimeInterval: min(0.1, grace.seconds / 4))
            let stopped = lock.withLock { state?.isStopped ?? false }
            if !stopped {
                stoppedSince = nil
            } else if let since = stoppedSince {
                if ContinuousClock.now - since > grace {
                    endRun(message: "the script kept running after it was stopped (a limit, os.exit or Ctrl-C)",
                           status: LedeFailure.Kind.limit.rawValue)
                }
            } else {
                stoppedSince = .now
            }
        }
    }

    private func endRun(message: String, status: Int32) {
        lock.lock()
        defer { lock.unlock() }
        guard !finished, !ended else { return }
        ended = true
        if let temporaryFile { unlink(temporaryFile) }
        ending(message, status)
    }

    /// Writes the message and exits at once, without unwinding: the main thread is stuck
    /// and cannot be asked to stop.
    public static let exitProcess: Ending = { message, status in
        "lede: \(message)\n".withCString { _ = write(STDERR_FILENO, $0, strlen($0)) }
        _exit(status)
    }
}
