import Corpus

/// The corpus as tables for other tools (jq, pandas, DuckDB): the export schema of DESIGN.md.
/// Offsets are byte offsets into the article's `text`, 1-based and inclusive, as in Lua.
public enum Export {
    public enum Format: String, CaseIterable, Sendable {
        case json, jsonl, csv, sqlite
    }

    public enum Table: String, CaseIterable, Sendable {
        case articles, sentences, dropped, actors, mentions, claims, quantities
    }

    public static let version = 2

    /// One object holding every table: `{"version":2, "articles":[…], "sentences":[…]}`.
    public static func json(_ corpus: Corpus) -> String {
        var members: [(String, JSONValue)] = [("version", .int(version))]
        members.append(("articles", .array(corpus.articles.map(articleObject))))
        members.append(("actors", .array(corpus.actors.map(actorObject))))
        members.append(("claims", .array(rows(.claims, corpus).map(object))))
        members.append(("quantities", .array(rows(.quantities, corpus).map(object))))
        members.append(("sentences", .array(rows(.sentences, corpus).map(object))))
        return JSONValue.object(members).serialized(pretty: true) + "\n"
    }

    /// Every table into one SQLite database at `path`, written atomically.
    public static func sqlite(_ corpus: Corpus, to path: String) throws(AtomicFile.WriteError) {
        try SQLiteExport.write(corpus, to: path)
    }

    /// One table, one JSON object a line.
    public static func jsonl(_ table: Table, _ corpus: Corpus) -> String {
        let objects = switch table {
        case .articles: corpus.articles.map(articleObject)
        case .actors: corpus.actors.map(actorObject)
        default: rows(table, corpus).map(object)
        }
        return objects.map { $0.serialized() + "\n" }.joined()
    }

    /// One table as CSV; list fields are left out or flattened to text.
    public static func csv(_ table: Table, _ corpus: Corpus) -> String {
        let rows = rows(table, corpus)
        let header = columns(table)
        return CSV.render(header: header, rows: rows.map { row in
            row.map { _, value in
                switch value {
                case .null: ""
                case .string(let string): string
                case .int(let int): String(int)
                default: value.serialized()
                }
            }
        })
    }

    static func columns(_ table: Table) -> [String] {
        switch table {
        case .articles: ["id", "path", "line", "title", "date", "date_source", "author", "outlet", "url", "words", "paragraphs", "text"]
        case .sentences: ["article", "paragraph", "sentence", "start", "end", "text"]
        case .dropped: ["article", "line", "reason", "text"]
        case .actors: ["id", "name", "type", "role", "affiliation", "aliases", "mentions"]
        case .mentions: ["actor", "article", "paragraph", "sentence", "start", "end", "text", "role"]
        case .claims: ["id", "article", "paragraph", "sentence", "speaker", "speaker_text", "cue", "addressee", "kind", "content",
                       "start", "end", "attribution_start", "attribution_end", "via", "quantities", "corroborated_by"]
        case .quantities: ["id", "article", "paragraph", "start", "end", "text", "kind", "value", "high", "unit", "bound", "km", "km_high"]
        }
    }

    typealias Row = [(String, JSONValue)]

    static func object(_ row: Row) -> JSONValue { .object(row) }

    /// A table's rows, made as they are read: the SQLite export of a million articles never
    /// holds a table's rows at once.
    static func rows(_ table: Table, _ corpus: Corpus) -> AnySequence<Row> {
        switch table {
        case .articles:
            return AnySequence(corpus.articles.lazy.map { article in
                metadata(article) + [("words", .int(article.words)), ("paragraphs", .int(article.paragraphRanges.count)),
                                     ("text", .string(article.text))]
            })
        case .sentences:
            return AnySequence(corpus.articles.lazy.flatMap { article in
                article.sentences.enumerated().lazy.map { index, sentence in
                    [("article", .string(article.id)), ("paragraph", .int(sentence.paragraph + 1)), ("sentence", .int(index + 1)),
                     ("start", .int(sentence.range.lowerBound + 1)), ("end", .int(sentence.range.upperBound)),
                     ("text", .string(article.slice(sentence.range)))]
                }
            })
        case .dropped:
            return AnySequence(corpus.articles.lazy.flatMap { article in
                article.dropped.lazy.map { line in
                    [("article", .string(article.id)), ("line", .int(line.line)), ("reason", .string(line.reason)),
                     ("text", .string(line.text))]
                }
            })
        case .actors:
            return AnySequence(corpus.actors.lazy.map { actor in
                actorFields(actor) + [("aliases", .string(actor.aliases.joined(separator: "; "))), ("mentions", .int(actor.mentions.count))]
            })
        case .mentions:
            return AnySequence(corpus.actors.lazy.flatMap { actor in
                actor.mentions.lazy.map { [("actor", .string(actor.id))] + mentionFields($0) }
            })
        case .claims:
            // Lists are JSON arrays here; CSV writes them as their JSON text.
            return AnySequence(corpus.claims.lazy.map { claim in
                [("id", .string(claim.id)), ("article", .string(claim.article)), ("paragraph", .int(claim.paragraph)),
                 ("sentence", .int(claim.sentence)), ("speaker", .optional(claim.speaker)), ("speaker_text", .optional(claim.speakerText)),
                 ("cue", .string(claim.cue)), ("addressee", .optional(claim.addressee)), ("kind", .string(claim.kind.rawValue)),
                 ("content", .string(claim.content)), ("start", .int(claim.contentRange.lowerBound + 1)),
                 ("end", .int(claim.contentRange.upperBound)),
                 ("attribution_start", claim.attributionRange.map { .int($0.lowerBound + 1) } ?? .null),
                 ("attribution_end", claim.attributionRange.map { .int($0.upperBound) } ?? .null),
                 ("via", .array(claim.via.map(JSONValue.string))),
                 ("quantities", .array(claim.quantities.map { .int($0 + 1) })),
                 ("corroborated_by", .array(claim.corroboratedBy.map(JSONValue.string)))]
            })
        case .quantities:
            return AnySequence(corpus.quantities.enumerated().lazy.map { index, quantity in
                [("id", .int(index + 1)), ("article", .string(quantity.article)), ("paragraph", .int(quantity.paragraph)),
                 ("start", .int(quantity.range.lowerBound + 1)), ("end", .int(quantity.range.upperBound)), ("text", .string(quantity.text)),
                 ("kind", .string(quantity.kind.rawValue)), ("value", .double(quantity.value)), ("high", quantity.high.map(JSONValue.double) ?? .null),
                 ("unit", .string(quantity.unit)), ("bound", .optional(quantity.bound)),
                 ("km", quantity.kilometres.map(JSONValue.double) ?? .null), ("km_high", quantity.kilometresHigh.map(JSONValue.double) ?? .null)]
            })
        }
    }

    static func actorFields(_ actor: Actor) -> Row {
        [("id", .string(actor.id)), ("name", .string(actor.name)), ("type", .string(actor.type.rawValue)),
         ("role", .optional(actor.role)), ("affiliation", .optional(actor.affiliation))]
    }

    /// Offsets 1-based and inclusive; into the title when `paragraph` is 0.
    static func mentionFields(_ mention: Mention) -> Row {
        [("article", .string(mention.article)), ("paragraph", .int(mention.paragraph)), ("sentence", .int(mention.sentence)),
         ("start", .int(mention.range.lowerBound + 1)), ("end", .int(mention.range.upperBound)), ("text", .string(mention.text)),
         ("role", .optional(mention.role))]
    }

    static func actorObject(_ actor: Actor) -> JSONValue {
        .object(actorFields(actor) + [
            ("aliases", .array(actor.aliases.map(JSONValue.string))),
            ("mentions", .array(actor.mentions.map { .object(mentionFields($0)) })),
        ])
    }

    /// The fields every article table starts with, in schema order.
    static func metadata(_ article: Article) -> Row {
        [("id", .string(article.id)), ("path", .string(article.path)), ("line", article.line.map(JSONValue.int) ?? .null),
         ("title", .string(article.title)), ("date", .optional(article.date)),
         ("date_source", .optional(article.dateSource?.rawValue)), ("author", .optional(article.author)),
         ("outlet", .optional(article.outlet)), ("url", .optional(article.url))]
    }

    static func articleObject(_ article: Article) -> JSONValue {
        .object(metadata(article) + [
            ("encoding", .string(article.encoding.rawValue)),
            ("words", .int(article.words)),
            ("paragraphs", .array(article.paragraphs.map(JSONValue.string))),
            ("dropped", .array(article.dropped.map { line in
                .object([("line", .int(line.line)), ("reason", .string(line.reason)), ("text", .string(line.text))])
            })),
        ])
    }
}
