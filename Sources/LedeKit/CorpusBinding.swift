import Corpus
import Foundation
import LuaHost

/// Hands the corpus to lede's Lua library (`LuaLibrary`).
///
/// Nothing is built up front: the library asks `fields(kind, position)` for a record's
/// small fields the first time a script reaches that record, with links as 1-based
/// positions in the corpus lists (under `__article`, `__speaker`…, resolved by the library
/// when read). Large or derived fields (an article's text and sentences, an actor's
/// mentions, every list of links) come from `load(kind, position, field)` on first access
/// to them. The figures that decided this split are in the README ("Lua API").
/// Offsets become 1-based and inclusive, so that `text:sub(s.start, s["end"])` is the span.
struct CorpusBinding {
    let corpus: Corpus
    let index: CorpusIndex

    init(_ corpus: Corpus) {
        self.corpus = corpus
        index = CorpusIndex(corpus)
    }

    /// The fields the host table starts with; the library's chunks add the rest.
    func hostFields(in lua: LuaState) -> [LuaKey: LuaValue] {
        [
            "counts": .table(LuaTable(fields: [
                "articles": .integer(Int64(corpus.articles.count)), "actors": .integer(Int64(corpus.actors.count)),
                "claims": .integer(Int64(corpus.claims.count)), "quantities": .integer(Int64(corpus.quantities.count)),
            ])),
            "fields": lua.function { call in try fields(call) },
            "find_id": lua.function { call in
                guard let id = call[2].stringValue else { return [.nil] }
                let positions: [String: Int]
                switch call[1].stringValue {
                case "article": positions = index.articleByID
                case "actor": positions = index.actorByID
                case "claim": positions = index.claimByID
                default: return [.nil]
                }
                return [positions[id].map(link) ?? .nil]
            },
            "load": lua.function { call in try load(call) },
            // `column(kind, field)`: one plain field of every record, and the list a link points into.
            "column": lua.function { call in
                guard let kind = call[1].stringValue, let field = call[2].stringValue,
                      let column = CorpusColumns(corpus: corpus, index: index).column(kind: kind, field: field)
                else { return [.nil] }
                return [.table(LuaTable(array: column.values)), column.target.map { .string($0) } ?? .nil]
            },
            "find_actor": lua.function { call in
                guard let name = call[1].stringValue, let position = index.actor(named: name) else { return [.nil] }
                return [.integer(Int64(position + 1))]
            },
        ]
    }

    /// `fields(kind, position)`: the small fields of one record, made when a script first reaches it.
    func fields(_ call: LuaCall) throws -> [LuaValue] {
        guard let kind = call[1].stringValue, let position = call[2].integerValue.map({ Int($0) - 1 })
        else { throw LuaRaise("fields: expected a kind and a position") }
        switch kind {
        case "article" where corpus.articles.indices.contains(position): return [.table(table(for: corpus.articles[position], at: position))]
        case "actor" where corpus.actors.indices.contains(position): return [.table(table(for: corpus.actors[position], at: position))]
        case "claim" where corpus.claims.indices.contains(position): return [.table(table(for: corpus.claims[position], at: position))]
        case "quantity" where corpus.quantities.indices.contains(position):
            return [.table(table(for: corpus.quantities[position], at: position))]
        default: throw LuaRaise("fields: no \(kind) at position \(position + 1)")
        }
    }

    // MARK: Eager fields

    func table(for article: Article, at position: Int) -> LuaTable {
        var fields: [LuaKey: LuaValue] = [
            "__i": .integer(Int64(position + 1)),
            "id": .string(article.id),
            "path": .string(article.path),
            "title": .string(article.title),
            "words": .integer(Int64(article.words)),
            "encoding": .string(article.encoding.rawValue),
        ]
        let optional: [(LuaKey, String?)] = [
            ("date", article.date), ("date_source", article.dateSource?.rawValue), ("author", article.author),
            ("outlet", article.outlet), ("url", article.url),
        ]
        for (key, value) in optional { if let value { fields[key] = .string(value) } }
        if let line = article.line { fields["line"] = .integer(Int64(line)) }
        return LuaTable(fields: fields)
    }

    func table(for actor: Actor, at position: Int) -> LuaTable {
        var fields: [LuaKey: LuaValue] = [
            "__i": .integer(Int64(position + 1)),
            "id": .string(actor.id),
            "name": .string(actor.name),
            "type": .string(actor.type.rawValue),
        ]
        if let role = actor.role { fields["role"] = .string(role) }
        if let affiliation = actor.affiliation.flatMap({ index.actorByID[$0] }) { fields["__affiliation"] = link(affiliation) }
        return LuaTable(fields: fields)
    }

    func table(for claim: Claim, at position: Int) -> LuaTable {
        var fields: [LuaKey: LuaValue] = [
            "__i": .integer(Int64(position + 1)),
            "id": .string(claim.id),
            "paragraph": .integer(Int64(claim.paragraph)),
            "sentence": .integer(Int64(claim.sentence)),
            "cue": .string(claim.cue),
            "kind": .string(claim.kind.rawValue),
            "content": .string(claim.content),
        ]
        fields.merge(Self.span(claim.contentRange)) { $1 }
        if let article = index.articleByID[claim.article] {
            fields["__article"] = link(article)
            if let date = corpus.articles[article].date { fields["date"] = .string(date) }
        }
        if let speaker = claim.speaker.flatMap({ index.actorByID[$0] }) { fields["__speaker"] = link(speaker) }
        if let attribution = claim.attributionRange {
            fields["attribution_start"] = .integer(Int64(attribution.lowerBound + 1))
            fields["attribution_end"] = .integer(Int64(attribution.upperBound))
        }
        if let text = claim.speakerText { fields["speaker_text"] = .string(text) }
        if let addressee = claim.addressee { fields["addressee_text"] = .string(addressee) }
        return LuaTable(fields: fields)
    }

    func table(for quantity: Quantity, at position: Int) -> LuaTable {
        var fields: [LuaKey: LuaValue] = [
            "id": .integer(Int64(position + 1)),
            "paragraph": .integer(Int64(quantity.paragraph)),
            "text": .string(quantity.text),
            "kind": .string(quantity.kind.rawValue),
            "value": .number(quantity.value),
            "unit": .string(quantity.unit),
        ]
        fields.merge(Self.span(quantity.range)) { $1 }
        if let article = index.articleByID[quantity.article] {
            fields["__article"] = link(article)
            if let date = corpus.articles[article].date { fields["date"] = .string(date) }
        }
        if let claim = index.claimOfQuantity[position] { fields["__claim"] = link(claim) }
        let optional: [(LuaKey, Double?)] = [("high", quantity.high), ("km", quantity.kilometres), ("km_high", quantity.kilometresHigh)]
        for (key, value) in optional { if let value { fields[key] = .number(value) } }
        if let bound = quantity.bound { fields["bound"] = .string(bound) }
        return LuaTable(fields: fields)
    }

    // MARK: Fields built on first access

    /// `load(kind, position, field)`: one field of one record, as plain tables and positions.
    func load(_ call: LuaCall) throws -> [LuaValue] {
        guard let kind = call[1].stringValue, let position = call[2].integerValue.map({ Int($0) - 1 }),
              let field = call[3].stringValue
        else { throw LuaRaise("load: expected a kind, a position and a field") }
        let value: LuaValue?
        switch kind {
        case "article" where corpus.articles.indices.contains(position):
            value = articleField(field, of: corpus.articles[position], at: position)
        case "actor" where corpus.actors.indices.contains(position):
            value = actorField(field, of: corpus.actors[position], at: position)
        case "claim" where corpus.claims.indices.contains(position):
            value = claimField(field, of: corpus.claims[position])
        default:
            value = nil
        }
        guard let value else { throw LuaRaise("load: no field \(field) for \(kind) \(position + 1)") }
        return [value]
    }

    private func articleField(_ field: String, of article: Article, at position: Int) -> LuaValue? {
        switch field {
        case "text": return .string(article.text)
        case "paragraphs": return list(article.paragraphs.map { .string($0) })
        case "paragraph_spans": return list(article.paragraphRanges.map { .table(LuaTable(fields: Self.span($0))) })
        case "sentences":
            return list(article.sentences.enumerated().map { number, sentence in
                var fields = Self.span(sentence.range)
                fields["n"] = .integer(Int64(number + 1))
                fields["text"] = .string(article.slice(sentence.range))
                fields["paragraph"] = .integer(Int64(sentence.paragraph + 1))
                return .table(LuaTable(fields: fields))
            })
        case "dropped":
            return list(article.dropped.map { line in
                .table(LuaTable(fields: ["line": .integer(Int64(line.line)), "text": .string(line.text),
                                         "reason": .string(line.reason)]))
            })
        case "actors": return links(index.actorsOfArticle[position])
        case "claims": return links(index.claimsOfArticle[position])
        case "quantities": return links(index.quantitiesOfArticle[position])
        default: return nil
        }
    }

    private func actorField(_ field: String, of actor: Actor, at position: Int) -> LuaValue? {
        switch field {
        case "aliases": return list(actor.aliases.map { .string($0) })
        case "mentions":
            return list(actor.mentions.map { mention in
                var fields = Self.span(mention.range)
                if let article = index.articleByID[mention.article] { fields["article"] = link(article) }
                fields["paragraph"] = .integer(Int64(mention.paragraph))
                fields["sentence"] = .integer(Int64(mention.sentence))
                fields["text"] = .string(mention.text)
                if let role = mention.role { fields["role"] = .string(role) }
                return .table(LuaTable(fields: fields))
            })
        case "articles": return links(actor.articles.compactMap { index.articleByID[$0] })
        case "claims": return links(index.claimsOfActor[position])
        default: return nil
        }
    }

    private func claimField(_ field: String, of claim: Claim) -> LuaValue? {
        switch field {
        case "addressee": return addressee(of: claim).map(link) ?? .nil
        case "sentence_text": return sentenceText(of: claim).map { .string($0) } ?? .nil
        case "via": return links(claim.via.compactMap { index.actorByID[$0] })
        case "quantities": return links(claim.quantities)
        case "corroborated_by": return links(claim.corroboratedBy.compactMap { index.claimByID[$0] })
        default: return nil
        }
    }

    /// The actor the addressee's words name: the last one mentioned inside the attribution,
    /// in those words, other than the speaker ("told the BBC" names the BBC, "told Israel's
    /// Channel 10 reporter Barak Ravid" Ravid; "told reporters" no one).
    private func addressee(of claim: Claim) -> Int? {
        guard let words = claim.addressee?.lowercased(), let attribution = claim.attributionRange,
              let article = index.articleByID[claim.article] else { return nil }
        let inTitle = claim.paragraph == 0
        var last: (actor: Int, start: Int)?
        for actor in index.actorsOfArticle[article] where corpus.actors[actor].id != claim.speaker {
            for mention in corpus.actors[actor].mentions where mention.article == claim.article && (mention.paragraph == 0) == inTitle
                && attribution.contains(mention.range.lowerBound) && words.contains(mention.text.lowercased())
                && mention.range.lowerBound > (last?.start ?? -1) {
                last = (actor, mention.range.lowerBound)
            }
        }
        return last?.actor
    }

    /// The whole sentence a claim's content starts in; the headline for a headline claim.
    private func sentenceText(of claim: Claim) -> String? {
        guard let position = index.articleByID[claim.article] else { return nil }
        let article = corpus.articles[position]
        if claim.paragraph == 0 { return article.title }
        guard article.sentences.indices.contains(claim.sentence - 1) else { return nil }
        return article.slice(article.sentences[claim.sentence - 1].range)
    }

    private func link(_ position: Int) -> LuaValue { .integer(Int64(position + 1)) }
    private func links(_ positions: [Int]) -> LuaValue { list(positions.map(link)) }
    private func list(_ values: [LuaValue]) -> LuaValue { .table(LuaTable(array: values)) }

    static func span(_ range: Range<Int>) -> [LuaKey: LuaValue] {
        ["start": .integer(Int64(range.lowerBound + 1)), "end": .integer(Int64(range.upperBound))]
    }
}
