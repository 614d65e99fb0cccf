import Corpus
import Foundation
import XCTest

/// Encodings, JSON Lines, and the bad inputs that must not stop a corpus from loading.
final class InputTests: XCTestCase {
    let story = "Harbour reopens\r\nThe harbour reopened on Monday.\r\n"

    func testUTF8WithBOMAndCRLF() throws {
        let fixture = try Fixture(self)
        try fixture.write("bom.txt", bytes: [0xEF, 0xBB, 0xBF] + Array(story.utf8))
        let article = try XCTUnwrap(fixture.load().articles.first)
        XCTAssertEqual(article.title, "Harbour reopens")
        XCTAssertEqual(article.text, "The harbour reopened on Monday.")
        XCTAssertEqual(article.encoding, .utf8)
    }

    func testUTF16WithBOMBothByteOrders() throws {
        let fixture = try Fixture(self)
        let units = Array("Café talks\nThe café reopened.\n".utf16)
        try fixture.write("le.txt", bytes: [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        try fixture.write("be.txt", bytes: [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
        let corpus = try fixture.load()
        XCTAssertEqual(corpus.articles.map(\.title), ["Café talks", "Café talks"])
        XCTAssertEqual(corpus.articles.map(\.encoding), [.utf16BigEndian, .utf16LittleEndian])
        XCTAssertEqual(corpus.warnings, [])
    }

    func testWindows1252IsDecodedAndSaidSo() throws {
        let fixture = try Fixture(self)
        // “Café” in Windows-1252: 0x93 and 0x94 are curly quotes, 0xE9 is é. Old Mac CR line ends.
        let path = try fixture.write("cp1252.txt", bytes: Array("Talks\r".utf8) + [0x93] + Array("Caf".utf8) + [0xE9, 0x94] + Array(" reopened.\r".utf8))
        let corpus = try fixture.load()
        XCTAssertEqual(corpus.articles.first?.text, "“Café” reopened.")
        XCTAssertEqual(corpus.articles.first?.encoding, .windows1252)
        XCTAssertEqual(corpus.warnings, [CorpusWarning(path: path, message: "not valid UTF-8; decoded as Windows-1252")])
    }

    func testNonBreakingAndZeroWidthSpacesAreNormalised() throws {
        let article = try Fixture(self).article("spaces.txt", "Title\nPrime\u{00A0}Minister Net\u{200B}anyahu said\u{202F}so.\n")
        XCTAssertEqual(article.text, "Prime Minister Netanyahu said so.")
        XCTAssertNotNil(article.text.range(of: "Prime Minister Netanyahu"))
    }

    func testJSONLinesWithCommonFieldNames() throws {
        let fixture = try Fixture(self)
        let path = try fixture.write("feed.jsonl", """
            {"id": "a1", "headline": "Port strike ends", "body": "Port strike ends\\n\\nWorkers returned on Monday.\\n\\nRead more", "published_at": "2019-01-07T09:30:00Z", "byline": "Anna Smit", "url": "https://news.example/a1", "source": {"name": "Example News"}}
            {"title": "Second story", "content": "The second story.", "date": "March 5, 2019", "author": ["A. One", "B. Two"], "outlet": "Wire"}
            not json at all
            {"title": "No text here"}

            """)
        let corpus = try fixture.load()
        XCTAssertEqual(corpus.articles.map(\.id), ["a1", "feed-2"])
        let first = corpus.articles[0]
        XCTAssertEqual(first.title, "Port strike ends")
        XCTAssertEqual(first.paragraphs, ["Workers returned on Monday."])
        XCTAssertEqual(first.dropped.map(\.reason), ["repeated headline", "navigation"])
        XCTAssertEqual(first.date, "2019-01-07")
        XCTAssertEqual(first.dateSource, .metadata, "a feed's date field is metadata, not a date line")
        XCTAssertEqual(first.author, "Anna Smit")
        XCTAssertEqual(first.outlet, "Example News")
        XCTAssertEqual(first.url, "https://news.example/a1")
        XCTAssertEqual(first.line, 1)
        XCTAssertEqual(corpus.articles[1].date, "2019-03-05")
        XCTAssertEqual(corpus.articles[1].author, "A. One, B. Two")
        XCTAssertEqual(corpus.warnings, [
            CorpusWarning(path: path, line: 3, message: "not a JSON object; line skipped"),
            CorpusWarning(path: path, line: 4, message: "no text field (text, body, content, article, full_text); line skipped"),
        ])
    }

    func testEmptyBinaryAndUnreadableFilesAreWarningsAndTheRestLoads() throws {
        let fixture = try Fixture(self)
        let empty = try fixture.write("a-empty.txt", "")
        let blank = try fixture.write("b-blank.txt", " \n\n ")
        let binary = try fixture.write("c-binary.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0xFF])
        // A dangling symbolic link cannot be read, even by root.
        let unreadable = fixture.directory.appendingPathComponent("d-gone.txt").path
        try FileManager.default.createSymbolicLink(atPath: unreadable, withDestinationPath: "/no/such/target")
        try fixture.write("e-good.txt", story)
        try fixture.write("notes.json", "{}")
        let corpus = try fixture.load()
        XCTAssertEqual(corpus.articles.map(\.id), ["e-good"])
        XCTAssertEqual(corpus.warnings.map(\.path), [empty, blank, binary, unreadable])
        XCTAssertEqual(corpus.warnings[0].message, "empty file; skipped")
        XCTAssertEqual(corpus.warnings[2].message, "binary file, not text; skipped")
        XCTAssertEqual(corpus.warnings[3].message, "symbolic link to nothing (No such file or directory); skipped")
    }

    /// A sparse 3 GB file is judged by its size, not read: skipped at once, the rest loads.
    func testAFileOverTheSizeLimitIsSkippedUnread() throws {
        let fixture = try Fixture(self)
        let huge = fixture.directory.appendingPathComponent("huge.txt").path
        XCTAssertTrue(FileManager.default.createFile(atPath: huge, contents: nil))
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: huge))
        try handle.truncate(atOffset: 3 << 30)
        try handle.close()
        try fixture.write("small.txt", story)
        let corpus = try fixture.load()
        XCTAssertEqual(corpus.articles.map(\.id), ["small"])
        XCTAssertEqual(corpus.warnings, [CorpusWarning(path: huge, message: "3072 MB, over the 64 MB an article file may have (--max-article-size); skipped")])
    }

    func testAFIFONamedLikeAnArticleIsSkippedWithItsReasonAndAFolderSoNamedIsRead() throws {
        let fixture = try Fixture(self)
        try fixture.write("x.txt/inner.txt", story)
        let fifo = fixture.directory.appendingPathComponent("pipe.txt").path
        XCTAssertEqual(mkfifo(fifo, 0o644), 0)
        try fixture.write("story.txt", story)
        let corpus = try fixture.load()
        XCTAssertEqual(corpus.articles.map(\.id), ["story", "inner"])
        XCTAssertEqual(corpus.warnings, [CorpusWarning(path: fifo, message: "is a FIFO, not a file; skipped")])
    }

    /// Hidden files are left out as `ls` leaves them out, without a warning, but `lede stats`
    /// lists them as skipped, so that a missing article can be found.
    func testHiddenFilesAndFoldersAreSkippedAndListed() throws {
        let fixture = try Fixture(self)
        let hidden = try fixture.write(".draft.txt", story)
        try fixture.write(".git/notes.txt", story)
        try fixture.write(".DS_Store", "binary junk")
        try fixture.write("story.txt", story)
        let corpus = try fixture.load()
        XCTAssertEqual(corpus.articles.map(\.id), ["story"])
        XCTAssertEqual(corpus.warnings, [])
        XCTAssertEqual(corpus.files.map(\.path), [hidden, fixture.directory.appendingPathComponent(".git").path,
                                                  fixture.directory.appendingPathComponent("story.txt").path])
        XCTAssertEqual(corpus.files.map(\.skipped), ["hidden file", "hidden folder", nil])
    }

    func testAFileNameThatIsNotUTF8IsSkippedWithAWarning() throws {
        let fixture = try Fixture(self)
        try fixture.write("story.txt", story)
        let name: [UInt8] = Array("caf".utf8) + [0xE9] + Array(".txt".utf8)
        let raw = Array(fixture.directory.path.utf8) + [UInt8(ascii: "/")] + name + [0]
        let descriptor = raw.withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) } }
        XCTAssertGreaterThanOrEqual(descriptor, 0)
        close(descriptor)
        let corpus = try fixture.load()
        XCTAssertEqual(corpus.articles.map(\.id), ["story"])
        XCTAssertEqual(corpus.warnings, [CorpusWarning(path: fixture.directory.path + "/caf\u{FFFD}.txt",
                                                       message: "name is not valid UTF-8 (shown here with � for the bad bytes); skipped")])
    }

    /// A path longer than PATH_MAX cannot be opened by name: it is a warning, not a silence.
    func testAPathLongerThanTheSystemTakesIsSkippedWithAWarning() throws {
        let fixture = try Fixture(self)
        try fixture.write("story.txt", story)
        let component = String(repeating: "d", count: 250)
        var descriptor = open(fixture.directory.path, O_RDONLY | O_DIRECTORY)
        var depth = 0
        while fixture.directory.path.utf8.count + (depth + 1) * 251 < Int(PATH_MAX) + 300 {
            XCTAssertEqual(mkdirat(descriptor, component, 0o755), 0)
            let next = openat(descriptor, component, O_RDONLY | O_DIRECTORY)
            close(descriptor)
            descriptor = next
            depth += 1
        }
        let file = openat(descriptor, "deep.txt", O_CREAT | O_WRONLY, 0o644)
        XCTAssertGreaterThanOrEqual(file, 0)
        close(file)
        close(descriptor)
        addTeardownBlock { Self.removeDeep(fixture.directory.path, component: component, depth: depth) }
        let corpus = try fixture.load()
        XCTAssertEqual(corpus.articles.map(\.id), ["story"])
        XCTAssertEqual(corpus.warnings.count, 1)
        XCTAssertTrue(corpus.warnings.first?.message.hasPrefix("path of ") == true, "\(corpus.warnings)")
        XCTAssertTrue(corpus.warnings.first?.message.hasSuffix("longer than the system's limit of 4095; skipped") == true)
    }

    /// What `rm -r` does without ever naming a path longer than PATH_MAX.
    private static func removeDeep(_ top: String, component: String, depth: Int) {
        var chain = [open(top, O_RDONLY | O_DIRECTORY)]
        for _ in 0..<depth { chain.append(openat(chain[chain.count - 1], component, O_RDONLY | O_DIRECTORY)) }
        unlinkat(chain[chain.count - 1], "deep.txt", 0)
        for level in stride(from: depth, to: 0, by: -1) {
            close(chain[level])
            unlinkat(chain[level - 1], component, AT_REMOVEDIR)
        }
        close(chain[0])
    }

    /// Under --sandbox a corpus must not become a way to read the rest of the disk.
    func testAKeptInsideLoadDoesNotFollowALinkOutOfTheCorpus() throws {
        let fixture = try Fixture(self)
        let outside = try Fixture(self)
        let secret = try outside.write("secret.txt", "The secret plan, an official said, was never written down.")
        try fixture.write("story.txt", story)
        let link = fixture.directory.appendingPathComponent("passwd.txt").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: secret)
        try FileManager.default.createSymbolicLink(atPath: fixture.directory.appendingPathComponent("again.txt").path,
                                                   withDestinationPath: "story.txt")
        let kept = try Corpus.load(paths: [fixture.directory.path], policy: ReadPolicy(links: .keptInside))
        XCTAssertEqual(kept.articles.map(\.id), ["again", "story"])
        XCTAssertEqual(kept.warnings, [CorpusWarning(path: link, message: "symbolic link out of the corpus folder, not followed under --sandbox; skipped")])
        let followed = try Corpus.load(paths: [fixture.directory.path])
        XCTAssertEqual(followed.articles.map(\.id), ["again", "passwd", "story"])
    }

    /// The per-file budget: a file or a JSON Lines record over the limit is skipped unread,
    /// with a warning; the cache never serves an article the new limit would refuse.
    func testAnArticleOverTheSizeLimitIsSkippedAndTheRestLoads() throws {
        let fixture = try Fixture(self)
        let big = try fixture.write("big.txt", String(repeating: "The convoy moved slowly north. ", count: 100))
        try fixture.write("small.txt", story)
        let records = try fixture.write("feed.jsonl", #"{"id": "long", "text": "\#(String(repeating: "Rain fell. ", count: 300))"}"# + "\n"
                                           + #"{"id": "short", "text": "The harbour reopened on Monday."}"# + "\n")
        let cache = ParseCache(directory: fixture.directory.path + "/.cache")
        let generous = try Corpus.load(paths: [fixture.directory.path], cache: cache)
        XCTAssertEqual(Set(generous.articles.map(\.id)), ["big", "long", "short", "small"])
        let strict = try Corpus.load(paths: [fixture.directory.path], cache: cache, policy: ReadPolicy(maximumArticleBytes: 2000))
        XCTAssertEqual(Set(strict.articles.map(\.id)), ["short", "small"])
        XCTAssertEqual(strict.warnings, [
            CorpusWarning(path: big, message: "4 KB, over the 2 KB an article file may have (--max-article-size); skipped"),
            CorpusWarning(path: records, line: 1, message: "4 KB, over the 2 KB an article's text may have (--max-article-size); line skipped"),
        ])
    }

    func testTwentyMegabyteSingleLineLoadsWithAWarning() throws {
        let fixture = try Fixture(self)
        let sentence = "The convoy moved slowly north. "
        let line = String(repeating: sentence, count: 20 * 1024 * 1024 / sentence.utf8.count)
        let path = try fixture.write("huge.txt", line)
        try fixture.write("small.txt", story)
        let corpus = try fixture.load()
        XCTAssertEqual(corpus.articles.count, 2)
        XCTAssertEqual(corpus.warnings.map(\.path), [path])
        XCTAssertTrue(corpus.warnings[0].message.contains("read as one paragraph"), corpus.warnings[0].message)
    }

    func testDirectoryWithNoArticlesIsAWarning() throws {
        let fixture = try Fixture(self)
        try fixture.write("readme.pdf", "x")
        let corpus = try fixture.load()
        XCTAssertEqual(corpus.articles, [])
        XCTAssertEqual(corpus.warnings, [CorpusWarning(path: fixture.directory.path, message: "no articles found (.txt, .md or .jsonl files)")])
    }

    func testSeveralPathsSubfoldersAndRepeatedNames() throws {
        let fixture = try Fixture(self)
        try fixture.write("east/report.txt", story)
        try fixture.write("west/report.md", story)
        let single = try fixture.write("single.txt", story)
        let corpus = try Corpus.load(paths: [fixture.directory.appendingPathComponent("east").path,
                                             fixture.directory.appendingPathComponent("west").path, single])
        // One order whatever the order of the paths: by path, so west's report comes last.
        XCTAssertEqual(corpus.articles.map(\.id), ["report", "single", "report-2"])
        XCTAssertEqual(corpus.articles.map { ($0.path as NSString).lastPathComponent }, ["report.txt", "single.txt", "report.md"])
    }
}

/// A sentence with no full stop for pages and a reporting cue every few words: each claim
/// stays short, and the claim rules do not compare every claim with every other (before,
/// 100 cues took minutes; the speed itself is measured by `scripts/bench --runon`).
final class RunOnSentenceTests: XCTestCase {
    func testEveryCueOfARunOnSentenceGivesOneBoundedClaim() throws {
        let parts = (0..<300).map { "Part \($0): Mayor Ana Ruiz said the plan \($0) was fine and the budget would hold" }
        let corpus = try loadCorpus("Run on\n\n" + parts.joined(separator: ", ") + "\n")
        XCTAssertEqual(corpus.claims.count, 300)
        XCTAssertEqual(Set(corpus.claims.compactMap(\.speaker)), ["ana-ruiz"])
        XCTAssertLessThanOrEqual(corpus.claims.map { $0.content.split(separator: " ").count }.max() ?? 0, 150)
    }
}
