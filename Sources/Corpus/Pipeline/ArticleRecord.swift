/// What the map stage makes of one article, and all the reduce stage reads of it: the
/// cleaned article, every stretch of it that names or stands for an actor, its claims with
/// their speakers given as actors local to the article, and its quantities.
///
/// A record depends on its article, the actor dictionary and `ExtractionVersion.current`
/// only, never on another article: records are cached per file and can be made anywhere
/// (`lede map`, a Spark executor) and reduced together later.
public struct ArticleRecord: Sendable, Equatable, Codable {
    public var article: Article
    /// The title's sightings, then the body's, each in text order.
    var sightings: [RecordSighting]
    /// Stretches of capitalised words no rule recognised: reduce finds in them the names
    /// other articles spell out ("Putin" opening a sentence, after "Vladimir Putin" elsewhere).
    var candidates: [CandidateRun]
    /// The names of organisations, outlets and groups the article found by their head
    /// words, for finding them again in other articles' candidates.
    var namedForms: [NamedForm]
    /// Acronyms and short names the article defines ("Israel Defense Forces (IDF)"), with
    /// what they stand for, in order of definition.
    var acronyms: [AcronymDefinition]
    /// The type each article-local actor has as far as this article shows; a local actor is
    /// one name, person or description, however often it recurs here.
    var localTypes: [ActorType]
    var claims: [LocalClaim]
    var quantities: [Quantity]
    /// Where `RecordSpool` set the article, claims and quantities aside (never in a record
    /// line): until reduce reads them back, the record holds only what resolving reads.
    var spooled: Range<Int>? = nil

    enum CodingKeys: String, CodingKey {
        case article, sightings, candidates, acronyms, claims, quantities
        case namedForms = "named_forms"
        case localTypes = "local_types"
    }
}

extension ArticleRecord {
    /// A record that holds its article and nothing the map stage found in it: what a run
    /// whose reduce results come from the parse cache needs of a cached file. The reduce
    /// stage must never see one (`MappedFile.extractionLeftInCache`).
    init(article: Article) {
        self.init(article: article, sightings: [], candidates: [], namedForms: [], acronyms: [], localTypes: [], claims: [], quantities: [])
    }
}

/// One stretch of an article that names or refers to an actor, with what reduce needs to
/// merge it with the rest of the corpus: its referent and the local evidence found for it.
struct RecordSighting: Sendable, Equatable, Codable {
    var referent: Referent
    var inTitle: Bool
    /// The words as written.
    var surface: String
    /// A role stated next to it ("Foreign Minister").
    var role: String?
    /// The name to show for an unnamed source ("Israeli official").
    var displayName: String?
    /// UTF-8 offsets into the article's text, or its title when `inTitle`.
    var range: Range<Int>
    /// 1-based; 0 in the title.
    var paragraph: Int
    /// 1-based; 0 in the title.
    var sentence: Int
    /// The sighting (an index into `ArticleRecord.sightings`) naming the actor this one
    /// belongs to: "Russian" in "Russian Foreign Minister Sergei Lavrov".
    var affiliation: Int?
    /// The article-local actor (an index into `ArticleRecord.localTypes`).
    var local: Int

    enum CodingKeys: String, CodingKey {
        case referent, surface, role, range, paragraph, sentence, affiliation, local
        case inTitle = "in_title"
        case displayName = "display_name"
    }

    /// The local actor of a name reduce found in a candidate run: claims never point at it.
    static let noLocalActor = -1
}

/// Consecutive capitalised words that no sighting covers.
struct CandidateRun: Sendable, Equatable, Codable {
    var inTitle: Bool
    var words: [String]
    /// UTF-8 offsets of each word in the article's text, or its title when `inTitle`.
    var ranges: [Range<Int>]
    /// 1-based; 0 in the title.
    var paragraph: Int
    var sentence: Int
    /// The role written before the run's first word ("Foreign Minister"), and the
    /// sighting naming its affiliation.
    var role: String?
    var affiliation: Int?

    enum CodingKeys: String, CodingKey {
        case words, ranges, paragraph, sentence, role, affiliation
        case inTitle = "in_title"
    }
}

struct NamedForm: Sendable, Equatable, Codable {
    var words: [String]
    var referent: Referent
}

struct AcronymDefinition: Sendable, Equatable, Codable {
    var acronym: String
    var referent: Referent
}

/// A claim whose speaker and chain of reporters are article-local actors: reduce turns them
/// into the corpus's actor ids, or into nothing when a local actor (a role no one in the
/// corpus holds) resolves to no one.
struct LocalClaim: Sendable, Equatable, Codable {
    var paragraph: Int
    var sentence: Int
    var speaker: Int?
    var speakerText: String?
    var cue: String
    var addressee: String?
    var kind: ClaimKind
    var content: String
    var contentRange: Range<Int>
    var attributionRange: Range<Int>?
    var via: [Int]
    /// Indices into `ArticleRecord.quantities`.
    var quantities: [Int]
    /// The content's words as corroboration compares them (`Corroboration.words`).
    var words: String

    enum CodingKeys: String, CodingKey {
        case paragraph, sentence, speaker, cue, addressee, kind, content, via, quantities, words
        case speakerText = "speaker_text"
        case contentRange = "content_range"
        case attributionRange = "attribution_range"
    }
}

/// Names the extraction rules. Cached article records and corpus results made under
/// another number are made again; bump it with any change to what map or reduce produce:
/// the rules, the built-in dictionary, the word lists, the record's fields.
public enum ExtractionVersion {
    public static let current = 190
}
