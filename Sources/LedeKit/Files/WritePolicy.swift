import Foundation

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
