/// Builds A1-style references and sheet-qualified range formulas ("'Sheet name'!$A$2:$A$6").
///
/// All functions take zero-based rows and columns and throw `.worksheetIndexOutOfRange` for
/// positions outside Excel's grid, so a bad index fails loudly instead of producing "A0".
public enum CellReference {
    /// Column letters for a zero-based column: 0 → "A", 25 → "Z", 26 → "AA", 16 383 → "XFD".
    public static func columnLetters(_ col: Int) throws -> String {
        _ = try ExcelLimits.column(col, "CellReference.columnLetters(\(col))")
        var number = col + 1
        var letters: [Character] = []
        while number > 0 {
            let remainder = (number - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + remainder))))
            number = (number - 1) / 26
        }
        return String(letters.reversed())
    }

    /// The A1 name of a cell: (2, 1) → "B3", or "$B$3" when `absolute`.
    public static func a1(row: Int, col: Int, absolute: Bool = false) throws -> String {
        _ = try ExcelLimits.row(row, "CellReference.a1(row: \(row), col: \(col))")
        let letters = try columnLetters(col)
        let dollar = absolute ? "$" : ""
        return "\(dollar)\(letters)\(dollar)\(row + 1)"
    }

    /// The A1 text of a range: "A1:O70"; a single cell gives just "A1" (as libxlsxwriter does).
    public static func range(
        firstRow: Int, firstCol: Int, lastRow: Int, lastCol: Int, absolute: Bool = false
    ) throws -> String {
        try range(
            CellRange(firstRow: firstRow, firstCol: firstCol, lastRow: lastRow, lastCol: lastCol),
            absolute: absolute)
    }

    /// The A1 text of a `CellRange`; reversed corners throw `.parameterValidation`.
    public static func range(_ range: CellRange, absolute: Bool = false) throws -> String {
        guard range.firstRow <= range.lastRow, range.firstCol <= range.lastCol else {
            throw XlsxError.invalid(
                "CellReference.range",
                "range corners are reversed: rows \(range.firstRow)...\(range.lastRow), "
                    + "columns \(range.firstCol)...\(range.lastCol)")
        }
        let first = try a1(row: range.firstRow, col: range.firstCol, absolute: absolute)
        if range.firstRow == range.lastRow && range.firstCol == range.lastCol {
            return first
        }
        return first + ":" + (try a1(row: range.lastRow, col: range.lastCol, absolute: absolute))
    }

    /// A sheet name as it must appear in a formula: quoted when needed, inner `'` doubled.
    ///
    /// Names of ASCII letters, digits, `_` and `.` that do not start with a digit and do not
    /// look like a cell reference (e.g. "A1", "R1C1") or a boolean are left bare; anything
    /// else ("Sheet name", "Økonomi", "2024", "Bob's") is quoted, which Excel always accepts.
    public static func quotedSheetName(_ name: String) -> String {
        if needsQuoting(name) {
            return "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
        }
        return name
    }

    /// A reference qualified with its sheet: ("Sheet name", "$A$2:$A$6") → "'Sheet name'!$A$2:$A$6".
    public static func qualified(sheet: String, _ reference: String) -> String {
        quotedSheetName(sheet) + "!" + reference
    }

    /// An absolute range formula for charts and validations: "=Oversikt!$A$2:$A$6".
    public static func formula(sheet: String, _ range: CellRange) throws -> String {
        "=" + qualified(sheet: sheet, try CellReference.range(range, absolute: true))
    }

    private static func needsQuoting(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first else { return true }
        let bare = name.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII
                && (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                    || ("0"..."9").contains(scalar) || scalar == "_" || scalar == ".")
        }
        if !bare || ("0"..."9").contains(first) {
            return true
        }
        let upper = name.uppercased()
        if upper == "TRUE" || upper == "FALSE" {
            return true
        }
        return looksLikeA1(upper) || looksLikeR1C1(upper)
    }

    /// "A1" … "XFD1048576": 1–3 letters followed by digits only.
    private static func looksLikeA1(_ upper: String) -> Bool {
        let letters = upper.prefix { $0.isASCII && $0.isLetter }
        let digits = upper.dropFirst(letters.count)
        return (1...3).contains(letters.count) && !digits.isEmpty
            && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// "R", "C", "R1", "C2", "R1C2", "RC" style names, which Excel reads as references.
    private static func looksLikeR1C1(_ upper: String) -> Bool {
        var rest = Substring(upper)
        var sawPart = false
        if rest.first == "R" {
            rest = rest.dropFirst()
            rest = rest.drop { $0.isASCII && $0.isNumber }
            sawPart = true
        }
        if rest.first == "C" {
            rest = rest.dropFirst()
            rest = rest.drop { $0.isASCII && $0.isNumber }
            sawPart = true
        }
        return sawPart && rest.isEmpty
    }
}
