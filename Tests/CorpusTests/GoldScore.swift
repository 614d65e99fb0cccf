import Corpus
import Foundation
import XCTest

/// A hand annotation of one article (Gold/*.json for seeds, HeldOut/*.json for the
/// invented articles kept out of tuning). Schema: Gold/README.md.
struct GoldArticle: Decodable {
    struct Actor: Decodable {
        var name: String
        var type: String
        var aliases: [String]
        var role: String?
        var affiliation: String?
    }

    struct Claim: Decodable {
        var paragraph: Int
        var speaker: String?
        var speaker_text: String?
        var cue: String
        var addressee: String?
        var kind: String
        var content: String
        var via: [String]?
    }

    var article: String
    var actors: [Actor]
    var claims: [Claim]

    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    static func load(_ folder: String) throws -> [GoldArticle] {
        let directory = folder.hasPrefix("/") ? URL(fileURLWithPath: folder) : testsDirectory.appendingPathComponent(folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".json") }.sorted()
        return try names.map { try JSONDecoder().decode(GoldArticle.self, from: Data(contentsOf: directory.appendingPathComponent($0))) }
    }
}

/// Precision and recall as counts, so that totals add up across articles.
struct Score: CustomStringConvertible {
    var found = 0, correct = 0, expected = 0, recalled = 0

    var precision: Double { found == 0 ? 1 : Double(correct) / Double(found) }
    var recall: Double { expected == 0 ? 1 : Double(recalled) / Double(expected) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    static func + (a: Score, b: Score) -> Score {
        Score(found: a.found + b.found, correct: a.correct + b.correct, expected: a.expected + b.expected, recalled: a.recalled + b.recalled)
    }

    var description: String {
        String(format: "P %.2f (%d/%d)  R %.2f (%d/%d)", precision, correct, found, recall, recalled, expected)
    }
}

/// Scores the actors lede found in one article against the hand annotation.
///
/// An actor found matches a gold actor when one of the names it is mentioned by in the
/// article is one of the gold actor's names (case, a leading "the", apostrophe style and
/// a possessive ignored); each gold actor matches at most one actor found. Aliases: every
/// gold name that lede mentions in the article counts as merged right when it belongs to
/// the actor matched to that gold actor.
enum ActorScoring {
    struct Result {
        var actors = Score()
        var aliases = Score()
        var missed: [String] = []
        var spurious: [String] = []
    }

    static func normalize(_ name: String) -> String {
        var text = name.lowercased().replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "‘", with: "'")
        if text.hasPrefix("the ") { text.removeFirst(4) }
        if text.hasSuffix("'s") { text.removeLast(2) }
        return text.trimmingCharacters(in: .whitespaces)
    }

    static func score(_ gold: GoldArticle, corpus: Corpus, articleID: String) -> Result {
        var result = Result()
        let found = corpus.actors.compactMap { actor -> (Actor, Set<String>)? in
            let surfaces = actor.mentions.filter { $0.article == articleID }.map { normalize($0.text) }
            guard !surfaces.isEmpty else { return nil }
            return (actor, Set(surfaces + [normalize(actor.name)]))
        }
        let goldNames = gold.actors.map { Set(($0.aliases + [$0.name]).map(normalize)) }
        var matchOfGold: [Int: Int] = [:]
        var taken = Set<Int>()
        // Best overlaps first, so that a big actor is not taken by a small overlap.
        var pairs: [(gold: Int, found: Int, overlap: Int)] = []
        for (g, names) in goldNames.enumerated() {
            for (f, (_, surfaces)) in found.enumerated() {
                let overlap = names.intersection(surfaces).count
                if overlap > 0 { pairs.append((g, f, overlap)) }
            }
        }
        for pair in pairs.sorted(by: { ($0.overlap, -$0.gold, -$0.found) > ($1.overlap, -$1.gold, -$1.found) })
        where matchOfGold[pair.gold] == nil && !taken.contains(pair.found) {
            matchOfGold[pair.gold] = pair.found
            taken.insert(pair.found)
        }
        result.actors = Score(found: found.count, correct: taken.count, expected: gold.actors.count, recalled: matchOfGold.count)
        result.missed = gold.actors.indices.filter { matchOfGold[$0] == nil }.map { gold.actors[$0].name }
        result.spurious = found.indices.filter { !taken.contains($0) }.map { found[$0].0.name }
        for (g, names) in goldNames.enumerated() {
            for alias in names {
                let owners = found.indices.filter { found[$0].1.contains(alias) }
                guard !owners.isEmpty else {
                    result.aliases.expected += 1
                    continue
                }
                let right = owners.contains { matchOfGold[g] == $0 }
                result.aliases.found += 1
                result.aliases.expected += 1
                if right {
                    result.aliases.correct += 1
                    result.aliases.recalled += 1
                }
            }
        }
        return result
    }
}

/// Scores the claims lede found in one article against the hand annotation.
///
/// A claim found matches a gold claim of the same article when at least half of the gold
/// content's words are in the found content (the overlap rule of the Gender Gap Tracker's
/// evaluation, made stricter); each gold claim matches at most one claim found. Among
/// matches, the speaker is right when the actor found goes by the gold speaker's name or
/// one of its gold aliases.
enum ClaimScoring {
    struct Result {
        var claims = Score()
        var speakers = Score()
        var byKind: [String: Score] = [:]
        var missed: [String] = []
        var spurious: [String] = []
        var wrongSpeaker: [String] = []
    }

    static func words(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    static func score(_ gold: GoldArticle, corpus: Corpus, articleID: String) -> Result {
        var result = Result()
        let found = corpus.claims.filter { $0.article == articleID }
        let actorsByID = Dictionary(uniqueKeysWithValues: corpus.actors.map { ($0.id, $0) })
        var pairs: [(gold: Int, found: Int, overlap: Double)] = []
        for (g, claim) in gold.claims.enumerated() {
            let goldWords = words(claim.content)
            guard !goldWords.isEmpty else { continue }
            for (f, candidate) in found.enumerated() {
                let foundWords = Set(words(candidate.content))
                let overlap = Double(goldWords.filter(foundWords.contains).count) / Double(goldWords.count)
                if overlap >= 0.5 { pairs.append((g, f, overlap)) }
            }
        }
        var matchOfGold: [Int: Int] = [:]
        var taken = Set<Int>()
        for pair in pairs.sorted(by: { ($0.overlap, -$0.gold, -$0.found) > ($1.overlap, -$1.gold, -$1.found) })
        where matchOfGold[pair.gold] == nil && !taken.contains(pair.found) {
            matchOfGold[pair.gold] = pair.found
            taken.insert(pair.found)
        }
        result.claims = Score(found: found.count, correct: taken.count, expected: gold.claims.count, recalled: matchOfGold.count)
        for (g, claim) in gold.claims.enumerated() {
            var kind = result.byKind[claim.kind] ?? Score()
            kind.expected += 1
            if matchOfGold[g] != nil { kind.recalled += 1 }
            result.byKind[claim.kind] = kind
            guard let f = matchOfGold[g] else {
                result.missed.append("[\(claim.paragraph)] \(claim.speaker ?? "-"): \(claim.content.prefix(50))")
                continue
            }
            guard let speaker = claim.speaker else { continue }
            let goldNames = Set(([speaker] + (gold.actors.first { $0.name == speaker }?.aliases ?? [])).map(ActorScoring.normalize))
            let actor = found[f].speaker.flatMap { actorsByID[$0] }
            let foundNames = Set(((actor?.aliases ?? []) + (actor.map { [$0.name] } ?? [])).map(ActorScoring.normalize))
            result.speakers.found += 1
            result.speakers.expected += 1
            if !goldNames.isDisjoint(with: foundNames) {
                result.speakers.correct += 1
                result.speakers.recalled += 1
            } else {
                result.wrongSpeaker.append("[\(claim.paragraph)] gold \(speaker), found \(actor?.name ?? "nobody")")
            }
        }
        result.spurious = found.indices.filter { !taken.contains($0) }.map { "[\(found[$0].paragraph)] \(found[$0].content.prefix(50))" }
        return result
    }
}

/// Prints a line at once: a report printed by the last test of a run is otherwise lost
/// in the stdout buffer when the test process exits.
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
