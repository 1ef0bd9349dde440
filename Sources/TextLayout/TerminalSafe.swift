/// Neutralising of control characters in data before it is written to a terminal or report.
///
/// Text from plan files and workbooks is data, and must never drive the terminal: an escape
/// sequence in a cell could recolour, move the cursor, retitle the window or hide text, and a
/// bidi control could make a line read differently from what it contains. ``neutralise(_:keepNewlines:)``
/// makes every such character visible (or removes it) instead of passing it through.
public enum TerminalSafe {
    /// `text` with control characters made visible and bidi controls removed.
    ///
    /// - Line breaks (`\n`, `\r\n`, a lone `\r`, U+2028, U+2029) become `\n` when
    ///   `keepNewlines` is true, otherwise a single space.
    /// - A tab becomes a space.
    /// - Every other C0 control becomes its Unicode Control Picture (U+2400 + code), so ESC
    ///   becomes "␛" and `"\u{1B}[31mRED"` becomes `"␛[31mRED"`; DEL becomes "␡".
    /// - C1 controls (U+0080–U+009F, including the single-character CSI U+009B) become "�".
    /// - Bidi controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) are removed.
    public static func neutralise(_ text: String, keepNewlines: Bool = false) -> String {
        var result = String.UnicodeScalarView()
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { previousWasCarriageReturn = scalar == "\r" }
            if scalar == "\n", previousWasCarriageReturn {
                // The second half of \r\n: the \r already produced the line break.
                continue
            }
            switch scalar.value {
            case 0x0A, 0x0D, 0x2028, 0x2029:
                result.append(keepNewlines ? "\n" : " ")
            case 0x09:
                result.append(" ")
            case 0x00...0x1F:
                result.append(controlPicture(for: scalar.value))
            case 0x7F:
                result.append("\u{2421}")
            case 0x80...0x9F:
                result.append("\u{FFFD}")
            case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
                continue
            default:
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Whether `text` contains anything ``neutralise(_:keepNewlines:)`` would change, other
    /// than line breaks.
    public static func needsNeutralising(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x0A, 0x0D, 0x2028, 0x2029:
                return false
            case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
                return true
            default:
                return false
            }
        }
    }

    /// The Control Picture for a C0 control code (0x00–0x1F).
    private static func controlPicture(for code: UInt32) -> Unicode.Scalar {
        Unicode.Scalar(0x2400 + code) ?? "\u{FFFD}"
    }
}
