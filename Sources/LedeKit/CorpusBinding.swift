import Corpus
import LuaHost

/// Builds the Lua side of the corpus: the `articles` and `actors` lists, then links them
/// with `CorpusPrelude` so that fields hold tables, not ids to look up.
/// Offsets become 1-based and inclusive, so that `text:sub(s.start, s["end"])` is the span.
enum CorpusBinding {
    static func install(_ corpus: Corpus, in lua: LuaState) throws(LuaError) {
        lua.setGlobal("articles", .table(LuaTable(array: corpus.articles.map { .table(table(for: $0)) })))
        lua.setGlobal("actors", .table(LuaTable(array: corpus.actors.map { .table(table(for: $0)) })))
        lua.setGlobal("claims", .table(LuaTable(array: corpus.claims.map { .table(table(for: $0)) })))
        lua.setGlobal("quantities", .table(LuaTable(array: corpus.quantities.map { .table(table(for: $0)) })))
        try lua.run(CorpusPrelude.source, chunkName: "=lede prelude")
    }

    /// `speaker`, `via`, `article`, `quantities` and `corroborated_by` hold ids and indices
    /// here; the prelude swaps in the tables.
    static func table(for claim: Claim) -> LuaTable {
        var fields: [LuaKey: LuaValue] = [
            "id": .string(claim.id),
            "article": .string(claim.article),
            "paragraph": .integer(Int64(claim.paragraph)),
            "sentence": .integer(Int64(claim.sentence)),
            "cue": .string(claim.cue),
            "kind": .string(claim.kind.rawValue),
            "content": .string(claim.content),
            "via": .table(LuaTable(array: claim.via.map { .string($0) })),
            "quantities": .table(LuaTable(array: claim.quantities.map { .integer(Int64($0 + 1)) })),
            "corroborated_by": .table(LuaTable(array: claim.corroboratedBy.map { .string($0) })),
        ]
        for (key, value) in span(claim.contentRange) { fields[key] = value }
        if let attribution = claim.attributionRange {
            fields["attribution_start"] = .integer(Int64(attribution.lowerBound + 1))
            fields["attribution_end"] = .integer(Int64(attribution.upperBound))
        }
        let optional: [(LuaKey, String?)] = [("speaker", claim.speaker), ("speaker_text", claim.speakerText), ("addressee", claim.addressee)]
        for (key, value) in optional { if let value { fields[key] = .string(value) } }
        return LuaTable(fields: fields)
    }

    static func table(for quantity: Quantity) -> LuaTable {
        var fields: [LuaKey: LuaValue] = [
            "article": .string(quantity.article),
            "paragraph": .integer(Int64(quantity.paragraph)),
            "text": .string(quantity.text),
            "kind": .string(quantity.kind.rawValue),
            "value": .number(quantity.value),
            "unit": .string(quantity.unit),
        ]
        for (key, value) in span(quantity.range) { fields[key] = value }
        let optional: [(LuaKey, Double?)] = [("high", quantity.high), ("km", quantity.kilometres), ("km_high", quantity.kilometresHigh)]
        for (key, value) in optional { if let value { fields[key] = .number(value) } }
        if let bound = quantity.bound { fields["bound"] = .string(bound) }
        return LuaTable(fields: fields)
    }

    /// `affiliation` and each mention's `article` are ids here; the prelude swaps in the tables.
    static func table(for actor: Actor) -> LuaTable {
        var fields: [LuaKey: LuaValue] = [
            "id": .string(actor.id),
            "name": .string(actor.name),
            "type": .string(actor.type.rawValue),
            "aliases": .table(LuaTable(array: actor.aliases.map { .string($0) })),
            "mentions": .table(LuaTable(array: actor.mentions.map { mention in
                var fields = span(mention.range)
                fields["article"] = .string(mention.article)
                fields["paragraph"] = .integer(Int64(mention.paragraph))
                fields["sentence"] = .integer(Int64(mention.sentence))
                fields["text"] = .string(mention.text)
                if let role = mention.role { fields["role"] = .string(role) }
                return .table(LuaTable(fields: fields))
            })),
        ]
        if let role = actor.role { fields["role"] = .string(role) }
        if let affiliation = actor.affiliation { fields["affiliation"] = .string(affiliation) }
        return LuaTable(fields: fields)
    }

    static func table(for article: Article) -> LuaTable {
        var fields: [LuaKey: LuaValue] = [
            "id": .string(article.id),
            "path": .string(article.path),
            "title": .string(article.title),
            "text": .string(article.text),
            "words": .integer(Int64(article.words)),
            "encoding": .string(article.encoding.rawValue),
            "paragraphs": .table(LuaTable(array: article.paragraphs.map { .string($0) })),
            "paragraph_spans": .table(LuaTable(array: article.paragraphRanges.map { range in
                .table(LuaTable(fields: span(range)))
            })),
            "sentences": .table(LuaTable(array: article.sentences.map { sentence in
                var fields = span(sentence.range)
                fields["text"] = .string(article.slice(sentence.range))
                fields["paragraph"] = .integer(Int64(sentence.paragraph + 1))
                return .table(LuaTable(fields: fields))
            })),
            "dropped": .table(LuaTable(array: article.dropped.map { line in
                .table(LuaTable(fields: ["line": .integer(Int64(line.line)), "text": .string(line.text),
                                         "reason": .string(line.reason)]))
            })),
        ]
        let optional: [(LuaKey, String?)] = [
            ("date", article.date), ("date_source", article.dateSource?.rawValue), ("author", article.author),
            ("outlet", article.outlet), ("url", article.url),
        ]
        for (key, value) in optional { if let value { fields[key] = .string(value) } }
        if let line = article.line { fields["line"] = .integer(Int64(line)) }
        return LuaTable(fields: fields)
    }

    static func span(_ range: Range<Int>) -> [LuaKey: LuaValue] {
        ["start": .integer(Int64(range.lowerBound + 1)), "end": .integer(Int64(range.upperBound))]
    }
}
