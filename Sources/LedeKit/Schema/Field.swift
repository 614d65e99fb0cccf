/// One field of a record kind, declared once: its name and documentation, how a script
/// reaches it, its export column, and how it is read from the model. The binding, `help`,
/// the README's API section and every export format read these declarations.
struct Field<Item>: Sendable {
    let name: String
    let summary: String
    let shape: FieldShape
    let loading: FieldLoading
    /// Whether the field is a column of its kind's export table. Lists of owned records
    /// are tables of their own, and links back from other records are left to joins.
    let exported: Bool
    /// Every value the field can hold, when they are a fixed set.
    let values: [String]?
    let read: @Sendable (Item, CorpusContext) -> FieldValue

    init(_ name: String, _ shape: FieldShape, _ summary: String, loading: FieldLoading? = nil, exported: Bool? = nil,
         values: [String]? = nil, read: @escaping @Sendable (Item, CorpusContext) -> FieldValue) {
        self.name = name
        self.summary = summary
        self.shape = shape
        let isList = switch shape {
        case .links, .texts, .records: true
        default: false
        }
        // Lists are fetched on demand; plain values and single links come with the record.
        self.loading = loading ?? (isList ? .onDemand : .eager)
        // Plain values and links out are columns; owned records are tables of their own.
        self.exported = exported ?? {
            if case .records = shape { return false }
            return true
        }()
        self.values = values
        self.read = read
    }
}

/// When a script gets a field.
enum FieldLoading: Sendable {
    /// Part of the record from the moment it is made: small, and what queries read.
    case eager
    /// Fetched the first time a script reads it: large, or worked out from other records.
    case onDemand
}
