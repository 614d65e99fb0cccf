import Corpus

/// What `lede --version` says: the release, and the versions of what lede writes for other
/// tools and for itself, which is what decides whether two installs read each other's files.
public enum LedeVersion {
    public static let release = "0.1.0"

    public static var description: String {
        "lede \(release) (extraction \(ExtractionVersion.current), records \"\(RecordStream.format)\", export schema \(Export.version))"
    }
}
