import Corpus
import Foundation

/// `lede map`: article records, one line each, to standard output, from JSON Lines on
/// standard input or from corpus paths. A line or file that gives no article is reported
/// and the rest still flows; the run then ends with exit 3, as Hadoop Streaming and
/// Spark's `RDD.pipe` expect of a per-record command.
public struct MapRun {
    public var mapper: StreamMapper

    public init(mapper: StreamMapper) {
        self.mapper = mapper
    }

    /// Maps standard input line by line, in batches, keeping the order of the lines.
    public func mapStandardInput() throws(LedeFailure) {
        let output = LineOutput()
        var failed = false
        var batch: [(number: Int, text: Substring)] = []
        var number = 0
        func flush() throws(LedeFailure) {
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
        try output.finish()
        if failed { throw LedeFailure(.corpus, "") }
    }

    /// Maps corpus files and folders as `--corpus` reads them.
    public func map(paths: [String]) throws(LedeFailure) {
        let output = LineOutput()
        var failed = false
        var writeError: LedeFailure?
        mapper.map(paths: paths, emit: { lines in
            do throws(LedeFailure) {
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
        try output.finish()
        if failed { throw LedeFailure(.corpus, "") }
    }
}
