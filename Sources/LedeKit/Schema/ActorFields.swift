import Corpus

extension Schema {
    static let actor = RecordKind<Int>(
        name: "actor", plural: "actors", summary: "A person, organisation, country, armed group, outlet or unnamed source.",
        fields: [
            Field("id", .text, "A slug of the name (`sergei-lavrov`); an unnamed source's id ends with its article's id.") { p, c in
                .text(c.corpus.actors[p].id)
            },
            Field("name", .text, "The fullest name used.") { p, c in .text(c.corpus.actors[p].name) },
            Field("type", .text, "`person`, `organization`, `country`, `place`, `group`, `media` or `anonymous`.",
                  values: ActorType.allCases.map(\.rawValue)) { p, c in .text(c.corpus.actors[p].type.rawValue) },
            Field("role", .text, "The role stated most often (\"Foreign Minister\").") { p, c in .optional(c.corpus.actors[p].role) },
            Field("affiliation", .link(to: "actors"), "The actor it belongs to (a minister's country), as stated.") { p, c in
                .link(c.corpus.actors[p].affiliation.flatMap { c.index.actorByID[$0] })
            },
            Field("aliases", .texts, "Every name it goes by in the corpus.") { p, c in .texts(c.corpus.actors[p].aliases) },
            Field("mentions", .records(of: "mention", owner: "actor"),
                  "Each mention {actor, article, paragraph, sentence, start, end, text, role}; the export's `mentions` table.") { p, c in
                .records(c.corpus.actors[p].mentions.map { mention.row(MentionItem(actor: p, mention: $0), c) })
            },
            Field("articles", .links(to: "articles"), "The articles it is mentioned in.", exported: false) { p, c in
                .links(c.corpus.actors[p].articles.compactMap { c.index.articleByID[$0] })
            },
            Field("claims", .links(to: "claims"), "The claims it made.", exported: false) { p, c in .links(c.index.claimsOfActor[p]) },
        ],
        all: { c in AnySequence(c.corpus.actors.indices) })
}
