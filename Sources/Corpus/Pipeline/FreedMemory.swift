import Glibc

/// Gives the pages of memory that is free but still held by the allocator back to the
/// system.
///
/// Why: reduce frees what each phase only read (the records' sightings once the actors are
/// made) in pieces scattered among what it keeps, and glibc returns only the top of its
/// heap on its own, so those pages stayed resident through the next phase: 4% of the peak
/// at 100,000 records. `malloc_trim` is looked up at run time because the Swift overlay
/// of glibc does not declare it; a C library without it (musl) is left to itself.
enum FreedMemory {
    static func giveBack() {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)(0)
    }
}
