import Foundation
import XCTest

final class BatchTests: XCTestCase {
    func testExecutePrintsArticleCount() throws {
        let result = try LedeProcess.run(["-e", "print(#articles)"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "5\n")
        XCTAssertEqual(result.stderr, "")
    }

    func testExecuteIsRepeatableAndRunsInOrder() throws {
        let result = try LedeProcess.run(["-e", "x = 2", "-e", "print(x * 21)"])
        XCTAssertEqual(result.stdout, "42\n")
    }

    func testRunFileWithArguments() throws {
        let directory = try LedeProcess.temporaryDirectory(self)
        let script = directory.appendingPathComponent("args.lua")
        try "print(arg[0], #arg, arg[1], arg[2], select('#', ...), ...)".write(to: script, atomically: true, encoding: .utf8)
        let result = try LedeProcess.run(["run", script.path, "first", "--second"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "\(script.path)\t2\tfirst\t--second\t2\tfirst\t--second\n")
    }

    func testRunStandardInput() throws {
        let result = try LedeProcess.run(["run", "-", "a"], stdin: "print(#articles, arg[1])\n")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "5\ta\n")
    }

    func testStandardInputThatIsNotATerminalRunsAsAScript() throws {
        let result = try LedeProcess.run([], stdin: "print(#articles)\n")
        XCTAssertEqual(result.stdout, "5\n")
    }

    func testRunExecutesDashEChunksFirst() throws {
        let result = try LedeProcess.run(["run", "-e", "greeting = 'hi'", "-"], stdin: "print(greeting)")
        XCTAssertEqual(result.stdout, "hi\n")
    }

    func testLuaErrorPrintsFileAndLineAndExits1() throws {
        let directory = try LedeProcess.temporaryDirectory(self)
        let script = directory.appendingPathComponent("broken.lua")
        try "local n = #articles\nerror('no claims yet')\n".write(to: script, atomically: true, encoding: .utf8)
        let result = try LedeProcess.run(["run", script.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "")
        let lines = result.stderr.split(separator: "\n")
        XCTAssertEqual(lines.first, "\(script.path):2: no claims yet")
        XCTAssertTrue(result.stderr.contains("stack traceback:"))
        XCTAssertTrue(result.stderr.contains("\(script.path):2: in main chunk"))
    }

    func testSyntaxErrorExits1() throws {
        let result = try LedeProcess.run(["-e", "x = = 1"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, "(command line):1: unexpected symbol near '='\n")
    }

    func testStandardInputErrorNamesStdin() throws {
        let result = try LedeProcess.run(["run", "-"], stdin: "\n\nerror('late')")
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.hasPrefix("stdin:3: late\n"), result.stderr)
    }

    func testBadFlagExits2WithUsage() throws {
        let result = try LedeProcess.run(["--no-such-flag"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("Unknown option '--no-such-flag'"), result.stderr)
        XCTAssertTrue(result.stderr.contains("Usage: lede"), result.stderr)
        XCTAssertEqual(result.stdout, "")
    }

    func testMissingScriptExits2NamingIt() throws {
        let result = try LedeProcess.run(["run", "/no/such/report.lua"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr, "lede: cannot read script /no/such/report.lua\n")
    }

    func testMissingCorpusExits3NamingIt() throws {
        for arguments in [["--corpus", "/no/such/corpus", "-e", "print(1)"],
                          ["run", "--corpus", "/no/such/corpus", "-"]] {
            let result = try LedeProcess.run(arguments)
            XCTAssertEqual(result.status, 3, "\(arguments)")
            XCTAssertEqual(result.stderr, "lede: corpus path does not exist: /no/such/corpus "
                           + "(name a corpus folder, file or database with --corpus PATH or LEDE_CORPUS=PATH)\n")
            XCTAssertEqual(result.stdout, "")
        }
    }

    func testCorpusFromEnvironment() throws {
        var environment = ProcessInfo.processInfo.environment
        environment["LEDE_CORPUS"] = LedeProcess.seeds
        let elsewhere = try LedeProcess.temporaryDirectory(self)
        let result = try LedeProcess.run(["-e", "print(#articles)"], directory: elsewhere, environment: environment)
        XCTAssertEqual(result.stdout, "5\n", result.stderr)
    }

    /// As `sqlite3 db 'select …'` and `duckdb -c`: an expression given with -e prints its
    /// value as the REPL would, in the mode asked for; a statement prints nothing.
    func testExecutePrintsAnExpressionsValueInEachMode() throws {
        // Counts checked by hand against the seeds' claims (41 indirect, 23 direct, 8 mixed).
        let counts = ["table": "key        n\n--------  --\nindirect  41\ndirect    23\nmixed      8\n",
                      "csv": "key,n\r\nindirect,41\r\ndirect,23\r\nmixed,8\r\n",
                      "markdown": "| key      |   n |\n| -------- | --: |\n| indirect |  41 |\n| direct   |  23 |\n| mixed    |   8 |\n"]
        for (mode, expected) in counts {
            let result = try LedeProcess.run(["--mode", mode, "-e", "claims:count_by('kind')"])
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertEqual(result.stdout, expected, mode)
        }
        let json = try LedeProcess.run(["--mode", "json", "-e", "claims:count_by('kind')"])
        let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]], json.stdout)
        XCTAssertEqual(rows.map { $0["key"] as? String }, ["indirect", "direct", "mixed"])
        XCTAssertEqual(rows.map { $0["n"] as? Int }, [41, 23, 8])

        let mixed = try LedeProcess.run(["-e", "x = 21", "-e", "x * 2, #articles", "-e", "print('printed')"])
        XCTAssertEqual(mixed.stdout, "42\t5\nprinted\n", mixed.stderr)
        let error = try LedeProcess.run(["-e", "nosuch()"])
        XCTAssertEqual(error.status, 1)
        XCTAssertTrue(error.stderr.hasPrefix("(command line):1: attempt to call a nil value (global 'nosuch')"), error.stderr)
        // A script keeps script semantics: a bare expression is a syntax error there.
        let script = try LedeProcess.run(["run", "-"], stdin: "1 + 1\n")
        XCTAssertEqual(script.status, 1)
        let bad = try LedeProcess.run(["--mode", "xml", "-e", "1"])
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.contains("--mode takes one of table, csv, json, markdown, not 'xml'"), bad.stderr)
    }

    /// A typo must fail with the names it was near, not read as "nothing there".
    func testTyposFailLoudlyWithTheNearestNames() throws {
        let cases = [
            ("claims[1].speakr", "(command line):1: claim has no field 'speakr' (did you mean 'speaker'?)"),
            ("articles[1].titel", "(command line):1: article has no field 'titel' (did you mean 'title'?)"),
            ("claims:count_bye('kind')", "list has no method or field 'count_bye' (did you mean 'count_by'?)"),
            ("actors:sortby('name')", "list has no method or field 'sortby' (did you mean 'sort_by'?)"),
            ("claims:where{speaker = actor('Nobody At All')}", "bad argument #1 to 'where' (no condition"),
        ]
        for (code, message) in cases {
            let result = try LedeProcess.run(["-e", code])
            XCTAssertEqual(result.status, 1, code)
            XCTAssertTrue(result.stderr.contains(message), "\(code): \(result.stderr)")
        }
        // A field the record kind has but this record leaves empty is still nil, and an id
        // that is not there is nil: neither is a typo.
        let quiet = try LedeProcess.run(["-e", "print(claims[1].addressee == nil or true, articles['no-such-id'])"])
        XCTAssertEqual(quiet.stdout, "true\tnil\n", quiet.stderr)
    }

    /// Dates from a feed's own table override the text's, by file name or id; rows that
    /// name no article are counted; a bad file is a usage error naming FILE:LINE.
    func testMetaFileSetsDatesAndTheTimelineOrdersThem() throws {
        let directory = try LedeProcess.temporaryDirectory(self)
        let corpus = directory.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        try "Port strike ends\n\nThe strike ended on Monday, the union said.\n"
            .write(to: corpus.appendingPathComponent("strike.txt"), atomically: true, encoding: .utf8)
        try "Bridge reopens\n\nPublished: 2019-01-04\n\nThe bridge reopened, the mayor said.\n"
            .write(to: corpus.appendingPathComponent("bridge.txt"), atomically: true, encoding: .utf8)
        let tsv = directory.appendingPathComponent("meta.tsv")
        try "file\turl\tdate\tbytes\nstrike.txt\thttps://news.example/strike\t2018-12-30\t10\nbridge\t\tJan 5, 2019\t12\nmissing.txt\t\t2019-02-01\t1\n"
            .write(to: tsv, atomically: true, encoding: .utf8)
        let result = try LedeProcess.run(["--no-cache", "--corpus", corpus.path, "--meta", tsv.path, "-e",
                                          "for _, a in ipairs(timeline(articles)) do print(a.id, a.date, a.date_source, a.url) end"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "strike\t2018-12-30\tmetadata\thttps://news.example/strike\nbridge\t2019-01-05\tmetadata\tnil\n")
        XCTAssertEqual(result.stderr, "lede: warning: \(tsv.path): 1 row name no article in the corpus (the first, line 4: 'missing.txt')\n")

        let csv = directory.appendingPathComponent("meta.csv")
        try "id,date\nstrike,\"Dec 31, 2018\"\nbridge,someday\n".write(to: csv, atomically: true, encoding: .utf8)
        let bad = try LedeProcess.run(["--no-cache", "--corpus", corpus.path, "--meta", csv.path, "-e", "print(1)"])
        XCTAssertEqual(bad.status, 2)
        XCTAssertEqual(bad.stderr, "lede: --meta \(csv.path):3: date 'someday' not recognised\n")
        let jsonl = directory.appendingPathComponent("meta.jsonl")
        try "{\"date\": \"2018-12-31\"}\n".write(to: jsonl, atomically: true, encoding: .utf8)
        let keyless = try LedeProcess.run(["--no-cache", "--corpus", corpus.path, "--meta", jsonl.path, "-e", "print(1)"])
        XCTAssertEqual(keyless.status, 2)
        XCTAssertEqual(keyless.stderr, "lede: --meta \(jsonl.path):1: no file, path, id, name naming the article\n")
    }

    func testVersionNamesTheFormatsLedeWrites() throws {
        let result = try LedeProcess.run(["--version"])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdout.hasPrefix("lede 0."), result.stdout)
        XCTAssertTrue(result.stdout.contains("extraction ") && result.stdout.contains("records \"lede-record 1\"")
                      && result.stdout.contains("export schema "), result.stdout)
    }

    func testHelpExits0AndListsExitCodes() throws {
        let result = try LedeProcess.run(["--help"])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdout.contains("3 corpus cannot be read"), result.stdout)
    }
}

/// A finalizer that Lua runs while lede closes the state must not take the run down.
final class FinalizerAtCloseTests: XCTestCase {
    func testAFinalizerCallingHostFunctionsAtCloseKeepsTheOutput() throws {
        let directory = try LedeProcess.temporaryDirectory(self)
        let target = directory.appendingPathComponent("out.txt").path
        for finalizer in ["xpcall(error, print)", "os.exit(9)", "print(lede and 1)"] {
            let script = "print('new') G = setmetatable({}, {__gc = function() \(finalizer) end})"
            let result = try LedeProcess.run(["--sandbox", "--quiet", "-o", target, "-e", script])
            XCTAssertEqual(result.status, 0, "\(finalizer): \(result.stderr)")
            XCTAssertEqual(result.stderr, "", finalizer)
            XCTAssertTrue(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("new\n"), finalizer)
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path), ["out.txt"], "no temporary file is left")
        }
    }
}
