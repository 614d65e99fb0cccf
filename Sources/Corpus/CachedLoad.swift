import Foundation

/// One file's read, with the hash of its bytes when they could be read.
struct FileRead: Sendable {
    var read: ArticleReader.Read
    var hash: UInt64?
}

extension ParseCache {
    /// Files are looked up, read and stored this many at a time, so that a large corpus
    /// never holds every cache entry and every article in memory at once.
    static let batchSize = 2048

    /// Reads `files`, taking every file whose size and modification time are unchanged
    /// from the cache without reading it, and parsing the rest on all cores.
    func read(_ files: [String], report: inout CacheReport) -> [FileRead] {
        var reads: [FileRead] = []
        reads.reserveCapacity(files.count)
        var damaged = 0
        for start in stride(from: 0, to: files.count, by: Self.batchSize) {
            let batch = Array(files[start..<min(start + Self.batchSize, files.count)])
            let keys = batch.map(Self.key)
            let identities = keys.map(FileIdentity.init)
            let entries = entries(for: keys)
            let outcomes = Array(zip(batch, zip(identities, entries))).parallelMap { file, known in
                Self.read(file, identity: known.0, entry: known.1)
            }
            var updates: [(path: String, entry: FileEntry)] = []
            for (key, outcome) in zip(keys, outcomes) {
                reads.append(outcome.read)
                switch outcome.kind {
                case .cached: report.fromCache += 1
                case .unchanged: report.unchanged += 1
                case .parsed: report.parsed += 1
                }
                if outcome.damaged { damaged += 1 }
                if let entry = outcome.newEntry { updates.append((key, entry)) }
            }
            store(updates)
        }
        if damaged > 0 {
            warnings.append("the cache \(path) had damaged entries for \(damaged) file\(damaged == 1 ? "" : "s"); parsed them again")
        }
        return reads
    }

    /// Entries are keyed by absolute path, so that a corpus named from another directory
    /// still finds them.
    private static func key(_ file: String) -> String {
        URL(fileURLWithPath: file).standardizedFileURL.path
    }

    private struct Outcome: Sendable {
        enum Kind: Sendable { case cached, unchanged, parsed }
        var read: FileRead
        var kind: Kind
        var damaged = false
        /// What to store for the file, when the cache should change.
        var newEntry: FileEntry?
    }

    private static func read(_ file: String, identity: FileIdentity?, entry: FileEntry?) -> Outcome {
        var damaged = false
        func decoded(_ entry: FileEntry) -> ArticleReader.Read? {
            guard ContentHash.of(entry.data) == entry.checksum else {
                damaged = true
                return nil
            }
            var reader = BinaryReader(entry.data)
            guard let read = try? ArticleReader.Read(reading: &reader, path: file), reader.isAtEnd else {
                damaged = true
                return nil
            }
            return read
        }
        if let identity, identity.isSettled, let entry, entry.size == identity.size, entry.mtime == identity.mtime,
           let read = decoded(entry) {
            return Outcome(read: FileRead(read: read, hash: entry.hash), kind: .cached)
        }
        // Stat before reading: if the file changes in between, the entry records the older
        // time and the next run reads the file again.
        let bytes: [UInt8]
        switch ArticleReader.bytes(of: file) {
        case .read(let read): bytes = read
        case .unreadable(let skipped): return Outcome(read: FileRead(read: skipped, hash: nil), kind: .parsed)
        }
        let hash = ContentHash.of(bytes)
        let recorded = identity.map { $0.isSettled ? $0.mtime : FileIdentity.unsettled } ?? FileIdentity.unsettled
        if let entry, entry.hash == hash, let read = decoded(entry) {
            var updated = entry
            updated.size = Int64(bytes.count)
            updated.mtime = recorded
            return Outcome(read: FileRead(read: read, hash: hash), kind: .unchanged, damaged: damaged,
                           newEntry: updated.mtime == entry.mtime ? nil : updated)
        }
        let read = ArticleReader.read(file, bytes: bytes)
        var writer = BinaryWriter()
        read.write(to: &writer)
        let data = writer.bytes
        return Outcome(read: FileRead(read: read, hash: hash), kind: .parsed, damaged: damaged,
                       newEntry: FileEntry(size: Int64(bytes.count), mtime: recorded, hash: hash, checksum: ContentHash.of(data), data: data))
    }
}

/// A file's size and modification time, as `stat` gives them.
struct FileIdentity: Sendable {
    var size: Int64
    /// Nanoseconds since 1970.
    var mtime: Int64
    /// When the file was modified so recently that a change within the same clock tick
    /// could go unseen: its entry is then stored as "read it again next time".
    var isSettled: Bool

    static let unsettled: Int64 = -1
    static let settlingTime: Int64 = 2_000_000_000

    init?(_ path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        size = Int64(info.st_size)
        mtime = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        isSettled = Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec) - mtime > Self.settlingTime
    }
}
