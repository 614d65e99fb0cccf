import Foundation

/// A line on standard error while a corpus loads, as long loads on a terminal deserve: only
/// when standard error is a terminal, never under --quiet, and only once loading has taken a
/// second, so that a quick load prints nothing and a pipe or a log never gets one.
public final class ProgressLine {
    private let clock = ContinuousClock()
    private let started: ContinuousClock.Instant
    private let enabled: Bool
    private var drawn = false

    static let delay = Duration.seconds(1)
    static let width = 24

    public init(enabled: Bool) {
        self.enabled = enabled && isatty(STDERR_FILENO) != 0
        started = clock.now
    }

    /// After a batch: `done` of `total` files read; all done means reduce comes next.
    public func update(done: Int, total: Int) {
        guard enabled, clock.now - started >= Self.delay else { return }
        let text: String
        if done < total {
            let filled = total > 0 ? done * Self.width / total : 0
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: Self.width - filled)
            text = "lede: reading \(done) of \(total) files \(bar)"
        } else {
            text = "lede: \(total) files read; linking actors and claims across them…"
        }
        draw(text)
    }

    /// Clears the line, if one was drawn, before anything else is written.
    public func finish() {
        guard drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        drawn = false
    }

    private func draw(_ text: String) {
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + text).utf8))
        drawn = true
    }
}
