/// The words that are ordinary English rather than names when a sentence capitalises them.
///
/// Decided from one article and general knowledge only, so that finding actors in an
/// article never depends on the rest of the corpus: the common words a dictionary writes
/// in lowercase only (`Data/ordinary-words.txt`, made by `scripts/make-ordinary-words`),
/// and the words this article itself writes in lowercase somewhere.
struct OrdinaryWords: Sendable {
    static let common: Set<String> = {
        var words = Set<String>()
        for line in String(decoding: PackageResources.ordinary_words_txt, as: UTF8.self).split(separator: "\n")
        where !line.hasPrefix("#") {
            words.insert(String(line))
        }
        return words
    }()

    private let article: Set<String>

    init(article: Set<String>) {
        self.article = article
    }

    /// The lowercase words of `tokens`.
    init(lowercaseWordsOf tokens: [Token]) {
        var words = Set<String>()
        for token in tokens where token.isWord {
            guard let first = token.text.unicodeScalars.first else { continue }
            // ASCII without the Unicode tables: nearly every token of English news.
            let isLowercase = first.isASCII ? ("a"..."z").contains(first) : first.properties.isLowercase
            if isLowercase { words.insert(token.text) }
        }
        self.init(article: words)
    }

    func contains(_ word: String) -> Bool {
        article.contains(word) || Self.common.contains(word)
    }
}
