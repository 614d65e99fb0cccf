import Corpus

extension Schema {
    static let quantity = RecordKind<Int>(
        name: "quantity", plural: "quantities", summary: "A number with what it counts or measures.",
        fields: [
            Field("id", .integer, "Its position in `quantities`.") { p, _ in .integer(p + 1) },
            Field("article", .link(to: "articles"), "The article it is in.") { p, c in
                .link(c.index.articleByID[c.corpus.quantities[p].article])
            },
            Field("date", .text, "The article's date.") { p, c in .optional(c.articleDate(of: c.corpus.quantities[p].article)) },
            Field("claim", .link(to: "claims"), "The claim it stands in, if any.") { p, c in .link(c.index.claimOfQuantity[p]) },
            Field("paragraph", .integer, "1-based paragraph.") { p, c in .integer(c.corpus.quantities[p].paragraph) },
            Field("start", .integer, "Byte offset in the article's `text`, 1-based.") { p, c in .integer(c.corpus.quantities[p].range.lowerBound + 1) },
            Field("end", .integer, "Last byte, inclusive.") { p, c in .integer(c.corpus.quantities[p].range.upperBound) },
            Field("text", .text, "The words as written (\"100 kilometers (62 miles)\").") { p, c in .text(c.corpus.quantities[p].text) },
            Field("kind", .text, "`distance`, `percent`, `money`, `count` or `duration`.", values: Quantity.Kind.allCases.map(\.rawValue)) { p, c in
                .text(c.corpus.quantities[p].kind.rawValue)
            },
            Field("value", .number, "The value; a range's low end.") { p, c in .number(c.corpus.quantities[p].value) },
            Field("high", .number, "A range's high end.") { p, c in .optional(c.corpus.quantities[p].high) },
            Field("unit", .text, "The unit, normalised (`kilometre`, `percent`, `USD`, `rockets`).") { p, c in .text(c.corpus.quantities[p].unit) },
            Field("bound", .text, "`at least`, `up to`, `about`…, when the text bounds the value.") { p, c in .optional(c.corpus.quantities[p].bound) },
            Field("km", .number, "A distance's value in kilometres.") { p, c in .optional(c.corpus.quantities[p].kilometres) },
            Field("km_high", .number, "A distance range's high end in kilometres.") { p, c in .optional(c.corpus.quantities[p].kilometresHigh) },
        ],
        all: { c in AnySequence(c.corpus.quantities.indices) })
}
