import Foundation
import LedeKit

/// The command line's options turned into a `BatchRun` (LedeKit holds the run's policy).
struct BatchJob {
    var corpus: CorpusOptions
    var options: ScriptOptions
    var chunks: [ScriptSource]
    var arguments: [String] = []
    var header: ReportHeader?
    var showingValues: String?

    func run() throws(LedeFailure) {
        var script: String?
        if case .file(let path)? = chunks.last { script = path }
        let sessionOptions = try options.sessionOptions(corpus: corpus, script: script, header: header)
        var run = BatchRun(chunks: chunks)
        run.arguments = arguments
        run.limits = RunLimits(timeout: options.timeout, memory: options.memory)
        run.output = options.output
        run.quiet = options.quiet
        run.showingValues = showingValues
        try run.run { () throws(LedeFailure) in try corpus.source.openSession(sessionOptions, quiet: options.quiet) }
    }
}
