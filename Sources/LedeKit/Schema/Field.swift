/// One field of a record kind, declared once: what every use knows of it (`FieldInfo`:
/// name, documentation, shape, when a script gets it, whether it is an export column) and
/// how it is read from the model. The binding, `help`, the README's API section and every
/// export format read these declarations.
struct Field<Item>: Sendable {
    let info: FieldInfo
    let read: @Sendable (Item, CorpusContext) -> FieldValue

    var name: String { info.name }
    var shape: FieldShape { info.shape }
    var loading: FieldLoading { info.loading }
    var exported: Bool { info.exported }

    init(_ name: String, _ shape: FieldShape, _ summary: String, loading: FieldLoading? = nil, exported: Bool? = nil,
         values: [String]? = nil, read: @escaping @Sendable (Item, CorpusContext) -> FieldValue) {
        let isList = switch shape {
        case .links, .texts, .records: true
        default: false
        }
        let isOwnedRecords = if case .records = shape { true } else { false }
        // Lists are fetched on demand; plain values and single links come with the record.
        // Plain values and links out are columns; owned records are tables of their own.
        info = FieldInfo(name: name, summary: summary, shape: shape, loading: loading ?? (isList ? .onDemand : .eager),
                         exported: exported ?? !isOwnedRecords, values: values)
        self.read = read
    }
}

/// What every use but reading knows of a field.
struct FieldInfo: Sendable {
    let name: String
    let summary: String
    let shape: FieldShape
    let loading: FieldLoading
    /// Whether the field is a column of its kind's export table. Lists of owned records
    /// are tables of their own, and links back from other records are left to joins.
    let exported: Bool
    /// Every value the field can hold, when they are a fixed set.
    let values: [String]?
}

/// When a script gets a field.
enum FieldLoading: Sendable {
    /// Part of the record from the moment it is made: small, and what queries read.
    case eager
    /// Fetched the first time a script reads it: large, or worked out from other records.
    case onDemand
}
