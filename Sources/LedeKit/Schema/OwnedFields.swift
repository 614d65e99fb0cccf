import Corpus

/// A mention, with the actor it names.
struct MentionItem {
    let actor: Int
    let mention: Mention
}

/// A sentence, with its article and its 1-based number in it.
struct SentenceItem {
    let article: Int
    let number: Int
    let sentence: Sentence

    static func all(of article: Int, _ c: CorpusContext) -> [SentenceItem] {
        c.corpus.articles[article].sentences.enumerated().map { SentenceItem(article: article, number: $0 + 1, sentence: $1) }
    }
}

/// A line the reader left out, with its article.
struct DroppedItem {
    let article: Int
    let line: DroppedLine
}

extension Schema {
    /// Offsets 1-based and inclusive; into the title when `paragraph` is 0.
    static let mention = RecordKind<MentionItem>(
        name: "mention", plural: "mentions", summary: "One place an actor is named.",
        fields: [
            Field("actor", .link(to: "actors"), "The actor mentioned.") { m, _ in .link(m.actor) },
            Field("article", .link(to: "articles"), "The article.") { m, c in .link(c.index.articleByID[m.mention.article]) },
            Field("paragraph", .integer, "1-based paragraph; 0 for the title.") { m, _ in .integer(m.mention.paragraph) },
            Field("sentence", .integer, "1-based sentence; 0 for the title.") { m, _ in .integer(m.mention.sentence) },
            Field("start", .integer, "Byte offset of the first byte in the article's `text` (its `title` for paragraph 0), 1-based.") { m, _ in
                .integer(m.mention.range.lowerBound + 1)
            },
            Field("end", .integer, "Byte offset of the last byte, inclusive: `text:sub(m.start, m[\"end\"])`.") { m, _ in
                .integer(m.mention.range.upperBound)
            },
            Field("text", .text, "The words as written.") { m, _ in .text(m.mention.text) },
            Field("role", .text, "The role stated with this mention (\"Foreign Minister\"), if any.") { m, _ in .optional(m.mention.role) },
        ],
        all: { c in
            AnySequence(c.corpus.actors.indices.lazy.flatMap { actor in
                c.corpus.actors[actor].mentions.lazy.map { MentionItem(actor: actor, mention: $0) }
            })
        })

    static let sentence = RecordKind<SentenceItem>(
        name: "sentence", plural: "sentences", summary: "One sentence of an article.",
        fields: [
            Field("article", .link(to: "articles"), "The article.") { s, _ in .link(s.article) },
            Field("paragraph", .integer, "1-based paragraph.") { s, _ in .integer(s.sentence.paragraph + 1) },
            Field("n", .integer, "1-based position among the article's sentences.") { s, _ in .integer(s.number) },
            Field("start", .integer, "Byte offset in the article's `text`, 1-based.") { s, _ in .integer(s.sentence.range.lowerBound + 1) },
            Field("end", .integer, "Last byte, inclusive.") { s, _ in .integer(s.sentence.range.upperBound) },
            Field("text", .text, "The sentence.") { s, c in .text(c.corpus.articles[s.article].slice(s.sentence.range)) },
        ],
        all: { c in AnySequence(c.corpus.articles.indices.lazy.flatMap { SentenceItem.all(of: $0, c) }) })

    static let dropped = RecordKind<DroppedItem>(
        name: "dropped", plural: "dropped lines", summary: "A line the reader left out of an article, and why.",
        fields: [
            Field("article", .link(to: "articles"), "The article.") { d, _ in .link(d.article) },
            Field("line", .integer, "Line number in the file.") { d, _ in .integer(d.line.line) },
            Field("reason", .text, "Why it was dropped (`caption`, `newsletter`, `navigation`…).") { d, _ in .text(d.line.reason) },
            Field("text", .text, "The line.") { d, _ in .text(d.line.text) },
        ],
        all: { c in
            AnySequence(c.corpus.articles.indices.lazy.flatMap { article in
                c.corpus.articles[article].dropped.lazy.map { DroppedItem(article: article, line: $0) }
            })
        })

    static let span = RecordKind<Range<Int>>(
        name: "span", plural: "spans", summary: "Where a paragraph lies in its article's text.",
        fields: [
            Field("start", .integer, "First byte, 1-based.") { s, _ in .integer(s.lowerBound + 1) },
            Field("end", .integer, "Last byte, inclusive.") { s, _ in .integer(s.upperBound) },
        ],
        all: { _ in AnySequence([]) })
}
