import Foundation

/// Lines to standard output through one buffer, every write checked: a full disk or a
/// closed pipe is exit 5, never a silently short stream.
public final class LineOutput {
    private var buffer: [UInt8] = []

    public init() {}

    public func write(_ line: String) throws(LedeFailure) {
        buffer.append(contentsOf: line.utf8)
        buffer.append(UInt8(ascii: "\n"))
        if buffer.count >= 1 << 16 { try flush() }
    }

    public func finish() throws(LedeFailure) { try flush() }

    private func flush() throws(LedeFailure) {
        try writeStandardOutput(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Writes all of `bytes` to file descriptor 1, or fails with the system's reason ("No space
/// left on device", "Broken pipe"): a short write is never success. Written past C's stdio
/// buffer, which, once a write has failed, no longer knows why (`StandardOutput.flush`
/// serves what Lua and `print` write there).
public func writeStandardOutput(_ bytes: [UInt8]) throws(LedeFailure) {
    var written = 0
    while written < bytes.count {
        let result = bytes.withUnsafeBytes { buffer in
            write(STDOUT_FILENO, buffer.baseAddress! + written, buffer.count - written)
        }
        if result < 0 {
            if errno == EINTR { continue }
            throw .standardOutput(String(cString: strerror(errno)))
        }
        written += result
    }
}

/// Writes `text` to standard output, checked, or atomically to `path`.
public func emit(_ text: String, to path: String?) throws(LedeFailure) {
    guard let path else {
        try writeStandardOutput(Array(text.utf8))
        return
    }
    do {
        try AtomicFile.write(text, to: path)
    } catch {
        throw LedeFailure(.output, "\(error)")
    }
}
