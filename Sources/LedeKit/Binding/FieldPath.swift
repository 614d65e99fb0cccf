/// A field of a corpus list's records, or a path through links (`"speaker.name"`), read
/// straight from Swift's arrays: what lets `count_by`, `group_by` and `sort_by` run over
/// 600,000 claims without making a record for each.
///
/// Every step is an eager field (what `CorpusBinding.fields` gives a record when it is
/// made) and every step but the last a link. Anything else (`"#mentions"`, a field loaded
/// on demand, a list) is for the Lua library's own loop over records, which stays the
/// reference these answers must agree with.
struct FieldPath {
    /// A record's value along the path, as Lua tells values apart.
    enum Key: Hashable {
        /// No such value: the record lacks the field, or a link on the way points nowhere.
        case missing
        case nan
        /// Compared byte for byte, as Lua compares strings (Swift's `==` would join two
        /// spellings of "é").
        case text(Bytes)
        case integer(Int)
        case number(Double)
        /// A 0-based position in the list `target` names.
        case link(Int)
    }

    /// How many records the list has.
    let count: Int
    /// The corpus list a link key points into (`"actors"`), nil for plain values.
    let target: String?
    /// The links on the way, each as the linked position of every record (-1 for none).
    private let links: [[Int]]
    /// The key of a record of the last kind: its value, or the position it links to.
    private let lastKey: (Int) -> Key

    /// nil when `path` is not a chain of eager, single-valued fields of `kind`.
    init?(kind: String, path: String, context: CorpusContext) {
        guard !path.hasPrefix("#"), let count = context.count(of: kind) else { return nil }
        let steps = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        var links: [[Int]] = []
        var kindName = kind
        var lastKey: ((Int) -> Key)?
        var target: String?
        for (number, step) in steps.enumerated() {
            guard let recordKind = Schema.corpusKinds[kindName], let field = recordKind.field(named: step), field.loading == .eager,
                  let records = context.count(of: kindName)
            else { return nil }
            let isLast = number == steps.count - 1
            switch field.shape {
            case .text, .integer, .number:
                guard isLast else { return nil }
                let read = context.reader(of: kindName, field)
                lastKey = { Key(read($0)) }
            case .link(let linked):
                let column = context.index.linkColumn(kindName + "." + step) { [kindName] in
                    context.loadIntoMemory(kindName)
                    return (0..<records).map { position in
                        if case .link(let linked?) = field.read(position, context) { linked } else { -1 }
                    }
                }
                if isLast {
                    lastKey = { column[$0] < 0 ? .missing : .link(column[$0]) }
                    target = linked
                } else {
                    guard let next = Schema.corpusKinds.values.first(where: { $0.plural == linked }) else { return nil }
                    links.append(column)
                    kindName = next.name
                }
            case .links, .texts, .records:
                return nil
            }
        }
        guard let lastKey else { return nil }
        self.count = count
        self.links = links
        self.lastKey = lastKey
        self.target = target
    }

    /// The key of the record at a 0-based position.
    func key(at start: Int) -> Key {
        var position = start
        for column in links {
            position = column[position]
            if position < 0 { return .missing }
        }
        return lastKey(position)
    }
}

extension FieldPath.Key {
    init(_ value: FieldValue) {
        switch value {
        case .text(let text): self = .text(FieldPath.Bytes(text))
        case .integer(let integer): self = .integer(integer)
        case .number(let number): self = number.isNaN ? .nan : .number(number)
        case .link(let position): self = position.map(Self.link) ?? .missing
        case .none, .links, .texts, .records: self = .missing
        }
    }
}

extension FieldPath {
    /// Text that is equal to other text when its bytes are.
    struct Bytes: Hashable {
        let text: String
        init(_ text: String) { self.text = text }

        static func == (a: Bytes, b: Bytes) -> Bool { a.text.utf8.elementsEqual(b.text.utf8) }

        func hash(into hasher: inout Hasher) {
            let hashed: Void? = text.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            if hashed == nil { Array(text.utf8).withUnsafeBytes { hasher.combine(bytes: $0) } }
        }

        /// Lua's `<` on strings in the C locale: byte order.
        static func < (a: Bytes, b: Bytes) -> Bool { a.text.precedesInByteOrder(b.text) }
    }
}
