import TiltakLanguage

/// The characters XML allows, checked on UTF-8 bytes.
enum XMLCharacters {
    /// Whether the code point is an XML `Char`: tab, line feed, carriage return, and everything
    /// from U+0020 except surrogates, U+FFFE and U+FFFF.
    static func isAllowed(_ value: UInt32) -> Bool {
        switch value {
        case 0x09, 0x0A, 0x0D: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x1_0000...0x10_FFFF: true
        default: false
        }
    }

    /// The offset of the first byte in `range` that is not valid UTF-8 or starts a character XML
    /// does not allow; -1 when every character is allowed.
    static func firstInvalid(_ base: UnsafePointer<UInt8>, _ range: Range<Int>) -> Int {
        var index = range.lowerBound
        let end = range.upperBound
        let raw = UnsafeRawPointer(base)
        let highBits: UInt64 = 0x8080_8080_8080_8080
        while index < end {
            // Eight ASCII bytes at a time, none of them a control character.
            while index + 8 <= end {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if word & highBits != 0 || (word &- 0x2020_2020_2020_2020) & ~word & highBits != 0 { break }
                index += 8
            }
            guard index < end else { return -1 }
            guard let (value, length) = scalar(base, index, end: end), isAllowed(value) else { return index }
            index += length
        }
        return -1
    }

    /// Why the character at `offset` is not allowed.
    static func reason(_ base: UnsafePointer<UInt8>, _ offset: Int, end: Int) -> XLSXReaderMessage {
        guard let (value, _) = scalar(base, offset, end: end) else { return .invalidUTF8Text }
        let hex = String(value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        return value < 0x20 ? .controlCharacterNotAllowed(code) : .characterNotAllowed(code)
    }

    /// The code point of the UTF-8 sequence at `index` and its length; nil when it is not valid
    /// UTF-8 (overlong forms, surrogates and values past U+10FFFF included).
    static func scalar(_ base: UnsafePointer<UInt8>, _ index: Int, end: Int) -> (UInt32, Int)? {
        let lead = base[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let length: Int
        var value: UInt32
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF:
            length = 2
            value = UInt32(lead & 0x1F)
        case 0xE0...0xEF:
            length = 3
            value = UInt32(lead & 0x0F)
            if lead == 0xE0 { low = 0xA0 }
            if lead == 0xED { high = 0x9F }
        case 0xF0...0xF4:
            length = 4
            value = UInt32(lead & 0x07)
            if lead == 0xF0 { low = 0x90 }
            if lead == 0xF4 { high = 0x8F }
        default:
            return nil
        }
        guard index + length <= end else { return nil }
        for offset in 1..<length {
            let byte = base[index + offset]
            if offset == 1 {
                guard byte >= low && byte <= high else { return nil }
            } else {
                guard byte >= 0x80 && byte <= 0xBF else { return nil }
            }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return (value, length)
    }
}
