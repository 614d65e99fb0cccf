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
