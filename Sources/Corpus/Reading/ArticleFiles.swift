import Foundation

extension String {
    /// Byte order, not locale order: the same corpus loads in the same order everywhere.
    public func precedesInByteOrder(_ other: String) -> Bool {
        // memcmp on the contiguous bytes: the generic comparison of two UTF8Views was 5% of
        // a cached run over 100,000 files, all of it in sorting their paths.
        let fast = utf8.withContiguousStorageIfAvailable { mine in
            other.utf8.withContiguousStorageIfAvailable { theirs in
                let common = Swift.min(mine.count, theirs.count)
                let order = if let a = mine.baseAddress, let b = theirs.baseAddress { memcmp(a, b, common) } else { Int32(0) }
                return order != 0 ? order < 0 : mine.count < theirs.count
            }
        }
        return (fast ?? nil) ?? utf8.lexicographicallyPrecedes(other.utf8)
    }
}

/// Whether the corpus loader follows a symbolic link that leads out of the folder it lists.
public enum SymbolicLinks: Sendable {
    /// Every link is followed, wherever it leads.
    case followed
    /// A link is followed only when its target lies inside the folder given as the corpus
    /// path (what `--sandbox` asks: a corpus must not become a way to read other files).
    case keptInside
}

/// Finds article files (or, for `lede reduce`, record files) under a path, in byte order of
/// their paths, with what it left out and why, in no particular order: hidden files and
/// folders (in the listing's reports only, as `ls` leaves them out), and, with a warning
/// each, names that are not UTF-8, paths longer than the system takes, and links that lead
/// nowhere or out of the corpus (under `SymbolicLinks.keptInside`). A folder reached again
/// through a link is listed once.
struct ArticleFiles {
    static let extensions: Set<String> = ["txt", "md", "jsonl"]

    struct Listing {
        var files: [String] = []
        /// Entries left out that `lede stats` shows as skipped.
        var skipped: [FileReport] = []
        var warnings: [CorpusWarning] = []
    }

    private let extensions: Set<String>
    private let links: SymbolicLinks
    /// The real path of the folder listed, which a kept-inside link must stay under.
    private let root: String
    private var listing = Listing()
    /// Folders already listed, by device and inode: a link back up the tree is listed once.
    private var visited: Set<[UInt64]> = []

    private init(root: String, extensions: Set<String>, links: SymbolicLinks) {
        self.root = root
        self.extensions = extensions
        self.links = links
    }

    static func list(_ path: String, extensions: Set<String> = extensions, links: SymbolicLinks = .followed) throws(CorpusError) -> Listing {
        var info = stat()
        guard stat(path, &info) == 0 else {
            // A dangling symbolic link exists but cannot be followed: still "does not exist".
            if errno == ENOENT || errno == ENOTDIR { throw .notFound(path: path) }
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        // A file named on the command line is read whatever it is called or links to.
        guard info.st_mode & S_IFMT == S_IFDIR else { return Listing(files: [path]) }
        var walker = ArticleFiles(root: realPath(path) ?? path, extensions: extensions, links: links)
        guard walker.walk(Array(path.utf8), info: info) else {
            throw .unreadable(path: path, reason: "cannot list the directory: \(String(cString: strerror(errno)))")
        }
        var listing = walker.listing
        listing.files.sort { $0.precedesInByteOrder($1) }
        return listing
    }

    /// Lists one folder and those under it; false when the folder itself cannot be opened.
    private mutating func walk(_ directory: [UInt8], info: stat) -> Bool {
        guard visited.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted else { return true }
        guard let stream = (directory + [0]).withUnsafeBufferPointer({ buffer in
            buffer.withMemoryRebound(to: CChar.self) { opendir($0.baseAddress!) }
        }) else { return false }
        defer { closedir(stream) }
        var entries: [(name: [UInt8], type: UInt8)] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            if name == [UInt8(ascii: ".")] || name == [UInt8(ascii: "."), UInt8(ascii: ".")] { continue }
            entries.append((name, entry.pointee.d_type))
        }
        for (name, type) in entries {
            visit(directory + [UInt8(ascii: "/")] + name, name: name, type: type)
        }
        return true
    }

    private mutating func visit(_ path: [UInt8], name: [UInt8], type: UInt8) {
        let shown = String(decoding: path, as: UTF8.self)
        let wanted = type == UInt8(DT_DIR) || type == UInt8(DT_LNK) || type == UInt8(DT_UNKNOWN) || hasWantedExtension(name)
        guard wanted else { return }
        if name.first == UInt8(ascii: ".") {
            let isFolder = type == UInt8(DT_DIR)
            if isFolder || hasWantedExtension(name) {
                listing.skipped.append(FileReport(path: shown, encoding: nil, articles: 0, skipped: isFolder ? "hidden folder" : "hidden file"))
            }
            return
        }
        guard path.count < Int(PATH_MAX) else {
            return warn(shown, "path of \(path.count) bytes, longer than the system's limit of \(Int(PATH_MAX) - 1)")
        }
        guard let text = String(validating: path, as: UTF8.self) else {
            return warn(shown, "name is not valid UTF-8 (shown here with � for the bad bytes)")
        }
        var own = stat(), target = stat()
        guard lstat(text, &own) == 0 else { return warn(text, "cannot read: \(String(cString: strerror(errno)))") }
        let isLink = own.st_mode & S_IFMT == S_IFLNK
        if isLink {
            guard stat(text, &target) == 0 else {
                if hasWantedExtension(name) { warn(text, "symbolic link to nothing (\(String(cString: strerror(errno))))") }
                return
            }
            if links == .keptInside, !isInsideRoot(text) {
                return warn(text, "symbolic link out of the corpus folder, not followed under --sandbox")
            }
        } else {
            target = own
        }
        if target.st_mode & S_IFMT == S_IFDIR {
            if !walk(path, info: target) { warn(text, "cannot list the directory: \(String(cString: strerror(errno)))") }
        } else if hasWantedExtension(name) {
            // FIFOs, devices and sockets are listed too: the reader says what they are.
            listing.files.append(text)
        }
    }

    private mutating func warn(_ path: String, _ reason: String) {
        listing.warnings.append(CorpusWarning(path: path, message: reason + "; skipped"))
        listing.skipped.append(FileReport(path: path, encoding: nil, articles: 0, skipped: reason))
    }

    private func hasWantedExtension(_ name: [UInt8]) -> Bool {
        guard let dot = name.lastIndex(of: UInt8(ascii: ".")), dot > name.startIndex else { return false }
        return extensions.contains(String(decoding: name[(dot + 1)...], as: UTF8.self).lowercased())
    }

    private func isInsideRoot(_ path: String) -> Bool {
        guard let real = Self.realPath(path) else { return false }
        return real == root || real.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
