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
        // How long each list will be, so that reading makes each one once (growing them
        // was a quarter of a cached run over 100,000 articles).
        header.write(corpus.claims.count)
        header.write(corpus.quantities.count)
        header.write(corpus.actors) { $0.write($1.mentions.count) }
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
    static func decode(_ parts: [[UInt8]], articles: Records<Article>) -> (actors: [Actor], claims: [Claim], quantities: [Quantity])? {
        guard let headerBytes = parts.first else { return nil }
        var header = BinaryReader(headerBytes)
        let bytes = parts.dropFirst().reduce(0) { $0 + $1.count }
        guard let count = try? header.readInt(), count == articles.count,
              var actors = try? header.readList(ActorHeader.read),
              let claimCount = try? header.readInt(), let quantityCount = try? header.readInt(),
              let mentionCounts = try? header.readList({ (reader: inout BinaryReader) throws(BinaryReadError) in try reader.readInt() }),
              mentionCounts.count == actors.count, header.isAtEnd,
              // Every item takes at least a byte: a count beyond that is damage, not a size to reserve.
              ([claimCount, quantityCount] + mentionCounts).allSatisfy((0...bytes).contains),
              claimCount + quantityCount + mentionCounts.reduce(0, +) <= bytes,
              parts.count == 1 + (articles.count + articlesPerPart - 1) / articlesPerPart
        else { return nil }
        for (index, count) in mentionCounts.enumerated() { actors[index].mentions.reserveCapacity(count) }
        // One pass on one thread: reading in parallel then joining the parts' lists cost
        // more than it saved (every claim and mention copied once more, then freed).
        var claims: [Claim] = []
        var quantities: [Quantity] = []
        claims.reserveCapacity(claimCount)
        quantities.reserveCapacity(quantityCount)
        for (index, bytes) in parts.dropFirst().enumerated() {
            var reader = BinaryReader(bytes)
            let start = index * articlesPerPart
            for article in articles[start..<min(start + articlesPerPart, articles.count)] {
                guard (try? ArticleFindings.read(from: &reader, article: article.id, into: &claims, &quantities, &actors)) != nil
                else { return nil }
            }
            guard reader.isAtEnd else { return nil }
        }
        guard claims.allSatisfy({ $0.quantities.allSatisfy(quantities.indices.contains) }) else { return nil }
        return (actors, claims, quantities)
    }
}
