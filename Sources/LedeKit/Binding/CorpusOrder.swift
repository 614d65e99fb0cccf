/// The records of a corpus list (or of some of its positions) sorted by a plain `FieldPath` value, as the
/// Lua library's `sort_by` sorts: numbers and strings (by bytes) in order, missing values
/// and NaN last in either direction, equal keys in list order.
enum CorpusOrder {
    /// 0-based indexes into `subset` (into the whole list when there is none) in sorted
    /// order; nil when the path ends in a link: records sort by their label, which the
    /// library knows.
    static func order(_ path: FieldPath, subset: [Int]? = nil, descending: Bool) -> [Int]? {
        guard path.target == nil else { return nil }
        let keys = subset.map { $0.map(path.key(at:)) } ?? (0..<path.count).map(path.key(at:))
        return keys.indices.sorted { i, j in
            switch (rank(keys[i]), rank(keys[j])) {
            case (nil, nil): return i < j
            case (nil, _): return false
            case (_, nil): return true
            default:
                let (a, b) = descending ? (keys[j], keys[i]) : (keys[i], keys[j])
                if less(a, b) { return true }
                if less(b, a) { return false }
                return i < j
            }
        }
    }

    /// Numbers before strings, as `less` in core.lua; nil for keys that sort last.
    private static func rank(_ key: FieldPath.Key) -> Int? {
        switch key {
        case .missing, .nan, .link: nil
        case .integer, .number: 2
        case .text: 3
        }
    }

    private static func less(_ a: FieldPath.Key, _ b: FieldPath.Key) -> Bool {
        switch (a, b) {
        case (.text(let x), .text(let y)): x < y
        case (.integer(let x), .integer(let y)): x < y
        case (.number(let x), .number(let y)): x < y
        case (.integer(let x), .number(let y)): Double(x) < y
        case (.number(let x), .integer(let y)): x < Double(y)
        default: (rank(a) ?? 5) < (rank(b) ?? 5)
        }
    }
}
