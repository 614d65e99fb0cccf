import Foundation
import SQLite
import XCTest

/// The two stages as a data team runs them: `lede map | lede reduce` against `lede export`,
/// the streaming contract of `lede map` (order, error records, flat memory), and the parse
/// cache by stage (one new file costs its own map, an extraction version bump costs all).
final class MapReduceTests: XCTestCase {
    /// The Wikinews articles beside the repository, when this checkout has them.
    static let wikinews = LedeProcess.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpora/wikinews").path

    private func exportJSON(_ corpus: String) throws -> String {
        let export = try LedeProcess.run(["export", "--no-cache", "--corpus", corpus, "--format", "json"])
        XCTAssertEqual(export.status, 0, export.stderr)
        return export.stdout
    }

    private func mapThenReduce(_ arguments: [String], stdin: String = "", shuffle: Bool = false) throws -> String {
        let map = try LedeProcess.run(["map"] + arguments, stdin: stdin)
        XCTAssertEqual(map.status, 0, map.stderr)
        var lines = map.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        if shuffle {
            var generator = SystemRandomNumberGenerator()
            lines.shuffle(using: &generator)
            lines.reverse()
        }
        let reduce = try LedeProcess.run(["reduce", "--format", "json"], stdin: lines.map { $0 + "\n" }.joined())
        XCTAssertEqual(reduce.status, 0, reduce.stderr)
        return reduce.stdout
    }

    func testMapThenReduceGivesTheBytesOfExportOnTheSeeds() throws {
        let expected = try exportJSON(LedeProcess.seeds)
        XCTAssertTrue(expected.contains("\"claims\""))
        XCTAssertEqual(try mapThenReduce([LedeProcess.seeds]), expected)
        XCTAssertEqual(try mapThenReduce([LedeProcess.seeds], shuffle: true), expected)
    }

    func testMapThenReduceGivesTheBytesOfExportOnWikinews() throws {
        try XCTSkipUnless(FileManager.default.fileExists(atPath: Self.wikinews), "no Wikinews corpus beside this checkout")
        let expected = try exportJSON(Self.wikinews)
        XCTAssertEqual(try mapThenReduce([Self.wikinews], shuffle: true), expected)
    }

    /// Three files whose names would give one id twice: every article keeps its claims.
    func testRepeatedNamesGiveUniqueIDsAndTheSameTablesInAnyOrder() throws {
        let directory = try LedeProcess.temporaryDirectory(self)
        let story = "A title\n\n\"We will rebuild,\" Mayor Ana Ruiz said on Monday.\n"
        for path in ["d1/report.txt", "d2/report-2.txt", "d3/report.txt"] {
            let file = directory.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try story.write(to: file, atomically: true, encoding: .utf8)
        }
        let export = try exportJSON(directory.path)
        let ids = try LedeProcess.run(["--no-cache", "--corpus", directory.path, "-e",
                                       "for _, a in ipairs(articles) do print(a.id, #a.claims) end"])
        XCTAssertEqual(ids.stdout, "report\t1\nreport-2\t1\nreport-3\t1\n", ids.stderr)
        XCTAssertEqual(try mapThenReduce([directory.path], shuffle: true), export)
    }

    /// JSON Lines records whose ids are `a`, `a`, `a-2`: three articles, three ids.
    func testRepeatedRecordIDsInJSONLinesStayApart() throws {
        let directory = try LedeProcess.temporaryDirectory(self)
        let lines = try ["a", "a", "a-2"].enumerated().map { number, id in
            try articleLine(id, "\"Plan \(number) is ready,\" Mayor Ana Ruiz said.")
        }
        try (lines.joined(separator: "\n") + "\n").write(to: directory.appendingPathComponent("feed.jsonl"), atomically: true, encoding: .utf8)
        let ids = try LedeProcess.run(["--no-cache", "--corpus", directory.path, "-e",
                                       "for _, a in ipairs(articles) do print(a.id, a.claims[1].content) end"])
        XCTAssertEqual(ids.stdout, "a\tPlan 0 is ready\na-3\tPlan 1 is ready\na-2\tPlan 2 is ready\n", ids.stderr)
    }

    private func articleLine(_ id: String, _ text: String) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: ["id": id, "title": "On \(id)", "text": text]), as: UTF8.self)
    }

    func testStreamGivesOneLineForEachInputLineAndErrorRecordsForBadOnes() throws {
        let good = "\"Prices will rise,\" Finance Minister Ana Ruiz told reporters in Lisbon."
        let input = [try articleLine("a", good), "{not json", "", #"{"id": "empty", "title": "No text"}"#, try articleLine("b", good)]
        let map = try LedeProcess.run(["map"], stdin: input.joined(separator: "\n") + "\n")
        XCTAssertEqual(map.status, 3, "a line that could not be mapped is exit 3")
        let lines = map.stdout.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        XCTAssertEqual(lines.count, 5, map.stdout)
        XCTAssertEqual(lines.map { $0?["format"] as? String }, Array(repeating: "lede-record 1", count: 5))
        let records = lines.map { ($0?["record"] as? [String: Any])?["article"] as? [String: Any] }
        XCTAssertEqual(records[0]?["id"] as? String, "a")
        XCTAssertEqual(records[4]?["id"] as? String, "b")
        let errors = lines.map { $0?["error"] as? [String: Any] }
        XCTAssertEqual(errors.map { $0?["line"] as? Int }, [nil, 2, 3, 4, nil])
        XCTAssertEqual(errors[3]?["id"] as? String, "empty")
        XCTAssertTrue(map.stderr.contains("<stdin>:2: not a JSON object"), map.stderr)
        XCTAssertTrue(map.stderr.contains("<stdin>:3: empty line"), map.stderr)
        XCTAssertTrue(map.stderr.contains("<stdin>:4: no text field"), map.stderr)

        let reduce = try LedeProcess.run(["reduce", "--format", "jsonl", "--table", "claims"], stdin: map.stdout)
        XCTAssertEqual(reduce.status, 0, reduce.stderr)
        XCTAssertTrue(reduce.stderr.contains("3 error records left out"), reduce.stderr)
        let claims = reduce.stdout.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        XCTAssertEqual(claims.map { $0["id"] as? String }, ["a:1", "b:1"])
        // The name, not the title before it, which the actor's role keeps.
        XCTAssertEqual(claims.map { $0["speaker_text"] as? String }, ["Ana Ruiz", "Ana Ruiz"])
        XCTAssertEqual(claims.map { $0["speaker"] as? String }, ["ana-ruiz", "ana-ruiz"])
        // The comma before the closing quote belongs to the attribution, not the words.
        XCTAssertEqual(claims.map { $0["content"] as? String }, ["Prices will rise", "Prices will rise"])
    }

    func testReduceRefusesRecordsItCannotTrust() throws {
        let map = try LedeProcess.run(["map", LedeProcess.seeds])
        let first = String(map.stdout.split(separator: "\n")[0])
        let cases: [(String, String)] = [
            ("{\"format\": \"lede-record 1\"", "not an article record"),
            (first.replacingOccurrences(of: #""extraction":\d+"#, with: #""extraction":0"#, options: .regularExpression),
             "made by extraction version 0"),
            (first.replacingOccurrences(of: #""dictionary":"[^"]*""#, with: #""dictionary":"abc""#, options: .regularExpression),
             "another actor dictionary"),
            (first.replacingOccurrences(of: "\"paragraphs\":[[0,", with: "\"paragraphs\":[[-5,"), "a paragraph or sentence outside its text"),
        ]
        for (line, message) in cases {
            XCTAssertNotEqual(line, first, "the case must change the record")
            let reduce = try LedeProcess.run(["reduce"], stdin: first + "\n" + line + "\n")
            XCTAssertEqual(reduce.status, 3, line)
            XCTAssertTrue(reduce.stderr.contains("<stdin>:2: ") && reduce.stderr.contains(message), reduce.stderr)
            XCTAssertEqual(reduce.stdout, "", "nothing is written from records that cannot be read")
        }
    }

    /// Reduce sets the records' texts aside in `$TMPDIR`: where that cannot be written it says
    /// so, exits 5 and leaves no output behind, and nothing of the spool stays in a good one.
    func testReduceNamesATemporaryFolderItCannotUse() throws {
        let directory = try LedeProcess.temporaryDirectory(self)
        let map = try LedeProcess.run(["map", LedeProcess.seeds])
        XCTAssertEqual(map.status, 0, map.stderr)
        // A file, not standard input: a reduce that stops at once would leave the pipe unread.
        let records = directory.appendingPathComponent("records.jsonl")
        try map.stdout.write(to: records, atomically: true, encoding: .utf8)
        let output = directory.appendingPathComponent("corpus.sqlite").path
        var environment = ProcessInfo.processInfo.environment
        environment["TMPDIR"] = directory.appendingPathComponent("missing").path
        let refused = try LedeProcess.run(["reduce", "--format", "sqlite", "-o", output, records.path], environment: environment)
        XCTAssertEqual(refused.status, 5)
        XCTAssertTrue(refused.stderr.contains("cannot use a temporary file in \(directory.path)/missing") && refused.stderr.contains("No such file"),
                      refused.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output))

        let spoolFolder = directory.appendingPathComponent("spool")
        try FileManager.default.createDirectory(at: spoolFolder, withIntermediateDirectories: true)
        environment["TMPDIR"] = spoolFolder.path
        let reduced = try LedeProcess.run(["reduce", "--format", "sqlite", "-o", output, records.path], environment: environment)
        XCTAssertEqual(reduced.status, 0, reduced.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: output))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: spoolFolder.path), [])
    }

    /// Spark and Hadoop cut a stream anywhere and number each part's lines from 1: records of
    /// lines without ids or paths must still come out the same.
    func testAStreamCutIntoPartsGivesTheSameTablesAsOneStream() throws {
        let lines = try (0..<6).map { number -> String in
            let object: [String: Any] = ["title": "Report \(number)", "text": "\"Bridge \(number) will reopen,\" Mayor Ana Ruiz said."]
            return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
        }
        let whole = try LedeProcess.run(["map"], stdin: lines.joined(separator: "\n") + "\n")
        let first = try LedeProcess.run(["map"], stdin: lines[3...].joined(separator: "\n") + "\n")
        let second = try LedeProcess.run(["map"], stdin: lines[..<3].joined(separator: "\n") + "\n")
        XCTAssertEqual([whole.status, first.status, second.status], [0, 0, 0], whole.stderr)
        let one = try LedeProcess.run(["reduce", "--format", "json"], stdin: whole.stdout)
        let parts = try LedeProcess.run(["reduce", "--format", "json"], stdin: first.stdout + second.stdout)
        XCTAssertEqual(one.status, 0, one.stderr)
        XCTAssertEqual(parts.stdout, one.stdout)
        XCTAssertTrue(one.stdout.contains("\"article-"), "an article without an id is named by its content")
    }

    /// What the Spark job sends: each text file whole (`file`, base64, with its `path`) and
    /// each JSON Lines line with its `path` and `line`. The tables must be those of the
    /// folder read by `lede export`: ids, titles, dates and encodings read as from disk.
    /// A folder reader caps a date the text only suggests at the file's own time; a line that
    /// carries a file gives that time as `file_modified`, and the same cap holds.
    func testTheFilesTimeOnTheStreamCapsAnInferredDate() throws {
        let text = "Dock strike\n\nThe dockers walked out on 14 July 2015, the union said.\n"
        func line(_ modified: Int?) throws -> String {
            var object: [String: Any] = ["path": "/feeds/strike.txt", "file": Data(text.utf8).base64EncodedString()]
            if let modified { object["file_modified"] = modified }
            return String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
        }
        // 1 January 2010, before the date in the text; 1 January 2020, after it.
        for (modified, date) in [(1_262_347_200, nil), (1_577_880_000, "2015-07-14"), (nil, "2015-07-14")] as [(Int?, String?)] {
            let map = try LedeProcess.run(["map"], stdin: try line(modified) + "\n")
            XCTAssertEqual(map.status, 0, map.stderr)
            let line = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(map.stdout.utf8)) as? [String: Any])
            let article = try XCTUnwrap((line["record"] as? [String: Any])?["article"] as? [String: Any], map.stdout)
            XCTAssertEqual(article["date"] as? String, date, "file_modified \(String(describing: modified))")
        }
    }

    func testFilesAndPlacedLinesOnTheStreamGiveTheTablesOfTheFolder() throws {
        let directory = try LedeProcess.temporaryDirectory(self)
        let latin = directory.appendingPathComponent("latin.txt")
        // Windows-1252: é is 0xE9, the curly quotes 0x93 and 0x94.
        try Data("Caf\u{E9} owners welcome the new bridge\n\nPublished May 2, 2024\n\n\u{201C}It is good news,\u{201D} Mayor Ana Ruiz said.\n"
            .unicodeScalars.map { scalar -> UInt8 in
                switch scalar { case "\u{201C}": 0x93; case "\u{201D}": 0x94; default: UInt8(scalar.value) }
            }).write(to: latin)
        let feed = directory.appendingPathComponent("feed.jsonl")
        let lines = [try articleLine("wire-1", "\"We won,\" union leader Jan Brody said."),
                     #"{"title": "No id here", "text": "\"The port is open,\" harbour master Eva Lund said."}"#,
                     #"{"title": "No text"}"#]
        try (lines.joined(separator: "\n") + "\n").write(to: feed, atomically: true, encoding: .utf8)

        func placed(_ line: String, _ number: Int) throws -> String {
            var object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            object["path"] = feed.path
            object["line"] = number
            return String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
        }
        let whole: [String: Any] = ["path": latin.path, "file": try Data(contentsOf: latin).base64EncodedString()]
        let stream = [String(decoding: try JSONSerialization.data(withJSONObject: whole), as: UTF8.self)]
            + (try lines.enumerated().map { try placed($1, $0 + 1) })
            + [#"{"path": "\#(directory.path)/empty.txt", "file": ""}"#]
        let map = try LedeProcess.run(["map"], stdin: stream.joined(separator: "\n") + "\n")
        XCTAssertEqual(map.status, 3, "two lines gave no record")
        XCTAssertTrue(map.stderr.contains("<stdin>:4: \(feed.path):3: no text field"), map.stderr)
        XCTAssertTrue(map.stderr.contains("<stdin>:5: \(directory.path)/empty.txt: empty file; skipped"), map.stderr)
        let errors = map.stdout.split(separator: "\n").compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["error"] as? [String: Any]
        }
        XCTAssertEqual(errors.map { $0["source"] as? String }, ["\(feed.path):3", "\(directory.path)/empty.txt"])

        let reduce = try LedeProcess.run(["reduce", "--format", "json"], stdin: map.stdout)
        XCTAssertEqual(reduce.status, 0, reduce.stderr)
        XCTAssertEqual(reduce.stdout, try exportJSON(directory.path))
        let ids = try LedeProcess.run(["--no-cache", "--corpus", directory.path, "-e",
                                       "for _, a in ipairs(articles) do print(a.id, a.title) end"])
        XCTAssertEqual(ids.stdout, "wire-1\tOn wire-1\nfeed-2\tNo id here\nlatin\tCafé owners welcome the new bridge\n", ids.stderr)
    }

    func testReduceReadsCRLFRecordFilesAndRefusesUnknownDictionaryEntries() throws {
        let directory = try LedeProcess.temporaryDirectory(self)
        let map = try LedeProcess.run(["map", LedeProcess.seeds])
        let crlf = directory.appendingPathComponent("records.jsonl")
        try map.stdout.replacingOccurrences(of: "\n", with: "\r\n").write(to: crlf, atomically: true, encoding: .utf8)
        let reduced = try LedeProcess.run(["reduce", "--format", "json", crlf.path])
        XCTAssertEqual(reduced.status, 0, reduced.stderr)
        XCTAssertEqual(reduced.stdout, try exportJSON(LedeProcess.seeds))

        let first = String(map.stdout.split(separator: "\n")[0])
        let stale = first.replacingOccurrences(of: #""entry":\d+"#, with: #""entry":999999"#, options: .regularExpression)
        XCTAssertNotEqual(stale, first)
        let refused = try LedeProcess.run(["reduce"], stdin: stale + "\n")
        XCTAssertEqual(refused.status, 3)
        XCTAssertTrue(refused.stderr.contains("<stdin>:1: article 000_8a33cc99068fd678: a dictionary entry"), refused.stderr)
    }

    /// Resident memory of `lede map` over `lines` article lines, in KiB, measured by the
    /// kernel (the peak of the child process).
    private func mapPeakMemory(lines: Int) throws -> Int {
        let directory = try LedeProcess.temporaryDirectory(self)
        let input = directory.appendingPathComponent("in.jsonl")
        var text = ""
        for number in 0..<lines {
            text += try articleLine("n\(number)", "\"We need \(number) more buses,\" Mayor Ana Ruiz said. Officials said the plan would cost $\(number) million.") + "\n"
        }
        try text.write(to: input, atomically: true, encoding: .utf8)
        let script = """
            import resource, subprocess, sys
            with open(sys.argv[2]) as source:
                done = subprocess.run([sys.argv[1], 'map'], stdin=source, stdout=subprocess.DEVNULL)
            print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss if done.returncode == 0 else -1)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, LedeProcess.binary.path, input.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Int(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    func testMapMemoryStaysFlatAsTheStreamGrows() throws {
        let small = try mapPeakMemory(lines: 1_000)
        let large = try mapPeakMemory(lines: 10_000)
        XCTAssertGreaterThan(small, 0)
        // Ten times the lines: the same batches in flight, so about the same peak.
        XCTAssertLessThan(Double(large), 1.5 * Double(small), "peak RSS \(small) KiB at 1,000 lines, \(large) KiB at 10,000")
    }

    /// A corpus reduced elsewhere opens in lede as it is: the same tables, the same answers.
    func testReducedDatabaseOpensAsACorpus() throws {
        let directory = try LedeProcess.temporaryDirectory(self)
        let database = directory.appendingPathComponent("corpus.sqlite").path
        let map = try LedeProcess.run(["map", LedeProcess.seeds])
        let reduce = try LedeProcess.run(["reduce", "--format", "sqlite", "-o", database], stdin: map.stdout)
        XCTAssertEqual(reduce.status, 0, reduce.stderr)
        XCTAssertEqual(try exportJSON(database), try exportJSON(LedeProcess.seeds))
        let question = "print(#articles, #actors, #claims, claims[3].attribution_start, claims[3].speaker.name, #actor('Lavrov').mentions)"
        let opened = try LedeProcess.run(["--corpus", database, "-e", question])
        let read = try LedeProcess.run(["--no-cache", "--corpus", LedeProcess.seeds, "-e", question])
        XCTAssertEqual(opened.status, 0, opened.stderr)
        XCTAssertEqual(opened.stdout, read.stdout)
        XCTAssertTrue(opened.stdout.hasPrefix("5\t84\t72\t"), opened.stdout)

        let mixed = try LedeProcess.run(["--corpus", database, "--corpus", LedeProcess.seeds, "-e", "print(1)"])
        XCTAssertEqual(mixed.status, 2)
        XCTAssertTrue(mixed.stderr.contains("is a corpus database: open it alone"), mixed.stderr)
        let other = directory.appendingPathComponent("other.sqlite").path
        try Database(path: other).execute("CREATE TABLE t (x)")
        let foreign = try LedeProcess.run(["--corpus", other, "-e", "print(1)"])
        XCTAssertEqual(foreign.status, 3)
        XCTAssertTrue(foreign.stderr.contains("not a lede export of version"), foreign.stderr)

        // An edited table whose offsets leave the text is refused, not sliced out of bounds.
        let edited = directory.appendingPathComponent("edited.sqlite").path
        try FileManager.default.copyItem(atPath: database, toPath: edited)
        try Database(path: edited).execute("UPDATE mentions SET \"end\" = 999999 WHERE rowid = 3")
        let damaged = try LedeProcess.run(["--corpus", edited, "-e", "print(#actors)"])
        XCTAssertEqual(damaged.status, 3)
        XCTAssertTrue(damaged.stderr.contains("outside the text of article 000_8a33cc99068fd678"), damaged.stderr)
    }
}
