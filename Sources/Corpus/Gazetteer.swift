import Foundation

/// Finds the names of an `ActorDictionary` in token sequences: a trie over token texts,
/// matched longest first and case-sensitively, so "US" is the country and "us" is not.
struct Gazetteer: Sendable {
    enum Form: Sendable { case name, demonym, capital }

    struct Match: Sendable {
        var length: Int
        var entry: Int
        var form: Form
    }

    private final class Node: @unchecked Sendable {
        var children: [String: Node] = [:]
        var value: (entry: Int, form: Form)?
    }

    private let root = Node()
    let dictionary: ActorDictionary

    init(_ dictionary: ActorDictionary) {
        self.dictionary = dictionary
        for (index, entry) in dictionary.entries.enumerated() {
            for name in [entry.name] + entry.aliases { insert(name, entry: index, form: .name) }
            for demonym in entry.demonyms { insert(demonym, entry: index, form: .demonym) }
            for capital in entry.capitals { insert(capital, entry: index, form: .capital) }
        }
    }

    private func insert(_ phrase: String, entry: Int, form: Form) {
        var words = Tokenizer.tokens(of: phrase, sentence: -1, paragraph: -1).map(\.text)
        // A leading "the" is matched separately, so "the Kremlin" and "Kremlin" are one name.
        if words.count > 1, words[0].lowercased() == "the" { words.removeFirst() }
        guard !words.isEmpty else { return }
        var node = root
        for word in words {
            let word = Gazetteer.straightApostrophes(word)
            if let next = node.children[word] {
                node = next
            } else {
                let next = Node()
                node.children[word] = next
                node = next
            }
        }
        // The first entry to claim a name keeps it: built-in order puts countries first.
        if node.value == nil { node.value = (entry, form) }
    }

    /// The longest name starting at `start`, if any.
    func match(_ tokens: [Token], at start: Int, end: Int? = nil) -> Match? {
        let end = end ?? tokens.count
        var node = root
        var best: Match?
        var index = start
        while index < end {
            guard let next = node.children[Gazetteer.straightApostrophes(tokens[index].text)] else { break }
            node = next
            index += 1
            if let value = node.value { best = Match(length: index - start, entry: value.entry, form: value.form) }
        }
        return best
    }

    /// "People’s" and "People's" are one word.
    static func straightApostrophes(_ word: String) -> String {
        word.contains("’") ? word.replacingOccurrences(of: "’", with: "'") : word
    }
}
