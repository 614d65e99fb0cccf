/// The bytes the parse cache stores: little-endian integers, length-prefixed strings and
/// lists. A hand-written format rather than `Codable`, because reading the cache must be
/// much faster than extraction, and Foundation's coders are not.
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []

    mutating func write(_ value: Int) {
        // Zig-zag varint: small counts and offsets, the common case, take one byte.
        var zigzag = UInt64(bitPattern: Int64(value) << 1 ^ Int64(value) >> 63)
        while zigzag >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: zigzag) | 0x80)
            zigzag >>= 7
        }
        bytes.append(UInt8(zigzag))
    }

    mutating func write(_ value: Double) {
        withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func write(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func write(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            write(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func write(_ value: String?) {
        write(value != nil)
        if let value { write(value) }
    }

    mutating func write(_ value: Int?) {
        write(value != nil)
        if let value { write(value) }
    }

    mutating func write(_ value: Double?) {
        write(value != nil)
        if let value { write(value) }
    }

    mutating func write(_ range: Range<Int>) {
        write(range.lowerBound)
        write(range.count)
    }

    mutating func write<List: Collection>(_ list: List, _ writeElement: (inout BinaryWriter, List.Element) -> Void) {
        write(list.count)
        for element in list { writeElement(&self, element) }
    }
}

/// Why cached bytes could not be read back: they were cut short or altered.
struct BinaryReadError: Error, CustomStringConvertible {
    var offset: Int
    var what: String
    var description: String { "cache entry damaged at byte \(offset): \(what)" }
}

struct BinaryReader {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { offset == bytes.count }

    var bytesRead: Int { offset }

    private func fail(_ what: String) -> BinaryReadError { BinaryReadError(offset: offset, what: what) }

    mutating func readInt() throws(BinaryReadError) -> Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.count else { throw fail("ends inside a number") }
            guard shift < 64 else { throw fail("number too long") }
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        return Int(Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1))
    }

    mutating func readCount() throws(BinaryReadError) -> Int {
        let count = try readInt()
        guard count >= 0, count <= bytes.count - offset else { throw fail("impossible length \(count)") }
        return count
    }

    mutating func readDouble() throws(BinaryReadError) -> Double {
        guard bytes.count - offset >= 8 else { throw fail("ends inside a number") }
        var pattern: UInt64 = 0
        for index in 0..<8 { pattern |= UInt64(bytes[offset + index]) << (8 * UInt64(index)) }
        offset += 8
        return Double(bitPattern: pattern)
    }

    mutating func readBool() throws(BinaryReadError) -> Bool {
        guard offset < bytes.count else { throw fail("ends inside a flag") }
        defer { offset += 1 }
        switch bytes[offset] {
        case 0: return false
        case 1: return true
        default: throw fail("flag is neither 0 nor 1")
        }
    }

    mutating func readString() throws(BinaryReadError) -> String {
        let count = try readCount()
        defer { offset += count }
        return bytes.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[offset..<(offset + count)]), as: UTF8.self)
        }
    }

    /// A string's bytes, without making a String of them.
    mutating func readStringBytes() throws(BinaryReadError) -> ArraySlice<UInt8> {
        let count = try readCount()
        defer { offset += count }
        return bytes[offset..<(offset + count)]
    }

    mutating func skipOptionalString() throws(BinaryReadError) {
        if try readBool() { _ = try readStringBytes() }
    }

    mutating func readOptionalString() throws(BinaryReadError) -> String? {
        try readBool() ? try readString() : nil
    }

    mutating func readOptionalInt() throws(BinaryReadError) -> Int? {
        try readBool() ? try readInt() : nil
    }

    mutating func readOptionalDouble() throws(BinaryReadError) -> Double? {
        try readBool() ? try readDouble() : nil
    }

    mutating func readRange() throws(BinaryReadError) -> Range<Int> {
        let lower = try readInt()
        let count = try readInt()
        guard count >= 0, lower <= Int.max - count else { throw fail("impossible range") }
        return lower..<(lower + count)
    }

    mutating func read<Value: RawRepresentable>(_ type: Value.Type) throws(BinaryReadError) -> Value where Value.RawValue == String {
        let raw = try readString()
        guard let value = Value(rawValue: raw) else { throw fail("unknown \(Value.self) '\(raw)'") }
        return value
    }

    mutating func readList<Element>(_ readElement: (inout BinaryReader) throws(BinaryReadError) -> Element) throws(BinaryReadError) -> [Element] {
        let count = try readCount()
        var list: [Element] = []
        list.reserveCapacity(count)
        for _ in 0..<count { list.append(try readElement(&self)) }
        return list
    }
}

/// A fast 64-bit hash of bytes, eight at a time: for telling whether a file changed and
/// whether a cache entry is intact. Not for defending against someone forging a collision.
enum ContentHash {
    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var index = 0
        while index + 8 <= bytes.count {
            hash = mix(hash, bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self).littleEndian)
            index += 8
        }
        var tail: UInt64 = 0
        for (shift, byte) in bytes[index...].enumerated() { tail |= UInt64(byte) << (8 * UInt64(shift)) }
        return finish(mix(hash, tail))
    }

    static func of(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBytes(of) }

    private static func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        (hash ^ (word &* 0xBF58_476D_1CE4_E5B9)).rotateLeft(27) &* 0x94D0_49BB_1331_11EB &+ 0x9E37_79B9
    }

    private static func finish(_ hash: UInt64) -> UInt64 {
        var hash = hash
        hash ^= hash >> 31
        hash &*= 0xBF58_476D_1CE4_E5B9
        hash ^= hash >> 29
        return hash
    }
}

private extension UInt64 {
    func rotateLeft(_ count: UInt64) -> UInt64 { self << count | self >> (64 - count) }
}
