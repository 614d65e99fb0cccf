import Glibc

/// The lines of a file or of standard input, a batch at a time, so that a stream of records
/// larger than memory is never held whole: only the batch being decoded is.
struct LineReader: ~Copyable {
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private var pending: [UInt8] = []
    private var chunk = [UInt8](repeating: 0, count: 1 << 20)
    private var finished = false
    /// Lines handed out so far, blank ones included: the next line's number is this plus 1.
    private(set) var linesRead = 0

    /// Standard input for "-"; nil when the file cannot be opened (`errno` says why).
    init?(path: String) {
        if path == "-" {
            (descriptor, ownsDescriptor) = (STDIN_FILENO, false)
        } else {
            let opened = open(path, O_RDONLY | O_CLOEXEC)
            guard opened >= 0 else { return nil }
            (descriptor, ownsDescriptor) = (opened, true)
        }
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }

    /// Up to `count` lines with their 1-based numbers, without their "\n" or "\r\n", blank
    /// ones left out; an empty batch at the end. Throws the system's reason when a read fails.
    mutating func next(_ count: Int) throws(ReadFailure) -> [(number: Int, line: Substring)] {
        var lines: [(number: Int, line: Substring)] = []
        // `searched`: bytes already known to hold no newline, so a long line is scanned once.
        var start = 0, searched = 0
        while lines.count < count {
            if let newline = pending[max(start, searched)...].firstIndex(of: UInt8(ascii: "\n")) {
                take(pending[start..<newline], into: &lines)
                start = newline + 1
                searched = start
                continue
            }
            pending.removeFirst(start)
            searched = pending.count
            start = 0
            if finished {
                if !pending.isEmpty { take(pending[...], into: &lines) }
                pending = []
                break
            }
            try fill()
        }
        pending.removeFirst(start)
        return lines
    }

    struct ReadFailure: Error {
        var reason: String
    }

    private mutating func take(_ bytes: ArraySlice<UInt8>, into lines: inout [(number: Int, line: Substring)]) {
        linesRead += 1
        var line = Substring(decoding: bytes, as: UTF8.self)
        if line.hasSuffix("\r") { line = line.dropLast() }
        if !line.allSatisfy(\.isWhitespace) { lines.append((linesRead, line)) }
    }

    private mutating func fill() throws(ReadFailure) {
        while true {
            let got = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if got > 0 {
                pending.append(contentsOf: chunk[..<got])
                return
            }
            if got == 0 {
                finished = true
                return
            }
            if errno != EINTR { throw ReadFailure(reason: String(cString: strerror(errno))) }
        }
    }
}
