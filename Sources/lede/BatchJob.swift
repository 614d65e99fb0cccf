import Foundation
import LedeKit

/// Reads the corpus and binds it into a new Lua session.
func openSession(_ corpusOptions: CorpusOptions, _ options: SessionOptions, quiet: Bool) throws(LedeFailure) -> Session {
    let clock = ContinuousClock()
    let start = clock.now
    let corpus = try corpusOptions.load(quiet: quiet, links: options.sandbox == nil ? .followed : .keptInside)
    let read = clock.now
    let session: Session
    do {
        session = try Session(corpus: corpus, options: options)
    } catch where error.kind == .memory {
        throw LedeFailure(.limit, "memory limit reached while building the corpus tables (--memory \(options.memoryLimit.map { $0 >> 20 } ?? 0))")
    } catch {
        throw LedeFailure(.script, "\(error.report)")
    }
    if corpusOptions.timings {
        func milliseconds(_ duration: Duration) -> String {
            String(format: "%.1f ms", duration.seconds * 1e3)
        }
        let files = corpus.cacheReport.map { " (files: \($0.summary))" } ?? " (no cache)"
        report("read the corpus in \(milliseconds(read - start))\(files), built the Lua tables in \(milliseconds(clock.now - read))")
        report("stages: map \(milliseconds(corpus.timings.map)), reduce \(milliseconds(corpus.timings.reduce)), Lua tables \(milliseconds(clock.now - read))")
    }
    return session
}

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
        try run.run { () throws(LedeFailure) in try openSession(corpus, sessionOptions, quiet: options.quiet) }
    }
}
