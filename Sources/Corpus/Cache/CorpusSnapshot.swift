import Foundation

/// A loaded corpus as one file beside the parse cache, for the next load of the same files
/// to map into memory instead of decoding: articles, actors, mentions, claims and
/// quantities each a table of encoded items with an offset per item, read one item at a
/// time when a script reaches it. A cached run over 100,000 articles then costs a listing
/// and a `stat` per file, not the decoding of millions of values it may never use.
///
/// The file is trusted only for the files it was made from, each with the size and
/// modification time it had before that load read it, and only whole: every chunk carries
/// a checksum that `open` verifies before any item is read.
///
/// Layout: the magic line, the chunks of every table, then the head (what the file was made
/// from, the corpus's small lists, where each table is, every chunk's checksum), the head's
/// length and its checksum.
enum CorpusSnapshot {
    /// Changes with the layout of the file or of any item in it.
    static let magic = Array("lede-snapshot 2\n".utf8)
    /// Items encoded per chunk: large enough that a chunk's checksum costs nothing, small
    /// enough that writing never holds a whole table.
    static let itemsPerChunk = 4096

    /// A file as it was before the load that read it.
    struct Stamp: Sendable, Equatable {
        var path: String
        var size: Int64
        var mtime: Int64
        var inode: UInt64
        var ctime: Int64
    }

    /// The head's table entries, in this order.
    private enum Table: Int, CaseIterable {
        case articles, actors, mentions, claims, quantities
    }

    /// Where a table is: `count` items, item i in `blob + offsets[i] ..< blob + offsets[i + 1]`,
    /// the count + 1 offsets little-endian 64-bit words at `offsets`.
    private struct Placement {
        var count: Int
        var blob: Int
        var offsets: Int
    }

    /// Where a stored column's bytes are.
    private struct ColumnPlace {
        var name: String
        var start: Int
        var length: Int

        init(name: String, start: Int, length: Int) {
            (self.name, self.start, self.length) = (name, start, length)
        }

        init(reading reader: inout BinaryReader) throws(BinaryReadError) {
            (name, start, length) = (try reader.readString(), try reader.readInt(), try reader.readInt())
        }

        func write(to writer: inout BinaryWriter) {
            writer.write(name)
            writer.write(start)
            writer.write(length)
        }
    }

    private struct Chunk {
        var start: Int
        var length: Int
        var checksum: UInt64
    }

    // MARK: Writing

    /// Writes `corpus` to `path` through a temporary file beside it, renamed into place.
    static func write(_ corpus: Corpus, stamps: [Stamp], to path: String) throws(SnapshotError) {
        // A name no other writer has, in this process or another; never fsynced: after a
        // crash a file whose bytes did not reach the disk fails its checksums and is passed over.
        var template = Array((path + ".XXXXXX.tmp").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { mkstemps($0, 4) } ?? -1
        }
        guard descriptor >= 0 else { throw SnapshotError(path: path, reason: String(cString: strerror(errno))) }
        let temporary = template.withUnsafeBufferPointer { buffer in buffer.baseAddress.map { String(cString: $0) } ?? path }
        fchmod(descriptor, 0o644)
        guard let file = fdopen(descriptor, "wb") else {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            unlink(temporary)
            throw SnapshotError(path: path, reason: reason)
        }
        var writer = ChunkWriter(file: file, path: path)
        do {
            try writer.emit(magic)
            var placements: [Placement] = []
            placements.append(try writer.table(corpus.articles, count: corpus.articles.count) { article, out in
                out.write(article.path)
                article.write(to: &out)
            })
            var firstMention = 0
            placements.append(try writer.table(corpus.actors, count: corpus.actors.count) { actor, out in
                ActorHeader.write(actor, to: &out)
                out.write(firstMention)
                out.write(actor.mentions.count)
                firstMention += actor.mentions.count
            })
            placements.append(try writer.table(corpus.actors.lazy.flatMap(\.mentions), count: firstMention) { mention, out in
                out.write(mention.article)
                mention.write(to: &out)
            })
            placements.append(try writer.table(corpus.claims, count: corpus.claims.count) { claim, out in
                out.write(claim.article)
                claim.write(to: &out)
            })
            placements.append(try writer.table(corpus.quantities, count: corpus.quantities.count) { quantity, out in
                out.write(quantity.article)
                quantity.write(to: &out)
            })
            let articleByID = Corpus.firstPositions(of: corpus.articles.map(\.id))
            var columns: [ColumnPlace] = []
            for (name, column) in linkColumns(of: corpus, articleByID: articleByID) {
                let bytes = column.flatMap { withUnsafeBytes(of: Int32(clamping: $0).littleEndian, Array.init) }
                columns.append(ColumnPlace(name: name, start: writer.position, length: bytes.count))
                try writer.emit(bytes)
            }
            var texts: [ColumnPlace] = []
            for (name, column) in textColumns(of: corpus, articleByID: articleByID) {
                let bytes = TextColumn.encode(column)
                texts.append(ColumnPlace(name: name, start: writer.position, length: bytes.count))
                try writer.emit(bytes)
            }
            var head = BinaryWriter()
            head.write(stamps) { out, stamp in
                out.write(stamp.path)
                out.write(Int(stamp.size))
                out.write(Int(stamp.mtime))
                out.write(Int(truncatingIfNeeded: stamp.inode))
                out.write(Int(stamp.ctime))
            }
            head.write(corpus.paths) { $0.write($1) }
            head.write(corpus.warnings) { out, warning in
                out.write(warning.path)
                out.write(warning.line)
                out.write(warning.message)
            }
            head.write(corpus.files) { out, report in
                out.write(report.path)
                out.write(report.encoding?.rawValue)
                out.write(report.articles)
                out.write(report.skipped)
            }
            head.write(placements) { out, placement in
                out.write(placement.count)
                out.write(placement.blob)
                out.write(placement.offsets)
            }
            for list in [columns, texts] { head.write(list) { $1.write(to: &$0) } }
            head.write(writer.chunks) { out, chunk in
                out.write(chunk.start)
                out.write(chunk.length)
                out.write(Int(bitPattern: UInt(chunk.checksum)))
            }
            let headBytes = head.bytes
            try writer.emit(headBytes, checked: false)
            var trailer = withUnsafeBytes(of: UInt64(headBytes.count).littleEndian, Array.init)
            trailer += withUnsafeBytes(of: ContentHash.of(headBytes).littleEndian, Array.init)
            try writer.emit(trailer, checked: false)
        } catch {
            fclose(file)
            unlink(temporary)
            throw error
        }
        guard fclose(file) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw SnapshotError(path: path, reason: reason)
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw SnapshotError(path: path, reason: reason)
        }
    }

    /// The links a grouping or a join follows for every record, as positions in the list
    /// linked to (-1 for none), by "kind.field": a count of claims by speaker over a
    /// snapshot then reads one column instead of decoding every claim. A link is to the
    /// first record with the id, as `Corpus` lists have them.
    static func linkColumns(of corpus: Corpus, articleByID article: [String: Int]) -> [(name: String, positions: [Int])] {
        let actor = Corpus.firstPositions(of: corpus.actors.map(\.id))
        return [
            ("claim.article", corpus.claims.map { article[$0.article] ?? -1 }),
            ("claim.speaker", corpus.claims.map { $0.speaker.flatMap { actor[$0] } ?? -1 }),
            ("quantity.article", corpus.quantities.map { article[$0.article] ?? -1 }),
            ("actor.affiliation", corpus.actors.map { $0.affiliation.flatMap { actor[$0] } ?? -1 }),
        ]
    }

    /// Text fields that queries group, sort and filter on, one value per record by
    /// "kind.field" (a claim's date is its article's): `where{kind = "direct"}` over a
    /// snapshot then reads one column instead of decoding every claim.
    static func textColumns(of corpus: Corpus, articleByID: [String: Int]) -> [(name: String, values: [String?])] {
        func date(_ article: String) -> String? { articleByID[article].flatMap { corpus.articles[$0].date } }
        return [
            ("article.date", corpus.articles.map(\.date)),
            ("claim.kind", corpus.claims.map(\.kind.rawValue)),
            ("claim.cue", corpus.claims.map(\.cue)),
            ("claim.date", corpus.claims.map { date($0.article) }),
            ("actor.type", corpus.actors.map(\.type.rawValue)),
            ("quantity.kind", corpus.quantities.map(\.kind.rawValue)),
            ("quantity.unit", corpus.quantities.map(\.unit)),
            ("quantity.date", corpus.quantities.map { date($0.article) }),
        ]
    }

    /// Appends chunks to the file and remembers where each went and its checksum.
    private struct ChunkWriter {
        let file: UnsafeMutablePointer<FILE>
        let path: String
        var position = 0
        var chunks: [Chunk] = []

        mutating func emit(_ bytes: [UInt8], checked: Bool = true) throws(SnapshotError) {
            guard bytes.withUnsafeBytes({ fwrite($0.baseAddress, 1, $0.count, file) }) == bytes.count else {
                throw SnapshotError(path: path, reason: String(cString: strerror(errno)))
            }
            if checked { chunks.append(Chunk(start: position, length: bytes.count, checksum: ContentHash.of(bytes))) }
            position += bytes.count
        }

        /// Writes the items in chunks, then their offsets.
        mutating func table<Items: Sequence>(_ items: Items, count: Int, encode: (Items.Element, inout BinaryWriter) -> Void)
            throws(SnapshotError) -> Placement {
            let blob = position
            var offsets: [UInt64] = [0]
            offsets.reserveCapacity(count + 1)
            var chunk = BinaryWriter()
            var inChunk = 0
            var written = 0
            for item in items {
                encode(item, &chunk)
                offsets.append(UInt64(written + chunk.bytes.count))
                inChunk += 1
                if inChunk == CorpusSnapshot.itemsPerChunk {
                    written += chunk.bytes.count
                    try emit(chunk.bytes)
                    (chunk, inChunk) = (BinaryWriter(), 0)
                }
            }
            try emit(chunk.bytes)
            let offsetsStart = position
            try emit(offsets.flatMap { withUnsafeBytes(of: $0.littleEndian, Array.init) })
            return Placement(count: offsets.count - 1, blob: blob, offsets: offsetsStart)
        }
    }

    // MARK: Reading

    /// The corpus in the snapshot at `path`, when it was made from exactly the files
    /// `stamps` describe and is whole; nil otherwise (no file, other files, damage).
    static func open(_ path: String, stamps: [Stamp]) -> Corpus? {
        guard let file = MappedBytes(path: path), file.count >= magic.count + 16,
              file.bytes(0..<magic.count) == magic else { return nil }
        let trailer = file.count - 16
        guard let headLength = Int(exactly: file.word(at: trailer)), headLength <= trailer - magic.count else { return nil }
        let headBytes = file.bytes((trailer - headLength)..<trailer)
        guard ContentHash.of(headBytes) == file.word(at: trailer + 8) else { return nil }
        var head = BinaryReader(headBytes)
        do throws(BinaryReadError) {
            let stored = try head.readList { (reader: inout BinaryReader) throws(BinaryReadError) in
                Stamp(path: try reader.readString(), size: Int64(try reader.readInt()), mtime: Int64(try reader.readInt()),
                      inode: UInt64(truncatingIfNeeded: try reader.readInt()), ctime: Int64(try reader.readInt()))
            }
            guard stored == stamps else { return nil }
            var corpus = Corpus(paths: try head.readList { (reader: inout BinaryReader) throws(BinaryReadError) in try reader.readString() })
            corpus.warnings = try head.readList { (reader: inout BinaryReader) throws(BinaryReadError) in
                CorpusWarning(path: try reader.readString(), line: try reader.readOptionalInt(), message: try reader.readString())
            }
            corpus.files = try head.readList { (reader: inout BinaryReader) throws(BinaryReadError) in
                FileReport(path: try reader.readString(), encoding: try reader.readOptionalString().flatMap(TextEncoding.init(rawValue:)),
                           articles: try reader.readInt(), skipped: try reader.readOptionalString())
            }
            let placements = try head.readList { (reader: inout BinaryReader) throws(BinaryReadError) in
                Placement(count: try reader.readInt(), blob: try reader.readInt(), offsets: try reader.readInt())
            }
            let columns = try head.readList(ColumnPlace.init(reading:))
            let texts = try head.readList(ColumnPlace.init(reading:))
            let chunks = try head.readList { (reader: inout BinaryReader) throws(BinaryReadError) in
                Chunk(start: try reader.readInt(), length: try reader.readInt(), checksum: UInt64(UInt(bitPattern: try reader.readInt())))
            }
            guard head.isAtEnd, placements.count == Table.allCases.count,
                  chunks.allSatisfy({ $0.start >= 0 && $0.length >= 0 && $0.start <= trailer - headLength - $0.length }),
                  chunks.parallelMap({ file.checksum(of: $0.start..<($0.start + $0.length)) == $0.checksum }).allSatisfy({ $0 }),
                  placements.allSatisfy({ $0.count >= 0 && $0.offsets >= 0 && $0.offsets <= trailer - headLength - 8 * ($0.count + 1) }),
                  (columns + texts).allSatisfy({ $0.length >= 0 && $0.start >= 0 && $0.start <= trailer - headLength - $0.length }),
                  columns.allSatisfy({ $0.length % 4 == 0 })
            else { return nil }
            let tables = placements.map { StoredTable(file: file, count: $0.count, blob: $0.blob, offsets: $0.offsets) }
            let mentions = tables[Table.mentions.rawValue].records(Mention.init(reading:article:))
            corpus.articles = Records(stored: tables[Table.articles.rawValue].records(identifierAfter: 1) { (reader: inout BinaryReader) throws(BinaryReadError) in
                try Article(reading: &reader, path: try reader.readString())
            })
            corpus.actors = Records(stored: tables[Table.actors.rawValue].records(identifierAfter: 0) { (reader: inout BinaryReader) throws(BinaryReadError) in
                var actor = try ActorHeader.read(&reader)
                let first = try reader.readInt()
                let count = try reader.readInt()
                guard first >= 0, count >= 0, first <= mentions.count - count else { throw BinaryReadError(offset: 0, what: "mentions out of range") }
                actor.mentions = Records(stored: mentions, window: first..<(first + count))
                return actor
            })
            corpus.claims = Records(stored: tables[Table.claims.rawValue].records(identifierAfter: 1, Claim.init(reading:article:)))
            corpus.quantities = Records(stored: tables[Table.quantities.rawValue].records(Quantity.init(reading:article:)))
            // After the lists: setting a list drops the columns.
            let articleTable = tables[Table.articles.rawValue]
            corpus.storedArticleText = { position in
                articleTable.item(position, whole: false) { (reader: inout BinaryReader) throws(BinaryReadError) in
                    _ = try reader.readStringBytes()  // path
                    return Array(try Article.textBytes(reading: &reader))
                }
            }
            for column in columns {
                corpus.storedLinks[column.name] = StoredLinks(file: file, start: column.start, count: column.length / 4)
            }
            for column in texts {
                corpus.storedTexts[column.name] = TextColumn(file: file, range: column.start..<(column.start + column.length))
            }
            return corpus
        } catch {
            return nil
        }
    }
}

/// One table of a mapped snapshot: items decoded by position.
private struct StoredTable: Sendable {
    let file: MappedBytes
    let count: Int
    let blob: Int
    let offsets: Int

    /// Item `position`, decoded by `decode` (`whole`: to its last byte, else only its
    /// start, as for an identifier). The file was verified when opened, so an item that
    /// does not decode is a fault in lede, not in the file.
    func item<Item>(_ position: Int, whole: Bool = true, _ decode: (inout BinaryReader) throws(BinaryReadError) -> Item) -> Item {
        let start = blob + offset(position)
        let end = blob + offset(position + 1)
        var reader = BinaryReader(file.bytes(start..<end))
        do {
            let item = try decode(&reader)
            guard !whole || reader.isAtEnd else { throw BinaryReadError(offset: end - start, what: "bytes left over") }
            return item
        } catch {
            fatalError("corpus snapshot \(file.path): item \(position) does not decode (\(error))")
        }
    }

    /// Every item, decoded a chunk at a time on all cores.
    func all<Item>(_ decode: (inout BinaryReader) throws(BinaryReadError) -> Item) -> [Item] {
        let chunks = (count + CorpusSnapshot.itemsPerChunk - 1) / CorpusSnapshot.itemsPerChunk
        return withoutActuallyEscaping(decode) { decode in
            Array(unsafeUninitializedCapacity: count) { buffer, initialized in
                let slots = UncheckedSendable(buffer)
                let decoder = UncheckedSendable(decode)
                DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                    let first = chunk * CorpusSnapshot.itemsPerChunk
                    let end = min(first + CorpusSnapshot.itemsPerChunk, count)
                    let base = offset(first)
                    var reader = BinaryReader(file.bytes((blob + base)..<(blob + offset(end))))
                    for position in first..<end {
                        do {
                            slots.value.initializeElement(at: position, to: try decoder.value(&reader))
                            guard reader.bytesRead == offset(position + 1) - base else {
                                throw BinaryReadError(offset: reader.bytesRead, what: "an item of another length than its offsets say")
                            }
                        } catch {
                            fatalError("corpus snapshot \(file.path): item \(position) does not decode (\(error))")
                        }
                    }
                }
                initialized = count
            }
        }
    }

    private func offset(_ position: Int) -> Int { Int(truncatingIfNeeded: file.word(at: offsets + 8 * position)) }

    /// `skipping` strings stand before the identifier in each item.
    func records<Item: Sendable>(identifierAfter skipping: Int? = nil,
                                 _ decode: @escaping @Sendable (inout BinaryReader) throws(BinaryReadError) -> Item) -> StoredRecords<Item> {
        let table = self
        let read: @Sendable (Int) -> Item = { table.item($0, decode) }
        let readAll: @Sendable () -> [Item] = { table.all(decode) }
        guard let skipping else { return StoredRecords(count: count, read: read, readAll: readAll) }
        let identify: @Sendable (Int) -> String = { position in
            table.item(position, whole: false) { (reader: inout BinaryReader) throws(BinaryReadError) -> String in
                for _ in 0..<skipping { _ = try reader.readString() }
                return try reader.readString()
            }
        }
        return StoredRecords(count: count, read: read, readAll: readAll, identify: identify)
    }

    func records<Item: Sendable>(identifierAfter skipping: Int? = nil,
                                 _ decode: @escaping @Sendable (inout BinaryReader, String) throws(BinaryReadError) -> Item) -> StoredRecords<Item> {
        records(identifierAfter: skipping) { (reader: inout BinaryReader) throws(BinaryReadError) in try decode(&reader, try reader.readString()) }
    }
}

/// What `concurrentPerform` may share: each iteration writes only its own slots.
private struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// Why a snapshot could not be written.
struct SnapshotError: Error, CustomStringConvertible {
    var path: String
    var reason: String
    var description: String { "cannot write the corpus snapshot \(path): \(reason)" }
}
