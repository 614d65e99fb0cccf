/// Every record kind lede hands out, each field declared once (see `Field`). The four
/// corpus lists hold records by position; the rest are owned by one of them.
enum Schema {
    /// The kinds of the corpus lists, by kind name.
    static let corpusKinds: [String: RecordKind<Int>] = [
        article.name: article, actor.name: actor, claim.name: claim, quantity.name: quantity,
    ]

    /// Every kind, in the order `help` and the README list them.
    static let kinds: [AnyRecordKind] = [
        article.erased, actor.erased, claim.erased, quantity.erased, mention.erased, sentence.erased, dropped.erased, span.erased,
    ]

    /// The kind whose records are an export table's rows.
    static func kind(of table: Export.Table) -> AnyRecordKind {
        switch table {
        case .articles: article.erased
        case .sentences: sentence.erased
        case .dropped: dropped.erased
        case .actors: actor.erased
        case .mentions: mention.erased
        case .claims: claim.erased
        case .quantities: quantity.erased
        }
    }
}
