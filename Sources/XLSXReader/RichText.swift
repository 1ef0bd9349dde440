/// The plain text of string items (`<si>` in the shared strings, `<is>` in inline strings).
enum RichText {
    /// Reads the string item whose start tag the scanner has just read, through its end tag: its
    /// `<t>`, or the `<t>` of each `<r>` run concatenated, escapes decoded. Phonetic runs (`<rPh>`,
    /// furigana) are not part of the text and are skipped, as is anything else in the item.
    static func read(_ scanner: inout XMLScanner) throws(XLSXReaderError) -> String {
        let itemDepth = scanner.depth
        var text = ""
        var current = ""
        // The depth of the `<t>` being read (0 when none), and whether it has child elements
        // (then it holds no text of its own, as in ``XMLTree``).
        var textDepth = 0
        var textHasChildren = false
        var runDepth = 0
        while true {
            switch try scanner.next() {
            case .startElement:
                let depth = scanner.depth
                if textDepth != 0 {
                    if depth == textDepth + 1 { textHasChildren = true }
                } else if scanner.isNamed("t")
                    && (depth == itemDepth + 1 || (runDepth != 0 && depth == runDepth + 1))
                {
                    textDepth = depth
                    textHasChildren = false
                    current = ""
                } else if depth == itemDepth + 1 && scanner.isNamed("r") {
                    runDepth = depth
                }
            case .text:
                if textDepth != 0 && scanner.depth == textDepth && !textHasChildren {
                    current += try scanner.text()
                }
            case .endElement:
                let ended = scanner.depth + 1
                if ended == textDepth {
                    if !textHasChildren { text += current }
                    current = ""
                    textDepth = 0
                } else if ended == runDepth {
                    runDepth = 0
                } else if ended == itemDepth {
                    return decodeEscapes(text)
                }
            case .endOfDocument:
                return decodeEscapes(text)
            }
        }
    }

    /// `text` with the OOXML `_xHHHH_` escapes decoded: Excel writes characters XML cannot hold,
    /// such as a carriage return, as `_x000D_`, and a literal `_x` sequence as `_x005F_x…`.
    static func decodeEscapes(_ text: String) -> String {
        guard mayHoldEscapes(text) else { return text }
        var result = ""
        var scalars = text.unicodeScalars[...]
        while let first = scalars.first {
            if first == "_", let decoded = escapedScalar(at: scalars) {
                result.unicodeScalars.append(decoded)
                scalars = scalars.dropFirst(7)
            } else {
                result.unicodeScalars.append(first)
                scalars = scalars.dropFirst()
            }
        }
        return result
    }

    /// Whether `text` has `_x` in it, looked for in its bytes (Foundation's `contains` goes through
    /// `NSString`, and took a tenth of the time of reading a sheet of inline strings).
    private static func mayHoldEscapes(_ text: String) -> Bool {
        var afterUnderscore = false
        for byte in text.utf8 {
            if afterUnderscore && byte == UInt8(ascii: "x") { return true }
            afterUnderscore = byte == UInt8(ascii: "_")
        }
        return false
    }

    /// The scalar a `_xHHHH_` escape at the start of `scalars` stands for, or nil if there is none.
    private static func escapedScalar(at scalars: Substring.UnicodeScalarView) -> Unicode.Scalar? {
        let candidate = Array(scalars.prefix(7))
        guard candidate.count == 7, candidate[1] == "x", candidate[6] == "_" else { return nil }
        var value: UInt32 = 0
        for scalar in candidate[2...5] {
            guard let digit = hexValue(scalar) else { return nil }
            value = value * 16 + digit
        }
        return Unicode.Scalar(value)
    }

    private static func hexValue(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar.value {
        case 48...57: return scalar.value - 48
        case 65...70: return scalar.value - 55
        case 97...102: return scalar.value - 87
        default: return nil
        }
    }
}
