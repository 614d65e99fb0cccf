import ArgumentParser
import Corpus
import Foundation
import LedeKit

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
