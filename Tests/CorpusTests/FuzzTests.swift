import Corpus
import Foundation
import XCTest

/// Hostile articles made from the seeds by a seeded generator, read and extracted one by
/// one: no input may crash lede or give a record that points outside its article.
///
/// In `scripts/test` it runs a fixed number of inputs from a fixed seed, so a failure
/// comes back the same on every machine. `scripts/fuzz SECONDS` runs it for a time
/// instead (`LEDE_FUZZ_SECONDS`), writing each input to `LEDE_FUZZ_DIR/current` before
/// reading it (what a crash leaves behind) and the slowest input to `LEDE_FUZZ_DIR/slowest`.
final class FuzzTests: XCTestCase {
    func testHostileArticlesNeitherCrashNorPointOutsideTheirText() throws {
        let environment = ProcessInfo.processInfo.environment
        let seconds = environment["LEDE_FUZZ_SECONDS"].flatMap(Double.init)
        let seed = environment["LEDE_FUZZ_SEED"].flatMap(UInt64.init) ?? 20261202
        let outputDirectory = environment["LEDE_FUZZ_DIR"]
        let fixture = try Fixture(self)
        var generator = HostileArticles(seedTexts: try Self.seedTexts(), seed: seed)

        let clock = ContinuousClock()
        let start = clock.now
        var executions = 0
        var slowest: (duration: Duration, input: HostileArticles.Input)?
        while seconds.map({ clock.now - start < .seconds($0) }) ?? (executions < 100) {
            let input = generator.next()
            if let outputDirectory {
                try Data(input.bytes).write(to: URL(fileURLWithPath: outputDirectory + "/current"))
            }
            let path = try fixture.write(input.name, bytes: input.bytes)
            let began = clock.now
            let corpus = try Corpus.load(paths: [path])
            let duration = clock.now - began
            try FileManager.default.removeItem(atPath: path)
            executions += 1
            XCTAssertEqual(corpus.files.count, 1, "\(input.recipe)")
            Self.checkPlaces(corpus, input: input)
            if duration > slowest?.duration ?? .zero { slowest = (duration, input) }
        }
        guard let slowest else { return }
        print("fuzz: \(executions) executions in \(clock.now - start), seed \(seed); slowest input \(slowest.duration): \(slowest.input.bytes.count) bytes, \(slowest.input.recipe)")
        if let outputDirectory {
            try Data(slowest.input.bytes).write(to: URL(fileURLWithPath: outputDirectory + "/slowest"))
            try Data("\(executions)\n".utf8).write(to: URL(fileURLWithPath: outputDirectory + "/executions"))
        }
    }

    /// Every record points inside its article (its title for paragraph 0) and at actors that exist.
    static func checkPlaces(_ corpus: Corpus, input: HostileArticles.Input) {
        let lengths = Dictionary(corpus.articles.map { ($0.id, (title: $0.title.utf8.count, text: $0.text.utf8.count)) },
                                 uniquingKeysWith: { first, _ in first })
        XCTAssertEqual(lengths.count, corpus.articles.count, "article ids repeat: \(input.recipe)")
        let actorIDs = Set(corpus.actors.map(\.id))
        func inside(_ range: Range<Int>, _ article: String, paragraph: Int, _ what: String) {
            guard let length = lengths[article] else { return XCTFail("\(what) names no article (\(article)): \(input.recipe)") }
            let limit = paragraph == 0 ? length.title : length.text
            XCTAssert(range.lowerBound >= 0 && range.upperBound <= limit,
                      "\(what) at \(range) outside \(limit) bytes of paragraph \(paragraph): \(input.recipe)")
        }
        for claim in corpus.claims {
            inside(claim.contentRange, claim.article, paragraph: claim.paragraph, "claim \(claim.id)")
            if let attribution = claim.attributionRange {
                inside(attribution, claim.article, paragraph: claim.paragraph, "claim \(claim.id)'s attribution")
            }
            if let speaker = claim.speaker { XCTAssert(actorIDs.contains(speaker), "claim \(claim.id)'s speaker \(speaker): \(input.recipe)") }
        }
        for actor in corpus.actors {
            for mention in actor.mentions { inside(mention.range, mention.article, paragraph: mention.paragraph, "mention of \(actor.name)") }
        }
        for quantity in corpus.quantities {
            inside(quantity.range, quantity.article, paragraph: quantity.paragraph, "quantity \(quantity.text)")
        }
    }

    static func seedTexts() throws -> [String] {
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../seeds").standardized
        let names = try FileManager.default.contentsOfDirectory(atPath: seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
        return try names.map { try String(contentsOf: seeds.appendingPathComponent($0), encoding: .utf8) }
    }
}

/// Articles a hostile or careless source could send: the seeds cut, spliced, repeated and
/// sprinkled with what breaks text code (lone quotes, run-on sentences, stray bytes,
/// combining marks, bidirectional controls, NULs, very long words), as text files and as
/// JSON Lines records.
struct HostileArticles {
    struct Input {
        var name: String
        var bytes: [UInt8]
        /// How it was made, to reproduce it by reading.
        var recipe: String
    }

    private var random: SplitMix64
    private let seedTexts: [[Substring]]
    private var count = 0

    init(seedTexts: [String], seed: UInt64) {
        random = SplitMix64(seed: seed)
        self.seedTexts = seedTexts.map { $0.split(separator: " ", omittingEmptySubsequences: false) }
    }

    /// Pieces that trip tokenizers, sentence splitters and the claim rules.
    private static let oddities: [String] = [
        "\"", "“", "”", "'", "‘", "’", "«", "»", "\u{0301}", "\u{200B}", "\u{202E}", "\u{FEFF}", "\u{0000}", "\r", "\r\n",
        "\n\n", "\t", "said", "said:", ", said", "told", "according to", "\"he said.\"", "Mr", "Dr.", "U.S.", "...", "—", "–",
        "(", ")", "[", "]", "%", "$", "€1.5bn", "3,000,000,000,000,000,000,000", "-0", "1e308", "½", "٣", "🇺🇸", "👨‍👩‍👧",
        "Ǆ", "ﬁ", "İ", "ß", "ǅ", "Ⅻ", "https://x.example/a?b=c", "@user", "#tag", "Q:", "A:", "Image:", "By", "Reuters",
        "January 32, 2019", "29 February 2100", "0000-00-00", "9999-12-31", "The", "of", "and", "I'm",
    ]

    mutating func next() -> Input {
        count += 1
        let source = seedTexts[random.below(seedTexts.count)]
        var words = Array(source[random.below(source.count)...].prefix(20 + random.below(800)))
        var recipe: [String] = ["seed words \(words.count)"]
        for _ in 0..<(1 + random.below(4)) {
            switch random.below(9) {
            case 0:
                words = words.map { $0.replacingOccurrences(of: ".", with: ",")[...] }
                recipe.append("no full stops")
            case 1:
                for _ in 0..<(1 + random.below(40)) {
                    words.insert(Self.oddities[random.below(Self.oddities.count)][...], at: random.below(words.count + 1))
                }
                recipe.append("oddities")
            case 2:
                // Bounded, so that one input stays under about 40,000 words.
                let times = 2 + random.below(max(1, min(60, 40_000 / max(1, words.count))))
                words = Array(repeatElement(words, count: times).joined())
                recipe.append("repeated \(times)×")
            case 3:
                let other = seedTexts[random.below(seedTexts.count)]
                let at = random.below(other.count)
                words.insert(contentsOf: other[at..<min(other.count, at + random.below(200))], at: random.below(words.count + 1))
                recipe.append("spliced")
            case 4:
                words.append(String(repeating: "Aa", count: 1 + random.below(5000))[...])
                recipe.append("long word")
            case 5:
                words = words.map { random.below(5) == 0 ? $0.uppercased()[...] : $0 }
                recipe.append("capitals")
            case 6:
                words = words.map { random.below(4) == 0 ? "\"\($0)"[...] : $0 }
                recipe.append("quotes")
            case 7:
                words = words.map { word in random.below(10) == 0 ? (word + ", said " + word.capitalized)[...] : word }
                recipe.append("cues")
            default:
                words.shuffle(using: &random)
                recipe.append("shuffled")
            }
        }
        var bytes = Array(words.joined(separator: " ").utf8)
        if random.below(6) == 0 {
            for _ in 0..<(1 + random.below(8)) where !bytes.isEmpty {
                bytes[random.below(bytes.count)] = UInt8(truncatingIfNeeded: random.next())
            }
            recipe.append("stray bytes")
        }
        if random.below(5) == 0 {
            let text = String(decoding: bytes, as: UTF8.self)
            let record: [String: Any] = ["id": random.below(3) == 0 ? "" : "r\(count)", "title": String(text.prefix(random.below(90))),
                                         "text": text, "date": ["2019-02-30", "yesterday", "1999-12-31T23:59:60Z", ""][random.below(4)]]
            var line = (try? JSONSerialization.data(withJSONObject: record)).map { [UInt8]($0) } ?? []
            line += Array("\n{\"text\": 1}\nnot json\n".utf8)
            return Input(name: "f\(count).jsonl", bytes: line, recipe: (recipe + ["JSON Lines"]).joined(separator: ", "))
        }
        return Input(name: "f\(count).txt", bytes: bytes, recipe: recipe.joined(separator: ", "))
    }
}

/// A small, fast generator whose sequence depends only on its seed.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { bound <= 1 ? 0 : Int(next() % UInt64(bound)) }
}
