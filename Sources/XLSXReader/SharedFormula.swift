/// Translation of a shared formula to the cells that share it.
///
/// Excel and LibreOffice store a formula filled down or across once, in the first cell of
/// the range (`<f t="shared" ref="C2:C10" si="0">A2*B2</f>`), and the other cells only refer
/// to it (`<f t="shared" si="0"/>`). Each follower's formula is the leader's with its relative
/// references moved by the distance between the two cells, as Excel shows it.
enum SharedFormula {
    /// `formula` moved by `rows` and `columns`: relative references shift, `$`-anchored parts
    /// stay, text in quotes and structured references (`Table[Column]`) are left alone, and a
    /// reference moved off the sheet becomes `#REF!`.
    static func translate(_ formula: String, rows: Int, columns: Int) -> String {
        guard rows != 0 || columns != 0 else { return formula }
        let characters = Array(formula)
        var output = ""
        var index = 0
        var pendingRangeEnd: (isColumn: Bool, text: String)?
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "\"":
                let end = closingQuote(in: characters, from: index, quote: "\"")
                output += String(characters[index..<end])
                index = end
            case "'":
                // A quoted sheet name, as in 'Mål og tiltak'!B2.
                let end = closingQuote(in: characters, from: index, quote: "'")
                output += String(characters[index..<end])
                index = end
            case "[":
                let end = closingBracket(in: characters, from: index)
                output += String(characters[index..<end])
                index = end
            default:
                guard isTokenCharacter(character) else {
                    output.append(character)
                    index += 1
                    continue
                }
                var end = index
                while end < characters.count, isTokenCharacter(characters[end]) {
                    end += 1
                }
                let token = String(characters[index..<end])
                let next = end < characters.count ? characters[end] : nil
                let previous = index > 0 ? characters[index - 1] : nil
                output += translateToken(
                    token, next: next, previous: previous, following: characters[end...], rows: rows,
                    columns: columns, pendingRangeEnd: &pendingRangeEnd)
                index = end
            }
        }
        return output
    }

    /// The translation of one name-like token.
    private static func translateToken(
        _ token: String, next: Character?, previous: Character?, following: ArraySlice<Character>, rows: Int,
        columns: Int, pendingRangeEnd: inout (isColumn: Bool, text: String)?
    ) -> String {
        // The second half of a whole-column (A:C) or whole-row (1:3) range.
        if let pending = pendingRangeEnd, previous == ":", pending.text == token {
            pendingRangeEnd = nil
            return pending.isColumn ? moveColumn(token, by: columns) : moveRow(token, by: rows)
        }
        pendingRangeEnd = nil
        // A function name, sheet name or table name, not a reference.
        if next == "(" || next == "!" || next == "[" { return token }
        if let moved = moveCell(token, rows: rows, columns: columns) { return moved }
        // Whole columns or rows: both ends must be of the same shape.
        if next == ":" {
            let rest = following.dropFirst().prefix { isTokenCharacter($0) }
            let other = String(rest)
            if isColumnToken(token), isColumnToken(other) {
                pendingRangeEnd = (true, other)
                return moveColumn(token, by: columns)
            }
            if isRowToken(token), isRowToken(other) {
                pendingRangeEnd = (false, other)
                return moveRow(token, by: rows)
            }
        }
        return token
    }

    /// A cell reference like `B2`, `$B2`, `B$2`, `$B$2` moved, or nil if `token` is not one.
    private static func moveCell(_ token: String, rows: Int, columns: Int) -> String? {
        var scalars = Substring(token)
        let columnAnchored = scalars.first == "$"
        if columnAnchored { scalars = scalars.dropFirst() }
        let letters = scalars.prefix { $0.isASCII && $0.isLetter }
        scalars = scalars.dropFirst(letters.count)
        let rowAnchored = scalars.first == "$"
        if rowAnchored { scalars = scalars.dropFirst() }
        let digits = scalars
        guard !letters.isEmpty, !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
            let column = CellAddress.columnNumber(String(letters)), let row = Int(digits),
            (1...CellAddress.maxRow).contains(row)
        else { return nil }
        let newColumn = columnAnchored ? column : column + columns
        let newRow = rowAnchored ? row : row + rows
        guard (1...CellAddress.maxColumn).contains(newColumn), (1...CellAddress.maxRow).contains(newRow)
        else {
            return "#REF!"
        }
        return (columnAnchored ? "$" : "") + CellAddress.columnName(newColumn) + (rowAnchored ? "$" : "")
            + String(newRow)
    }

    private static func isColumnToken(_ token: String) -> Bool {
        let letters = token.hasPrefix("$") ? String(token.dropFirst()) : token
        return CellAddress.columnNumber(letters) != nil
    }

    private static func isRowToken(_ token: String) -> Bool {
        let digits = token.hasPrefix("$") ? token.dropFirst() : Substring(token)
        return !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    private static func moveColumn(_ token: String, by offset: Int) -> String {
        guard !token.hasPrefix("$"), let column = CellAddress.columnNumber(token) else { return token }
        let moved = column + offset
        guard (1...CellAddress.maxColumn).contains(moved) else { return "#REF!" }
        return CellAddress.columnName(moved)
    }

    private static func moveRow(_ token: String, by offset: Int) -> String {
        guard !token.hasPrefix("$"), let row = Int(token), (1...CellAddress.maxRow).contains(row) else {
            return token
        }
        let moved = row + offset
        guard (1...CellAddress.maxRow).contains(moved) else { return "#REF!" }
        return String(moved)
    }

    /// Characters that make up names, references and numbers.
    private static func isTokenCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_" || character == "$" || character == "."
            || character == "\\"
    }

    /// The index just past the quote that closes the one at `start`; doubled quotes are escapes.
    private static func closingQuote(in characters: [Character], from start: Int, quote: Character) -> Int {
        var index = start + 1
        while index < characters.count {
            if characters[index] == quote {
                if index + 1 < characters.count, characters[index + 1] == quote {
                    index += 2
                    continue
                }
                return index + 1
            }
            index += 1
        }
        return characters.count
    }

    /// The index just past the bracket that closes the one at `start`, allowing nesting.
    private static func closingBracket(in characters: [Character], from start: Int) -> Int {
        var depth = 0
        var index = start
        while index < characters.count {
            switch characters[index] {
            case "[": depth += 1
            case "]":
                depth -= 1
                if depth == 0 { return index + 1 }
            default: break
            }
            index += 1
        }
        return characters.count
    }
}
