/// How a claim gives the words: all inside quote marks, all paraphrased, or a paraphrase
/// with quoted words in it.
public enum ClaimKind: String, Sendable, CaseIterable, Codable {
    case direct, indirect, mixed
}

/// An attributed statement: who said what, to whom, where in which article.
public struct Claim: Sendable, Equatable {
    /// `<article id>:<n>`, n counting the article's claims from 1 in reading order.
    public var id: String
    public var article: String
    /// 1-based paragraph; 0 for the title.
    public var paragraph: Int
    /// 1-based sentence of the article where the content starts; 0 for the title.
    public var sentence: Int
    /// Id of the actor who made the statement; nil when no actor could be found for it.
    public var speaker: String?
    /// The words naming the speaker here ("he", "the official", "Lavrov").
    public var speakerText: String?
    /// The reporting verb or phrase, normalised: "said", "told", "according to", "wrote".
    public var cue: String
    /// The words naming who was told, when stated ("Lavrov", "reporters", "the Knesset").
    public var addressee: String?
    public var kind: ClaimKind
    /// The statement, without its quote marks, nor an attribution inside its sentence.
    public var content: String
    /// UTF-8 offsets of the content in the article's `text` (its `title` for paragraph 0).
    public var contentRange: Range<Int>
    /// UTF-8 offsets of the attribution (speaker and cue), when it is in the text.
    public var attributionRange: Range<Int>?
    /// Ids of the actors the statement came through, innermost first: "Ravid's source said
    /// Netanyahu told Lavrov…" is Netanyahu's claim via the source.
    public var via: [String]
    /// Indices into `Corpus.quantities` of the quantities inside the content.
    public var quantities: [Int]
    /// Ids of claims in other articles that report the same words.
    public var corroboratedBy: [String]

    public init(id: String, article: String, paragraph: Int, sentence: Int, speaker: String?, speakerText: String?, cue: String, addressee: String?, kind: ClaimKind, content: String, contentRange: Range<Int>, attributionRange: Range<Int>?, via: [String], quantities: [Int], corroboratedBy: [String]) {
        self.id = id
        self.article = article
        self.paragraph = paragraph
        self.sentence = sentence
        self.speaker = speaker
        self.speakerText = speakerText
        self.cue = cue
        self.addressee = addressee
        self.kind = kind
        self.content = content
        self.contentRange = contentRange
        self.attributionRange = attributionRange
        self.via = via
        self.quantities = quantities
        self.corroboratedBy = corroboratedBy
    }
}
