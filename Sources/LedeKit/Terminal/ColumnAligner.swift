/// Rows of text cells as lines whose columns line up, for the plain-text tables lede prints
/// from Swift (`lede stats`, `.help`, a report's `--help`): each column as wide as its
/// widest cell (in characters), two spaces between columns, no spaces at a line's end.
/// `show` in Lua measures terminal columns instead, for wide characters.
enum ColumnAligner {
    static func lines(_ rows: [[String]], gap: Int = 2) -> [String] {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        return rows.map { row in
            var line = ""
            for (column, cell) in row.enumerated() {
                line += cell
                if column < row.count - 1 { line += String(repeating: " ", count: widths[column] - cell.count + gap) }
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }
}
