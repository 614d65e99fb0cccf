/// What a field holds, which decides how Lua reaches it and how the export writes it.
enum FieldShape: Sendable, Equatable {
    case text
    case integer
    case number
    /// One record of the corpus list named (`"actors"`); in the export, that record's id.
    case link(to: String)
    /// Records of the corpus list named; in the export, a list of their ids.
    case links(to: String)
    case texts
    /// Records of the kind named that belong to this one; `owner` is their field that
    /// points back (a sentence's `article`), nil when they have none.
    case records(of: String, owner: String?)

    /// The name the Lua library and `help` use for the shape.
    var name: String {
        switch self {
        case .text: "text"
        case .integer: "integer"
        case .number: "number"
        case .link: "link"
        case .links: "links"
        case .texts: "texts"
        case .records: "records"
        }
    }

    /// The list a link or links point into.
    var target: String? {
        switch self {
        case .link(let target), .links(let target): target
        default: nil
        }
    }

    /// How an SQLite column of this shape is declared; lists are JSON text.
    var sqlType: String {
        switch self {
        case .integer: "INTEGER"
        case .number: "REAL"
        // Quantities are numbered, everything else has a text id.
        case .link(let target): target == "quantities" ? "INTEGER" : "TEXT"
        case .text, .links, .texts, .records: "TEXT"
        }
    }
}
