import Foundation

/// A file mapped read-only into memory for as long as anything reads from it. The snapshot
/// is replaced by renaming, never rewritten in place, so the mapped bytes never change.
final class MappedBytes: @unchecked Sendable {
    let path: String
    let count: Int
    private let base: UnsafeRawPointer

    init?(path: String) {
        let descriptor = Glibc.open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_size > 0,
              let mapped = mmap(nil, Int(info.st_size), PROT_READ, MAP_PRIVATE, descriptor, 0), mapped != MAP_FAILED
        else { return nil }
        self.path = path
        count = Int(info.st_size)
        base = UnsafeRawPointer(mapped)
    }

    deinit { munmap(UnsafeMutableRawPointer(mutating: base), count) }

    func buffer(_ range: Range<Int>) -> UnsafeRawBufferPointer {
        precondition(range.lowerBound >= 0 && range.upperBound <= count, "range \(range) outside \(path)")
        return UnsafeRawBufferPointer(start: base + range.lowerBound, count: range.count)
    }

    func bytes(_ range: Range<Int>) -> [UInt8] { Array(buffer(range)) }

    /// The checksum of `range`, whose pages are then given back: checking a snapshot must
    /// not make the whole file part of the process's memory.
    func checksum(of range: Range<Int>) -> UInt64 {
        let sum = ContentHash.of(buffer(range))
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let start = range.lowerBound / page * page
        madvise(UnsafeMutableRawPointer(mutating: base + start), range.upperBound - start, MADV_DONTNEED)
        return sum
    }

    func word(at offset: Int) -> UInt64 { UInt64(littleEndian: buffer(offset..<(offset + 8)).loadUnaligned(as: UInt64.self)) }
}
