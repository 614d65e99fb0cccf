import Foundation

/// The parts of article records that reduce needs only after it has resolved the actors
/// (each article whole, its claims, its quantities), set aside in a temporary file as the
/// records are read, and read back one article at a time when the tables are made.
///
/// Why: held decoded beside the sightings, they were a third of reduce's peak memory, which
/// set how many records one machine can reduce. The file is unlinked as soon as it is made,
/// so nothing is left behind however the process ends; the page cache, not the process,
/// holds what is recently written.
public final class RecordSpool {
    /// A write or read of the spool failed: the disk under `directory` is full or failing.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var directory: String
        public var reason: String
        public var description: String { "cannot use a temporary file in \(directory) to set the records' text aside: \(reason)" }
    }

    private let descriptor: Int32
    private let directory: String
    private var pending = BinaryWriter()
    /// Bytes written to the file so far; `pending` goes after them.
    private var flushed = 0
    /// The first failed write: later records are not written, and `finishWriting` reports it.
    private var writeFailure: Failure?
    /// How many claims and quantities the records set aside hold.
    private(set) var setAsideCounts = (claims: 0, quantities: 0)

    /// Pending bytes written to the file at once: large enough that writes are few, small
    /// enough not to matter beside the records (4 MB; tests make it small to cross it).
    private let flushSize: Int

    /// Whether a write has failed: reading more records is then wasted work.
    var hasFailed: Bool { writeFailure != nil }

    /// A spool in `directory`, by default `$TMPDIR` or `/tmp`.
    public init(directory: String? = nil, flushSize: Int = 1 << 22) throws(Failure) {
        let directory = directory ?? ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((directory + "/lede-reduce-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
        guard descriptor >= 0 else { throw Failure(directory: directory, reason: String(cString: strerror(errno))) }
        template.withUnsafeBufferPointer { buffer in _ = buffer.baseAddress.map(unlink) }
        (self.descriptor, self.directory, self.flushSize) = (descriptor, directory, flushSize)
    }

    deinit { close(descriptor) }

    /// Writes the record's article, claims and quantities to the spool and leaves in the
    /// record only what resolving its actors reads: the article's identity, title and text,
    /// the sightings, candidate runs, named forms, acronyms and local types.
    func setAside(_ record: inout ArticleRecord) {
        let start = flushed + pending.bytes.count
        record.article.write(to: &pending)
        pending.write(record.claims) { writer, claim in claim.write(to: &writer) }
        pending.write(record.quantities) { writer, quantity in quantity.write(to: &writer) }
        record.spooled = start..<(flushed + pending.bytes.count)
        setAsideCounts.claims += record.claims.count
        setAsideCounts.quantities += record.quantities.count
        (record.claims, record.quantities) = ([], [])
        (record.article.paragraphRanges, record.article.sentences, record.article.dropped) = ([], [], [])
        if pending.bytes.count >= flushSize { flush() }
    }

    /// Writes what is pending; the first write that failed, if any, as an error.
    public func finishWriting() throws(Failure) {
        flush()
        if let writeFailure { throw writeFailure }
    }

    /// The record with the article, claims and quantities `setAside` took from it; the id
    /// and path it has now (reduce may have made its id unique) are kept.
    /// After a failed write the offsets of later records are wrong: nothing is read then.
    func restored(_ record: ArticleRecord) throws(Failure) -> ArticleRecord {
        guard let range = record.spooled else { return record }
        if let writeFailure { throw writeFailure }
        var bytes = [UInt8](repeating: 0, count: range.count)
        var done = 0
        while done < range.count {
            let (count, error) = bytes.withUnsafeMutableBytes { buffer in
                let count = buffer.baseAddress.map { pread(descriptor, $0 + done, range.count - done, off_t(range.lowerBound + done)) } ?? 0
                return (count, errno)
            }
            if count < 0, error == EINTR { continue }
            guard count > 0 else { throw Failure(directory: directory, reason: count < 0 ? String(cString: strerror(error)) : "file shorter than written") }
            done += count
        }
        var reader = BinaryReader(bytes)
        var restored = record
        do throws(BinaryReadError) {
            restored.article = try Article(reading: &reader, path: record.article.path)
            restored.claims = try reader.readList { (reader: inout BinaryReader) throws(BinaryReadError) in try LocalClaim(reading: &reader) }
            let id = restored.article.id
            restored.quantities = try reader.readList { (reader: inout BinaryReader) throws(BinaryReadError) in
                try Quantity(reading: &reader, article: id)
            }
            guard reader.isAtEnd else { throw BinaryReadError(offset: reader.bytesRead, what: "bytes left after the quantities") }
        } catch {
            throw Failure(directory: directory, reason: "article \(record.article.id) read back damaged at byte \(error.offset): \(error.what)")
        }
        restored.article.id = record.article.id
        restored.spooled = nil
        return restored
    }

    private func flush() {
        defer { pending = BinaryWriter() }
        guard writeFailure == nil else { return }
        let count = pending.bytes.count
        var done = 0
        while done < count {
            let (written, error) = pending.bytes.withUnsafeBytes { buffer in
                let written = buffer.baseAddress.map { write(descriptor, $0 + done, count - done) } ?? 0
                return (written, errno)
            }
            if written < 0, error == EINTR { continue }
            guard written > 0 else {
                writeFailure = Failure(directory: directory, reason: written < 0 ? String(cString: strerror(error)) : "nothing written")
                return
            }
            done += written
        }
        flushed += count
    }
}
