import Foundation

/// Writes files so that a reader sees the old content or the new, never a part: the bytes
/// go to a temporary file beside the target, are flushed to disk, and the temporary file is
/// renamed over the target. On any failure the temporary file is removed and the target
/// is left as it was.
public enum AtomicFile {
    public struct WriteError: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "cannot write \(path): \(reason)" }
    }

    /// A new, empty temporary file beside `path` (same directory, so a rename is atomic),
    /// open for writing.
    /// When `given` is a symbolic link, beside the file it leads to (see `resolvingLinks`).
    static func temporaryFile(beside given: String) throws(WriteError) -> (descriptor: Int32, path: String) {
        let path = resolvingLinks(given)
        // Renaming over a device or a directory would replace it (as root, even /dev/null).
        var existing = stat()
        if stat(path, &existing) == 0, existing.st_mode & S_IFMT != S_IFREG {
            throw WriteError(path: path, reason: "not a regular file")
        }
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        var template = Array(((directory.isEmpty ? "." : directory) + "/.\(name).lede-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        return (descriptor, template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) })
    }

    /// The file a write to `path` must replace: `path` itself, or, when it is a symbolic link,
    /// the file the link leads to (which need not exist yet), so that the link stays a link.
    public static func resolvingLinks(_ path: String) -> String {
        var current = path
        // As the kernel does, give up after 40 links (ELOOP): the write then fails on the link.
        for _ in 0..<40 {
            guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: current) else { return current }
            current = destination.hasPrefix("/") ? destination
                : ((current as NSString).deletingLastPathComponent as NSString).appendingPathComponent(destination)
        }
        return current
    }

    public static func write(_ bytes: some Collection<UInt8>, to path: String) throws(WriteError) {
        let (descriptor, temporary) = try temporaryFile(beside: path)
        var failure: String?
        let data = Array(bytes)
        var written = 0
        while written < data.count, failure == nil {
            let result = data[written...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if result < 0 {
                if errno != EINTR { failure = String(cString: strerror(errno)) }
            } else {
                written += result
            }
        }
        if close(descriptor) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw WriteError(path: path, reason: failure)
        }
        try commit(temporary, to: path)
    }

    /// Gives the finished temporary file the target's mode, flushes it to disk and renames
    /// it over `path`; on failure removes it.
    static func commit(_ temporary: String, to given: String) throws(WriteError) {
        let path = resolvingLinks(given)
        var failure: String?
        let descriptor = open(temporary, O_RDONLY)
        if descriptor < 0 { failure = String(cString: strerror(errno)) }
        if failure == nil, fchmod(descriptor, mode(replacing: path)) != 0 { failure = String(cString: strerror(errno)) }
        if failure == nil, fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        if descriptor >= 0, close(descriptor) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        if failure == nil, rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw WriteError(path: path, reason: failure)
        }
    }

    /// mkstemp creates files 0600: a new file keeps the mode of the file it replaces, or
    /// is an ordinary 0644 file.
    static func mode(replacing path: String) -> mode_t {
        var existing = stat()
        return stat(path, &existing) == 0 ? existing.st_mode & 0o7777 : 0o644
    }

    public static func write(_ text: String, to path: String) throws(WriteError) {
        try write(Array(text.utf8), to: path)
    }
}
