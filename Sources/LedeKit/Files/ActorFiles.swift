import Corpus
import Foundation

/// The actor dictionary: the built-in one (nil) with the analyst's files added.
public func loadDictionary(_ files: [String]) throws(LedeFailure) -> ActorDictionary? {
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
