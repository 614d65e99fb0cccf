/// How each part of the model is written into the parse cache and read back.
/// Article ids and paths are not stored where the surrounding record already gives them.

extension MappedFile {
    /// The part of the entry every cached run reads: the file's articles, warnings and
    /// report. The entry carries the file it was made for, so that an entry filed under the
    /// wrong path (a damaged index) is caught rather than served.
    func write(to writer: inout BinaryWriter, key: String, hash: UInt64) {
        writer.write(key)
        writer.write(Int(bitPattern: UInt(hash)))
        writer.write(records) { writer, record in record.article.write(to: &writer) }
        writer.write(warnings) { writer, warning in
            writer.write(warning.line)
            writer.write(warning.message)
        }
        writer.write(report.encoding?.rawValue)
        writer.write(report.articles)
        writer.write(report.skipped)
    }

    /// The part only the reduce stage reads, stored apart so that a run whose reduce
    /// results are cached never reads it: what the map stage found in each article.
    func writeExtraction(to writer: inout BinaryWriter) {
        writer.write(records) { writer, record in record.writeExtraction(to: &writer) }
    }

    /// `path` is the file's path as given this time, which may be spelt differently from
    /// the key the entry was made under. The records hold their articles only until
    /// `readExtraction` reads the rest.
    init(reading reader: inout BinaryReader, path: String, key: String, hash: UInt64) throws(BinaryReadError) {
        guard try reader.readString() == key, UInt64(UInt(bitPattern: try reader.readInt())) == hash else {
            throw BinaryReadError(offset: 0, what: "an entry made for another file")
        }
        records = try reader.readList { (reader: inout BinaryReader) throws(BinaryReadError) in
            ArticleRecord(article: try Article(reading: &reader, path: path))
        }
        extractionLeftInCache = true
        warnings = try reader.readList { (reader: inout BinaryReader) throws(BinaryReadError) in
            CorpusWarning(path: path, line: try reader.readOptionalInt(), message: try reader.readString())
        }
        let encoding = try reader.readOptionalString().map { (raw: String) throws(BinaryReadError) -> TextEncoding in
            guard let encoding = TextEncoding(rawValue: raw) else { throw BinaryReadError(offset: 0, what: "unknown encoding '\(raw)'") }
            return encoding
        }
        report = FileReport(path: path, encoding: encoding, articles: try reader.readInt(), skipped: try reader.readOptionalString())
        self.hash = hash
    }

    /// Completes the records `init(reading:…)` made with what `writeExtraction` wrote.
    mutating func readExtraction(from reader: inout BinaryReader) throws(BinaryReadError) {
        guard try reader.readCount() == records.count else { throw BinaryReadError(offset: 0, what: "extraction for another number of articles") }
        for index in records.indices {
            records[index] = try ArticleRecord(readingExtractionOf: records[index].article, from: &reader)
        }
        extractionLeftInCache = false
    }
}

extension Article {
    func write(to writer: inout BinaryWriter) {
        writer.write(id)
        writer.write(line)
        writer.write(title)
        writer.write(date)
        writer.write(dateSource?.rawValue)
        writer.write(author)
        writer.write(outlet)
        writer.write(url)
        writer.write(text)
        writer.write(paragraphRanges) { $0.write($1) }
        writer.write(sentences) { writer, sentence in
            writer.write(sentence.range)
            writer.write(sentence.paragraph)
        }
        writer.write(words)
        writer.write(dropped) { writer, line in
            writer.write(line.line)
            writer.write(line.text)
            writer.write(line.reason)
        }
        writer.write(encoding.rawValue)
    }

    /// The bytes of `text` in what `write(to:)` wrote, read past the fields before it
    /// without decoding them: what a search over every article needs.
    static func textBytes(reading reader: inout BinaryReader) throws(BinaryReadError) -> ArraySlice<UInt8> {
        _ = try reader.readStringBytes()  // id
        _ = try reader.readOptionalInt()  // line
        _ = try reader.readStringBytes()  // title
        for _ in 0..<5 { try reader.skipOptionalString() }  // date, date source, author, outlet, url
        return try reader.readStringBytes()
    }

    init(reading reader: inout BinaryReader, path: String) throws(BinaryReadError) {
        id = try reader.readString()
        self.path = path
        line = try reader.readOptionalInt()
        title = try reader.readString()
        date = try reader.readOptionalString()
        dateSource = try reader.readOptionalString().flatMap(DateSource.init(rawValue:))
        author = try reader.readOptionalString()
        outlet = try reader.readOptionalString()
        url = try reader.readOptionalString()
        text = try reader.readString()
        paragraphRanges = try reader.readList { (reader: inout BinaryReader) throws(BinaryReadError) in try reader.readRange() }
        sentences = try reader.readList { (reader: inout BinaryReader) throws(BinaryReadError) in
            Sentence(range: try reader.readRange(), paragraph: try reader.readInt())
        }
        words = try reader.readInt()
        dropped = try reader.readList { (reader: inout BinaryReader) throws(BinaryReadError) in
            DroppedLine(line: try reader.readInt(), text: try reader.readString(), reason: try reader.readString())
        }
        encoding = try reader.read(TextEncoding.self)
        let length = text.utf8.count
        guard (paragraphRanges + sentences.map(\.range)).allSatisfy({ $0.lowerBound >= 0 && $0.upperBound <= length }) else {
            throw BinaryReadError(offset: 0, what: "a range outside the text of \(id)")
        }
    }
}

/// The actors without their mentions: the mentions are stored with their articles.
struct ActorHeader {
    static func write(_ actor: Actor, to writer: inout BinaryWriter) {
        writer.write(actor.id)
        writer.write(actor.name)
        writer.write(actor.type.rawValue)
        writer.write(actor.aliases) { $0.write($1) }
        writer.write(actor.role)
        writer.write(actor.affiliation)
    }

    static func read(_ reader: inout BinaryReader) throws(BinaryReadError) -> Actor {
        Actor(id: try reader.readString(), name: try reader.readString(), type: try reader.read(ActorType.self),
              aliases: try reader.readList { (reader: inout BinaryReader) throws(BinaryReadError) in try reader.readString() },
              role: try reader.readOptionalString(), affiliation: try reader.readOptionalString(), mentions: [])
    }
}

/// What extraction found in one article: its claims, its quantities, and its mentions,
/// each mention with the position of its actor in `Corpus.actors`.
struct ArticleFindings {
    var claims: [Claim] = []
    var quantities: [Quantity] = []
    var mentions: [(actor: Int, mention: Mention)] = []

    func write(to writer: inout BinaryWriter) {
        writer.write(claims) { writer, claim in claim.write(to: &writer) }
        writer.write(quantities) { writer, quantity in quantity.write(to: &writer) }
        writer.write(mentions) { writer, entry in
            writer.write(entry.actor)
            entry.mention.write(to: &writer)
        }
    }

    init() {}

    /// Reads one article's findings straight into the corpus's lists: a cached run over
    /// 100,000 articles spent more time copying them out of per-article lists than reading.
    static func read(from reader: inout BinaryReader, article: String, into claims: inout [Claim], _ quantities: inout [Quantity],
                     _ actors: inout [Actor]) throws(BinaryReadError) {
        for _ in 0..<(try reader.readCount()) { claims.append(try Claim(reading: &reader, article: article)) }
        for _ in 0..<(try reader.readCount()) { quantities.append(try Quantity(reading: &reader, article: article)) }
        for _ in 0..<(try reader.readCount()) {
            let actor = try reader.readInt()
            guard actors.indices.contains(actor) else { throw BinaryReadError(offset: 0, what: "actor \(actor) out of range") }
            actors[actor].mentions.append(try Mention(reading: &reader, article: article))
        }
    }
}

extension Claim {
    /// Everything but the article, which the reader knows from where the claim is stored.
    func write(to writer: inout BinaryWriter) {
        writer.write(id)
        writer.write(paragraph)
        writer.write(sentence)
        writer.write(speaker)
        writer.write(speakerText)
        writer.write(cue)
        writer.write(addressee)
        writer.write(kind.rawValue)
        writer.write(content)
        writer.write(contentRange)
        writer.write(attributionRange != nil)
        if let attributionRange { writer.write(attributionRange) }
        writer.write(via) { $0.write($1) }
        writer.write(quantities) { $0.write($1) }
        writer.write(corroboratedBy) { $0.write($1) }
    }

    init(reading reader: inout BinaryReader, article: String) throws(BinaryReadError) {
        self.init(id: try reader.readString(), article: article, paragraph: try reader.readInt(), sentence: try reader.readInt(),
                  speaker: try reader.readOptionalString(), speakerText: try reader.readOptionalString(), cue: try reader.readString(),
                  addressee: try reader.readOptionalString(), kind: try reader.read(ClaimKind.self), content: try reader.readString(),
                  contentRange: try reader.readRange(), attributionRange: try reader.readBool() ? try reader.readRange() : nil,
                  via: try reader.readList { (reader: inout BinaryReader) throws(BinaryReadError) in try reader.readString() },
                  quantities: try reader.readList { (reader: inout BinaryReader) throws(BinaryReadError) in try reader.readInt() },
                  corroboratedBy: try reader.readList { (reader: inout BinaryReader) throws(BinaryReadError) in try reader.readString() })
    }
}

extension Mention {
    /// Everything but the article, as for claims.
    func write(to writer: inout BinaryWriter) {
        writer.write(paragraph)
        writer.write(sentence)
        writer.write(range)
        writer.write(text)
        writer.write(role)
    }

    init(reading reader: inout BinaryReader, article: String) throws(BinaryReadError) {
        self.init(article: article, paragraph: try reader.readInt(), sentence: try reader.readInt(),
                  range: try reader.readRange(), text: try reader.readString(), role: try reader.readOptionalString())
    }
}

extension ActorDictionary {
    /// Names the dictionary records are made with, by content: the built-in one (its text
    /// and the word list map reads, hashed without parsing them, so that a cached run never
    /// pays for the parse) or the analyst's. A build whose built-in data differ never takes
    /// another's records, even if nobody bumped `ExtractionVersion`.
    static func key(_ dictionary: ActorDictionary?) -> String {
        // A file of corrections only leaves the entries as built in: the records stay good.
        if let dictionary, dictionary.entries != ActorDictionary.builtin.entries { return String(dictionary.fingerprint, radix: 16) }
        return builtinKey
    }

    private static let builtinKey: String = {
        var bytes = PackageResources.builtin_actors_txt
        bytes += PackageResources.ordinary_words_txt
        bytes += PackageResources.given_names_txt
        bytes += PackageResources.places_txt
        return "built-in-" + String(ContentHash.of(bytes), radix: 16)
    }()

    /// Changes whenever an entry does: part of the key of cached extraction results.
    var fingerprint: UInt64 {
        var writer = BinaryWriter()
        writer.write(entries) { writer, entry in
            writer.write(entry.name)
            writer.write(entry.type.rawValue)
            for list in [entry.aliases, entry.demonyms, entry.capitals] { writer.write(list) { $0.write($1) } }
            writer.write(entry.role)
            writer.write(entry.affiliation)
        }
        return ContentHash.of(writer.bytes)
    }
}
