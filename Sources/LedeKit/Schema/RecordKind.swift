/// A kind of record (article, actor, claim…): its fields in the order `pairs`, `show`,
/// `json` and the export walk them, and every record of the kind in export order.
struct RecordKind<Item>: Sendable {
    let name: String
    let plural: String
    let summary: String
    let fields: [Field<Item>]
    let all: @Sendable (CorpusContext) -> AnySequence<Item>

    func field(named name: String) -> Field<Item>? { fields.first { $0.name == name } }

    /// One record's fields, as an owned list holds them.
    func row(_ item: Item, _ context: CorpusContext) -> [(name: String, value: FieldValue)] {
        fields.map { ($0.name, $0.read(item, context)) }
    }

    var erased: AnyRecordKind {
        AnyRecordKind(name: name, plural: plural, summary: summary, fields: fields.map(\.info),
                      exportedRows: { context in
                          let exported = fields.filter(\.exported)
                          return AnySequence(all(context).lazy.map { item in exported.map { $0.read(item, context) } })
                      })
    }
}

/// A record kind with its item type erased: what `help`, the README and the export read.
struct AnyRecordKind: Sendable {
    let name: String
    let plural: String
    let summary: String
    let fields: [FieldInfo]
    /// The exported fields' values, record by record.
    let exportedRows: @Sendable (CorpusContext) -> AnySequence<[FieldValue]>

    var exportedFields: [FieldInfo] { fields.filter(\.exported) }
}
