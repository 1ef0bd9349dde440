/// The plain text of string items (`<si>` in the shared strings, `<is>` in inline strings).
enum RichText {
    /// The text of a string item: its `<t>`, or the `<t>` of each `<r>` run concatenated.
    /// Phonetic runs (`<rPh>`, furigana) are not part of the text and are skipped.
    static func plainText(of item: XMLTree.Element) -> String {
        var text = ""
        for child in item.children {
            switch child.name {
            case "t":
                text += child.text
            case "r":
                for part in child.children where part.name == "t" {
                    text += part.text
                }
            default:
                continue
            }
        }
        return decodeEscapes(text)
    }

    /// `text` with the OOXML `_xHHHH_` escapes decoded: Excel writes characters XML cannot hold,
    /// such as a carriage return, as `_x000D_`, and a literal `_x` sequence as `_x005F_x…`.
    static func decodeEscapes(_ text: String) -> String {
        guard text.contains("_x") else { return text }
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
