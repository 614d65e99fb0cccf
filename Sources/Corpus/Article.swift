/// One news article, cleaned and segmented. Offsets are UTF-8 byte offsets into `text`,
/// as Lua's string functions count them.
public struct Article: Sendable, Equatable {
    /// Stable identifier: the file name without its extension.
    public var id: String
    public var path: String
    public var title: String
    public var paragraphs: [String]

    public init(id: String, path: String, title: String, paragraphs: [String]) {
        self.id = id
        self.path = path
        self.title = title
        self.paragraphs = paragraphs
    }
}
