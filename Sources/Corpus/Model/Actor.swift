/// What kind of actor a name stands for.
public enum ActorType: String, Sendable, CaseIterable, Codable {
    case person, organization, country, place, group, media, anonymous
}

/// One place in an article where an actor is named or referred to.
public struct Mention: Sendable, Equatable {
    public var article: String
    /// 1-based paragraph; 0 for the title.
    public var paragraph: Int
    /// 1-based sentence of the article; 0 for the title.
    public var sentence: Int
    /// UTF-8 offsets into the article's `text` (into its `title` when `paragraph` is 0).
    public var range: Range<Int>
    /// The words as they stand in the text: "Lavrov", "the Russian minister", "Moscow".
    public var text: String
    /// The role stated at this mention ("Foreign Minister"), when one is.
    public var role: String?

    public init(article: String, paragraph: Int, sentence: Int, range: Range<Int>, text: String, role: String?) {
        self.article = article
        self.paragraph = paragraph
        self.sentence = sentence
        self.range = range
        self.text = text
        self.role = role
    }
}

/// A person, organisation, country, group, outlet or unnamed source, with every name it
/// goes by in the corpus and every place it is mentioned.
public struct Actor: Sendable, Equatable {
    /// Stable and readable: the canonical name in lowercase ASCII with hyphens
    /// ("sergei-lavrov"); an unnamed source adds its article's id, since "an Israeli
    /// official" in two articles need not be the same person.
    public var id: String
    public var name: String
    public var type: ActorType
    /// Every distinct name the text uses for the actor, the canonical one first.
    public var aliases: [String]
    /// The role stated most often ("Foreign Minister"), when any is.
    public var role: String?
    /// Id of the actor this one belongs to or speaks for (Lavrov → "russia").
    public var affiliation: String?
    public var mentions: Records<Mention>

    /// Ids of the articles that mention the actor, in corpus order.
    public var articles: [String] {
        var seen = Set<String>()
        return mentions.compactMap { seen.insert($0.article).inserted ? $0.article : nil }
    }

    public init(id: String, name: String, type: ActorType, aliases: [String], role: String?, affiliation: String?, mentions: [Mention]) {
        self.id = id
        self.name = name
        self.type = type
        self.aliases = aliases
        self.role = role
        self.affiliation = affiliation
        self.mentions = Records(mentions)
    }
}
