import Corpus
import Foundation
import LuaHost

/// `lede reduce`: article records in, the corpus they make out. Error records (lines lede
/// map could not use) are counted on standard error and left out.
public struct ReduceRun {
    public var dictionary: ActorDictionary?
    /// Print how long reading and reducing took.
    public var timings = false

    public init(dictionary: ActorDictionary?) {
        self.dictionary = dictionary
    }

    /// `sources`: record files or folders of them, or "-" for standard input.
    public func corpus(from sources: [String]) throws(LedeFailure) -> Corpus {
        let clock = ContinuousClock()
        let start = clock.now
        let records: [ArticleRecord]
        let failures: [RecordStream.LineFailure]
        let spool: RecordSpool
        do {
            spool = try RecordSpool()
        } catch {
            throw LedeFailure(.output, "\(error)")
        }
        do {
            (records, failures) = try RecordStream.records(from: sources, dictionary: dictionary, settingAsideIn: spool)
        } catch {
            throw LedeFailure(.corpus, "\(error)")
        }
        do {
            try spool.finishWriting()
        } catch {
            throw LedeFailure(.output, "\(error)")
        }
        if !failures.isEmpty {
            report("warning: \(failures.count) error record\(failures.count == 1 ? "" : "s") left out (lines lede map could not use)")
        }
        let decoded = clock.now
        let count = records.count
        // Handed over, not copied: what reduce keeps of the records is all that stays in memory.
        let corpus: Corpus
        do {
            corpus = try Corpus.reduce(consume records, dictionary: dictionary, paths: sources, spool: spool)
        } catch {
            throw LedeFailure(.output, "\(error)")
        }
        if timings {
            report(String(format: "read %d records in %.1f ms, reduced them in %.1f ms", count,
                          (decoded - start).seconds * 1e3, (clock.now - decoded).seconds * 1e3))
        }
        return corpus
    }
}
