import Foundation
import LuaHost

/// Standard output sent to a file atomically, for `-o`, `.output` and `.once`: the bytes
/// go to a temporary file beside the target, and only `commit` renames it over the
/// target, after flushing it to disk. Until then, and after `discard` or a crash, the
/// target holds what it held before.
public final class StandardOutputFile {
    public let path: String
    /// The temporary file; removing it is all a crash handler has to do.
    public let temporaryPath: String
    private let savedOutput: Int32
    private var finished = false

    public init(path: String) throws(AtomicFile.WriteError) {
        // Onto a symbolic link, the file it leads to is replaced and the link stays.
        self.path = AtomicFile.resolvingLinks(path)
        let (descriptor, temporary) = try AtomicFile.temporaryFile(beside: path)
        temporaryPath = temporary
        _ = StandardOutput.flush()
        savedOutput = dup(STDOUT_FILENO)
        dup2(descriptor, STDOUT_FILENO)
        close(descriptor)
    }

    /// Makes what was written the content of `path`; on failure `path` is left as it was.
    public func commit() throws(AtomicFile.WriteError) {
        guard !finished else { return }
        var failure = StandardOutput.flush()
        if failure == nil, fchmod(STDOUT_FILENO, AtomicFile.mode(replacing: path)) != 0 {
            failure = String(cString: strerror(errno))
        }
        if failure == nil, fsync(STDOUT_FILENO) != 0 { failure = String(cString: strerror(errno)) }
        restore()
        if failure == nil, rename(temporaryPath, path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporaryPath)
            throw AtomicFile.WriteError(path: path, reason: failure)
        }
    }

    /// Throws away what was written; `path` keeps its old content.
    public func discard() {
        guard !finished else { return }
        StandardOutput.discard()
        restore()
        unlink(temporaryPath)
    }

    private func restore() {
        finished = true
        dup2(savedOutput, STDOUT_FILENO)
        close(savedOutput)
    }
}
