/// The one way lede's text scanners read a character from UTF-8 bytes. The texts they
/// scan come from Swift strings, so the bytes are valid UTF-8 and a hand decoder, without
/// the standard library's validation, is enough; at the end of a buffer cut mid-character
/// it answers U+FFFD rather than read past it.
enum UTF8Scalar {
    /// The scalar starting at `index` and how many bytes it takes.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard index + width <= bytes.count else { return ("\u{FFFD}", 1) }
        var value = UInt32(lead) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
        for offset in 1..<width { value = value << 6 | (UInt32(bytes[index + offset]) & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
    }
}
