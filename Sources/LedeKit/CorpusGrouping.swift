/// The records of one corpus list grouped by a `FieldPath`, as the Lua library's
/// `count_by` and `group_by` group them: keys in order of first appearance, a missing
/// value and NaN keys of their own.
struct CorpusGrouping {
    /// In order of first appearance.
    private(set) var keys: [FieldPath.Key] = []
    /// The 0-based positions of each key's records, in list order, when kept.
    private(set) var members: [[Int]] = []
    private(set) var counts: [Int] = []

    init(_ path: FieldPath, keepMembers: Bool) {
        var index: [FieldPath.Key: Int] = [:]
        for position in 0..<path.count {
            let key = path.key(at: position)
            let slot: Int
            if let known = index[key] {
                slot = known
                counts[slot] += 1
            } else {
                slot = keys.count
                index[key] = slot
                keys.append(key)
                counts.append(1)
                if keepMembers { members.append([]) }
            }
            if keepMembers { members[slot].append(position) }
        }
    }

    /// The groups' slots from the most to the fewest records; ties keep their order of
    /// first appearance.
    var byCountDescending: [Int] {
        keys.indices.sorted { counts[$0] != counts[$1] ? counts[$0] > counts[$1] : $0 < $1 }
    }
}
