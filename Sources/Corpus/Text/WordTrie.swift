/// Phrases as sequences of words, each with a value, found longest first in tokens.
final class WordTrie<Value>: @unchecked Sendable {
    private final class Node {
        var children: [String: Node] = [:]
        var value: Value?
    }

    private let root = Node()
    /// How a token's text is turned into the word stored ("People’s" → "People's").
    private let normalize: (String) -> String

    init(normalize: @escaping (String) -> String = { $0 }) {
        self.normalize = normalize
    }

    /// Stores `value` for `words`; an earlier value stays unless `overwrite`.
    func insert(_ words: [String], _ value: Value, overwrite: Bool = false) {
        var node = root
        for word in words {
            let word = normalize(word)
            if let next = node.children[word] {
                node = next
            } else {
                let next = Node()
                node.children[word] = next
                node = next
            }
        }
        if node.value == nil || overwrite { node.value = value }
    }

    /// The longest phrase starting at `start` whose tokens all pass `allowed`, with its length.
    func longestMatch(_ tokens: [Token], at start: Int, end: Int, allowed: (Int) -> Bool = { _ in true }) -> (length: Int, value: Value)? {
        var node = root
        var best: (length: Int, value: Value)?
        var index = start
        while index < end, allowed(index), let next = node.children[normalize(tokens[index].text)] {
            node = next
            index += 1
            if let value = node.value { best = (index - start, value) }
        }
        return best
    }

    /// The longest phrase starting at `start` in `words`, with its length.
    func longestMatch(_ words: [String], at start: Int) -> (length: Int, value: Value)? {
        var node = root
        var best: (length: Int, value: Value)?
        var index = start
        while index < words.count, let next = node.children[normalize(words[index])] {
            node = next
            index += 1
            if let value = node.value { best = (index - start, value) }
        }
        return best
    }
}
