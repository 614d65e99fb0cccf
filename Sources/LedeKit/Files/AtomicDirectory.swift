import Foundation

/// Writes a set of files into a folder so that a reader sees the old set or the new one,
/// never a mix: the files go into a fresh folder beside the target, which is then swapped
/// with the target in one `renameat2(RENAME_EXCHANGE)` (or, where the file system cannot
/// exchange, two renames a moment apart). Files already in the target that the set does not
/// name are carried into the new folder as hard links, so nothing of the user's is lost.
/// A target that is a symbolic link keeps its link: the folder it leads to is swapped.
public enum AtomicDirectory {
    public static func write(_ files: [(name: String, bytes: [UInt8])], to directory: String) throws(AtomicFile.WriteError) {
        let target = AtomicFile.resolvingLinks(directory)
        var existing = stat()
        let exists = stat(target, &existing) == 0
        if exists, existing.st_mode & S_IFMT != S_IFDIR {
            throw AtomicFile.WriteError(path: directory, reason: "not a directory")
        }
        if !exists {
            // As `mkdir -p`: a failure here shows as the fresh folder's failure just below.
            try? FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        }
        let fresh = try freshFolder(beside: target, mode: exists ? existing.st_mode & 0o7777 : 0o755)
        do throws(AtomicFile.WriteError) {
            for file in files {
                try AtomicFile.write(file.bytes, to: fresh + "/" + file.name)
            }
            if exists {
                try carryOver(from: target, to: fresh, except: Set(files.map(\.name)), reportedAs: directory)
            }
            try sync(fresh)
            try swap(fresh, into: target, exists: exists, reportedAs: directory)
        } catch {
            removeTree(fresh)
            throw error
        }
    }

    private static func freshFolder(beside path: String, mode: mode_t) throws(AtomicFile.WriteError) -> String {
        let parent = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        var template = Array(((parent.isEmpty ? "." : parent) + "/.\(name).lede-XXXXXX").utf8CString)
        guard template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) != nil else {
            throw AtomicFile.WriteError(path: path, reason: String(cString: strerror(errno)))
        }
        let made = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        // mkdtemp makes 0700 folders: the new one keeps the mode of the one it replaces.
        chmod(made, mode)
        return made
    }

    private static func carryOver(from old: String, to fresh: String, except written: Set<String>,
                                  reportedAs shown: String) throws(AtomicFile.WriteError) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: old)
        } catch {
            throw AtomicFile.WriteError(path: shown, reason: "cannot list it: \(error.localizedDescription)")
        }
        for name in names {
            let from = old + "/" + name, to = fresh + "/" + name
            var info = stat()
            guard lstat(from, &info) == 0 else { continue }
            if written.contains(name) {
                // Replacing a file is the point; a folder or link of that name is the user's.
                guard info.st_mode & S_IFMT == S_IFREG else {
                    throw AtomicFile.WriteError(path: shown, reason: "\(name) in it is not a regular file; lede will not replace it")
                }
                continue
            }
            switch info.st_mode & S_IFMT {
            case S_IFLNK:
                if let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: from), symlink(destination, to) == 0 { continue }
            case S_IFDIR:
                throw AtomicFile.WriteError(path: shown, reason: "it holds a folder, \(name), that lede did not write; export into a new or empty folder")
            default:
                if link(from, to) == 0 { continue }
            }
            throw AtomicFile.WriteError(path: shown, reason: "cannot keep \(name), which lede did not write: \(String(cString: strerror(errno)))")
        }
    }

    private static func sync(_ folder: String) throws(AtomicFile.WriteError) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY)
        guard descriptor >= 0 else { throw AtomicFile.WriteError(path: folder, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        if fsync(descriptor) != 0 { throw AtomicFile.WriteError(path: folder, reason: String(cString: strerror(errno))) }
    }

    private static func swap(_ fresh: String, into target: String, exists: Bool, reportedAs shown: String) throws(AtomicFile.WriteError) {
        guard exists else {
            if rename(fresh, target) != 0 { throw AtomicFile.WriteError(path: shown, reason: String(cString: strerror(errno))) }
            return
        }
        if let exchange = renameExchange, exchange(AT_FDCWD, fresh, AT_FDCWD, target, renameExchangeFlag) == 0 {
            // `fresh` now names the old folder.
            removeTree(fresh)
            return
        }
        // No exchange here: the old folder steps aside, the new one takes its name.
        let aside = fresh + "-old"
        guard rename(target, aside) == 0 else { throw AtomicFile.WriteError(path: shown, reason: String(cString: strerror(errno))) }
        guard rename(fresh, target) == 0 else {
            let reason = String(cString: strerror(errno))
            rename(aside, target)
            throw AtomicFile.WriteError(path: shown, reason: reason)
        }
        removeTree(aside)
    }

    private static func removeTree(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Linux's renameat2, which the Glibc module does not export; nil where libc lacks it.
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    private static let renameExchange: RenameAt2? = dlsym(nil, "renameat2")
        .map { unsafeBitCast($0, to: RenameAt2.self) }
    /// RENAME_EXCHANGE from <linux/fs.h>.
    private static let renameExchangeFlag: UInt32 = 1 << 1
}
