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

    /// `needsArticle`: "The Hill", "The Sun", "The Hindu": a name of one word after "the" is a
    /// common word or another thing alone ("Hill Top", "Hindu temples"), that name only after "the".
    private let trie = WordTrie<(entry: Int, form: Form, needsArticle: Bool)>(normalize: Gazetteer.straightApostrophes)
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
        var hadArticle = false
        if words.count > 1, words[0].lowercased() == "the" {
            words.removeFirst()
            hadArticle = true
        }
        guard let first = words.first else { return }
        // The first entry to claim a name keeps it: built-in order puts countries first.
        trie.insert(words, (entry, form, hadArticle && words.count == 1))
        // "al-Qaeda" opens a sentence or a headline as "Al-Qaeda", and some copy writes it so throughout.
        if first.count > 2 || words.count > 1, let initial = first.first, initial.isLowercase {
            trie.insert([initial.uppercased() + first.dropFirst()] + words.dropFirst(), (entry, form, false))
        }
    }

    /// The longest name starting at `start`, if any.
    func match(_ tokens: [Token], at start: Int, end: Int? = nil) -> Match? {
        guard let found = trie.longestMatch(tokens, at: start, end: end ?? tokens.count) else { return nil }
        if found.value.needsArticle, start == 0 || tokens[start - 1].lowercased != "the" { return nil }
        return Match(length: found.length, entry: found.value.entry, form: found.value.form)
    }

    /// "People’s" and "People's" are one word.
    static func straightApostrophes(_ word: String) -> String {
        word.unicodeScalars.contains("’") ? word.replacingOccurrences(of: "’", with: "'") : word
    }
}
