import ArgumentParser
import Corpus
import Foundation
import LedeKit

/// Ends the run with `code`, after `message` when there is one.
func fail(_ message: String, code: Int32) -> Never {
    if !message.isEmpty { report(message) }
    exit(code)
}

do {
    var command = try Lede.parseAsRoot()
    // A closed pipe is a failed write (exit 5, with a message) rather than a silent death:
    // a pipeline learns that the stream was cut short.
    if command is MapCommand || command is ReduceCommand || command is ExportCommand { signal(SIGPIPE, SIG_IGN) }
    // Past a file size limit (`ulimit -f`) a write fails with EFBIG, which every write
    // checks (exit 5, with a message), instead of the process dying with half a file.
    signal(SIGXFSZ, SIG_IGN)
    try command.run()
} catch let failure as LedeFailure {
    if !failure.fromLede { FileHandle.standardError.write(Data((failure.message + "\n").utf8)) }
    fail(failure.fromLede ? failure.message : "", code: failure.exitCode)
} catch {
    if Lede.exitCode(for: error) == .success { Lede.exit(withError: error) }
    // The argument parser's own messages carry their "Error:" and usage lines.
    FileHandle.standardError.write(Data((Lede.fullMessage(for: error) + "\n").utf8))
    exit(LedeFailure.Kind.usage.rawValue)
}
