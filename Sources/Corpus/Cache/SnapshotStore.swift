import Foundation

/// The corpus snapshots in the cache's folder: one per corpus (its paths as given from the
/// current directory, the actor dictionary and its corrections, the read policy), the
/// `ParseCache.keptCorpora` most recently used kept.
extension ParseCache {
    /// What names a corpus's snapshot.
    struct SnapshotKey {
        var paths: [String]
        var dictionary: String
        var corrections: ActorCorrections?
        var policy: ReadPolicy
        /// What the listing left out or warned of: a change there is a change of corpus.
        var listing: [String]
    }

    private static let snapshotPrefix = "corpus-"
    private static let snapshotSuffix = ".snapshot"

    func snapshotPath(for key: SnapshotKey) -> String {
        var writer = BinaryWriter()
        writer.write(version)
        writer.write(ParseCache.formatVersion)
        // Relative paths name other files from another directory; absolute ones do not.
        writer.write(key.paths.allSatisfy { $0.hasPrefix("/") } ? "" : FileManager.default.currentDirectoryPath)
        writer.write(key.paths) { $0.write($1) }
        writer.write(key.dictionary)
        writer.write("\(key.policy.links)")
        writer.write(key.listing) { $0.write($1) }
        let corrections = key.corrections ?? ActorCorrections()
        for lines in [corrections.ignored, corrections.merges, corrections.retypes.map(\.line)] {
            writer.write(lines) { writer, line in
                writer.write(line.names) { $0.write($1) }
                // Where each line is written: a line that matches nothing is a warning naming it.
                writer.write(line.source)
                writer.write(line.line)
            }
        }
        writer.write(corrections.retypes) { $0.write($1.type.rawValue) }
        let name = Self.snapshotPrefix + String(ContentHash.of(writer.bytes), radix: 16) + Self.snapshotSuffix
        return (directory as NSString).appendingPathComponent(name)
    }

    /// The corpus stored for `key` when it was made from exactly the files `stamps` describe.
    func snapshot(for key: SnapshotKey, stamps: [CorpusSnapshot.Stamp]) -> Corpus? {
        let path = snapshotPath(for: key)
        guard let corpus = CorpusSnapshot.open(path, stamps: stamps) else { return nil }
        utimes(path, nil) // used now: the last to be pruned
        return corpus
    }

    /// Stores `corpus` for `key`; a failure is a warning, the load itself went well.
    func storeSnapshot(_ corpus: Corpus, for key: SnapshotKey, stamps: [CorpusSnapshot.Stamp]) {
        do {
            try CorpusSnapshot.write(corpus, stamps: stamps, to: snapshotPath(for: key))
        } catch {
            warnings.append("\(error); the next run reads the cache as this one did")
        }
        pruneSnapshots()
    }

    /// Removes all but the most recently used snapshots, and temporary files of writes
    /// that never finished (older than a day: another process may be writing one now).
    private func pruneSnapshots() {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        var snapshots: [(path: String, used: Int)] = []
        let now = Int(Date().timeIntervalSince1970)
        for name in names where name.hasPrefix(Self.snapshotPrefix) {
            let path = (directory as NSString).appendingPathComponent(name)
            var info = stat()
            guard stat(path, &info) == 0 else { continue }
            if name.hasSuffix(Self.snapshotSuffix) {
                snapshots.append((path, Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)))
            } else if name.hasSuffix(".tmp"), now - Int(info.st_mtim.tv_sec) > 86_400 {
                unlink(path)
            }
        }
        for old in snapshots.sorted(by: { $0.used > $1.used }).dropFirst(Self.keptCorpora) { unlink(old.path) }
    }
}
