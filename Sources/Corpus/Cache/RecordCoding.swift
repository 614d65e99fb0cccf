/// How what the map stage found in an article is written into the parse cache and read
/// back; the article itself is written apart (`MappedFile.write`), so that a run whose
/// reduce results are cached reads the articles without this.
extension ArticleRecord {
    func writeExtraction(to writer: inout BinaryWriter) {
        writer.write(sightings) { writer, sighting in sighting.write(to: &writer) }
        writer.write(candidates) { writer, run in
            writer.write(run.inTitle)
            writer.write(run.words) { $0.write($1) }
            writer.write(run.ranges) { $0.write($1) }
            writer.write(run.paragraph)
            writer.write(run.sentence)
            writer.write(run.role)
            writer.write(run.affiliation)
        }
        writer.write(namedForms) { writer, form in
            writer.write(form.words) { $0.write($1) }
            form.referent.write(to: &writer)
        }
        writer.write(acronyms) { writer, definition in
            writer.write(definition.acronym)
            definition.referent.write(to: &writer)
        }
        writer.write(localTypes) { $0.write($1.rawValue) }
        writer.write(claims) { writer, claim in claim.write(to: &writer) }
        writer.write(quantities) { writer, quantity in quantity.write(to: &writer) }
    }

    init(readingExtractionOf article: Article, from reader: inout BinaryReader) throws(BinaryReadError) {
        self.article = article
        sightings = try reader.readList { (reader: inout BinaryReader) throws(BinaryReadError) in try RecordSighting(reading: &reader) }
        func strings(_ reader: inout BinaryReader) throws(BinaryReadError) -> [String] {
            try reader.readList { (reader: inout BinaryReader) throws(BinaryReadError) in try reader.readString() }
        }
        candidates = try reader.readList { (reader: inout BinaryReader) throws(BinaryReadError) in
            CandidateRun(inTitle: try reader.readBool(), words: try strings(&reader),
                         ranges: try reader.readList { (reader: inout BinaryReader) throws(BinaryReadError) in try reader.readRange() },
                         paragraph: try reader.readInt(), sentence: try reader.readInt(), role: try reader.readOptionalString(),
                         affiliation: try reader.readOptionalInt())
        }
        namedForms = try reader.readList { (reader: inout BinaryReader) throws(BinaryReadError) in
            NamedForm(words: try strings(&reader), referent: try Referent(reading: &reader))
        }
        acronyms = try reader.readList { (reader: inout BinaryReader) throws(BinaryReadError) in
            AcronymDefinition(acronym: try reader.readString(), referent: try Referent(reading: &reader))
        }
        localTypes = try reader.readList { (reader: inout BinaryReader) throws(BinaryReadError) in try reader.read(ActorType.self) }
        claims = try reader.readList { (reader: inout BinaryReader) throws(BinaryReadError) in try LocalClaim(reading: &reader) }
        let articleID = article.id
        quantities = try reader.readList { (reader: inout BinaryReader) throws(BinaryReadError) in
            try Quantity(reading: &reader, article: articleID)
        }
        // The cache's entries are keyed by the dictionary they were made with.
        if let problem = problem(entries: .max) { throw BinaryReadError(offset: 0, what: problem) }
    }
}

extension RecordSighting {
    func write(to writer: inout BinaryWriter) {
        referent.write(to: &writer)
        writer.write(inTitle)
        writer.write(surface)
        writer.write(role)
        writer.write(displayName)
        writer.write(range)
        writer.write(paragraph)
        writer.write(sentence)
        writer.write(affiliation)
        writer.write(local)
    }

    init(reading reader: inout BinaryReader) throws(BinaryReadError) {
        referent = try Referent(reading: &reader)
        inTitle = try reader.readBool()
        surface = try reader.readString()
        role = try reader.readOptionalString()
        displayName = try reader.readOptionalString()
        range = try reader.readRange()
        paragraph = try reader.readInt()
        sentence = try reader.readInt()
        affiliation = try reader.readOptionalInt()
        local = try reader.readInt()
        guard local >= 0, (affiliation ?? 0) >= 0 else { throw BinaryReadError(offset: 0, what: "a negative index") }
    }
}

extension Referent {
    func write(to writer: inout BinaryWriter) {
        switch self {
        case .entry(let index):
            writer.write(0)
            writer.write(index)
        case .person(let words):
            writer.write(1)
            writer.write(words) { $0.write($1) }
        case .named(let type, let key):
            writer.write(2)
            writer.write(type.rawValue)
            writer.write(key)
        case .anonymous(let key, let article):
            writer.write(3)
            writer.write(key)
            writer.write(article)
        case .description(let role, let affiliationToken):
            writer.write(4)
            writer.write(role) { $0.write($1) }
            writer.write(affiliationToken)
        case .acronym(let acronym):
            writer.write(5)
            writer.write(acronym)
        }
    }

    init(reading reader: inout BinaryReader) throws(BinaryReadError) {
        func strings(_ reader: inout BinaryReader) throws(BinaryReadError) -> [String] {
            try reader.readList { (reader: inout BinaryReader) throws(BinaryReadError) in try reader.readString() }
        }
        switch try reader.readInt() {
        case 0: self = .entry(try reader.readInt())
        case 1: self = .person(try strings(&reader))
        case 2: self = .named(try reader.read(ActorType.self), key: try reader.readString())
        case 3: self = .anonymous(key: try reader.readString(), article: try reader.readString())
        case 4: self = .description(role: try strings(&reader), affiliationToken: try reader.readOptionalInt())
        case 5: self = .acronym(try reader.readString())
        case let tag: throw BinaryReadError(offset: 0, what: "unknown referent \(tag)")
        }
    }
}

extension LocalClaim {
    func write(to writer: inout BinaryWriter) {
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
        writer.write(words)
    }

    init(reading reader: inout BinaryReader) throws(BinaryReadError) {
        func integers(_ reader: inout BinaryReader) throws(BinaryReadError) -> [Int] {
            try reader.readList { (reader: inout BinaryReader) throws(BinaryReadError) in try reader.readInt() }
        }
        paragraph = try reader.readInt()
        sentence = try reader.readInt()
        speaker = try reader.readOptionalInt()
        speakerText = try reader.readOptionalString()
        cue = try reader.readString()
        addressee = try reader.readOptionalString()
        kind = try reader.read(ClaimKind.self)
        content = try reader.readString()
        contentRange = try reader.readRange()
        attributionRange = try reader.readBool() ? try reader.readRange() : nil
        via = try integers(&reader)
        quantities = try integers(&reader)
        words = try reader.readString()
        guard (speaker ?? 0) >= 0, (via + quantities).allSatisfy({ $0 >= 0 }) else {
            throw BinaryReadError(offset: 0, what: "a negative index")
        }
    }
}

extension Quantity {
    func write(to writer: inout BinaryWriter) {
        writer.write(paragraph)
        writer.write(range)
        writer.write(text)
        writer.write(kind.rawValue)
        writer.write(value)
        writer.write(high)
        writer.write(unit)
        writer.write(bound)
        writer.write(kilometres)
        writer.write(kilometresHigh)
    }

    init(reading reader: inout BinaryReader, article: String) throws(BinaryReadError) {
        self.init(article: article, paragraph: try reader.readInt(), range: try reader.readRange(), text: try reader.readString(),
                  kind: try reader.read(Quantity.Kind.self), value: try reader.readDouble(), high: try reader.readOptionalDouble(),
                  unit: try reader.readString(), bound: try reader.readOptionalString(), kilometres: try reader.readOptionalDouble(),
                  kilometresHigh: try reader.readOptionalDouble())
    }
}
