/// The records of one corpus list (or of some of its positions, in a given order) grouped
/// by a `FieldPath`, as the Lua library's `count_by` and `group_by` group them: keys in
/// order of first appearance, a missing value and NaN keys of their own.
struct CorpusGrouping {
    /// In order of first appearance.
    private(set) var keys: [FieldPath.Key] = []
    /// Each key's records, when kept: 0-based indexes into `subset` (into the whole list
    /// when there is none), in order.
    private(set) var members: [[Int]] = []
    private(set) var counts: [Int] = []

    init(_ path: FieldPath, subset: [Int]? = nil, keepMembers: Bool) {
        var index: [FieldPath.Key: Int] = [:]
        // Linked records are positions: their slots are kept in an array, not hashed.
        var linkSlots: [Int] = []
        for item in 0..<(subset?.count ?? path.count) {
            let key = path.key(at: subset?[item] ?? item)
            var known: Int?
            if case .link(let linked) = key {
                if linked >= linkSlots.count { linkSlots += repeatElement(-1, count: linked - linkSlots.count + 1) }
                if linkSlots[linked] >= 0 { known = linkSlots[linked] }
            } else {
                known = index[key]
            }
            let slot: Int
            if let known {
                slot = known
                counts[slot] += 1
            } else {
                slot = keys.count
                if case .link(let linked) = key { linkSlots[linked] = slot } else { index[key] = slot }
                keys.append(key)
                counts.append(1)
                if keepMembers { members.append([]) }
            }
            if keepMembers { members[slot].append(item) }
        }
    }

    /// The groups' slots from the most to the fewest records; ties keep their order of
    /// first appearance.
    var byCountDescending: [Int] {
        keys.indices.sorted { counts[$0] != counts[$1] ? counts[$0] > counts[$1] : $0 < $1 }
    }
}
