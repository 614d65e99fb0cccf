import Corpus

/// `lede stats`: what the corpus holds and what the reader dropped or skipped, per file.
public enum Stats {
    public static func report(_ corpus: Corpus) -> String {
        let articles = corpus.articles
        articles.loadIntoMemory()  // three passes over every article
        let total = Totals(articles)
        var lines = [
            "corpus: \(corpus.paths.joined(separator: ", "))",
            "files \(corpus.files.count) · articles \(articles.count) · paragraphs \(total.paragraphs) · sentences \(total.sentences) · words \(total.words)",
        ]
        let dropped = articles.flatMap(\.dropped)
        lines.append("dropped lines \(dropped.count)" + (dropped.isEmpty ? "" : ": " + countByReason(dropped)))

        var byPath: [String: [Article]] = [:]
        for article in articles { byPath[article.path, default: []].append(article) }
        var rows: [[String]] = [["file", "encoding", "articles", "paragraphs", "sentences", "words", "dropped", "note"]]
        for file in corpus.files {
            let fileArticles = byPath[file.path] ?? []
            let fileDropped = fileArticles.flatMap(\.dropped)
            let fileTotal = Totals(fileArticles)
            rows.append([
                file.path, file.encoding?.rawValue ?? "-", String(file.articles),
                String(fileTotal.paragraphs), String(fileTotal.sentences), String(fileTotal.words),
                fileDropped.isEmpty ? "0" : "\(fileDropped.count) (\(countByReason(fileDropped)))",
                file.skipped.map { "skipped: \($0)" } ?? (file.encoding == .windows1252 ? "decoded as Windows-1252" : ""),
            ])
        }
        lines.append("")
        lines += ColumnAligner.lines(rows)
        if !corpus.warnings.isEmpty {
            lines.append("")
            lines.append("warnings:")
            lines += corpus.warnings.map { "  \($0)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    struct Totals {
        var paragraphs = 0, sentences = 0, words = 0

        init(_ articles: some Sequence<Article>) {
            for article in articles {
                paragraphs += article.paragraphRanges.count
                sentences += article.sentences.count
                words += article.words
            }
        }
    }

    /// "caption 7, comments 4": reasons by count, largest first, ties by name.
    static func countByReason(_ dropped: [DroppedLine]) -> String {
        var counts: [String: Int] = [:]
        for line in dropped { counts[line.reason, default: 0] += 1 }
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .map { "\($0.key) \($0.value)" }.joined(separator: ", ")
    }
}
