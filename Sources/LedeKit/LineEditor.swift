import CEditLine
import Foundation

/// Line input through libedit's readline interface.
final class LineEditor {
    init() {
        using_history()
    }

    /// The next line without its newline, or nil at end of input (Ctrl-D).
    func readLine(prompt: String) -> String? {
        guard let line = readline(prompt) else { return nil }
        defer { free(line) }
        return String(cString: line)
    }

    func addHistory(_ entry: String) {
        add_history(entry)
    }
}
