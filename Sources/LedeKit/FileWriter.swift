import Foundation

/// A set of places on disk, compared after symbolic links and `..` are resolved, so that
/// a path cannot climb out of them.
public struct PathList: Sendable {
    /// Absolute, resolved paths: directories (with everything under them) or single files.
    public let roots: [String]

    public init(_ paths: [String]) {
        roots = paths.map(Self.resolved)
    }

    /// Whether `path`, resolved, is one of the roots or lies under one.
    public func contains(_ path: String) -> Bool {
        let resolved = Self.resolved(path)
        return roots.contains { root in
            resolved == root || resolved.hasPrefix(root.hasSuffix("/") ? root : root + "/")
        }
    }

    public var description: String {
        roots.isEmpty ? "none" : roots.joined(separator: ", ")
    }

    /// The absolute path with symbolic links and `..` resolved, as far as it exists.
    static func resolved(_ path: String) -> String {
        let absolute = (path as NSString).isAbsolutePath ? path : FileManager.default.currentDirectoryPath + "/" + path
        guard let real = realpath(absolute, nil) else { return (absolute as NSString).standardizingPath }
        defer { free(real) }
        return String(cString: real)
    }
}

/// Where scripts may write files. Every write is atomic (`AtomicFile`); under a policy
/// with allowed directories it must also land inside one of them.
public struct WritePolicy: Sendable {
    /// nil: anywhere the user may write.
    public var allowedDirectories: PathList?

    public static let anywhere = WritePolicy(allowedDirectories: nil)

    public init(allowedDirectories: [String]?) {
        self.allowedDirectories = allowedDirectories.map(PathList.init)
    }

    /// Writes `text` to `path`, or says why not.
    public func write(_ text: some Collection<UInt8>, to path: String) -> Result<Void, AtomicFile.WriteError> {
        if let allowed = allowedDirectories {
            let directory = (path as NSString).deletingLastPathComponent
            guard allowed.contains(directory.isEmpty ? "." : directory) else {
                let places = allowed.roots.isEmpty
                    ? "no directory is allowed (give --allow-write DIR)" : "allowed: " + allowed.description
                return .failure(AtomicFile.WriteError(path: path, reason: "outside the directories scripts may write to; \(places)"))
            }
        }
        do {
            try AtomicFile.write(text, to: path)
            return .success(())
        } catch {
            return .failure(error)
        }
    }
}
