import Corpus

extension Schema {
    static let article = RecordKind<Int>(
        name: "article", plural: "articles", summary: "One news article, cleaned of page furniture.",
        fields: [
            Field("id", .text, "File name without extension; for JSON Lines, the record's `id`, else `<file>-<line>`.") { p, c in
                .text(c.corpus.articles[p].id)
            },
            Field("path", .text, "The file it was read from.") { p, c in .text(c.corpus.articles[p].path) },
            Field("line", .integer, "Its line in a JSON Lines file.") { p, c in .optional(c.corpus.articles[p].line) },
            Field("title", .text, "The headline.") { p, c in .text(c.corpus.articles[p].title) },
            Field("date", .text, "Publication date, `YYYY-MM-DD`, when stated or inferred.") { p, c in .optional(c.corpus.articles[p].date) },
            Field("date_source", .text,
                  "`stated` (the text's date line), `inferred` (the latest date near the top) or `metadata` (a feed's date field, or `--meta`): where the date came from.",
                  values: DateSource.allCases.map(\.rawValue)) { p, c in .optional(c.corpus.articles[p].dateSource?.rawValue) },
            Field("author", .text, "The byline.") { p, c in .optional(c.corpus.articles[p].author) },
            Field("outlet", .text, "The publication.") { p, c in .optional(c.corpus.articles[p].outlet) },
            Field("url", .text, "The address, when given.") { p, c in .optional(c.corpus.articles[p].url) },
            Field("encoding", .text, "The text encoding the file was read in.") { p, c in .text(c.corpus.articles[p].encoding.rawValue) },
            Field("words", .integer, "Words in the text.") { p, c in .integer(c.corpus.articles[p].words) },
            Field("text", .text, "The cleaned content, paragraphs separated by a blank line. Offsets elsewhere are bytes into it.",
                  loading: .onDemand) { p, c in .text(c.corpus.articles[p].text) },
            Field("paragraphs", .texts, "The paragraphs, as strings (in the export: split `text` on blank lines).",
                  exported: false) { p, c in .texts(c.corpus.articles[p].paragraphs) },
            Field("paragraph_spans", .records(of: "span", owner: nil), "Each paragraph's {start, end} in `text`.") { p, c in
                .records(c.corpus.articles[p].paragraphRanges.map { span.row($0, c) })
            },
            Field("sentences", .records(of: "sentence", owner: "article"),
                  "Sentences {article, paragraph, n, start, end, text}; the export's `sentences` table.") { p, c in
                .records(SentenceItem.all(of: p, c).map { sentence.row($0, c) })
            },
            Field("dropped", .records(of: "dropped", owner: "article"),
                  "Lines the reader left out, {article, line, reason, text}; the export's `dropped` table.") { p, c in
                .records(c.corpus.articles[p].dropped.map { dropped.row(DroppedItem(article: p, line: $0), c) })
            },
            Field("actors", .links(to: "actors"), "The actors mentioned, in order of first mention.", exported: false) { p, c in
                .links(c.index.actorsOfArticle[p])
            },
            Field("claims", .links(to: "claims"), "Its claims, in reading order.", exported: false) { p, c in
                .links(c.index.claimsOfArticle[p])
            },
            Field("quantities", .links(to: "quantities"), "Its quantities, in reading order.", exported: false) { p, c in
                .links(c.index.quantitiesOfArticle[p])
            },
        ],
        all: { c in AnySequence(c.corpus.articles.indices) })
}
