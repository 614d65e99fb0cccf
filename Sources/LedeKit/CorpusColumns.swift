import Corpus
import LuaHost

/// One plain field of every record of a kind, as one Lua array: what `where`, `count_by`
/// and `pluck` read on the corpus lists so that they need not make a record per item.
///
/// The values are the ones the record would hold (`false` where the record has none, so
/// that the array has no holes); a link is the linked record's 1-based position, and
/// `target` names the list it points into.
struct CorpusColumns {
    let corpus: Corpus
    let index: CorpusIndex

    struct Column {
        var values: [LuaValue]
        /// "articles", "actors", "claims" for a link; nil for a plain value.
        var target: String?
    }

    func column(kind: String, field: String) -> Column? {
        switch kind {
        case "article": return articleColumn(field)
        case "actor": return actorColumn(field)
        case "claim": return claimColumn(field)
        case "quantity": return quantityColumn(field)
        default: return nil
        }
    }

    private func articleColumn(_ field: String) -> Column? {
        let articles = corpus.articles
        switch field {
        case "id": return plain(articles.map { .string($0.id) })
        case "path": return plain(articles.map { .string($0.path) })
        case "title": return plain(articles.map { .string($0.title) })
        case "words": return plain(articles.map { .integer(Int64($0.words)) })
        case "encoding": return plain(articles.map { .string($0.encoding.rawValue) })
        case "date": return plain(articles.map { string($0.date) })
        case "date_source": return plain(articles.map { string($0.dateSource?.rawValue) })
        case "author": return plain(articles.map { string($0.author) })
        case "outlet": return plain(articles.map { string($0.outlet) })
        case "url": return plain(articles.map { string($0.url) })
        case "line": return plain(articles.map { $0.line.map { .integer(Int64($0)) } ?? .boolean(false) })
        default: return nil
        }
    }

    private func actorColumn(_ field: String) -> Column? {
        let actors = corpus.actors
        switch field {
        case "id": return plain(actors.map { .string($0.id) })
        case "name": return plain(actors.map { .string($0.name) })
        case "type": return plain(actors.map { .string($0.type.rawValue) })
        case "role": return plain(actors.map { string($0.role) })
        case "affiliation": return Column(values: actors.map { position($0.affiliation.flatMap { index.actorByID[$0] }) }, target: "actors")
        default: return nil
        }
    }

    private func claimColumn(_ field: String) -> Column? {
        let claims = corpus.claims
        switch field {
        case "id": return plain(claims.map { .string($0.id) })
        case "paragraph": return plain(claims.map { .integer(Int64($0.paragraph)) })
        case "sentence": return plain(claims.map { .integer(Int64($0.sentence)) })
        case "cue": return plain(claims.map { .string($0.cue) })
        case "kind": return plain(claims.map { .string($0.kind.rawValue) })
        case "content": return plain(claims.map { .string($0.content) })
        case "start": return plain(claims.map { .integer(Int64($0.contentRange.lowerBound + 1)) })
        case "end": return plain(claims.map { .integer(Int64($0.contentRange.upperBound)) })
        case "attribution_start": return plain(claims.map { number($0.attributionRange.map { $0.lowerBound + 1 }) })
        case "attribution_end": return plain(claims.map { number($0.attributionRange?.upperBound) })
        case "speaker_text": return plain(claims.map { string($0.speakerText) })
        case "addressee_text": return plain(claims.map { string($0.addressee) })
        case "date": return plain(claims.map { string(index.articleByID[$0.article].flatMap { corpus.articles[$0].date }) })
        case "speaker": return Column(values: claims.map { position($0.speaker.flatMap { index.actorByID[$0] }) }, target: "actors")
        case "article": return Column(values: claims.map { position(index.articleByID[$0.article]) }, target: "articles")
        default: return nil
        }
    }

    private func quantityColumn(_ field: String) -> Column? {
        let quantities = corpus.quantities
        switch field {
        case "id": return plain(quantities.indices.map { .integer(Int64($0 + 1)) })
        case "paragraph": return plain(quantities.map { .integer(Int64($0.paragraph)) })
        case "text": return plain(quantities.map { .string($0.text) })
        case "kind": return plain(quantities.map { .string($0.kind.rawValue) })
        case "value": return plain(quantities.map { .number($0.value) })
        case "unit": return plain(quantities.map { .string($0.unit) })
        case "bound": return plain(quantities.map { string($0.bound) })
        case "high": return plain(quantities.map { $0.high.map { .number($0) } ?? .boolean(false) })
        case "km": return plain(quantities.map { $0.kilometres.map { .number($0) } ?? .boolean(false) })
        case "km_high": return plain(quantities.map { $0.kilometresHigh.map { .number($0) } ?? .boolean(false) })
        case "start": return plain(quantities.map { .integer(Int64($0.range.lowerBound + 1)) })
        case "end": return plain(quantities.map { .integer(Int64($0.range.upperBound)) })
        case "date": return plain(quantities.map { string(index.articleByID[$0.article].flatMap { corpus.articles[$0].date }) })
        case "article": return Column(values: quantities.map { position(index.articleByID[$0.article]) }, target: "articles")
        case "claim": return Column(values: quantities.indices.map { position(index.claimOfQuantity[$0]) }, target: "claims")
        default: return nil
        }
    }

    private func plain(_ values: [LuaValue]) -> Column { Column(values: values, target: nil) }
    private func string(_ value: String?) -> LuaValue { value.map { .string($0) } ?? .boolean(false) }
    private func number(_ value: Int?) -> LuaValue { value.map { .integer(Int64($0)) } ?? .boolean(false) }
    private func position(_ value: Int?) -> LuaValue { value.map { .integer(Int64($0 + 1)) } ?? .boolean(false) }
}
