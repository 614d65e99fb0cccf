import Foundation
import XCTest

/// What a cron job relies on: exit codes, limits, the sandbox, atomic -o, parameters,
/// the same bytes on every run, and no dependence on the environment.
final class ScheduledRunTests: XCTestCase {
    private func script(_ text: String, named name: String = "report.lua", in directory: URL? = nil) throws -> URL {
        let folder = try directory ?? LedeProcess.temporaryDirectory(self)
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    // MARK: Exit codes

    func testEachExitCode() throws {
        XCTAssertEqual(try LedeProcess.run(["-e", "print(1)"]).status, 0)
        XCTAssertEqual(try LedeProcess.run(["-e", "error('x')"]).status, 1)
        XCTAssertEqual(try LedeProcess.run(["-e", "print(1)", "--timeout", "-1"]).status, 2)
        XCTAssertEqual(try LedeProcess.run(["--corpus", "/no/such/place", "-e", "print(1)"]).status, 3)
        XCTAssertEqual(try LedeProcess.run(["--timeout", "1", "-e", "while true do end"]).status, 4)
        XCTAssertEqual(try LedeProcess.run(["-o", "/proc/no/such/dir/out.txt", "-e", "print(1)"]).status, 5)
        XCTAssertEqual(try LedeProcess.run(["-e", "os.exit(7)"]).status, 7)
    }

    func testExitCodesAreInTheHelp() throws {
        // The help is wrapped to the terminal's width.
        let help = try LedeProcess.run(["run", "--help"]).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for code in ["1 script error", "2 usage error", "3 corpus cannot be read", "4 limit hit", "5 output cannot be written"] {
            XCTAssertTrue(help.contains(code), code)
        }
    }

    func testOsExitZeroIsSuccessAndStopsTheScript() throws {
        let result = try LedeProcess.run(["-e", "print('before') os.exit(0) print('after')"])
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stdout, "before\n")
        XCTAssertEqual(result.stderr, "")
    }

    func testWritingToAFullDeviceExits5() throws {
        let process = Process()
        process.executableURL = LedeProcess.binary
        process.arguments = ["--corpus", LedeProcess.seeds, "-e", "print('some output')"]
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 5)
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        XCTAssertTrue(message.hasPrefix("lede: cannot write standard output"), message)
    }

    // MARK: Limits

    func testTimeoutStopsAnEndlessLoopWithin2Seconds() throws {
        for code in ["while true do end", "while true do pcall(function() while true do end end) end"] {
            let start = Date()
            let result = try LedeProcess.run(["--timeout", "1", "-e", code])
            let elapsed = Date().timeIntervalSince(start)
            XCTAssertEqual(result.status, 4, code)
            XCTAssertLessThan(elapsed, 2.0, code)
            XCTAssertTrue(result.stderr.hasPrefix("(command line):1: time limit reached (--timeout 1)\n"), result.stderr)
        }
    }

    func testTimeoutNamesTheScriptLine() throws {
        let file = try script("local n = 0\nlocal function spin()\n  while true do n = n + 1 end\nend\nspin()\n")
        let result = try LedeProcess.run(["run", "--timeout", "0.5", file.path])
        XCTAssertEqual(result.status, 4)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "\(file.path):3: time limit reached (--timeout 0.5)")
        XCTAssertTrue(lines.contains("\t\(file.path):5: in main chunk"), result.stderr)
    }

    func testTimeoutThatIsNotReachedChangesNothing() throws {
        let result = try LedeProcess.run(["--timeout", "60", "-e", "print(#claims)"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "72\n")
    }

    func testMemoryLimitStopsAHugeTable() throws {
        for code in ["local t = {} for i = 1, 1e9 do t[i] = {i} end",
                     "local ok = pcall(function() local t = {} for i = 1, 1e9 do t[i] = i end end) print('escaped')",
                     "local s = string.rep('x', 200 * 1024 * 1024)"] {
            let result = try LedeProcess.run(["--memory", "50", "-e", code])
            XCTAssertEqual(result.status, 4, code)
            XCTAssertEqual(result.stdout, "", code)
            XCTAssertTrue(result.stderr.hasPrefix("(command line):1: memory limit reached (--memory 50)\n"), result.stderr)
        }
    }

    func testMemoryLimitLeavesRoomForOrdinaryWork() throws {
        // Allocates far more than 50 MB over the run, little of it at once.
        let code = "local n = 0 for i = 1, 3e5 do local t = {i, tostring(i), {}} n = n + #t end print(n, #claims)"
        let result = try LedeProcess.run(["--memory", "50", "-e", code])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "900000\t72\n")
    }

    // MARK: Sandbox

    /// The per-file budget, as a cron job sets it: the big file is skipped, the rest is read.
    func testMaxArticleSizeSkipsTheBigFileAndKeepsTheRest() throws {
        let corpus = try LedeProcess.temporaryDirectory(self)
        let big = String(repeating: "The convoy moved slowly north, a witness said. ", count: 30_000)  // 1.4 MB
        try Data(big.utf8).write(to: corpus.appendingPathComponent("dump.txt"))
        try Data("The harbour reopened on Monday, the mayor said.\n".utf8).write(to: corpus.appendingPathComponent("story.txt"))
        let run = try LedeProcess.run(["--no-cache", "--max-article-size", "1", "--corpus", corpus.path, "-e", "print(#articles)"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(run.stdout, "1\n")
        XCTAssertTrue(run.stderr.contains("dump.txt: 1 MB, over the 1 MB an article file may have (--max-article-size); skipped"), run.stderr)
        let line = #"{"id": "dump", "text": "\#(big)"}"# + "\n" + #"{"id": "ok", "text": "The harbour reopened, the mayor said."}"# + "\n"
        let map = try LedeProcess.run(["map", "--max-article-size", "1"], stdin: line)
        XCTAssertEqual(map.status, 3, map.stderr)
        XCTAssertEqual(map.stdout.split(separator: "\n").count, 2, "one error record and one article record")
        XCTAssertTrue(map.stderr.contains("<stdin>:1: 1 MB, over the 1 MB an article's text may have (--max-article-size); line skipped"), map.stderr)
        let bad = try LedeProcess.run(["--max-article-size", "0", "-e", "print(1)"])
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.contains("--max-article-size takes a number of megabytes from 1 to 2048, not 0"), bad.stderr)
    }

    func testSandboxDoesNotReadThroughACorpusLinkOutOfTheCorpus() throws {
        let corpus = try LedeProcess.temporaryDirectory(self)
        let outside = try LedeProcess.temporaryDirectory(self)
        let secret = outside.appendingPathComponent("secret.txt")
        try Data("The plan, an official said, was never written down.\n".utf8).write(to: secret)
        try Data("The harbour reopened on Monday, the mayor said.\n".utf8).write(to: corpus.appendingPathComponent("story.txt"))
        try FileManager.default.createSymbolicLink(atPath: corpus.appendingPathComponent("passwd.txt").path, withDestinationPath: secret.path)
        let code = "print(#articles, articles.passwd == nil)"
        let sandboxed = try LedeProcess.run(["--sandbox", "--corpus", corpus.path, "-e", code])
        XCTAssertEqual(sandboxed.status, 0, sandboxed.stderr)
        XCTAssertEqual(sandboxed.stdout, "1\ttrue\n")
        XCTAssertTrue(sandboxed.stderr.contains("passwd.txt: symbolic link out of the corpus folder, not followed under --sandbox; skipped"), sandboxed.stderr)
        let open = try LedeProcess.run(["--corpus", corpus.path, "-e", code])
        XCTAssertEqual(open.stdout, "2\tfalse\n", open.stderr)
    }

    func testSandboxDeniesEachDangerousFunctionByName() throws {
        let denials = [
            "os.execute('true')": "os.execute is not available in the sandbox",
            "io.popen('ls')": "io.popen is not available in the sandbox",
            "os.remove('x')": "os.remove is not available in the sandbox",
            "os.rename('x', 'y')": "os.rename is not available in the sandbox",
            "os.exit(0)": "os.exit is not available in the sandbox",
            "os.getenv('HOME')": "os.getenv is not available in the sandbox",
            "package.loadlib('libc.so.6', 'system')": "package is not available in the sandbox",
            "require('os')": "require is not available in the sandbox",
            "debug.sethook()": "debug is not available in the sandbox",
            "string.dump(print)": "string.dump is not available in the sandbox",
            "(''):dump()": "string.dump is not available in the sandbox",
            "io.output('x')": "io.output is not available in the sandbox",
            "load('return 1', 'x', 'b')": "load: only text chunks can be loaded in the sandbox",
            "io.open('/etc/hostname')": "io.open: reading /etc/hostname is outside the corpus and the script's folder",
            "io.open('x.txt', 'w')": "io.open: mode 'w' is not available in the sandbox",
            "io.lines('/etc/hostname')": "io.lines: reading /etc/hostname is outside the corpus and the script's folder",
            "dofile('/etc/hostname')": "dofile: reading /etc/hostname is outside the corpus and the script's folder",
            "loadfile('/etc/hostname')": "loadfile: reading /etc/hostname is outside the corpus and the script's folder",
            "write('/tmp/lede-sandbox-escape.txt', 'x')": "write: cannot write /tmp/lede-sandbox-escape.txt: outside the directories scripts may write to",
        ]
        for (code, message) in denials {
            let result = try LedeProcess.run(["--sandbox", "-e", code])
            XCTAssertEqual(result.status, 1, code)
            XCTAssertTrue(result.stderr.hasPrefix("(command line):1: " + message), "\(code): \(result.stderr)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: "/tmp/lede-sandbox-escape.txt"))
    }

    func testSandboxCannotClimbOutOfTheScriptFolder() throws {
        let folder = try LedeProcess.temporaryDirectory(self)
        let inner = folder.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
        try "secret".write(to: folder.appendingPathComponent("secret.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: inner.appendingPathComponent("link.txt").path,
                                                   withDestinationPath: folder.appendingPathComponent("secret.txt").path)
        for path in ["../secret.txt", "link.txt"] {
            let file = try script("print(io.open(arg[0]:match('.*/') .. '\(path)'):read('a'))", in: inner)
            let result = try LedeProcess.run(["run", "--sandbox", file.path])
            XCTAssertEqual(result.status, 1, path)
            XCTAssertTrue(result.stderr.contains("is outside the corpus and the script's folder"), result.stderr)
        }
    }

    func testSandboxKeepsTheAPIReadsAndAllowedWrites() throws {
        let folder = try LedeProcess.temporaryDirectory(self)
        let out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try "Lavrov\n".write(to: folder.appendingPathComponent("names.txt"), atomically: true, encoding: .utf8)
        let file = try script("""
            local here = arg[0]:match('.*/')
            local name = io.lines(here .. 'names.txt')()
            local first = io.open(articles[1].path):read('l')
            csv(claims:where{speaker = actor(name)}, {'id'}, here .. 'out/lavrov.csv')
            print(name, #claims, first, string.format('%.1f', math.pi), os.time() > 0)
            """, in: folder)
        let result = try LedeProcess.run(["run", "--sandbox", "--allow-write", out.path, file.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "Lavrov\t72\tPublished: Tue, May 29, 2018\t3.1\ttrue\n")
        let written = try String(contentsOf: out.appendingPathComponent("lavrov.csv"), encoding: .utf8)
        XCTAssertTrue(written.hasPrefix("id\r\n"), written)
    }

    func testAllowWriteWithoutSandboxConfinesWrites() throws {
        let folder = try LedeProcess.temporaryDirectory(self)
        let result = try LedeProcess.run(["--allow-write", folder.path, "-e", "write('/tmp/lede-not-allowed.txt', 'x')"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("outside the directories scripts may write to; allowed: "), result.stderr)
    }

    // MARK: -o

    func testOutputFileIsReplacedOnlyWhenTheRunSucceeds() throws {
        let folder = try LedeProcess.temporaryDirectory(self)
        let target = folder.appendingPathComponent("report.md")
        let old = Data("yesterday's report\n".utf8)
        try old.write(to: target)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: target.path)
        for code in ["print('half') error('boom')", "print('half') os.exit(3)", "print('half') while true do end"] {
            let result = try LedeProcess.run(["-o", target.path, "--timeout", "0.5", "-e", code])
            XCTAssertNotEqual(result.status, 0, code)
            XCTAssertEqual(try Data(contentsOf: target), old, code)
            XCTAssertEqual(result.stdout, "", code)
        }
        let result = try LedeProcess.run(["-o", target.path, "-e", "print('today', #articles)"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "")
        XCTAssertEqual(try String(contentsOf: target, encoding: .utf8), "today\t5\n")
        let mode = try FileManager.default.attributesOfItem(atPath: target.path)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o640, "the report keeps its mode")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["report.md"], "no temporary files left")
    }

    func testOutputRefusesSomethingThatIsNotAFile() throws {
        let folder = try LedeProcess.temporaryDirectory(self)
        let result = try LedeProcess.run(["-o", folder.path, "-e", "print(1)"])
        XCTAssertEqual(result.status, 5)
        XCTAssertEqual(result.stderr, "lede: cannot write \(folder.path): not a regular file\n")
    }

    func testKillDuringALargeOutputLeavesTheOldFileWhole() throws {
        let folder = try LedeProcess.temporaryDirectory(self)
        let target = folder.appendingPathComponent("big.txt")
        let old = Data("the previous complete report\n".utf8)
        try old.write(to: target)
        let process = Process()
        process.executableURL = LedeProcess.binary
        // Far more than any buffer, so bytes reach the temporary file before the kill.
        process.arguments = ["--corpus", LedeProcess.seeds, "-o", target.path, "-e",
                             "local line = string.rep('x', 99) for i = 1, 1e7 do print(line) end"]
        try process.run()
        let deadline = Date().addingTimeInterval(20)
        var temporarySize = 0
        while temporarySize < 1_000_000, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.02)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            temporarySize = names.filter { $0 != "big.txt" }.compactMap {
                try? FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent($0).path)[.size] as? Int
            }.max() ?? 0
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        XCTAssertGreaterThanOrEqual(temporarySize, 1_000_000, "the run was killed while it was writing")
        XCTAssertEqual(try Data(contentsOf: target), old)
    }

    // MARK: Parameters

    func testParamsArriveWithNumbersAsNumbers() throws {
        let result = try LedeProcess.run(["--param", "n=3", "--param", "x=-1.5", "--param", "s=3 apples", "--param", "n=4",
                                          "--param", "empty=", "-e",
                                          "print(params.n, math.type(params.n), params.x, params.s, params.empty == '')"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "4\tinteger\t-1.5\t3 apples\ttrue\n")
    }

    private let declared = """
        #!/usr/bin/env lede
        -- Claims since a day.
        --
        -- Lists the claims of articles dated on or after a day.
        -- @param since date required  The first day (YYYY-MM-DD).
        -- @param limit integer = 3     At most this many claims.
        -- @param who   string          Only this speaker.
        local n = 0
        print(params.since, params.limit, params.who, ...)
        """

    func testDeclaredParametersAreListedByHelp() throws {
        let file = try script(declared)
        let result = try LedeProcess.run(["run", file.path, "--help"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, """
            Usage: lede run [options] \(file.path) [--param NAME=VALUE ...]

            Claims since a day.

            Lists the claims of articles dated on or after a day.

            Parameters:
              since  date, required      The first day (YYYY-MM-DD).
              limit  integer, default 3  At most this many claims.
              who    string              Only this speaker.

            """)
    }

    func testDeclaredParametersAreCheckedAndDefaulted() throws {
        let file = try script(declared)
        let ok = try LedeProcess.run(["run", file.path, "--param", "since=2018-05-01", "extra"])
        XCTAssertEqual(ok.status, 0, ok.stderr)
        XCTAssertEqual(ok.stdout, "2018-05-01\t3\tnil\textra\n")
        let before = try LedeProcess.run(["run", "--param", "who=Lavrov", file.path, "--param=since=2018-05-01", "--", "--param", "x"])
        XCTAssertEqual(before.stdout, "2018-05-01\t3\tLavrov\t--param\tx\n", before.stderr)
        let failures = [
            ([String](), "lede: \(file.path) needs --param since=YYYY-MM-DD: The first day (YYYY-MM-DD).\n"),
            (["--param", "since=2018-02-30"], "lede: --param since=2018-02-30: expected a date, YYYY-MM-DD\n"),
            (["--param", "since=2018-05-01", "--param", "limit=many"], "lede: --param limit=many: expected an integer\n"),
            (["--param", "since=2018-05-01", "--param", "limt=2"],
             "lede: \(file.path) has no parameter 'limt'; it takes since, limit, who (lede run \(file.path) --help)\n"),
        ]
        for (parameters, message) in failures {
            let result = try LedeProcess.run(["run", file.path] + parameters)
            XCTAssertEqual(result.status, 2, "\(parameters)")
            XCTAssertEqual(result.stderr, message)
        }
    }

    func testABadHeaderIsAScriptErrorNamingItsLine() throws {
        let file = try script("-- A report.\n-- @param limit count = 3  How many.\nprint(1)\n")
        let result = try LedeProcess.run(["run", file.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, "lede: \(file.path):2: @param limit: unknown type 'count' (string, number, integer, boolean, date)\n")
    }

    // MARK: Determinism and environment

    func testTwoRunsPrintTheSameBytes() throws {
        // Plain pairs over string keys, show, json and counts: the places where Lua's
        // per-run hash seed and table addresses could leak into the output.
        let code = """
            local seen = {}
            for _, c in ipairs(claims) do seen[c.id] = c.speaker and c.speaker.name or "?" end
            for id, name in pairs(seen) do io.write(id, "=", name, ";") end
            print()
            show(claims:count_by("speaker"))
            print(json(claims:first(3)))
            show({a = 1, b = {c = 2}, [3] = "x", d = claims[1]})
            print(math.random(1000000))
            """
        let first = try LedeProcess.run(["-e", code])
        XCTAssertEqual(first.status, 0, first.stderr)
        for _ in 1...3 {
            XCTAssertEqual(try LedeProcess.run(["-e", code]).stdout, first.stdout)
        }
        XCTAssertFalse(first.stdout.contains("0x"), "no addresses")
    }

    func testPairsVisitsKeysInAStableOrder() throws {
        let result = try LedeProcess.run(["-e", """
            local t = {zeta = 1, alpha = 2, [10] = 3, [2] = 4, [true] = 5, [false] = 6, Beta = 7}
            local keys = {}
            for k in pairs(t) do keys[#keys + 1] = tostring(k) end
            print(table.concat(keys, " "))
            """])
        XCTAssertEqual(result.stdout, "2 10 Beta alpha zeta false true\n", result.stderr)
    }

    func testRunsInAnEmptyEnvironment() throws {
        let file = try script("print(#articles, #claims)\nshow(articles:first(1), {'id', 'date'})\n")
        let empty = ["PATH": "/usr/bin:/bin"]
        let result = try LedeProcess.run(["run", "--corpus", LedeProcess.seeds, file.path], environment: empty)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "5\t72\nid                    date\n--------------------  ----------\n000_8a33cc99068fd678  2018-05-29\n")
        XCTAssertEqual(result.stderr, "")
        let fromVariable = try LedeProcess.run(["run", file.path], environment: empty.merging(["LEDE_CORPUS": LedeProcess.seeds]) { $1 })
        XCTAssertEqual(fromVariable.stdout, result.stdout, fromVariable.stderr)
    }

    func testQuietKeepsStderrForFailuresOnly() throws {
        let corpus = try LedeProcess.temporaryDirectory(self)
        try "A headline\n\nSome text said by nobody.\n".write(to: corpus.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try Data().write(to: corpus.appendingPathComponent("empty.txt"))
        let loud = try LedeProcess.run(["--corpus", corpus.path, "-e", "print(#articles)"])
        XCTAssertTrue(loud.stderr.contains("warning"), loud.stderr)
        let quiet = try LedeProcess.run(["--corpus", corpus.path, "--quiet", "-e", "print(#articles)"])
        XCTAssertEqual(quiet.stdout, "1\n")
        XCTAssertEqual(quiet.stderr, "")
        let failing = try LedeProcess.run(["--corpus", corpus.path, "--quiet", "-e", "local x = nil\nprint(x.field)"])
        XCTAssertEqual(failing.status, 1)
        XCTAssertEqual(failing.stderr, "(command line):2: attempt to index a nil value (local 'x')\n")
    }

    // MARK: Review findings

    func testSandboxChecksFileNamesGivenAsNumbers() throws {
        let folder = try LedeProcess.temporaryDirectory(self)
        try "SECRET".write(to: folder.appendingPathComponent("1"), atomically: true, encoding: .utf8)
        let result = try LedeProcess.run(["--corpus", LedeProcess.seeds, "--sandbox", "-e", "print(io.open(1):read('a'))"],
                                         directory: folder)
        XCTAssertEqual(result.status, 1)
        XCTAssertFalse(result.stdout.contains("SECRET"))
        XCTAssertTrue(result.stderr.contains("io.open: reading 1 is outside the corpus"), result.stderr)
    }

    func testCorpusArraysAreNotReachableThroughPairs() throws {
        let result = try LedeProcess.run(["-e", "local _, items = pairs(articles) print(rawequal(items, articles)) print(pcall(function() items[1] = 'x' end)) print(articles[1].id)"])
        XCTAssertEqual(result.stdout.split(separator: "\n").first, "true", result.stderr)
        XCTAssertTrue(result.stdout.hasSuffix("000_8a33cc99068fd678\n"), result.stdout)
    }

    func testTheLibraryIgnoresWhatAScriptRedefines() throws {
        let code = """
            rawget = function() error('hijacked') end
            string.format = function() error('hijacked') end
            math.min = nil
            show(claims:first(1), {'id', 'kind'})
            """
        let result = try LedeProcess.run(["-e", code])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "id                      kind\n----------------------  ------\n000_8a33cc99068fd678:1  direct\n")
    }

    func testAStoppedScriptThatKeepsRunningIsEnded() throws {
        // A message handler runs with hooks off; a coroutine is out of the main thread's hook.
        let handler = try LedeProcess.run(["-e", "xpcall(function() os.exit(3) end, function() while true do end end)"])
        XCTAssertEqual(handler.status, 3, handler.stderr)
        let start = Date()
        let coroutine = try LedeProcess.run(["--memory", "50", "-e", """
            coroutine.wrap(function()
              local t = {}
              while true do
                if not pcall(function() t[#t + 1] = string.rep('x', 1e6) end) then t = {} collectgarbage() end
              end
            end)()
            """])
        XCTAssertEqual(coroutine.status, 4, coroutine.stderr)
        XCTAssertEqual(coroutine.stderr, "lede: the script kept running after it was stopped (a limit, os.exit or Ctrl-C)\n")
        XCTAssertLessThan(Date().timeIntervalSince(start), 10)
    }

    func testFinalizersAreHeldToTheMemoryLimit() throws {
        let code = """
            for i = 1, 100 do
              setmetatable({}, {__gc = function() local t = {} for j = 1, 1e7 do t[j] = {j} end end})
              local hits = search('Iran')
            end
            print('finished')
            """
        let result = try LedeProcess.run(["--memory", "50", "-e", code])
        XCTAssertEqual(result.status, 4, result.stderr)
        XCTAssertEqual(result.stdout, "")
    }

    func testHeadersWithCRLFOrABOM() throws {
        for text in ["-- A report.\r\n-- @param n integer required  How many.\r\nprint(params.n)\r\n",
                     "\u{FEFF}-- A report.\n-- @param n integer required  How many.\nprint(params.n)\n"] {
            let file = try script(text)
            XCTAssertEqual(try LedeProcess.run(["run", file.path]).status, 2, text)
            XCTAssertEqual(try LedeProcess.run(["run", file.path, "--param", "n=4"]).stdout, "4\n", text)
        }
    }

    func testAFunctionsDocCommentIsNotAHeader() throws {
        let file = try script("-- Doubles a table.\n-- @param t table  The input.\nlocal function double(t) return t end\nprint(params.x)\n")
        let result = try LedeProcess.run(["run", file.path, "--param", "x=1"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "1\n")
    }

    func testLedeOptionsAfterTheScriptAreRefused() throws {
        let file = try script("print(...)")
        let refused = try LedeProcess.run(["run", file.path, "-o", "out.md"])
        XCTAssertEqual(refused.status, 2)
        XCTAssertEqual(refused.stderr, "lede: -o after the script would go to the script: put lede's options before it, or `--` before the script's own\n")
        XCTAssertEqual(try LedeProcess.run(["run", file.path, "--", "-o", "out.md"]).stdout, "-o\tout.md\n")
        XCTAssertEqual(try LedeProcess.run(["run", file.path, "--param"]).status, 2)
    }

    func testExitStatusAndLimitsOutOfRange() throws {
        XCTAssertEqual(try LedeProcess.run(["-e", "os.exit(256)"]).status, 0, "the low byte, as C's exit")
        let quiet = try LedeProcess.run(["--quiet", "-e", "os.exit(3)"])
        XCTAssertEqual(quiet.status, 3)
        XCTAssertEqual(quiet.stderr, "")
        for arguments in [["--memory", "99999999999"], ["--timeout", "1e300"], ["--timeout", "0"], ["--timeout", "nan"]] {
            XCTAssertEqual(try LedeProcess.run(arguments + ["-e", "print(1)"]).status, 2, "\(arguments)")
        }
    }

    func testAWhereErrorNamesTheSameFieldEveryRun() throws {
        let code = "claims:where{zeta = 1, alpha = 2, mu = 3, beta = 4}"
        let first = try LedeProcess.run(["-e", code]).stderr
        XCTAssertTrue(first.contains("'alpha'"), first)
        for _ in 1...3 { XCTAssertEqual(try LedeProcess.run(["-e", code]).stderr, first) }
    }

    func testReadingOnAllCoresGivesTheSameCorpusEveryRun() throws {
        // Forty files, read and analysed in parallel: the export must not depend on which
        // core finished first.
        let corpus = try LedeProcess.temporaryDirectory(self)
        let seeds = try FileManager.default.contentsOfDirectory(atPath: LedeProcess.seeds).filter { $0.hasSuffix(".txt") }.sorted()
        for copy in 1...8 {
            for seed in seeds {
                try FileManager.default.copyItem(atPath: LedeProcess.seeds + "/" + seed,
                                                 toPath: corpus.appendingPathComponent("\(copy)-\(seed)").path)
            }
        }
        let first = try LedeProcess.run(["export", "--corpus", corpus.path, "--format", "json"])
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stdout.contains("8-004_84c2579b1b716eb3"))
        for _ in 1...2 {
            XCTAssertEqual(try LedeProcess.run(["export", "--corpus", corpus.path, "--format", "json"]).stdout, first.stdout)
        }
    }
}
