import Corpus
import LuaHost

/// Builds the Lua side of the corpus: the `articles` list and its article tables.
/// Offsets become 1-based and inclusive, so that `text:sub(s.start, s["end"])` is the span.
enum CorpusBinding {
    static func install(_ corpus: Corpus, in lua: LuaState) {
        lua.setGlobal("articles", .table(LuaTable(array: corpus.articles.map { .table(table(for: $0)) })))
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
