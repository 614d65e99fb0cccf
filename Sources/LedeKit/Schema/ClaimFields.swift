import Corpus

extension Schema {
    static let claim = RecordKind<Int>(
        name: "claim", plural: "claims", summary: "An attributed statement: who said what, to whom, where.",
        fields: [
            Field("id", .text, "`<article id>:<n>`, n counting the article's claims from 1.") { p, c in .text(c.corpus.claims[p].id) },
            Field("article", .link(to: "articles"), "The article it is in.") { p, c in .link(c.index.articleByID[c.corpus.claims[p].article]) },
            Field("date", .text, "The article's date.") { p, c in .optional(c.articleDate(of: c.corpus.claims[p].article)) },
            Field("paragraph", .integer, "1-based paragraph; 0 for the headline.") { p, c in .integer(c.corpus.claims[p].paragraph) },
            Field("sentence", .integer, "1-based sentence where the content starts; 0 for the headline.") { p, c in
                .integer(c.corpus.claims[p].sentence)
            },
            Field("sentence_text", .text,
                  "The whole sentence the content starts in (the headline for a headline claim), to check a claim at a glance.",
                  loading: .onDemand, exported: false) { p, c in .optional(c.sentenceText(of: c.corpus.claims[p])) },
            Field("speaker", .link(to: "actors"), "The actor who said it; nil when no speaker was found.") { p, c in
                .link(c.corpus.claims[p].speaker.flatMap { c.index.actorByID[$0] })
            },
            Field("speaker_text", .text, "The words naming the speaker here (\"he\", \"the official\").") { p, c in
                .optional(c.corpus.claims[p].speakerText)
            },
            Field("cue", .text, "The reporting verb or phrase: `said`, `told`, `according to`, `wrote`…") { p, c in .text(c.corpus.claims[p].cue) },
            Field("addressee", .link(to: "actors"), "The actor who was told, when the words name one (\"told the BBC\"); `addressee_text` has the words.",
                  loading: .onDemand) { p, c in .link(c.addressee(of: c.corpus.claims[p])) },
            Field("addressee_text", .text, "Who was told, in the text's words (\"reporters\", \"the BBC\"), when stated.") { p, c in
                .optional(c.corpus.claims[p].addressee)
            },
            Field("kind", .text, "`direct` (all in quote marks), `indirect` or `mixed`.", values: ClaimKind.allCases.map(\.rawValue)) { p, c in
                .text(c.corpus.claims[p].kind.rawValue)
            },
            Field("content", .text, "What was said, without quote marks; an attribution inside the sentence is left out (`start` and `end` still span it).") { p, c in .text(c.corpus.claims[p].content) },
            Field("start", .integer, "Byte offset of the content in the article's `text`, 1-based.") { p, c in
                .integer(c.corpus.claims[p].contentRange.lowerBound + 1)
            },
            Field("end", .integer, "Byte offset of the content's last byte, inclusive.") { p, c in
                .integer(c.corpus.claims[p].contentRange.upperBound)
            },
            Field("attribution_start", .integer, "Byte offset of the speaker and cue, when in the text.") { p, c in
                .optional(c.corpus.claims[p].attributionRange.map { $0.lowerBound + 1 })
            },
            Field("attribution_end", .integer, "Last byte of the speaker and cue.") { p, c in
                .optional(c.corpus.claims[p].attributionRange?.upperBound)
            },
            Field("via", .links(to: "actors"), "Actors the statement came through, innermost first.") { p, c in
                .links(c.corpus.claims[p].via.compactMap { c.index.actorByID[$0] })
            },
            Field("quantities", .links(to: "quantities"), "The quantities in the content.") { p, c in .links(c.corpus.claims[p].quantities) },
            Field("corroborated_by", .links(to: "claims"), "Claims in other articles that report the same words.") { p, c in
                .links(c.corpus.claims[p].corroboratedBy.compactMap { c.index.claimByID[$0] })
            },
        ],
        all: { c in AnySequence(c.corpus.claims.indices) })
}
