import Corpus

/// `search` for plain text over every article, in Swift: on 100,000 articles the Lua loop
/// made every article and sentence record and a row per hit before a script saw one.
/// It finds what text.lua's loop finds (which stays the reference the tests compare
/// against): non-overlapping matches left to right in each article's `text`, in corpus
/// order, with case folded as Lua's `string.lower` folds it in the C locale (A–Z only).
struct TextSearch {
    /// One match: the article's 0-based position and the match's bytes in its text.
    struct Hit {
        let article: Int
        let bytes: Range<Int>
    }

    let hits: [Hit]

    /// `needle` is already lower-cased when `ignoringCase`.
    init(_ needle: [UInt8], ignoringCase: Bool, in corpus: Corpus) {
        var hits: [Hit] = []
        guard let first = needle.first else {
            self.hits = []
            return
        }
        for position in corpus.articles.indices {
            var text = corpus.articleTextBytes(position)
            if ignoringCase {
                for index in text.indices where (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(text[index]) { text[index] |= 0x20 }
            }
            var start = 0
            while start + needle.count <= text.count {
                guard let at = text[start...].firstIndex(of: first) else { break }
                guard at + needle.count <= text.count else { break }
                if text[at..<(at + needle.count)].elementsEqual(needle) {
                    hits.append(Hit(article: position, bytes: at..<(at + needle.count)))
                    start = at + needle.count
                } else {
                    start = at + 1
                }
            }
        }
        self.hits = hits
    }

    /// The sentence a hit starts in (the last one starting at or before it, else the
    /// first): its paragraph, its number and its text.
    func row(_ index: Int, in articles: Records<Article>) -> (paragraph: Int?, sentence: Int?, context: String?) {
        let hit = hits[index]
        let article = articles[hit.article]
        let sentences = article.sentences
        var low = 0, high = sentences.count - 1, found: Int?
        while low <= high {
            let middle = (low + high) / 2
            if sentences[middle].range.lowerBound <= hit.bytes.lowerBound {
                found = middle
                low = middle + 1
            } else {
                high = middle - 1
            }
        }
        let number = found ?? (sentences.isEmpty ? nil : 0)
        let sentence = number.map { sentences[$0] }
        return (sentence.map { $0.paragraph + 1 }, number.map { $0 + 1 }, sentence.map { article.slice($0.range) })
    }
}
