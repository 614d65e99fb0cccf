import Foundation

/// Where scripts may write files. Every write is atomic (`AtomicFile`); in a sandbox it
/// must also land inside one of the allowed directories, after symbolic links and `..`
/// are resolved, so that a script cannot climb out of them.
public struct WritePolicy: Sendable {
    /// nil: anywhere the user may write.
    public var allowedDirectories: [String]?

    public static let anywhere = WritePolicy(allowedDirectories: nil)

    public init(allowedDirectories: [String]?) {
        self.allowedDirectories = allowedDirectories.map { $0.map(Self.resolved) }
    }

    /// Writes `text` to `path`, or says why not.
    public func write(_ text: some Collection<UInt8>, to path: String) -> Result<Void, AtomicFile.WriteError> {
        if let allowed = allowedDirectories {
            let directory = Self.resolved((path as NSString).deletingLastPathComponent.isEmpty
                ? "." : (path as NSString).deletingLastPathComponent)
            let inside = allowed.contains { directory == $0 || directory.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }
            guard inside else {
                let places = allowed.isEmpty ? "no directory is allowed (give --allow-write DIR)" : "allowed: " + allowed.joined(separator: ", ")
                return .failure(AtomicFile.WriteError(path: path, reason: "outside the directories the sandbox may write to; \(places)"))
            }
        }
        do {
            try AtomicFile.write(text, to: path)
            return .success(())
        } catch {
            return .failure(error)
        }
    }

    /// The absolute path with symbolic links and `..` resolved, as far as it exists.
    static func resolved(_ path: String) -> String {
        let absolute = (path as NSString).isAbsolutePath ? path : FileManager.default.currentDirectoryPath + "/" + path
        guard let real = realpath(absolute, nil) else { return (absolute as NSString).standardizingPath }
        defer { free(real) }
        return String(cString: real)
    }
}
