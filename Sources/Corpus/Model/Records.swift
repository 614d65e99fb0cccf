import Synchronization

/// A list of model values that is either held in memory or read one item at a time from a
/// corpus snapshot on disk: a cached corpus of 100,000 articles opens without decoding
/// millions of claims and mentions that a script may never look at.
///
/// It reads as an array. Changing it (appending, assigning an item) first copies every
/// stored item into memory, so code that builds or edits a corpus works as on arrays.
public struct Records<Element: Sendable>: Sendable {
    // Inlinable, so that reading an item from another module is specialised for its type:
    // a scan of 700,000 claims otherwise looks up generic metadata on every read.
    @usableFromInline var items: [Element]
    @usableFromInline var stored: StoredRecords<Element>?
    /// The positions of the stored table this list holds: an actor's mentions are a
    /// window on the table of every mention.
    @usableFromInline var window: Range<Int> = 0..<0

    public init() {
        items = []
    }

    public init(_ items: [Element]) {
        self.items = items
    }

    init(stored: StoredRecords<Element>, window: Range<Int>? = nil) {
        items = []
        self.stored = stored
        self.window = window ?? 0..<stored.count
    }

    /// The items, in memory.
    public var array: [Element] { stored == nil ? items : Array(self) }

    /// Decodes every item of the stored table this list reads from, on all cores, and
    /// keeps them: for a scan of the whole list (grouping, sorting, building an index),
    /// which would otherwise decode item after item. Nothing to do for a list in memory.
    public func loadIntoMemory() {
        stored?.loadAll()
    }

    /// Each item's identifier, `id` of it; from a stored table that can read identifiers
    /// alone, without decoding whole items (an article's text is most of its bytes).
    public func identifiers(_ id: (Element) -> String) -> [String] {
        guard let stored, let identify = stored.identify else { return map(id) }
        return window.map(identify)
    }

    /// Copies stored items into memory before a change.
    @usableFromInline mutating func holdInMemory() {
        guard let table = stored else { return }
        table.loadAll()
        items = Array(self)
        stored = nil
    }
}

extension Records: RandomAccessCollection, MutableCollection {
    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { stored == nil ? items.count : window.count }

    @inlinable public subscript(position: Int) -> Element {
        get {
            guard let stored else { return items[position] }
            precondition(position >= 0 && position < window.count, "index \(position) out of range 0..<\(window.count)")
            return stored[window.lowerBound + position]
        }
        set {
            holdInMemory()
            items[position] = newValue
        }
    }
}

extension Records: RangeReplaceableCollection {
    public mutating func replaceSubrange<C: Collection>(_ range: Range<Int>, with newElements: C) where C.Element == Element {
        holdInMemory()
        items.replaceSubrange(range, with: newElements)
    }

    public mutating func reserveCapacity(_ capacity: Int) {
        holdInMemory()
        items.reserveCapacity(capacity)
    }

    public mutating func append(_ element: Element) {
        holdInMemory()
        items.append(element)
    }
}

extension Records: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: Element...) {
        self.init(elements)
    }
}

extension Records: Equatable where Element: Equatable {
    public static func == (a: Records, b: Records) -> Bool { a.elementsEqual(b) }
}

/// Items read from bytes on demand, by position. The last item read is kept, since a
/// record's fields are read one after another and each would otherwise decode it again;
/// `loadAll` keeps them all.
@usableFromInline final class StoredRecords<Element: Sendable>: Sendable {
    @usableFromInline let count: Int
    @usableFromInline let read: @Sendable (Int) -> Element
    /// Reads every item at once, faster than one at a time.
    private let readAll: @Sendable () -> [Element]
    /// Reads an item's identifier alone, when the table can.
    let identify: (@Sendable (Int) -> String)?
    @usableFromInline let kept = Mutex(Kept())

    @usableFromInline struct Kept: Sendable {
        @usableFromInline var last: (position: Int, item: Element)?
        @usableFromInline var all: [Element]?
        init() {}
    }

    init(count: Int, read: @escaping @Sendable (Int) -> Element, readAll: @escaping @Sendable () -> [Element],
         identify: (@Sendable (Int) -> String)? = nil) {
        self.count = count
        self.read = read
        self.readAll = readAll
        self.identify = identify
    }

    @inlinable subscript(position: Int) -> Element {
        precondition(position >= 0 && position < count, "index \(position) out of range 0..<\(count)")
        let known: Element? = kept.withLock { kept in
            if let all = kept.all { return all[position] }
            if let last = kept.last, last.position == position { return last.item }
            return nil
        }
        if let known { return known }
        let item = read(position)
        kept.withLock { $0.last = (position, item) }
        return item
    }

    func loadAll() {
        guard kept.withLock({ $0.all == nil }) else { return }
        let all = readAll()
        kept.withLock { $0.all = all }
    }
}
