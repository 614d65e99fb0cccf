import Foundation

extension ParseCache {
    /// Files are looked up, read and stored this many at a time, so that a large corpus
    /// never holds every cache entry and every article in memory at once.
    static let batchSize = 2048

    /// Maps `files`, taking each file's records from the cache when the file is unchanged:
    /// unread when its size and modification time are the same, read and hashed but not
    /// mapped when only its time changed. The rest are read and mapped on all cores.
    /// `dictionary` names the actor dictionary the records were made with, and any
    /// non-default limit of `policy` they depend on.
    ///
    /// Without `extraction`, a file taken from the cache comes with its articles only
    /// (`MappedFile.extractionLeftInCache`): a run whose reduce results are cached too
    /// needs nothing else, and `withExtraction` reads the rest when it is not.
    func map(_ files: [String], dictionary: String, policy: ReadPolicy, mapper: () -> ArticleMapper, report: inout CacheReport,
             extraction: Bool = true, progress: (_ done: Int) -> Void = { _ in }) -> [MappedFile] {
        var mapped: [MappedFile] = []
        mapped.reserveCapacity(files.count)
        let directory = FileManager.default.currentDirectoryPath
        var damaged = 0
        for start in stride(from: 0, to: files.count, by: Self.batchSize) {
            let batch = Array(files[start..<min(start + Self.batchSize, files.count)])
            let keys = batch.map { Self.key($0, in: directory) }
            let identities = keys.map(FileIdentity.init)
            let entries = entries(for: keys, dictionary: dictionary, extraction: extraction)
            let outcomes = Array(zip(batch, zip(keys, zip(identities, entries)))).parallelMap { file, known in
                Self.lookUp(file, key: known.0, identity: known.1.0, entry: known.1.1, policy: policy)
            }
            let toMap = outcomes.indices.filter { outcomes[$0].mapped == nil }
            // Every outcome without records carries its read.
            let newlyMapped = toMap.isEmpty ? [] : MappedFile.map(toMap.compactMap { outcomes[$0].read }, mapper: mapper())
            var results = outcomes.map(\.mapped)
            for (index, file) in zip(toMap, newlyMapped) { results[index] = file }
            let updates = Array(zip(toMap, newlyMapped)).parallelMap { index, file -> (path: String, entry: FileEntry)? in
                guard let hash = file.hash else { return nil }
                return (keys[index], Self.entry(for: file, key: keys[index], hash: hash, size: outcomes[index].size,
                                                mtime: outcomes[index].recordedTime))
            }.compactMap { $0 }
            let touched = outcomes.indices.compactMap { index in
                outcomes[index].touched.map { (path: keys[index], size: $0.size, mtime: $0.mtime) }
            }
            for (index, outcome) in outcomes.enumerated() {
                switch outcome.kind {
                case .cached: report.fromCache += 1
                case .unchanged: report.unchanged += 1
                case .mapped: report.mapped += 1
                }
                if outcome.damaged { damaged += 1 }
                if let file = results[index] { mapped.append(file) }
            }
            store(updates, touched: touched, dictionary: dictionary)
            progress(start + batch.count)
        }
        if damaged > 0 {
            warnings.append("the cache \(path) had damaged entries for \(damaged) file\(damaged == 1 ? "" : "s"); mapped them again")
        }
        return mapped
    }

    /// `files` with every record whole: those `map` left in the cache are read from it
    /// again; one whose entry went missing or was damaged since is mapped again and stored.
    /// `unchanged` is false when such a file's bytes are no longer those `files` hashed:
    /// reduce results made now must not be stored under the key of the old ones.
    func withExtraction(_ files: [MappedFile], dictionary: String, policy: ReadPolicy, mapper: () -> ArticleMapper)
        -> (files: [MappedFile], unchanged: Bool) {
        var whole = files
        var unchanged = true
        let directory = FileManager.default.currentDirectoryPath
        let pending = files.indices.filter { files[$0].extractionLeftInCache }
        for start in stride(from: 0, to: pending.count, by: Self.batchSize) {
            let batch = Array(pending[start..<min(start + Self.batchSize, pending.count)])
            let keys = batch.map { Self.key(files[$0].report.path, in: directory) }
            let entries = entries(for: keys, dictionary: dictionary, extraction: true)
            let read = Array(zip(batch, entries)).parallelMap { index, entry -> MappedFile? in
                guard let entry, entry.hash == files[index].hash else { return nil }
                var file = files[index]
                return Self.readExtraction(of: entry, into: &file) ? file : nil
            }
            let lost = batch.indices.filter { read[$0] == nil }
            for (position, decoded) in zip(batch, read) { if let decoded { whole[position] = decoded } }
            guard !lost.isEmpty else { continue }
            warnings.append("the cache \(path) had damaged entries for \(lost.count) file\(lost.count == 1 ? "" : "s"); mapped them again")
            let reads = lost.map { MappedFile.read(files[batch[$0]].report.path, policy: policy) }
            let remapped = MappedFile.map(reads, mapper: mapper())
            var updates: [(path: String, entry: FileEntry)] = []
            for (slot, file) in zip(lost, remapped) {
                let index = batch[slot]
                whole[index] = file
                if file.hash != files[index].hash { unchanged = false }
                guard let hash = file.hash, let identity = FileIdentity(keys[slot]) else { continue }
                updates.append((keys[slot], Self.entry(for: file, key: keys[slot], hash: hash, size: identity.size,
                                                       mtime: identity.isSettled ? identity.mtime : FileIdentity.unsettled)))
            }
            store(updates, touched: [], dictionary: dictionary)
        }
        return (whole, unchanged)
    }

    /// The cache entry of a file just mapped.
    private static func entry(for file: MappedFile, key: String, hash: UInt64, size: Int64, mtime: Int64) -> FileEntry {
        var writer = BinaryWriter()
        file.write(to: &writer, key: key, hash: hash)
        var extraction = BinaryWriter()
        file.writeExtraction(to: &extraction)
        return FileEntry(size: size, mtime: mtime, hash: hash, checksum: ContentHash.of(writer.bytes), data: writer.bytes,
                         extractionChecksum: ContentHash.of(extraction.bytes), extraction: extraction.bytes)
    }

    /// Entries are keyed by absolute path, so that a corpus named from another directory
    /// still finds them: the key Foundation's `standardizedFileURL` gives. A path without
    /// ".." steps gets it from its text ("." steps and doubled slashes taken out), without
    /// the cost of URL per file (a `stat` and several copies), which a cached run of
    /// 100,000 files felt; one with ".." asks Foundation, which resolves links before it.
    private static func key(_ file: String, in directory: String) -> String {
        let absolute = file.hasPrefix("/") ? file : directory + "/" + file
        let steps = absolute.split(separator: "/")
        if steps.contains("..") { return URL(fileURLWithPath: file).standardizedFileURL.path }
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        if absolute.utf8.last != slash,
           !zip(absolute.utf8, absolute.utf8.dropFirst()).contains(where: { $0 == slash && ($1 == slash || $1 == dot) }) {
            return absolute
        }
        return "/" + steps.filter { $0 != "." }.joined(separator: "/")
    }

    private struct Outcome: Sendable {
        enum Kind: Sendable { case cached, unchanged, mapped }
        var kind: Kind
        /// The records, when the cache had them.
        var mapped: MappedFile?
        /// The file read, when it has to be mapped.
        var read: MappedFile.Read?
        var damaged = false
        var size: Int64 = 0
        var recordedTime: Int64 = FileIdentity.unsettled
        /// The entry with a new modification time, when only that changed.
        var touched: FileEntry?
    }

    /// Reads an entry's extraction into `file`; false when it is damaged.
    private static func readExtraction(of entry: FileEntry, into file: inout MappedFile) -> Bool {
        guard let bytes = entry.extraction, ContentHash.of(bytes) == entry.extractionChecksum else { return false }
        var reader = BinaryReader(bytes)
        return (try? file.readExtraction(from: &reader)) != nil && reader.isAtEnd
    }

    private static func lookUp(_ file: String, key: String, identity: FileIdentity?, entry: FileEntry?, policy: ReadPolicy) -> Outcome {
        var damaged = false
        func decoded(_ entry: FileEntry) -> MappedFile? {
            guard ContentHash.of(entry.data) == entry.checksum else {
                damaged = true
                return nil
            }
            var reader = BinaryReader(entry.data)
            guard var file = try? MappedFile(reading: &reader, path: file, key: key, hash: entry.hash), reader.isAtEnd,
                  entry.extraction == nil || readExtraction(of: entry, into: &file)
            else {
                damaged = true
                return nil
            }
            return file
        }
        if let identity, identity.isSettled, let entry, entry.size == identity.size, entry.mtime == identity.mtime,
           let cached = decoded(entry) {
            return Outcome(kind: .cached, mapped: cached)
        }
        // Stat before reading: if the file changes in between, the entry records the older
        // time and the next run reads the file again.
        let bytes: [UInt8]
        let latestDay: String
        switch ArticleReader.bytes(of: file, policy: policy) {
        case .read(let read, let day):
            bytes = read
            latestDay = day
        case .unreadable(let skipped):
            return Outcome(kind: .mapped, read: MappedFile.Read(read: skipped, hash: nil), damaged: damaged)
        }
        let hash = ContentHash.of(bytes)
        let recorded = identity.map { $0.isSettled ? $0.mtime : FileIdentity.unsettled } ?? FileIdentity.unsettled
        if let entry, entry.hash == hash, let cached = decoded(entry) {
            var updated = entry
            updated.size = Int64(bytes.count)
            updated.mtime = recorded
            return Outcome(kind: .unchanged, mapped: cached, damaged: damaged, touched: updated.mtime == entry.mtime ? nil : updated)
        }
        return Outcome(kind: .mapped, read: MappedFile.Read(read: ArticleReader.read(file, bytes: bytes, policy: policy, latestDay: latestDay), hash: hash),
                       damaged: damaged,
                       size: Int64(bytes.count), recordedTime: recorded)
    }
}

/// A file's size and modification time, as `stat` gives them.
struct FileIdentity: Sendable {
    var size: Int64
    /// Nanoseconds since 1970.
    var mtime: Int64
    /// The inode and its change time (nanoseconds): a file swapped in by `mv` or `cp -p`
    /// keeps a size and a modification time, not these.
    var inode: UInt64
    var ctime: Int64
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
        inode = UInt64(info.st_ino)
        ctime = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        isSettled = Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec) - mtime > Self.settlingTime
    }
}
