/// How many lines a text takes when a spreadsheet wraps it at word boundaries in a column, from the
/// widths of its characters in Calibri 11 (the workbook's font; Carlito in LibreOffice has the same
/// metrics), measured in the units of column widths (the width of `0`).
///
/// The widths are rounded up, so the count errs towards a line too many (some white space) rather
/// than a line too few (a row cut off in print).
enum PrintedLines {
    /// The width of `character` in widths of `0`, rounded up to a few classes.
    static func width(of character: Character) -> Double {
        switch character {
        case " ": return 0.45
        case "i", "j", "l", "I", ".", ",", ":", ";", "'", "!", "|": return 0.5
        case "f", "r", "t": return 0.65
        case "m", "w": return 1.5
        case "M", "W", "Æ", "Œ": return 1.7
        default:
            if character.isLowercase || character.isNumber { return 1.0 }
            if character.isUppercase { return 1.15 }
            // Punctuation and symbols are narrower than a letter; wide signs (%, @, …) are not.
            return character.isPunctuation ? 0.8 : 1.3
        }
    }

    /// The lines `text` takes in a column `columnWidth` wide: each line of it (split at line feeds)
    /// wrapped greedily at spaces, a word wider than the column broken over as many lines as it needs.
    static func count(_ text: String, columnWidth: Double) -> Int {
        // About one unit of the width is the cell's padding.
        let capacity = max(1, columnWidth - 1)
        var lines = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var used = 0.0
            var lineCount = 1
            for word in line.split(separator: " ", omittingEmptySubsequences: false) {
                let wordWidth = word.reduce(0) { $0 + width(of: $1) }
                let needed = used == 0 ? wordWidth : used + width(of: " ") + wordWidth
                if needed <= capacity {
                    used = needed
                } else if wordWidth <= capacity {
                    lineCount += 1
                    used = wordWidth
                } else {
                    // A word wider than the column: it starts a line and fills as many as it needs.
                    let full = Int((wordWidth / capacity).rounded(.up))
                    lineCount += (used == 0 ? 0 : 1) + full - 1
                    used = wordWidth - Double(full - 1) * capacity
                }
            }
            lines += lineCount
        }
        return max(1, lines)
    }
}
