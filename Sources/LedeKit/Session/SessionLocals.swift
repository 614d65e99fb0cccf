/// At the prompt each line is its own chunk, so `local x = 1` would be gone by the next
/// line. The REPL removes the `local` of top-level declarations that assign (`local x = 1`,
/// `local function f`), so that they live for the session as globals do; locals inside
/// functions and blocks are untouched. A declaration without `=` or with attributes
/// (`<const>`) is left as Lua wrote it.
enum SessionLocals {
    static func rewrite(_ chunk: String) -> String {
        var bytes = Array(chunk.utf8)
        var scanner = Scanner(bytes: bytes)
        var depth = 0
        var removals: [Range<Int>] = []
        while let word = scanner.nextWord() {
            switch word.text {
            case "function", "do", "if", "repeat": depth += 1
            case "end", "until": depth = max(0, depth - 1)
            case "local" where depth == 0:
                if declaresAndAssigns(after: word.range.upperBound, in: bytes) { removals.append(word.range) }
            default: break
            }
        }
        for range in removals {
            for index in range { bytes[index] = UInt8(ascii: " ") }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// After `local`: `function name`, or `name {, name} =` with no attribute.
    private static func declaresAndAssigns(after start: Int, in bytes: [UInt8]) -> Bool {
        var scanner = Scanner(bytes: bytes, position: start)
        guard let first = scanner.nextToken() else { return false }
        if first == "function" { return true }
        var expectName = false
        var token: String? = first
        while let current = token {
            if expectName {
                guard current.first.map(Scanner.isNameStart) == true else { return false }
            } else if current == "," {
                expectName = true
                token = scanner.nextToken()
                continue
            } else if current == "=" {
                return true
            } else if current.first.map(Scanner.isNameStart) != true {
                return false  // `<const>`, or the end of the declaration
            }
            expectName = false
            token = scanner.nextToken()
        }
        return false
    }

    /// Walks Lua source, skipping strings and comments.
    private struct Scanner {
        let bytes: [UInt8]
        var position = 0

        static func isNameStart(_ c: Character) -> Bool { c == "_" || (c.isASCII && c.isLetter) }
        static func isName(_ b: UInt8) -> Bool {
            b == UInt8(ascii: "_") || (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A)
        }

        /// The next name or keyword, with its byte range.
        mutating func nextWord() -> (text: String, range: Range<Int>)? {
            while position < bytes.count {
                if skipSpaceStringOrComment() { continue }
                let byte = bytes[position]
                if Self.isName(byte) && !(byte >= 0x30 && byte <= 0x39) {
                    let start = position
                    while position < bytes.count, Self.isName(bytes[position]) { position += 1 }
                    return (String(decoding: bytes[start..<position], as: UTF8.self), start..<position)
                }
                if byte >= 0x30 && byte <= 0x39 {
                    while position < bytes.count, Self.isName(bytes[position]) || bytes[position] == UInt8(ascii: ".") { position += 1 }
                    continue
                }
                position += 1
            }
            return nil
        }

        /// The next token: a name, or one punctuation byte.
        mutating func nextToken() -> String? {
            while position < bytes.count, skipSpaceStringOrComment() {}
            guard position < bytes.count else { return nil }
            if Self.isName(bytes[position]) {
                let start = position
                while position < bytes.count, Self.isName(bytes[position]) { position += 1 }
                return String(decoding: bytes[start..<position], as: UTF8.self)
            }
            position += 1
            return String(UnicodeScalar(bytes[position - 1]))
        }

        /// Skips one run of space, a string or a comment; false when there was none here.
        private mutating func skipSpaceStringOrComment() -> Bool {
            guard position < bytes.count else { return false }
            let byte = bytes[position]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                position += 1
                return true
            }
            if byte == UInt8(ascii: "-"), position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "-") {
                position += 2
                if let end = longBracketEnd(at: position) {
                    position = end
                } else {
                    while position < bytes.count, bytes[position] != UInt8(ascii: "\n") { position += 1 }
                }
                return true
            }
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                position += 1
                while position < bytes.count, bytes[position] != byte {
                    position += bytes[position] == UInt8(ascii: "\\") ? 2 : 1
                }
                position = min(bytes.count, position + 1)
                return true
            }
            if byte == UInt8(ascii: "["), let end = longBracketEnd(at: position) {
                position = end
                return true
            }
            return false
        }

        /// For `[[`, `[==[` at `start`: the position after the matching close (or the end).
        private func longBracketEnd(at start: Int) -> Int? {
            guard start < bytes.count, bytes[start] == UInt8(ascii: "[") else { return nil }
            var index = start + 1
            var level = 0
            while index < bytes.count, bytes[index] == UInt8(ascii: "=") { level += 1; index += 1 }
            guard index < bytes.count, bytes[index] == UInt8(ascii: "[") else { return nil }
            let close = [UInt8(ascii: "]")] + Array(repeating: UInt8(ascii: "="), count: level) + [UInt8(ascii: "]")]
            index += 1
            while index + close.count <= bytes.count {
                if Array(bytes[index..<(index + close.count)]) == close { return index + close.count }
                index += 1
            }
            return bytes.count
        }
    }
}
