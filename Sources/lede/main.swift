import ArgumentParser
import Corpus
import Foundation
import LedeKit

/// Options every command shares.
struct CorpusOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "A corpus file or directory (repeatable; default: $LEDE_CORPUS, else ./seeds).",
        valueName: "path"))
    var corpus: [String] = []

    @Option(name: .long, help: ArgumentHelp(
        "Actors to add to the built-in dictionary (repeatable; format in the README).",
        valueName: "file"))
    var actors: [String] = []

    @Flag(help: "Print how long reading the corpus and building the Lua tables took, and what came from the cache, on standard error.")
    var timings = false

    @Option(name: .long, help: ArgumentHelp(
        "Keep the parse cache in this directory (default: $XDG_CACHE_HOME/lede, else ~/.cache/lede).",
        valueName: "dir"))
    var cache: String?

    @Flag(help: "Neither read nor write the parse cache: parse every file.")
    var noCache = false

    /// The directory of the parse cache, or nil when it is off.
    var cacheDirectory: String? {
        if noCache { return nil }
        if let cache { return cache }
        let environment = ProcessInfo.processInfo.environment
        if let home = environment["XDG_CACHE_HOME"], home.hasPrefix("/") { return home + "/lede" }
        return (NSHomeDirectory() as NSString).appendingPathComponent(".cache/lede")
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
    func load(quiet: Bool = false) throws(LedeFailure) -> Corpus {
        // nil: the built-in dictionary, which a run whose results are cached never parses.
        var dictionary: ActorDictionary?
        for path in actors {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw LedeFailure(.usage, "lede: cannot read actors file \(path)")
            }
            guard let text = String(validating: data, as: UTF8.self) else {
                throw LedeFailure(.usage, "lede: \(path): not UTF-8 text")
            }
            do {
                dictionary = try (dictionary ?? .builtin).merging(ActorDictionary(parsing: text, source: path))
            } catch {
                throw LedeFailure(.usage, "lede: \(error)")
            }
        }
        let cache = cacheDirectory.map { ParseCache(directory: $0) }
        let corpus: Corpus
        do {
            corpus = try Corpus.load(paths: paths, dictionary: dictionary, cache: cache)
        } catch {
            throw LedeFailure(.corpus, "lede: \(error)")
        }
        for warning in (cache?.warnings ?? []) + corpus.warnings.map(\.description) where !quiet {
            FileHandle.standardError.write(Data("lede: warning: \(warning)\n".utf8))
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
        subcommands: [Repl.self, Run.self, ExportCommand.self, StatsCommand.self, APIReferenceCommand.self],
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

    @Option(name: .customShort("e"), help: ArgumentHelp("Run Lua code, then exit (repeatable).", valueName: "code"))
    var execute: [String] = []

    @Flag(help: "Do not run $XDG_CONFIG_HOME/lede/init.lua (default ~/.config/lede/init.lua) at start-up.")
    var noInit = false

    func run() throws {
        if !execute.isEmpty || isatty(STDIN_FILENO) == 0 {
            let chunks = execute.isEmpty ? [ScriptSource.standardInput] : execute.map(ScriptSource.code)
            try BatchJob(corpus: corpusOptions, options: scriptOptions, chunks: chunks).run()
            return
        }
        if scriptOptions.output != nil || scriptOptions.timeout != nil {
            throw LedeFailure(.usage, "lede: -o and --timeout are for scripts (-e, run, or standard input), not the interactive REPL")
        }
        let settings = REPLSettings.from(environment: ProcessInfo.processInfo.environment, runInit: !noInit)
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
                throw LedeFailure(.usage, "lede: cannot read script \(script)")
            }
            do {
                header = try ReportHeader(parsing: String(decoding: data, as: UTF8.self), source: script)
            } catch {
                throw LedeFailure(.script, "lede: \(error)")
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

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write what lede extracted, for jq, pandas, DuckDB or a spreadsheet.",
        discussion: """
            json writes one object with every table. jsonl and csv write one table: the one \
            named by --table, or every table into the directory given by -o (TABLE.jsonl, \
            TABLE.csv). sqlite writes every table into one database (-o FILE), for sqlite3, \
            DuckDB or Datasette. Offsets are byte offsets into the article's text, 1-based and \
            inclusive. Files are written atomically: complete, or not at all.
            """
    )

    @OptionGroup var corpusOptions: CorpusOptions

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

    func run() throws {
        let corpus = try corpusOptions.load()
        func render(_ table: Export.Table) -> String {
            format == .csv ? Export.csv(table, corpus) : Export.jsonl(table, corpus)
        }
        switch (format, table, output) {
        case (.sqlite, _, let path?):
            do {
                try Export.sqlite(corpus, to: path)
            } catch {
                throw LedeFailure(.output, "lede: \(error)")
            }
        case (.json, _, let path):
            try emit(Export.json(corpus), to: path)
        case (_, let table?, let path):
            try emit(render(table), to: path)
        case (_, nil, let directory?):
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw LedeFailure(.output, "lede: cannot create directory \(directory): \(error.localizedDescription)")
            }
            for table in Export.Table.allCases {
                try emit(render(table), to: (directory as NSString).appendingPathComponent("\(table.rawValue).\(format.rawValue)"))
            }
        case (_, nil, nil):
            break  // refused by validate()
        }
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
        print(Stats.report(corpus), terminator: "")
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

/// Writes `text` to standard output, or atomically to `path`.
func emit(_ text: String, to path: String?) throws {
    guard let path else {
        print(text, terminator: "")
        return
    }
    do {
        try AtomicFile.write(text, to: path)
    } catch {
        throw LedeFailure(.output, "lede: \(error)")
    }
}

func fail(_ message: String, code: Int32) -> Never {
    if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
    exit(code)
}

do {
    var command = try Lede.parseAsRoot()
    try command.run()
} catch let failure as LedeFailure {
    fail(failure.message, code: failure.exitCode)
} catch {
    if Lede.exitCode(for: error) == .success { Lede.exit(withError: error) }
    fail(Lede.fullMessage(for: error), code: LedeFailure.Kind.usage.rawValue)
}
