/// The analyst's corrections to the actors lede found, from `ignore:`, `merge:` and
/// `retype:` lines of an actors file. They apply to the reduced corpus, after every rule,
/// so a cached corpus takes them without reading any text again.
public struct ActorCorrections: Sendable, Equatable {
    /// One correction line, with where it was written for the warning when it matches nothing.
    public struct Line: Sendable, Equatable {
        public var names: [String]
        public var source: String
        public var line: Int
    }

    public struct Retype: Sendable, Equatable {
        public var line: Line
        public var type: ActorType
    }

    /// Names that are never actors.
    public var ignored: [Line] = []
    /// Names that are one actor, named by the first.
    public var merges: [Line] = []
    public var retypes: [Retype] = []

    public init() {}

    public var isEmpty: Bool { ignored.isEmpty && merges.isEmpty && retypes.isEmpty }

    mutating func append(_ other: ActorCorrections) {
        ignored += other.ignored
        merges += other.merges
        retypes += other.retypes
    }

    /// `corpus` with the corrections made: merged actors' mentions and aliases joined under
    /// the first name, ignored actors gone (their claims keep no speaker), types changed,
    /// and every claim, `via` and affiliation pointing at the actor that remains. A line
    /// that matches no actor is a warning.
    public func apply(to corpus: inout Corpus) {
        guard !isEmpty else { return }
        var actors = corpus.actors
        var replacement: [String: String?] = [:]
        func matches(_ actor: Actor, _ name: String) -> Bool {
            let wanted = name.lowercased()
            return actor.name.lowercased() == wanted || actor.aliases.contains { $0.lowercased() == wanted }
        }
        func warn(_ line: Line, _ what: String) {
            corpus.warnings.append(CorpusWarning(path: line.source, line: line.line, message: what))
        }
        let order = Dictionary(corpus.articles.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        for merge in merges {
            let members = actors.indices.filter { index in merge.names.contains { matches(actors[index], $0) } }
            guard let first = merge.names.first, members.count >= 2 else {
                warn(merge, "merge: fewer than two actors go by \(merge.names.joined(separator: ", "))")
                continue
            }
            let target = members.first { matches(actors[$0], first) } ?? members[0]
            var joined = actors[target]
            joined.name = first
            for member in members where member != target {
                let other = actors[member]
                joined.mentions += other.mentions
                for alias in other.aliases where !joined.aliases.contains(alias) { joined.aliases.append(alias) }
                joined.role = joined.role ?? other.role
                joined.affiliation = joined.affiliation ?? other.affiliation
                replacement[other.id] = .some(joined.id)
            }
            if !joined.aliases.contains(first) { joined.aliases.insert(first, at: 0) }
            joined.mentions.sort { (order[$0.article] ?? 0, $0.paragraph, $0.range.lowerBound) < (order[$1.article] ?? 0, $1.paragraph, $1.range.lowerBound) }
            actors[target] = joined
            let dropped = Set(members.filter { $0 != target })
            actors = Records(actors.indices.filter { !dropped.contains($0) }.map { actors[$0] })
        }
        for ignore in ignored {
            for name in ignore.names {
                let gone = actors.filter { matches($0, name) }
                if gone.isEmpty { warn(ignore, "ignore: no actor goes by \(name)") }
                for actor in gone { replacement[actor.id] = .some(nil) }
                actors.removeAll { matches($0, name) }
            }
        }
        for retype in retypes {
            for name in retype.line.names {
                let found = actors.indices.filter { matches(actors[$0], name) }
                if found.isEmpty { warn(retype.line, "retype: no actor goes by \(name)") }
                for index in found { actors[index].type = retype.type }
            }
        }
        func resolve(_ id: String) -> String? {
            var current = id
            var seen = Set<String>()
            while let next = replacement[current], seen.insert(current).inserted {
                guard let next else { return nil }
                current = next
            }
            return current
        }
        for index in actors.indices { actors[index].affiliation = actors[index].affiliation.flatMap(resolve) }
        for index in corpus.claims.indices {
            corpus.claims[index].speaker = corpus.claims[index].speaker.flatMap(resolve)
            corpus.claims[index].via = corpus.claims[index].via.compactMap(resolve)
        }
        corpus.actors = actors
    }
}
