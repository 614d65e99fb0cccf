import Foundation
import XCTest

final class ExportTests: XCTestCase {
    func testJSONExportFollowsTheSchema() throws {
        let result = try LedeProcess.run(["export"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(object["version"] as? Int, 3)
        XCTAssertEqual(Set(object.keys), ["version", "articles", "sentences", "dropped", "actors", "mentions", "claims", "quantities"])
        let articles = try XCTUnwrap(object["articles"] as? [[String: Any]])
        XCTAssertEqual(articles.count, 5)
        let first = articles[0]
        XCTAssertEqual(Set(first.keys), ["id", "path", "line", "title", "date", "date_source", "author", "outlet", "url", "encoding", "words", "text"])
        XCTAssertEqual(first["date"] as? String, "2018-05-29")
        XCTAssertEqual(first["date_source"] as? String, "stated")
        XCTAssertTrue(first["outlet"] is NSNull, "absent values are null, not missing")
        XCTAssertEqual((first["text"] as? String)?.components(separatedBy: "\n\n").count, 12)
        // Owned records are tables of their own, linked by the owner's id.
        let dropped = try XCTUnwrap(object["dropped"] as? [[String: Any]])
        XCTAssertEqual(dropped.first?["article"] as? String, first["id"] as? String)
        XCTAssertEqual(dropped.first?["reason"] as? String, "metadata")
        XCTAssertEqual(dropped.first?["line"] as? Int, 1)
        // Claims carry their date and link by id; quantities name the claim they stand in.
        let claims = try XCTUnwrap(object["claims"] as? [[String: Any]])
        XCTAssertEqual(claims.first?["date"] as? String, "2018-05-29")
        XCTAssertEqual(claims.first?["speaker"] as? String, "chagai-tzuriel")
        XCTAssertEqual(claims.first?["addressee"] as? String, "reuters")
        XCTAssertEqual(claims.first?["addressee_text"] as? String, "Reuters")
        let quantities = try XCTUnwrap(object["quantities"] as? [[String: Any]])
        let claimIDs = Set(claims.compactMap { $0["id"] as? String })
        let inClaims = quantities.compactMap { $0["claim"] as? String }
        XCTAssertFalse(inClaims.isEmpty)
        XCTAssertTrue(inClaims.allSatisfy(claimIDs.contains))
        let actors = try XCTUnwrap(object["actors"] as? [[String: Any]])
        XCTAssertTrue(actors.allSatisfy { $0["aliases"] is [String] }, "a list is a JSON array")
    }

    func testSentenceOffsetsInTheExportAreOneBasedAndInclusive() throws {
        let result = try LedeProcess.run(["export", "--format", "jsonl", "--table", "sentences"])
        let rows = result.stdout.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        XCTAssertEqual(rows.count, 97)
        let texts = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(try LedeProcess.run(["export"]).stdout.utf8)) as? [String: Any])
        let articles = try XCTUnwrap(texts["articles"] as? [[String: Any]])
        let text = Array(try XCTUnwrap(articles[1]["text"] as? String).utf8)
        var checked = 0
        for row in rows where row["article"] as? String == articles[1]["id"] as? String {
            let start = try XCTUnwrap(row["start"] as? Int), end = try XCTUnwrap(row["end"] as? Int)
            XCTAssertEqual(String(decoding: text[(start - 1)..<end], as: UTF8.self), row["text"] as? String)
            checked += 1
            XCTAssertEqual(row["n"] as? Int, checked, "sentences are numbered in the article from 1")
        }
        XCTAssertGreaterThan(checked, 0)
    }

    func testCSVOfOneTableAndEveryTableIntoADirectory() throws {
        let csv = try LedeProcess.run(["export", "--format", "csv", "--table", "dropped"])
        XCTAssertEqual(csv.status, 0, csv.stderr)
        let lines = csv.stdout.components(separatedBy: "\r\n")
        XCTAssertEqual(lines.first, "article,line,reason,text")
        XCTAssertEqual(lines[1], "000_8a33cc99068fd678,1,metadata,\"Published: Tue, May 29, 2018\"")

        let directory = try LedeProcess.temporaryDirectory(self).appendingPathComponent("out")
        let all = try LedeProcess.run(["export", "--format", "csv", "-o", directory.path])
        XCTAssertEqual(all.status, 0, all.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted(),
                       ["actors.csv", "articles.csv", "claims.csv", "dropped.csv", "mentions.csv", "quantities.csv", "sentences.csv"])
        // Every mention row names an actor of the actors table and points at its own text.
        let mentions = try String(contentsOf: directory.appendingPathComponent("mentions.csv"), encoding: .utf8)
        XCTAssertTrue(mentions.hasPrefix("actor,article,paragraph,sentence,start,end,text,role\r\n"), mentions)
        XCTAssertTrue(mentions.contains("sergei-lavrov,000_8a33cc99068fd678,2,"), mentions)
    }

    /// A folder of tables is one export or the other, never a mix, even when the export is
    /// killed part way; the analyst's own files in it stay; a link to the folder stays a link.
    func testExportIntoAFolderReplacesTheWholeSetAtOnce() throws {
        let root = try LedeProcess.temporaryDirectory(self)
        let real = root.appendingPathComponent("tables")
        let link = root.appendingPathComponent("latest")
        let one = root.appendingPathComponent("one"), two = root.appendingPathComponent("two")
        for (folder, seed) in [(one, "000_8a33cc99068fd678.txt"), (two, "001_aa87f1e3245c7cf3.txt")] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: LedeProcess.seeds + "/" + seed, toPath: folder.appendingPathComponent(seed).path)
        }
        let first = try LedeProcess.run(["export", "--corpus", one.path, "--format", "csv", "-o", real.path])
        XCTAssertEqual(first.status, 0, first.stderr)
        try Data("mine\n".utf8).write(to: real.appendingPathComponent("notes.txt"))
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "tables")
        func tables() throws -> [String: String] {
            let names = try FileManager.default.contentsOfDirectory(atPath: real.path).filter { $0.hasSuffix(".csv") }
            return try Dictionary(uniqueKeysWithValues: names.map { ($0, try String(contentsOf: real.appendingPathComponent($0), encoding: .utf8)) })
        }
        let old = try tables()
        XCTAssertEqual(old.count, 7)

        // Killed at different moments: the folder holds the old set whole or the new set whole.
        for delay in [0.05, 0.1, 0.15, 0.2, 0.3, 0.4] {
            let process = Process()
            process.executableURL = LedeProcess.binary
            process.arguments = ["export", "--no-cache", "--corpus", two.path, "--format", "csv", "-o", link.path]
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let now = try tables()
            XCTAssertEqual(now.count, 7, "after a kill at \(delay) s")
            let fromOld = now.filter { old[$0.key] == $0.value }.count
            XCTAssertTrue(fromOld == 0 || fromOld == 7, "after a kill at \(delay) s, \(fromOld) of 7 tables are the old ones")
        }
        let last = try LedeProcess.run(["export", "--corpus", two.path, "--format", "csv", "-o", link.path])
        XCTAssertEqual(last.status, 0, last.stderr)
        XCTAssertTrue(try tables()["claims.csv"]?.contains("001_aa87f1e3245c7cf3") == true)
        XCTAssertFalse(try tables()["claims.csv"]?.contains("000_8a33cc99068fd678") == true)
        XCTAssertEqual(try String(contentsOf: real.appendingPathComponent("notes.txt"), encoding: .utf8), "mine\n")
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link.path), "tables", "the link stays a link")

        // A subfolder lede did not write cannot be carried over: an error, and nothing changes.
        try FileManager.default.createDirectory(at: real.appendingPathComponent("charts"), withIntermediateDirectories: false)
        let before = try tables()
        let refused = try LedeProcess.run(["export", "--corpus", one.path, "--format", "csv", "-o", real.path])
        XCTAssertEqual(refused.status, 5)
        XCTAssertTrue(refused.stderr.contains("holds a folder, charts, that lede did not write"), refused.stderr)
        XCTAssertEqual(try tables(), before)
    }

    func testOutputOntoASymbolicLinkReplacesItsTargetAndKeepsTheLink() throws {
        let directory = try LedeProcess.temporaryDirectory(self)
        let target = directory.appendingPathComponent("claims-2026.csv")
        let link = directory.appendingPathComponent("claims.csv")
        try Data("old\n".utf8).write(to: target)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: target.lastPathComponent)
        let result = try LedeProcess.run(["export", "--format", "csv", "--table", "claims", "-o", link.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link.path), "claims-2026.csv")
        XCTAssertTrue(try String(contentsOf: target, encoding: .utf8).hasPrefix("id,article,"))
        let script = try LedeProcess.run(["-o", link.path, "-e", "print('from a script')"])
        XCTAssertEqual(script.status, 0, script.stderr)
        XCTAssertEqual(try String(contentsOf: target, encoding: .utf8), "from a script\n")
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link.path), "claims-2026.csv")
    }

    func testJSONLOrCSVWithoutATableOrDirectoryIsAUsageError() throws {
        let result = try LedeProcess.run(["export", "--format", "jsonl"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("give --table, or -o DIRECTORY"), result.stderr)
    }

    func testOutputFileIsWrittenWholeAndAnUnwritablePathExits5() throws {
        let directory = try LedeProcess.temporaryDirectory(self)
        let target = directory.appendingPathComponent("corpus.json")
        let result = try LedeProcess.run(["export", "-o", target.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "")
        XCTAssertEqual(try String(contentsOf: target, encoding: .utf8), try LedeProcess.run(["export"]).stdout)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path), ["corpus.json"], "no temporary file left")

        let failed = try LedeProcess.run(["export", "-o", "/no/such/dir/out.json"])
        XCTAssertEqual(failed.status, 5)
        XCTAssertTrue(failed.stderr.hasPrefix("lede: cannot write /no/such/dir/out.json: "), failed.stderr)
    }

    func testStatsReportsCountsDroppedLinesAndSkippedFiles() throws {
        let directory = try LedeProcess.temporaryDirectory(self)
        try "Harbour reopens\nThe harbour reopened on Monday.\nShare on Facebook\n".write(
            to: directory.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try Data().write(to: directory.appendingPathComponent("b.txt"))
        try Data([0x93, 0x41, 0x94, 0x0A, 0x42, 0x2E]).write(to: directory.appendingPathComponent("c.txt"))
        let result = try LedeProcess.run(["stats", "--corpus", directory.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("files 3 · articles 2 · paragraphs 2 · sentences 2 · words 6"), result.stdout)
        XCTAssertTrue(result.stdout.contains("dropped lines 1: share widget 1"), result.stdout)
        XCTAssertTrue(result.stdout.contains("skipped: empty file"), result.stdout)
        XCTAssertTrue(result.stdout.contains("decoded as Windows-1252"), result.stdout)
        XCTAssertEqual(result.stderr, "", "stats lists warnings itself")
    }

    func testWarningsNameTheFileAndTheRunGoesOn() throws {
        let directory = try LedeProcess.temporaryDirectory(self)
        try "Harbour reopens\nThe harbour reopened on Monday.\n".write(
            to: directory.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
        try "{\"title\": \"x\", \"text\": \"y\"}\n{oops\n".write(
            to: directory.appendingPathComponent("feed.jsonl"), atomically: true, encoding: .utf8)
        let result = try LedeProcess.run(["--corpus", directory.path, "-e", "print(#articles)"])
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stdout, "2\n")
        XCTAssertEqual(result.stderr, "lede: warning: \(directory.path)/feed.jsonl:2: not a JSON object; line skipped\n")
    }

    func testArticleFieldsInLua() throws {
        let result = try LedeProcess.run(["-e", """
            local a = articles[1]
            print(a.id, a.title, a.date, a.date_source, a.author, a.outlet, #a.paragraphs, a.words)
            local s = a.sentences[2]
            print(s.paragraph, a.text:sub(s.start, s["end"]) == s.text, a.dropped[2].reason, a.dropped[2].line)
            local p = a.paragraph_spans[3]
            print(a.text:sub(p.start, p["end"]) == a.paragraphs[3])
            """])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, """
            000_8a33cc99068fd678\tIsrael, Russia Reach 'Understanding' on Iranian Presence in Syria\t2018-05-29\tstated\tIsabel Fisher\tnil\t12\t379
            2\ttrue\tbyline\t2
            true

            """)
    }

    /// A full disk or a closed pipe is a failed run, never a short file and success.
    func testStandardOutputThatCannotBeWrittenIsExitFive() throws {
        let map = try LedeProcess.run(["map", LedeProcess.seeds])
        let commands: [([String], String)] = [
            (["export", "--corpus", LedeProcess.seeds, "--format", "json"], ""),
            (["stats", "--corpus", LedeProcess.seeds], ""),
            (["map", LedeProcess.seeds], ""),
            (["reduce", "--format", "json"], map.stdout),
        ]
        for (arguments, input) in commands {
            let process = Process()
            process.executableURL = LedeProcess.binary
            process.arguments = arguments + (["export", "stats"].contains(arguments[0]) ? ["--no-cache"] : [])
            process.standardOutput = try XCTUnwrap(FileHandle(forWritingAtPath: "/dev/full"))
            let errors = Pipe(), feed = Pipe()
            process.standardError = errors
            process.standardInput = feed
            try process.run()
            feed.fileHandleForWriting.write(Data(input.utf8))
            try feed.fileHandleForWriting.close()
            let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 5, "\(arguments[0]): \(stderr)")
            XCTAssertTrue(stderr.contains("cannot write standard output: No space left on device"), stderr)
        }
    }
}

/// A file size limit (`ulimit -f`) is a failed write: exit 5 with a message, never a
/// process killed by SIGXFSZ, and a target written with -o left as it was.
final class FileSizeLimitTests: XCTestCase {
    func testExportPastTheFileSizeLimitExitsFiveAndLeavesNoFile() throws {
        let directory = try LedeProcess.temporaryDirectory(self)
        let target = directory.appendingPathComponent("out.json").path
        let redirected = directory.appendingPathComponent("redirected.json").path
        let lede = LedeProcess.binary.path
        let script = "ulimit -f 10; '\(lede)' export --corpus '\(LedeProcess.seeds)' --no-cache --format json -o '\(target)'; echo \"a=$?\"; "
            + "'\(lede)' export --corpus '\(LedeProcess.seeds)' --no-cache --format json > '\(redirected)'; echo \"b=$?\""
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let stdout = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(stdout, "a=5\nb=5\n", stderr)
        XCTAssertTrue(stderr.contains("File too large"), stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: target), "-o leaves no half file")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix(".") }, [], "no temporary file is left")
    }
}
