import ArgumentParser
import Corpus
import Foundation
import LedeKit

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
        func open() throws -> Session { try corpus.source.openSession(options, quiet: scriptOptions.quiet) }
        let status = REPL(session: try open(), settings: settings, reload: open).run()
        if status != 0 { throw LedeFailure.scriptExit(status) }
    }
}
