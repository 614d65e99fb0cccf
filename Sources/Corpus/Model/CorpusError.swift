/// Why a corpus could not be read at all. Problems with single files are warnings instead.
public enum CorpusError: Error, Equatable, CustomStringConvertible, Sendable {
    case notFound(path: String)
    case unreadable(path: String, reason: String)

    public var description: String {
        switch self {
        case .notFound(let path): "corpus path does not exist: \(path)"
        case .unreadable(let path, let reason): "cannot read corpus \(path): \(reason)"
        }
    }
}

/// A file that was skipped or read with a caveat; the rest of the corpus still loads.
public struct CorpusWarning: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var line: Int?
    public var message: String

    public init(path: String, line: Int? = nil, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "\(path):\(line): \(message)" }
        return "\(path): \(message)"
    }
}
