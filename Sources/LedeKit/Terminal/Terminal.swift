import Foundation

/// What lede needs to know about the terminal it prints to.
enum Terminal {
    /// The width of standard output in columns when it is a terminal; nil when output goes
    /// to a file or a pipe (then nothing is cut to fit).
    static var outputWidth: Int? {
        guard isatty(STDOUT_FILENO) != 0 else { return nil }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        return 80
    }
}
