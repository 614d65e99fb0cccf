import ArgumentParser
import Corpus
import Foundation
import LedeKit

/// The per-file budget: one pathological file must not cost the rest of the corpus.
struct ArticleSizeOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Skip, with a warning, a .txt or .md file or a JSON Lines article text larger than this (default 64).",
        valueName: "MB"))
    var maxArticleSize: Int = ReadPolicy.defaultMaximumArticleBytes >> 20

    var bytes: Int { maxArticleSize << 20 }

    func validate() throws {
        // Above 2 GB a JSON Lines file could not be read anyway.
        guard (1...2048).contains(maxArticleSize) else {
            throw ValidationError("--max-article-size takes a number of megabytes from 1 to 2048, not \(maxArticleSize)")
        }
    }
}

/// Options every command shares.
struct CorpusOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "A corpus file or directory (repeatable; default: $LEDE_CORPUS, else ./seeds), or a database lede export/reduce wrote with --format sqlite.",
        valueName: "path"))
    var corpus: [String] = []

    @Option(name: .long, help: ArgumentHelp(
        "Actors to add to the built-in dictionary (repeatable; format in the README).",
        valueName: "file"))
    var actors: [String] = []

    @Option(name: .long, help: ArgumentHelp(
        "Dates, urls, outlets and authors from a feed or an archive: CSV, TSV or JSON Lines with a file, path or id column (repeatable).",
        valueName: "file"))
    var meta: [String] = []

    @Flag(help: "Print how long reading the corpus and building the Lua tables took, and what came from the cache, on standard error.")
    var timings = false

    @Option(name: .long, help: ArgumentHelp(
        "Keep the parse cache in this directory (default: $XDG_CACHE_HOME/lede, else ~/.cache/lede).",
        valueName: "dir"))
    var cache: String?

    @Flag(help: "Neither read nor write the parse cache: parse every file.")
    var noCache = false

    @OptionGroup var articleSize: ArticleSizeOption

    /// The directory of the parse cache, or nil when it is off.
    var cacheDirectory: String? {
        if noCache { return nil }
        if let cache { return cache }
        return UserDirectory.cache.path()
    }

    func validate() throws {
        if noCache, cache != nil { throw ValidationError("--cache and --no-cache cannot be used together") }
    }

    var paths: [String] {
        if !corpus.isEmpty { return corpus }
        if let environment = ProcessInfo.processInfo.environment["LEDE_CORPUS"], !environment.isEmpty {
            return [environment]
        }
        return ["seeds"]
    }

    /// Reads the corpus; warnings go to stderr unless `quiet` (stats prints them itself).
    /// Under `--sandbox` (`links: .keptInside`) no symbolic link leads the reader out of a corpus folder.
    func load(quiet: Bool = false, links: SymbolicLinks = .followed) throws(LedeFailure) -> Corpus {
        var corpus = try loadText(quiet: quiet, links: links)
        for path in meta {
            let metadata: ArticleMetadata
            do {
                metadata = try ArticleMetadata(path: path)
            } catch {
                throw LedeFailure(.usage, "--meta \(error)")
            }
            for warning in corpus.apply(metadata) where !quiet {
                report("warning: \(warning)")
            }
        }
        return corpus
    }

    private func loadText(quiet: Bool, links: SymbolicLinks) throws(LedeFailure) -> Corpus {
        let policy = ReadPolicy(links: links, maximumArticleBytes: articleSize.bytes)
        // nil: the built-in dictionary, which a run whose results are cached never parses.
        let dictionary = try loadDictionary(actors)
        // A database lede wrote (export or reduce, --format sqlite): the corpus as built elsewhere.
        if let database = paths.first(where: SQLiteCorpus.isDatabase) {
            guard paths.count == 1 else {
                throw LedeFailure(.usage, "\(database) is a corpus database: open it alone, not with other corpus paths")
            }
            guard actors.isEmpty else {
                throw LedeFailure(.usage, "--actors has no effect on a corpus database (\(database)): give it to lede map and lede reduce")
            }
            do {
                return try SQLiteCorpus.read(database)
            } catch {
                throw LedeFailure(.corpus, "\(error)")
            }
        }
        let cache = cacheDirectory.map { ParseCache(directory: $0) }
        let corpus: Corpus
        let progress = ProgressLine(enabled: !quiet)
        defer { progress.finish() }
        do {
            corpus = try Corpus.load(paths: paths, dictionary: dictionary, cache: cache, policy: policy, progress: progress.update)
            progress.finish()
        } catch {
            // The commonest first error: lede started away from the folder it defaults to.
            if case .notFound = error {
                throw LedeFailure(.corpus, "\(error) (name a corpus folder, file or database with --corpus PATH or LEDE_CORPUS=PATH)")
            }
            throw LedeFailure(.corpus, "\(error)")
        }
        for warning in (cache?.warnings ?? []) + corpus.warnings.map(\.description) where !quiet {
            report("warning: \(warning)")
        }
        return corpus
    }
}

struct Lede: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lede",
        abstract: "A Lua REPL and report runner over a corpus of news articles.",
        discussion: """
            `lede` alone is `lede repl`: it opens the REPL on a terminal, or runs standard \
            input as a script when it is not a terminal; `lede -e CODE` runs code and exits.

            Exit codes: \(LedeFailure.exitCodeTable).
            """,
        version: LedeVersion.description,
        subcommands: [Repl.self, Run.self, ExportCommand.self, StatsCommand.self, MapCommand.self, ReduceCommand.self, APIReferenceCommand.self],
        defaultSubcommand: Repl.self
    )
}

struct Repl: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the REPL, or run -e code or standard input (the default command).",
        discussion: "Exit codes: \(LedeFailure.exitCodeTable)."
    )

    @OptionGroup var corpusOptions: CorpusOptions
    @OptionGroup var scriptOptions: ScriptOptions

    @Option(name: .customShort("e"), help: ArgumentHelp(
        "Run Lua code, then exit (repeatable); an expression's value is printed as the REPL prints it.", valueName: "code"))
    var execute: [String] = []

    @Option(help: ArgumentHelp("How values print, in the REPL and from -e: table (show's), csv, json or markdown.", valueName: "mode"))
    var mode = "table"

    @Flag(help: "Do not run $XDG_CONFIG_HOME/lede/init.lua (default ~/.config/lede/init.lua) at start-up.")
    var noInit = false

    func validate() throws {
        guard REPL.modes.contains(mode) else {
            throw ValidationError("--mode takes one of \(REPL.modes.joined(separator: ", ")), not '\(mode)'")
        }
    }

    func run() throws {
        if !execute.isEmpty {
            try BatchJob(corpus: corpusOptions, options: scriptOptions, chunks: execute.map(ScriptSource.code), showingValues: mode).run()
            return
        }
        if isatty(STDIN_FILENO) == 0 {
            try BatchJob(corpus: corpusOptions, options: scriptOptions, chunks: [.standardInput]).run()
            return
        }
        if scriptOptions.output != nil || scriptOptions.timeout != nil {
            throw LedeFailure(.usage, "-o and --timeout are for scripts (-e, run, or standard input), not the interactive REPL")
        }
        var settings = REPLSettings.from(environment: ProcessInfo.processInfo.environment, runInit: !noInit)
        settings.mode = mode
        let corpus = corpusOptions
        let options = try scriptOptions.sessionOptions(corpus: corpus, script: nil, header: nil)
        func open() throws -> Session { try openSession(corpus, options, quiet: scriptOptions.quiet) }
        let status = REPL(session: try open(), settings: settings, reload: open).run()
        if status != 0 { throw LedeFailure.scriptExit(status) }
    }
}

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a Lua script on the corpus.",
        discussion: """
            Arguments after the script go into the global `arg` (arg[0] is the script); \
            --param NAME=VALUE may also follow the script, and `--` ends lede's options. \
            `lede run SCRIPT --help` describes a saved report and its parameters.

            Exit codes: \(LedeFailure.exitCodeTable).
            """
    )

    @OptionGroup var corpusOptions: CorpusOptions
    @OptionGroup var scriptOptions: ScriptOptions

    @Option(name: .customShort("e"), help: ArgumentHelp("Run Lua code before the script (repeatable).", valueName: "code"))
    var execute: [String] = []

    @Argument(help: ArgumentHelp("The script to run, or - for standard input.", valueName: "file"))
    var script: String

    @Argument(parsing: .captureForPassthrough, help: "Arguments for the script.")
    var arguments: [String] = []

    func run() throws {
        let source: ScriptSource = script == "-" ? .standardInput : .file(script)
        var header: ReportHeader?
        if script != "-" {
            guard let data = FileManager.default.contents(atPath: script) else {
                throw LedeFailure(.usage, "cannot read script \(script)")
            }
            do {
                header = try ReportHeader(parsing: String(decoding: data, as: UTF8.self), source: script)
            } catch {
                throw LedeFailure(.script, "\(error)")
            }
        }
        if arguments.first == "--help" || arguments.first == "-h" {
            print((header ?? ReportHeader()).help(script: script), terminator: "")
            return
        }
        var options = scriptOptions
        let scriptArguments = try options.takeParameters(from: arguments)
        try BatchJob(corpus: corpusOptions, options: options, chunks: execute.map(ScriptSource.code) + [source],
                     arguments: scriptArguments, header: header).run()
    }
}

extension Export.Format: ExpressibleByArgument {}
extension Export.Table: ExpressibleByArgument {}

/// The actor dictionary: the built-in one (nil) with the analyst's files added.
func loadDictionary(_ files: [String]) throws(LedeFailure) -> ActorDictionary? {
    var dictionary: ActorDictionary?
    for path in files {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LedeFailure(.usage, "cannot read actors file \(path)")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw LedeFailure(.usage, "\(path): not UTF-8 text")
        }
        do {
            dictionary = try (dictionary ?? .builtin).merging(ActorDictionary(parsing: text, source: path))
        } catch {
            throw LedeFailure(.usage, "\(error)")
        }
    }
    return dictionary
}

/// Where and how `export` and `reduce` write the tables.
struct ExportOptions: ParsableArguments {
    @Option(help: "json, jsonl, csv, or sqlite (every table in one database file, with -o FILE).")
    var format: Export.Format = .json

    @Option(help: "The table to write with jsonl or csv: \(Export.Table.allCases.map(\.rawValue).joined(separator: ", ")).")
    var table: Export.Table?

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp(
        "Write to this file (or, for every table of jsonl/csv, this directory) instead of standard output.",
        valueName: "path"))
    var output: String?

    func validate() throws {
        if format == .json || format == .sqlite, table != nil {
            throw ValidationError("--table is for jsonl and csv; \(format.rawValue) holds every table")
        }
        if format == .sqlite, output == nil {
            throw ValidationError("sqlite writes a database file: give -o FILE")
        }
        if format != .json, table == nil, output == nil {
            throw ValidationError("\(format.rawValue) writes one table a file: give --table, or -o DIRECTORY for every table")
        }
    }

    func write(_ corpus: Corpus) throws {
        func render(_ table: Export.Table) -> String {
            format == .csv ? Export.csv(table, corpus) : Export.jsonl(table, corpus)
        }
        switch (format, table, output) {
        case (.sqlite, _, let path?):
            do {
                try Export.sqlite(corpus, to: path)
            } catch {
                throw LedeFailure(.output, "\(error)")
            }
        case (.json, _, let path):
            try emit(Export.json(corpus), to: path)
        case (_, let table?, let path):
            try emit(render(table), to: path)
        case (_, nil, let directory?):
            let files = Export.Table.allCases.map { table in
                (name: "\(table.rawValue).\(format.rawValue)", bytes: Array(render(table).utf8))
            }
            do {
                try AtomicDirectory.write(files, to: directory)
            } catch {
                throw LedeFailure(.output, "\(error)")
            }
        case (_, nil, nil):
            break  // refused by validate()
        }
    }
}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write what lede extracted, for jq, pandas, DuckDB or a spreadsheet.",
        discussion: """
            json writes one object with every table. jsonl and csv write one table: the one \
            named by --table, or every table into the directory given by -o (TABLE.jsonl, \
            TABLE.csv). sqlite writes every table into one database (-o FILE), for sqlite3, \
            DuckDB or Datasette. Offsets are byte offsets into the article's text, 1-based and \
            inclusive. Files are written atomically: complete, or not at all; with -o DIRECTORY, \
            the whole set at once (the old folder is swapped for a new one).
            """
    )

    @OptionGroup var corpusOptions: CorpusOptions
    @OptionGroup var exportOptions: ExportOptions

    func run() throws {
        try exportOptions.write(try corpusOptions.load())
    }
}

struct MapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: "The map stage: articles in, one article record a line out (for lede reduce, Spark or Hadoop).",
        discussion: """
            With no path (or -), reads JSON Lines articles on standard input, the format \
            --corpus reads (id, title, text, date, url, outlet…, plus optional path and line \
            saying where the article came from; or a whole .txt/.md file as "file", its bytes \
            in base64, with its "path"), and writes one record line for each input \
            line, in order: Spark's RDD.pipe and Hadoop Streaming run it as it is. A line that \
            gives no article (bad JSON, no text, empty) gives an error record and a line on \
            standard error, and the rest still flows. With paths, reads corpus files and \
            folders as --corpus does. Records are described in the README ("Article records").

            Exit codes: 0 every line mapped · 2 usage error · 3 a line or path could not be \
            mapped (the rest was) · 5 output cannot be written.
            """
    )

    @Option(name: .long, help: ArgumentHelp(
        "Actors to add to the built-in dictionary (repeatable); lede reduce must be given the same files.", valueName: "file"))
    var actors: [String] = []

    @Argument(help: ArgumentHelp("Corpus files or directories; none, or -, for JSON Lines on standard input.", valueName: "path"))
    var paths: [String] = []

    @OptionGroup var articleSize: ArticleSizeOption

    func run() throws {
        let mapper = StreamMapper(dictionary: try loadDictionary(actors), policy: ReadPolicy(maximumArticleBytes: articleSize.bytes))
        let output = LineOutput()
        var failed = false
        if paths.isEmpty || paths == ["-"] {
            var batch: [(number: Int, text: Substring)] = []
            var number = 0
            func flush() throws {
                for (offset, (line, failure, warnings)) in mapper.map(lines: batch).enumerated() {
                    try output.write(line)
                    if let failure {
                        failed = true
                        report("<stdin>:\(failure.line): \(failure.source.map { $0 + ": " } ?? "")\(failure.message)")
                    }
                    for warning in warnings {
                        report("warning: <stdin>:\(batch[offset].number): \(warning)")
                    }
                }
                batch.removeAll(keepingCapacity: true)
            }
            while let line = readLine(strippingNewline: true) {
                number += 1
                batch.append((number, Substring(line)))
                if batch.count == StreamMapper.batchSize { try flush() }
            }
            try flush()
        } else {
            var writeError: Error?
            mapper.map(paths: paths, emit: { lines in
                do {
                    for line in lines { try output.write(line) }
                    return true
                } catch {
                    writeError = error
                    return false
                }
            }, warn: { warning, gaveNothing in
                failed = failed || gaveNothing
                report("\(gaveNothing ? "" : "warning: ")\(warning)")
            })
            if let writeError { throw writeError }
        }
        try output.finish()
        if failed { throw LedeFailure(.corpus, "") }
    }
}

struct ReduceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reduce",
        abstract: "The reduce stage: article records (from lede map) in, the corpus's tables out, as lede export writes them.",
        discussion: """
            Reads record lines from standard input (none, or -), files, or folders (their \
            .jsonl files). Error records are counted on standard error and left out. The \
            tables and formats are lede export's; the same articles give the same bytes \
            whatever the order of the records.

            Exit codes: 0 ok · 2 usage error · 3 the records cannot be read · 5 output cannot be written.
            """
    )

    @Option(name: .long, help: ArgumentHelp("Actors files: the same as lede map was given (repeatable).", valueName: "file"))
    var actors: [String] = []

    @Flag(help: "Print how long reading and reducing the records took on standard error.")
    var timings = false

    @OptionGroup var exportOptions: ExportOptions

    @Argument(help: ArgumentHelp("Record files or directories; none, or -, for standard input.", valueName: "records"))
    var sources: [String] = []

    func run() throws {
        let dictionary = try loadDictionary(actors)
        let clock = ContinuousClock()
        let start = clock.now
        let records: [ArticleRecord]
        let failures: [RecordStream.LineFailure]
        do {
            (records, failures) = try RecordStream.records(from: sources.isEmpty ? ["-"] : sources, dictionary: dictionary)
        } catch {
            throw LedeFailure(.corpus, "\(error)")
        }
        if !failures.isEmpty {
            report("warning: \(failures.count) error record\(failures.count == 1 ? "" : "s") left out (lines lede map could not use)")
        }
        let decoded = clock.now
        let count = records.count
        // Handed over, not copied: what reduce keeps of the records is all that stays in memory.
        let corpus = Corpus.reduce(consume records, dictionary: dictionary, paths: sources)
        if timings {
            report(String(format: "read %d records in %.1f ms, reduced them in %.1f ms", count,
                          (decoded - start).seconds * 1e3, (clock.now - decoded).seconds * 1e3))
        }
        try exportOptions.write(corpus)
    }
}

/// Lines to standard output through one buffer, every write checked: a full disk or a
/// closed pipe is exit 5, never a silently short stream.
final class LineOutput {
    private var buffer: [UInt8] = []

    func write(_ line: String) throws {
        buffer.append(contentsOf: line.utf8)
        buffer.append(UInt8(ascii: "\n"))
        if buffer.count >= 1 << 16 { try flush() }
    }

    func finish() throws { try flush() }

    private func flush() throws {
        try writeStandardOutput(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Writes all of `bytes` to file descriptor 1, or fails with the system's reason ("No space
/// left on device", "Broken pipe"): a short write is never success. Written past C's stdio
/// buffer, which, once a write has failed, no longer knows why (`StandardOutput.flush`
/// serves what Lua and `print` write there).
func writeStandardOutput(_ bytes: [UInt8]) throws(LedeFailure) {
    var written = 0
    while written < bytes.count {
        let result = bytes.withUnsafeBytes { buffer in
            write(STDOUT_FILENO, buffer.baseAddress! + written, buffer.count - written)
        }
        if result < 0 {
            if errno == EINTR { continue }
            throw .standardOutput(String(cString: strerror(errno)))
        }
        written += result
    }
}

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "What the corpus holds, what the reader dropped and why, and which files it skipped."
    )

    @OptionGroup var corpusOptions: CorpusOptions

    func run() throws {
        let corpus = try corpusOptions.load(quiet: true)
        try writeStandardOutput(Array(Stats.report(corpus).utf8))
    }
}

/// Prints the README's API section, so that it is regenerated, never edited by hand.
struct APIReferenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "api-reference",
        abstract: "Print the Lua API reference in Markdown (the README's API section).",
        shouldDisplay: false
    )

    func run() {
        print(APIReference.markdown, terminator: "")
    }
}

extension LedeFailure {
    /// Standard output failed, for `reason`: one wording for scripts and commands alike.
    static func standardOutput(_ reason: String) -> LedeFailure {
        LedeFailure(.output, "cannot write standard output: \(reason)")
    }
}

/// Writes `text` to standard output, checked, or atomically to `path`.
func emit(_ text: String, to path: String?) throws {
    guard let path else {
        try writeStandardOutput(Array(text.utf8))
        return
    }
    do {
        try AtomicFile.write(text, to: path)
    } catch {
        throw LedeFailure(.output, "\(error)")
    }
}

/// Every message lede writes to stderr, with its name before it, as lua.c's `l_message`.
func report(_ message: String) {
    FileHandle.standardError.write(Data("lede: \(message)\n".utf8))
}

/// Ends the run with `code`, after `message` when there is one.
func fail(_ message: String, code: Int32) -> Never {
    if !message.isEmpty { report(message) }
    exit(code)
}

do {
    var command = try Lede.parseAsRoot()
    // A closed pipe is a failed write (exit 5, with a message) rather than a silent death:
    // a pipeline learns that the stream was cut short.
    if command is MapCommand || command is ReduceCommand || command is ExportCommand { signal(SIGPIPE, SIG_IGN) }
    // Past a file size limit (`ulimit -f`) a write fails with EFBIG, which every write
    // checks (exit 5, with a message), instead of the process dying with half a file.
    signal(SIGXFSZ, SIG_IGN)
    try command.run()
} catch let failure as LedeFailure {
    if !failure.fromLede { FileHandle.standardError.write(Data((failure.message + "\n").utf8)) }
    fail(failure.fromLede ? failure.message : "", code: failure.exitCode)
} catch {
    if Lede.exitCode(for: error) == .success { Lede.exit(withError: error) }
    // The argument parser's own messages carry their "Error:" and usage lines.
    FileHandle.standardError.write(Data((Lede.fullMessage(for: error) + "\n").utf8))
    exit(LedeFailure.Kind.usage.rawValue)
}
