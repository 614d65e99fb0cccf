import Corpus
import LuaHost

/// Hands the corpus to lede's Lua library (`LuaLibrary`), as `Schema` declares it.
///
/// Nothing is built up front: the library asks `fields(kind, position)` for a record's
/// eager fields the first time a script reaches that record, with links as 1-based
/// positions in the corpus lists (under `__article`, `__speaker`…, resolved by the library
/// when read). Fields declared on demand (an article's text and sentences, an actor's
/// mentions, every list of links) come from `load(kind, position, field)` on first access
/// to them. The figures that decided this split are in the README ("Lua API").
/// Offsets are 1-based and inclusive, so that `text:sub(s.start, s["end"])` is the span.
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
                guard let kind = call[1].stringValue, let field = call[2].stringValue, let column = column(kind: kind, field: field)
                else { return [.nil] }
                return [.table(LuaTable(array: column.values)), column.target.map { .string($0) } ?? .nil]
            },
            // `group(kind, key, members, subset)` and `sort(kind, key, descending, subset)`:
            // see `group(_:)` and `sort(_:)`.
            "group": lua.function { call in try group(call) },
            "sort": lua.function { call in try sort(call) },
            // `search_text(needle, ignore_case)`: how many hits, and a function from a hit's
            // 1-based index to its article's position, paragraph, sentence, start, end and
            // context (see `TextSearch`).
            "search_text": lua.function { call in
                guard let needle = call.bytes(1) else { throw LuaRaise.badArgument(1, to: "search_text", "string expected") }
                let search = TextSearch(needle, ignoringCase: call[2] == .boolean(true), in: corpus)
                let articles = corpus.articles
                let hit = call.state.function { hitCall in
                    guard let index = hitCall[1].integerValue.map({ Int($0) - 1 }), search.hits.indices.contains(index) else { return [.nil] }
                    let row = search.row(index, in: articles)
                    let bytes = search.hits[index].bytes
                    return [.integer(Int64(search.hits[index].article + 1)), row.paragraph.map { .integer(Int64($0)) } ?? .nil,
                            row.sentence.map { .integer(Int64($0)) } ?? .nil, .integer(Int64(bytes.lowerBound + 1)),
                            .integer(Int64(bytes.upperBound)), row.context.map(LuaValue.string) ?? .nil]
                }
                return [.integer(Int64(search.hits.count)), hit]
            },
            "find_actor": lua.function { call in
                guard let name = call[1].stringValue, let position = index.actor(named: name) else { return [.nil] }
                return [.integer(Int64(position + 1))]
            },
        ]
    }

    /// `fields(kind, position)`: the eager fields of one record, made when a script first
    /// reaches it; a link comes as the linked record's position under `__<field>`.
    func fields(_ call: LuaCall) throws -> [LuaValue] {
        guard let name = call[1].stringValue, let position = call[2].integerValue.map({ Int($0) - 1 }),
              let kind = Schema.corpusKinds[name], context.count(of: name).map({ (0..<$0).contains(position) }) == true
        else { throw LuaRaise("fields: no \(call[1].stringValue ?? "record") at position \(call[2].integerValue ?? 0)") }
        var fields: [LuaKey: LuaValue] = ["__i": .integer(Int64(position + 1))]
        for field in kind.fields where field.loading == .eager {
            let value = field.read(position, context)
            if case .link(let target) = value {
                if let target { fields[.string("__" + field.name)] = .integer(Int64(target + 1)) }
            } else if let value = Self.lua(value) {
                fields[.string(field.name)] = value
            }
        }
        return [.table(LuaTable(fields: fields))]
    }

    /// `load(kind, position, field)`: one field fetched on demand, with links as positions.
    func load(_ call: LuaCall) throws -> [LuaValue] {
        guard let name = call[1].stringValue, let position = call[2].integerValue.map({ Int($0) - 1 }),
              let fieldName = call[3].stringValue, let field = Schema.corpusKinds[name]?.field(named: fieldName),
              context.count(of: name).map({ (0..<$0).contains(position) }) == true
        else { throw LuaRaise("load: no field \(call[3].stringValue ?? "?") for \(call[1].stringValue ?? "?") \(call[2].integerValue ?? 0)") }
        return [Self.lua(field.read(position, context)) ?? .nil]
    }

    /// `column(kind, field)`: one eager field of every record of a kind, `false` where a
    /// record has none, and the list a link points into.
    func column(kind name: String, field fieldName: String) -> (values: [LuaValue], target: String?)? {
        guard let kind = Schema.corpusKinds[name], let field = kind.field(named: fieldName), field.loading == .eager,
              let count = context.count(of: name)
        else { return nil }
        let read = context.reader(of: name, field)
        let values = (0..<count).map { position in Self.lua(read(position)) ?? .boolean(false) }
        return (values, field.shape.target)
    }

    /// `group(kind, key, members, subset)`: a corpus list's records (or those at the
    /// positions `subset` lists) grouped by `key` (a field or a path through links), or nil
    /// when the key is not one Swift can read. Returns the keys (a link as a position, a
    /// missing value as `false`), and either each key's items as indexes into the list
    /// grouped (`members` true, keys in order of first appearance) or each key's count
    /// (keys from the most records to the fewest, ties in order of first appearance); then
    /// the list a link key points into.
    func group(_ call: LuaCall) throws -> [LuaValue] {
        guard let kind = call[1].stringValue, let key = call[2].stringValue else { return [.nil] }
        let keepMembers = call[3] == .boolean(true)
        guard let path = FieldPath(kind: kind, path: key, context: context) else { return [.nil] }
        let grouping = CorpusGrouping(path, subset: try subset(call[4], of: path), keepMembers: keepMembers)
        let slots = keepMembers ? Array(grouping.keys.indices) : grouping.byCountDescending
        let keys = slots.map { slot -> LuaValue in
            switch grouping.keys[slot] {
            case .missing: .boolean(false)
            case .nan: .number(.nan)
            case .text(let bytes): .string(bytes.text)
            case .integer(let integer): .integer(Int64(integer))
            case .number(let number): .number(number)
            case .link(let position): link(position)
            }
        }
        let second: [LuaValue] = keepMembers
            ? grouping.members.map { positions in .table(LuaTable(array: positions.map(link))) }
            : slots.map { .integer(Int64(grouping.counts[$0])) }
        return [.table(LuaTable(array: keys)), .table(LuaTable(array: second)), path.target.map(LuaValue.string) ?? .nil]
    }

    /// `sort(kind, key, descending, subset)`: the indexes of a corpus list's records (or
    /// of those at the positions `subset` lists) sorted by a plain field (see
    /// `CorpusOrder`), or nil when Swift cannot read the key.
    func sort(_ call: LuaCall) throws -> [LuaValue] {
        guard let kind = call[1].stringValue, let key = call[2].stringValue,
              let path = FieldPath(kind: kind, path: key, context: context),
              let order = CorpusOrder.order(path, subset: try subset(call[4], of: path), descending: call[3] == .boolean(true))
        else { return [.nil] }
        return [.table(LuaTable(array: order.map(link)))]
    }

    /// A list of 1-based positions from Lua as 0-based ones; nil for nil.
    private func subset(_ value: LuaValue, of path: FieldPath) throws -> [Int]? {
        guard case .reference(let reference) = value else { return nil }
        return try reference.table().array.map { item in
            guard let position = item.integerValue.map({ Int($0) - 1 }), (0..<path.count).contains(position) else {
                throw LuaRaise("a position outside the list")
            }
            return position
        }
    }

    private var context: CorpusContext { CorpusContext(corpus: corpus, index: index) }

    private func link(_ position: Int) -> LuaValue { .integer(Int64(position + 1)) }

    /// A field's value as Lua holds it: links as 1-based positions, owned records as plain
    /// tables whose links are positions too; nil for a missing value.
    static func lua(_ value: FieldValue) -> LuaValue? {
        switch value {
        case .none: return nil
        case .text(let text): return .string(text)
        case .integer(let integer): return .integer(Int64(integer))
        case .number(let number): return .number(number)
        case .link(let position): return position.map { .integer(Int64($0 + 1)) }
        case .links(let positions): return .table(LuaTable(array: positions.map { .integer(Int64($0 + 1)) }))
        case .texts(let texts): return .table(LuaTable(array: texts.map(LuaValue.string)))
        case .records(let rows):
            return .table(LuaTable(array: rows.map { row in
                var fields: [LuaKey: LuaValue] = [:]
                for (name, value) in row { if let value = lua(value) { fields[.string(name)] = value } }
                return .table(LuaTable(fields: fields))
            }))
        }
    }
}
