import Corpus
import LuaHost

/// Builds the Lua side of the corpus: the `articles` list and its article tables.
enum CorpusBinding {
    static func install(_ corpus: Corpus, in lua: LuaState) {
        let articles = corpus.articles.map { article -> LuaValue in
            .table(LuaTable(fields: [
                "id": .string(article.id),
                "path": .string(article.path),
                "title": .string(article.title),
                "paragraphs": .table(LuaTable(array: article.paragraphs.map { .string($0) })),
            ]))
        }
        lua.setGlobal("articles", .table(LuaTable(array: articles)))
    }
}
