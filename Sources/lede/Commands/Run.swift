import ArgumentParser
import Corpus
import Foundation
import LedeKit

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
        if script != "-" { header = try ReportHeader(script: script) }
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
