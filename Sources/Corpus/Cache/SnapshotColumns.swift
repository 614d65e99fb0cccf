/// A link column of a snapshot, read when a query first follows the link.
struct StoredLinks: Sendable {
    let file: MappedBytes
    let start: Int
    let count: Int

    var positions: [Int] {
        let buffer = file.buffer(start..<(start + 4 * count))
        return (0..<count).map { Int(Int32(littleEndian: buffer.loadUnaligned(fromByteOffset: 4 * $0, as: Int32.self))) }
    }
}

/// A text column of a snapshot: its distinct values, then each record's as a number into
/// them (-1 for none). Read when a query first uses it.
struct TextColumn: Sendable {
    let file: MappedBytes
    let range: Range<Int>

    static func encode(_ values: [String?]) -> [UInt8] {
        var distinct: [String] = []
        var number: [String: Int] = [:]
        var writer = BinaryWriter()
        let codes = values.map { value -> Int in
            guard let value else { return -1 }
            if let known = number[value] { return known }
            number[value] = distinct.count
            distinct.append(value)
            return distinct.count - 1
        }
        writer.write(distinct) { $0.write($1) }
        writer.write(codes) { $0.write($1) }
        return writer.bytes
    }

    /// The values, or nil when they do not decode (the chunk's checksum was verified, so
    /// that is a fault in lede; the caller reads the records instead).
    var values: [String?]? {
        var reader = BinaryReader(file.bytes(range))
        guard let distinct = try? reader.readList({ (reader: inout BinaryReader) throws(BinaryReadError) in try reader.readString() }),
              let codes = try? reader.readList({ (reader: inout BinaryReader) throws(BinaryReadError) in try reader.readInt() }),
              reader.isAtEnd, codes.allSatisfy({ $0 >= -1 && $0 < distinct.count })
        else { return nil }
        return codes.map { $0 < 0 ? nil : distinct[$0] }
    }
}
