import ArgumentParser
import Corpus
import Foundation
import LedeKit

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
