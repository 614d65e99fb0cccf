/// The reduce stage: article records to the corpus's actors, claims and quantities.
///
/// Reads records only, never text, and costs one pass over the sightings and claims with
/// hash lookups (corroboration compares only claims that share a rare run of words).
/// Records are put in one canonical order first, by path and line, so that the same
/// records give the same tables whatever order they arrive in.
enum CorpusReducer {
    struct Output: Sendable {
        var articles: [Article]
        var actors: [Actor]
        var claims: [Claim]
        var quantities: [Quantity]
    }

    /// The records in canonical order with unique ids: what `reduce` takes (`Corpus.load`
    /// puts them so before it looks up cached results).
    static func canonical(_ records: [ArticleRecord]) -> [ArticleRecord] {
        uniqueIDs(canonicalOrder(records))
    }

    /// `records` as `canonical` gives them.
    static func reduce(_ records: consuming [ArticleRecord], dictionary: ActorDictionary) -> Output {
        let counts = (claims: records.reduce(0) { $0 + $1.claims.count }, quantities: records.reduce(0) { $0 + $1.quantities.count })
        return reduce(consume records, dictionary: dictionary, counts: counts) { record in
            // A record set aside lacks its claims: reducing it here would lose them unseen.
            precondition(record.spooled == nil, "a record set aside in a spool reduced without it")
            return record
        }
    }

    /// `records` as `canonical` gives them, with what `spool` set aside read back article by
    /// article once the actors are resolved.
    static func reduce(_ records: consuming [ArticleRecord], dictionary: ActorDictionary,
                       spool: RecordSpool) throws(RecordSpool.Failure) -> Output {
        try reduce(consume records, dictionary: dictionary, counts: spool.setAsideCounts) { (record) throws(RecordSpool.Failure) in
            try spool.restored(record)
        }
    }

    /// `counts`: how many claims and quantities the records hold, so that their lists are
    /// made at their size: grown by doubling, the claims were up to twice their size, and
    /// held twice while they grew, at reduce's peak memory.
    private static func reduce<Failure: Error>(_ records: consuming [ArticleRecord], dictionary: ActorDictionary,
                                               counts: (claims: Int, quantities: Int),
                                               restored: (ArticleRecord) throws(Failure) -> ArticleRecord) throws(Failure) -> Output {
        let resolved = ActorResolver.resolve(consume records, dictionary: dictionary)
        FreedMemory.giveBack()  // the sightings and candidate runs, let go in pieces while resolving
        var claims: [Claim] = []
        var claimWords: [String] = []
        var quantities: [Quantity] = []
        var articles: [Article] = []
        claims.reserveCapacity(counts.claims)
        claimWords.reserveCapacity(counts.claims)
        quantities.reserveCapacity(counts.quantities)
        articles.reserveCapacity(resolved.records.count)
        for (index, (locals, namesFound)) in zip(resolved.localActors, resolved.namesFound).enumerated() {
            let record = try restored(resolved.records[index])
            articles.append(record.article)
            let id = record.article.id
            let offset = quantities.count
            func actor(_ local: Int) -> String? { locals.indices.contains(local) ? locals[local] : nil }
            for (number, local) in record.claims.enumerated() {
                let speaker = local.speaker.flatMap(actor) ?? namedSpeaker(of: local, in: namesFound)
                claims.append(Claim(id: "\(id):\(number + 1)", article: id, paragraph: local.paragraph, sentence: local.sentence,
                                    speaker: speaker, speakerText: local.speakerText, cue: local.cue,
                                    addressee: local.addressee, kind: local.kind, content: local.content,
                                    contentRange: local.contentRange, attributionRange: local.attributionRange,
                                    via: local.via.compactMap(actor),
                                    quantities: local.quantities.filter(record.quantities.indices.contains).map { $0 + offset },
                                    corroboratedBy: []))
                claimWords.append(local.words)
            }
            quantities += record.quantities.map { quantity in
                var quantity = quantity
                quantity.article = id
                return quantity
            }
        }
        Corroboration.link(&claims, words: claimWords)
        return Output(articles: boundedDates(articles), actors: resolved.actors, claims: claims, quantities: quantities)
    }

    /// An inferred date later than every date the corpus states (or its feeds give) is a date the text looks
    /// forward to, not the day it was written: it is dropped rather than put on a timeline.
    static func boundedDates(_ articles: [Article]) -> [Article] {
        guard let latest = articles.compactMap({ $0.dateSource == .inferred ? nil : $0.date }).max() else { return articles }
        return articles.map { article in
            guard article.dateSource == .inferred, let date = article.date, date > latest else { return article }
            var article = article
            (article.date, article.dateSource) = (nil, nil)
            return article
        }
    }

    /// A speaker map could not name ("Putin said", with Putin named in full only in another
    /// article): the name found in the claim's attribution that its speaker's words end with.
    private static func namedSpeaker(of claim: LocalClaim, in names: [ActorResolver.FoundName]) -> String? {
        guard let text = claim.speakerText, let attribution = claim.attributionRange else { return nil }
        return names.last { name in
            name.inTitle == (claim.paragraph == 0) && attribution.contains(name.range.lowerBound)
                && name.range.upperBound <= attribution.upperBound && (text == name.surface || text.hasSuffix(" " + name.surface))
        }?.actor
    }

    /// By path in byte order, then line: the order in which a corpus folder is read; then
    /// id, then content, so that records from a stream with no paths (or the same article
    /// twice) still have one order whatever order they arrive in.
    static func canonicalOrder(_ records: [ArticleRecord]) -> [ArticleRecord] {
        let keys = records.map { record in
            (path: Array(record.article.path.utf8), line: record.article.line ?? 0, id: Array(record.article.id.utf8))
        }
        // The content is hashed only for records that tie on all three, which is rare.
        func content(_ index: Int) -> UInt64 {
            ContentHash.of(Array((records[index].article.title + "\n" + records[index].article.text).utf8))
        }
        return records.indices.sorted { a, b in
            let (x, y) = (keys[a], keys[b])
            if x.path != y.path { return x.path.lexicographicallyPrecedes(y.path) }
            if x.line != y.line { return x.line < y.line }
            if x.id != y.id { return x.id.lexicographicallyPrecedes(y.id) }
            return content(a) < content(b)
        }.map { records[$0] }
    }

    /// An id seen before gets the first free `-2`, `-3`… in canonical order, never one that
    /// another article already has: `report`, `report-2` and a second `report` become
    /// `report`, `report-2` and `report-3`.
    static func uniqueIDs(_ records: [ArticleRecord]) -> [ArticleRecord] {
        var taken = Set(records.map(\.article.id))
        var seen = Set<String>()
        return records.map { record in
            if seen.insert(record.article.id).inserted { return record }
            var record = record
            var counter = 2
            while taken.contains("\(record.article.id)-\(counter)") { counter += 1 }
            record.article.id += "-\(counter)"
            taken.insert(record.article.id)
            seen.insert(record.article.id)
            return record
        }
    }
}

