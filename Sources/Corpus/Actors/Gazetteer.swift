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

    private let trie = WordTrie<(entry: Int, form: Form)>(normalize: Gazetteer.straightApostrophes)
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
        // The first entry to claim a name keeps it: built-in order puts countries first.
        trie.insert(words, (entry, form))
    }

    /// The longest name starting at `start`, if any.
    func match(_ tokens: [Token], at start: Int, end: Int? = nil) -> Match? {
        trie.longestMatch(tokens, at: start, end: end ?? tokens.count).map {
            Match(length: $0.length, entry: $0.value.entry, form: $0.value.form)
        }
    }

    /// "People’s" and "People's" are one word.
    static func straightApostrophes(_ word: String) -> String {
        word.unicodeScalars.contains("’") ? word.replacingOccurrences(of: "’", with: "'") : word
    }
}
