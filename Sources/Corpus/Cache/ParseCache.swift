import Foundation
import SQLite

/// What a load took from the parse cache and what it had to work out again.
public struct CacheReport: Sendable, Equatable {
    /// Files whose size and modification time matched: their records taken from the cache unread.
    public var fromCache = 0
    /// Files with a new modification time but the same content: read and hashed, not mapped.
    public var unchanged = 0
    /// Files read and mapped: new, changed, or with a damaged entry.
    public var mapped = 0
    /// Whether actors, claims and quantities came from the cache (the same files as a
    /// previous load, with the same actor dictionary) or were reduced again.
    public var resultsFromCache = false
    /// Whether the whole corpus came from its snapshot, read item by item when reached.
    public var fromSnapshot = false

    public init(fromCache: Int = 0, unchanged: Int = 0, mapped: Int = 0, resultsFromCache: Bool = false, fromSnapshot: Bool = false) {
        self.fromCache = fromCache
        self.unchanged = unchanged
        self.mapped = mapped
        self.resultsFromCache = resultsFromCache
        self.fromSnapshot = fromSnapshot
    }

    public var summary: String {
        "\(fromCache) from the cache, \(unchanged) unchanged, \(mapped) mapped; "
            + (fromSnapshot ? "the whole corpus from its snapshot"
                : resultsFromCache ? "actors and claims from the cache" : "actors and claims reduced")
    }
}

/// Extraction results kept between runs in an SQLite database, so that an article is mapped
/// once and a run after a night's new files maps only those.
///
/// Per file, keyed by its absolute path and the actor dictionary: its size, modification
/// time, a hash of its bytes and what the map stage made of it (article records, warnings).
/// Per corpus, keyed by the hash of every file's content hash and the actor dictionary:
/// what the reduce stage made (actors, claims and quantities). Both are made again when
/// `ExtractionVersion.current` changes, and only then: a rebuild keeps the cache.
/// Nothing here is trusted blindly: every entry carries a checksum (and a file's entry the
/// path and hash it was made for), a damaged entry is mapped again, and a database that
/// SQLite cannot read is replaced.
///
/// Problems never stop a load: they become `warnings` and the load goes on uncached.
public final class ParseCache {
    /// Bumped when the stored format changes; `ExtractionVersion` covers extraction changes.
    static let formatVersion = "lede-parse-cache 5"
    public static let fileName = "cache.sqlite"

    public let path: String
    /// The folder that holds the database and the corpus snapshots.
    public let directory: String
    let version: String
    private var database: Database?
    public internal(set) var warnings: [String] = []

    /// Whether a load keeps a snapshot of the whole corpus beside the database and opens
    /// it when the files are those it was made from (`CorpusSnapshot`).
    public let keepsSnapshots: Bool

    /// Opens the cache in `directory`, creating it if needed. A cache written under another
    /// extraction version (or `version`, which tests set to stand for one) is emptied.
    /// `snapshots` false leaves the database alone to serve every load.
    public init(directory: String, version: String = "extraction \(ExtractionVersion.current)", snapshots: Bool = true) {
        path = (directory as NSString).appendingPathComponent(Self.fileName)
        self.directory = directory
        self.version = version
        keepsSnapshots = snapshots
        if let failure = Self.makeDirectories(directory) {
            warn("cannot create the cache directory \(directory) (\(failure)); reading without the cache")
            return
        }
        database = open()
    }

    private func warn(_ message: String) { warnings.append(message) }

    /// Whether the database could be opened: a cache that could not is not written to,
    /// snapshots included.
    var isOpen: Bool { database != nil }

    /// `mkdir -p`, with the system's reason when it fails (Foundation's is a Cocoa code).
    private static func makeDirectories(_ path: String) -> String? {
        var built = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            built += "/" + component
            if mkdir(built, 0o755) != 0, errno != EEXIST { return String(cString: strerror(errno)) }
        }
        var info = stat()
        guard stat(path, &info) == 0 else { return String(cString: strerror(errno)) }
        return info.st_mode & S_IFMT == S_IFDIR ? nil : "not a directory"
    }

    // MARK: Opening

    private func open() -> Database? {
        let patience = ContinuousClock.now + .seconds(10)
        while true {
            do {
                return try openChecked()
            } catch let error as SQLiteError where error.isBusy && ContinuousClock.now < patience {
                // Processes opening a new cache at once: switching it to WAL needs the file to
                // itself, and SQLite fails that at once rather than calling its busy handler.
                Thread.sleep(forTimeInterval: 0.02)
            } catch let error as SQLiteError where error.isCorrupt {
                warn("the cache \(path) is damaged (\(error)); rebuilding it")
                return rebuild()
            } catch {
                warn("cannot use the cache \(path) (\(error)); reading without the cache")
                return nil
            }
        }
    }

    /// Opens the database and makes sure it holds this build's tables.
    private func openChecked() throws -> Database {
        let database = try Database(path: path)
        // WAL lets one process read while another writes; NORMAL sync is safe with WAL.
        try database.execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL")
        try database.writeTransaction {
            try database.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            let stored = try metaValue("format", in: database)
            let storedVersion = try metaValue("version", in: database)
            if stored == Self.formatVersion, storedVersion == version { return }
            if stored != nil {
                warn("the cache \(path) was written by another version of lede; rebuilding it")
            }
            try database.execute("""
                DROP TABLE IF EXISTS files; DROP TABLE IF EXISTS results; DROP TABLE IF EXISTS corpora;
                CREATE TABLE files (path TEXT NOT NULL, dictionary TEXT NOT NULL, size INTEGER NOT NULL, mtime INTEGER NOT NULL,
                                    hash INTEGER NOT NULL, checksum INTEGER NOT NULL, data BLOB NOT NULL,
                                    extraction_checksum INTEGER NOT NULL, extraction BLOB NOT NULL,
                                    PRIMARY KEY (path, dictionary));
                CREATE TABLE corpora (key TEXT PRIMARY KEY, used INTEGER NOT NULL, parts INTEGER NOT NULL);
                CREATE TABLE results (corpus TEXT NOT NULL, part INTEGER NOT NULL, checksum INTEGER NOT NULL,
                                      data BLOB NOT NULL, PRIMARY KEY (corpus, part));
                """)
            let set = try database.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)")
            try set.run([.text("format"), .text(Self.formatVersion)])
            try set.run([.text("version"), .text(version)])
        }
        return database
    }

    private func metaValue(_ key: String, in database: Database) throws -> String? {
        let statement = try database.prepare("SELECT value FROM meta WHERE key = ?")
        try statement.bind([.text(key)])
        return try statement.step() ? statement.text(0) : nil
    }

    /// Replaces a damaged database file with a new, empty one.
    private func rebuild() -> Database? {
        database = nil
        for suffix in ["", "-wal", "-shm", "-journal"] { unlink(path + suffix) }
        do {
            return try openChecked()
        } catch {
            warn("cannot rebuild the cache \(path) (\(error)); reading without the cache")
            return nil
        }
    }

    /// An SQLite error in the middle of a load: damage replaces the file, anything else
    /// (a lock held too long, a full disk) turns the cache off for this run.
    private func failed(_ error: Error, while doing: String) {
        if let error = error as? SQLiteError, error.isCorrupt {
            warn("the cache \(path) is damaged (\(error)); rebuilding it")
            database = rebuild()
        } else {
            warn("cannot \(doing) the cache \(path) (\(error)); going on without it")
            database = nil
        }
    }

    // MARK: Files

    /// What the cache holds for one file: `data` is what every cached run reads (the
    /// articles), `extraction` what only a run that reduces again needs; SQLite does not
    /// read a column a query does not ask for, so the two are separate columns.
    struct FileEntry: Sendable {
        var size: Int64
        var mtime: Int64
        var hash: UInt64
        var checksum: UInt64
        var data: [UInt8]
        var extractionChecksum: UInt64
        /// nil when the query did not ask for it.
        var extraction: [UInt8]?
    }

    func entries(for paths: [String], dictionary: String, extraction: Bool = false) -> [FileEntry?] {
        guard let database else { return paths.map { _ in nil } }
        do {
            let select = try database.prepare("SELECT size, mtime, hash, checksum, data, extraction_checksum"
                                              + (extraction ? ", extraction" : "") + " FROM files WHERE path = ? AND dictionary = ?")
            return try paths.map { path throws(SQLiteError) -> FileEntry? in
                try select.bind([.text(path), .text(dictionary)])
                guard try select.step() else { return nil }
                return FileEntry(size: select.integer(0), mtime: select.integer(1), hash: UInt64(bitPattern: select.integer(2)),
                                 checksum: UInt64(bitPattern: select.integer(3)), data: select.blob(4),
                                 extractionChecksum: UInt64(bitPattern: select.integer(5)), extraction: extraction ? select.blob(6) : nil)
            }
        } catch {
            failed(error, while: "read")
            return paths.map { _ in nil }
        }
    }

    /// Stores whole entries (`extraction` must be there) and new times of unchanged files.
    func store(_ entries: [(path: String, entry: FileEntry)], touched: [(path: String, size: Int64, mtime: Int64)], dictionary: String) {
        guard let database, !entries.isEmpty || !touched.isEmpty else { return }
        do {
            try database.writeTransaction {
                let insert = try database.prepare("""
                    INSERT OR REPLACE INTO files (path, dictionary, size, mtime, hash, checksum, data, extraction_checksum, extraction)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                for (path, entry) in entries {
                    try insert.run([.text(path), .text(dictionary), .integer(entry.size), .integer(entry.mtime), .integer(Int64(bitPattern: entry.hash)),
                                    .integer(Int64(bitPattern: entry.checksum)), .blob(entry.data),
                                    .integer(Int64(bitPattern: entry.extractionChecksum)), .blob(entry.extraction ?? [])])
                }
                let touch = try database.prepare("UPDATE files SET size = ?, mtime = ? WHERE path = ? AND dictionary = ?")
                for (path, size, mtime) in touched {
                    try touch.run([.integer(size), .integer(mtime), .text(path), .text(dictionary)])
                }
            }
        } catch {
            failed(error, while: "write to")
        }
    }

    // MARK: Results

    /// The stored parts of a corpus's results, in order; nil when there are none (or they
    /// are incomplete or damaged).
    func results(for key: String) -> [[UInt8]]? {
        guard let database else { return nil }
        let parts: [[UInt8]]?
        do {
            parts = try storedParts(for: key, in: database)
        } catch {
            failed(error, while: "read")
            return nil
        }
        guard let parts else { return nil }
        // Only the order in which old corpora are pruned depends on this stamp: when another
        // process holds the write lock, it is skipped rather than waited for.
        try? database.prepare("UPDATE corpora SET used = ? WHERE key = ?").run([.integer(Self.now), .text(key)])
        return parts
    }

    /// The parts, read in statements that are finished on return: a write on this connection
    /// while a read is still open would have to upgrade its lock, which SQLite refuses at
    /// once (without waiting) when another process has written meanwhile.
    private func storedParts(for key: String, in database: Database) throws -> [[UInt8]]? {
        let corpus = try database.prepare("SELECT parts FROM corpora WHERE key = ?")
        try corpus.bind([.text(key)])
        guard try corpus.step() else { return nil }
        let expected = Int(corpus.integer(0))
        let select = try database.prepare("SELECT part, checksum, data FROM results WHERE corpus = ? ORDER BY part")
        try select.bind([.text(key)])
        var parts: [[UInt8]] = []
        while try select.step() {
            let data = select.blob(2)
            guard select.integer(0) == Int64(parts.count), ContentHash.of(data) == UInt64(bitPattern: select.integer(1)) else {
                warn("the cache \(path) holds damaged results; extracting again")
                return nil
            }
            parts.append(data)
        }
        return parts.count == expected ? parts : nil
    }

    /// How many corpora's results are kept: an analyst switching between a few corpora
    /// keeps them all, and the database does not grow without end.
    static let keptCorpora = 4

    func storeResults(_ parts: [[UInt8]], for key: String) {
        guard let database else { return }
        do {
            try database.writeTransaction {
                try database.prepare("DELETE FROM results WHERE corpus = ?").run([.text(key)])
                let insert = try database.prepare("INSERT INTO results (corpus, part, checksum, data) VALUES (?, ?, ?, ?)")
                for (index, part) in parts.enumerated() {
                    try insert.run([.text(key), .integer(Int64(index)), .integer(Int64(bitPattern: ContentHash.of(part))), .blob(part)])
                }
                try database.prepare("INSERT OR REPLACE INTO corpora (key, used, parts) VALUES (?, ?, ?)")
                    .run([.text(key), .integer(Self.now), .integer(Int64(parts.count))])
                try database.execute("""
                    DELETE FROM results WHERE corpus IN
                        (SELECT key FROM corpora ORDER BY used DESC, key LIMIT -1 OFFSET \(Self.keptCorpora));
                    DELETE FROM corpora WHERE key NOT IN (SELECT DISTINCT corpus FROM results);
                    """)
            }
        } catch {
            failed(error, while: "write to")
        }
    }

    private static var now: Int64 { Int64(Date().timeIntervalSince1970 * 1000) }
}
