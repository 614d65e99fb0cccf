import Corpus

/// The corpus and its link tables, as field readers need them.
struct CorpusContext {
    let corpus: Corpus
    let index: CorpusIndex

    /// How many records the corpus list of a kind (`"claim"`) holds; nil for no such list.
    func count(of kind: String) -> Int? {
        switch kind {
        case "article": corpus.articles.count
        case "actor": corpus.actors.count
        case "claim": corpus.claims.count
        case "quantity": corpus.quantities.count
        default: nil
        }
    }

    /// Decodes every record of a kind's corpus list, for a scan of all of them.
    func loadIntoMemory(_ kind: String) {
        switch kind {
        case "article": corpus.articles.loadIntoMemory()
        case "actor": corpus.actors.loadIntoMemory()
        case "claim": corpus.claims.loadIntoMemory()
        case "quantity": corpus.quantities.loadIntoMemory()
        default: break
        }
    }

    /// Reads `field` of every record of a kind: from the column a snapshot stored, when
    /// it holds one for the field, else from the records (decoded all at once first).
    func reader(of kind: String, _ field: Field<Int>) -> (Int) -> FieldValue {
        if case .text = field.shape, let column = corpus.storedTextColumn(kind + "." + field.name) {
            return { .optional(column[$0]) }
        }
        loadIntoMemory(kind)
        return { field.read($0, self) }
    }

    func articleDate(of id: String) -> String? {
        index.articleByID[id].flatMap { corpus.articles[$0].date }
    }

    /// The actor the addressee's words name: the last one mentioned inside the attribution,
    /// in those words, other than the speaker ("told the BBC" names the BBC, "told Israel's
    /// Channel 10 reporter Barak Ravid" Ravid; "told reporters" no one).
    func addressee(of claim: Claim) -> Int? {
        guard let words = claim.addressee?.lowercased(), let attribution = claim.attributionRange,
              let article = index.articleByID[claim.article] else { return nil }
        let inTitle = claim.paragraph == 0
        var last: (actor: Int, start: Int)?
        for (actor, span) in zip(index.actorsOfArticle[article], index.mentionSpansOfArticle[article])
        where corpus.actors[actor].id != claim.speaker {
            let mentions = corpus.actors[actor].mentions
            for number in span {
                let mention = mentions[number]
                guard mention.article == claim.article, (mention.paragraph == 0) == inTitle, attribution.contains(mention.range.lowerBound),
                      words.contains(mention.text.lowercased()), mention.range.lowerBound > (last?.start ?? -1) else { continue }
                last = (actor, mention.range.lowerBound)
            }
        }
        return last?.actor
    }

    /// The whole sentence a claim's content starts in; the headline for a headline claim.
    func sentenceText(of claim: Claim) -> String? {
        guard let position = index.articleByID[claim.article] else { return nil }
        let article = corpus.articles[position]
        if claim.paragraph == 0 { return article.title }
        guard article.sentences.indices.contains(claim.sentence - 1) else { return nil }
        return article.slice(article.sentences[claim.sentence - 1].range)
    }

    /// The id a link to `position` in the list `target` is written as in the export.
    func id(of position: Int, in target: String) -> JSONValue {
        switch target {
        case "articles": .string(corpus.articles[position].id)
        case "actors": .string(corpus.actors[position].id)
        case "claims": .string(corpus.claims[position].id)
        default: .int(position + 1)
        }
    }
}
