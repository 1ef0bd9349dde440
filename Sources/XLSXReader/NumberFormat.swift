/// Built-in number formats and date detection.
enum NumberFormat {
    /// The codes of the built-in number formats Excel does not write into the styles part.
    /// Ids 14 and 22 are locale-dependent; the codes here are Excel's invariant ones.
    static let builtIn: [Int: String] = [
        0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00",
        9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??",
        14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM",
        20: "h:mm", 21: "h:mm:ss", 22: "m/d/yy h:mm",
        37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00;(#,##0.00)",
        40: "#,##0.00;[Red](#,##0.00)", 45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
    ]

    /// Built-in ids that are dates or times, including the East Asian locale ones.
    private static let builtInDateIds: Set<Int> = Set(14...22).union(27...36).union(45...47).union(50...58)

    /// Whether a number format shows a date or time.
    static func isDate(id: Int, code: String?) -> Bool {
        if builtInDateIds.contains(id) { return true }
        guard let code else { return false }
        return isDateCode(code)
    }

    /// Whether a format code has date or time parts (d, m, y, h, s, or elapsed `[h]`) outside
    /// quoted text, escapes and bracketed colours or locales.
    static func isDateCode(_ code: String) -> Bool {
        if code.lowercased() == "general" { return false }
        // Only the first section (positive numbers) decides.
        var inQuotes = false
        var escaped = false
        var bracket: String?
        for character in code {
            if escaped {
                escaped = false
                continue
            }
            if inQuotes {
                if character == "\"" { inQuotes = false }
                continue
            }
            if var text = bracket {
                if character == "]" {
                    // [h], [mm], [ss] are elapsed time; [Red], [$-414], [>=100] are not.
                    let lowered = text.lowercased()
                    if !lowered.isEmpty, lowered.allSatisfy({ "hms".contains($0) }) { return true }
                    bracket = nil
                } else {
                    text.append(character)
                    bracket = text
                }
                continue
            }
            switch character {
            case "\"": inQuotes = true
            case "\\", "_", "*": escaped = true
            case "[": bracket = ""
            case ";": return false
            case "d", "D", "m", "M", "y", "Y", "h", "H", "s", "S":
                return true
            default: continue
            }
        }
        return false
    }
}
