/// How a file's bytes were turned into text.
public enum TextEncoding: String, Sendable, Codable {
    case utf8 = "UTF-8"
    case utf16LittleEndian = "UTF-16LE"
    case utf16BigEndian = "UTF-16BE"
    case windows1252 = "Windows-1252"
}

/// Why a file's bytes are not an article's text.
enum DecodeFailure: Error, Equatable {
    case empty
    case binary
}

/// Decodes article files: UTF-8 (with or without BOM), UTF-16 with a BOM, and Windows-1252
/// for anything that is not valid UTF-8. Then normalises the text so that search works and
/// offsets mean one thing: `\n` line ends, plain spaces for non-breaking ones, and no
/// zero-width characters.
enum TextDecoder {
    static func decode(_ bytes: [UInt8]) -> Result<(text: String, encoding: TextEncoding), DecodeFailure> {
        if bytes.isEmpty { return .failure(.empty) }
        let decoded: (String, TextEncoding)
        if bytes.starts(with: [0xFF, 0xFE]) {
            decoded = (utf16(bytes.dropFirst(2), littleEndian: true), .utf16LittleEndian)
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            decoded = (utf16(bytes.dropFirst(2), littleEndian: false), .utf16BigEndian)
        } else {
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
            if looksBinary(body) { return .failure(.binary) }
            if let text = String(validating: body, as: UTF8.self) {
                decoded = (text, .utf8)
            } else {
                decoded = (windows1252(body), .windows1252)
            }
        }
        let text = normalize(decoded.0)
        if text.allSatisfy(\.isWhitespace) { return .failure(.empty) }
        return .success((text, decoded.1))
    }

    /// NUL bytes, or many control characters, do not occur in text files.
    private static func looksBinary(_ bytes: ArraySlice<UInt8>) -> Bool {
        var controls = 0
        for byte in bytes.prefix(8192) {
            if byte == 0 { return true }
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C { controls += 1 }
        }
        return controls * 20 > min(bytes.count, 8192)
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// Windows-1252: Latin-1 except 0x80–0x9F, where it has typographic characters.
    private static let windows1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    private static func windows1252(_ bytes: ArraySlice<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            let value = (0x80...0x9F).contains(byte) ? windows1252High[Int(byte) - 0x80] : UInt32(byte)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }

    static func normalize(_ text: String) -> String {
        // Most text needs nothing: plain ASCII without CR, tab or form feed.
        if text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D && $0 != 0x09 && $0 != 0x0C }) { return text }
        var scalars = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0D:
                scalars.append("\n")
                previousWasCR = true
                continue
            case 0x0A where previousWasCR:
                break
            case 0x00A0, 0x2007, 0x202F, 0x2009, 0x200A, 0x09, 0x0C:
                scalars.append(" ")
            case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD:
                break
            default:
                scalars.append(scalar)
            }
            previousWasCR = false
        }
        return String(scalars)
    }
}
