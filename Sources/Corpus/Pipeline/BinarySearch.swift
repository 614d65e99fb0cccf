extension RandomAccessCollection {
    /// The index of the first element for which `isAtOrAfter` holds, the elements being
    /// ordered so that it is false for all before that one and true from there on; `endIndex`
    /// when it holds for none. Binary search: claims and quantities are looked up in long
    /// sorted lists, once per claim.
    func partitioningIndex(where isAtOrAfter: (Element) -> Bool) -> Index {
        var low = startIndex
        var count = self.count
        while count > 0 {
            let half = count / 2
            let middle = index(low, offsetBy: half)
            if isAtOrAfter(self[middle]) {
                count = half
            } else {
                low = index(after: middle)
                count -= half + 1
            }
        }
        return low
    }
}
