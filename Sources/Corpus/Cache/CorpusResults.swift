/// A corpus's actors, claims and quantities as the parse cache stores them: one part with
/// the actors, then one part per run of articles with what was found in each.
enum CorpusResults {
    static let articlesPerPart = 1024

    /// Changes when any file's content, the order of files, the corpus paths or the actor
    /// dictionary does: everything extraction looks at across articles.
    /// A nil `dictionary` is the built-in one, named by a hash of its text.
    static func key(paths: [String], files: [MappedFile], dictionary: ActorDictionary?) -> String {
        var writer = BinaryWriter()
        writer.write(paths) { $0.write($1) }
        writer.write(files) { writer, file in
            writer.write(file.report.path)
            // An unreadable file has no hash; its message stands in for one.
            writer.write(file.hash.map { Int(bitPattern: UInt($0)) })
            writer.write(file.warnings.map(\.description).joined(separator: "\n"))
        }
        writer.write(ActorDictionary.key(dictionary))
        return String(ContentHash.of(writer.bytes), radix: 16)
    }

    static func encode(_ corpus: Corpus) -> [[UInt8]] {
        var header = BinaryWriter()
        header.write(corpus.articles.count)
        header.write(corpus.actors) { ActorHeader.write($1, to: &$0) }
        var findings = [ArticleFindings](repeating: ArticleFindings(), count: corpus.articles.count)
        var position: [String: Int] = [:]
        for (index, article) in corpus.articles.enumerated() { position[article.id] = index }
        for claim in corpus.claims { if let index = position[claim.article] { findings[index].claims.append(claim) } }
        for quantity in corpus.quantities { if let index = position[quantity.article] { findings[index].quantities.append(quantity) } }
        for (actorIndex, actor) in corpus.actors.enumerated() {
            for mention in actor.mentions {
                if let index = position[mention.article] { findings[index].mentions.append((actorIndex, mention)) }
            }
        }
        let parts = stride(from: 0, to: findings.count, by: articlesPerPart).map { start in
            Array(findings[start..<min(start + articlesPerPart, findings.count)])
        }
        return [header.bytes] + parts.parallelMap { articles in
            var writer = BinaryWriter()
            for article in articles { article.write(to: &writer) }
            return writer.bytes
        }
    }

    /// nil when the parts do not fit these articles or do not hold together.
    static func decode(_ parts: [[UInt8]], articles: [Article]) -> (actors: [Actor], claims: [Claim], quantities: [Quantity])? {
        guard let headerBytes = parts.first else { return nil }
        var header = BinaryReader(headerBytes)
        guard let count = try? header.readInt(), count == articles.count,
              var actors = try? header.readList(ActorHeader.read), header.isAtEnd,
              parts.count == 1 + (articles.count + articlesPerPart - 1) / articlesPerPart
        else { return nil }
        let ids = articles.map(\.id)
        let actorCount = actors.count
        let decoded = Array(parts.dropFirst().enumerated()).parallelMap { index, bytes -> [ArticleFindings]? in
            var reader = BinaryReader(bytes)
            let start = index * articlesPerPart
            var findings: [ArticleFindings] = []
            for id in ids[start..<min(start + articlesPerPart, ids.count)] {
                guard let article = try? ArticleFindings(reading: &reader, article: id, actorCount: actorCount) else { return nil }
                findings.append(article)
            }
            return reader.isAtEnd ? findings : nil
        }
        var claims: [Claim] = []
        var quantities: [Quantity] = []
        for part in decoded {
            guard let part else { return nil }
            for article in part {
                claims += article.claims
                quantities += article.quantities
                for (actor, mention) in article.mentions { actors[actor].mentions.append(mention) }
            }
        }
        guard claims.allSatisfy({ $0.quantities.allSatisfy(quantities.indices.contains) }) else { return nil }
        return (actors, claims, quantities)
    }
}
