import TiltakLanguage
import TiltakLayout
import XlsxWriter

/// Writes cells to one worksheet, always text as text, and remembers content widths for the columns.
final class SheetWriter {
    /// The sheet written to.
    let sheet: Worksheet
    /// The workbook's formats.
    let styles: WorkbookStyles
    /// The language of the workbook's words.
    let language: Language
    /// Widest content seen per column, in characters (0 for columns without content).
    private var widths: [Int] = []
    /// A text's line lengths at a cell, to give rows whose text wraps their height.
    private struct MeasuredText {
        var row: Int
        var col: Int
        /// The only line's length, or the longest line's.
        var longest: Int
        /// Every line's length when there are several, else `nil`.
        var lengths: [Int]?
    }
    /// Line lengths of the text written, in the order written.
    private var texts: [MeasuredText] = []
    /// Outline levels of rows (collapsible groups).
    private var outlineLevels: [Int: Int] = [:]
    /// The widths ``applyWidths(minimum:maximum:fixed:widest:)`` gave the columns, in characters.
    private(set) var columnWidths: [Int: Double] = [:]
    /// The heights ``applyWidths(minimum:maximum:fixed:widest:)`` gave rows whose text wraps, in points.
    private(set) var rowHeights: [Int: Double] = [:]
    /// Whether ``applyWidths(minimum:maximum:fixed:)`` also sets the height of rows whose text wraps.
    var fitsRowHeights = true

    /// The last row a cell was written to through the writer (-1 before any).
    private(set) var lastRow = -1

    /// The first rows of the sheet's groups (a heading and the rows under it), in order.
    private var groupStarts: [Int] = []

    /// The sheet's name.
    var name: String { sheet.name }

    /// The workbook's sheet names, captions and labels.
    var words: Words { Words(language) }

    /// Creates a writer for `sheet`, whose words are in `language`.
    init(_ sheet: Worksheet, styles: WorkbookStyles, language: Language) {
        self.sheet = sheet
        self.styles = styles
        self.language = language
    }

    /// Writes `value` as a string (never as a formula), refusing text longer than a cell holds.
    ///
    /// - Parameter context: Names the text in an error, e.g. `tiltak NK-01, Merknad`.
    func text(
        _ row: Int, _ col: Int, _ value: String, format: Format? = nil,
        context: @autoclosure () -> String = "",
        measure: Bool = true
    ) throws {
        lastRow = max(lastRow, row)
        guard !value.isEmpty else {
            if let format { try sheet.writeBlank(row: row, col: col, format: format) }
            return
        }
        try CellText.check(value, context: Self.place(context(), sheet: name, row: row, col: col))
        try sheet.writeString(row: row, col: col, value, format: format ?? styles.text)
        // A title, heading or label does not wrap: it runs on over the blank cells beside it and
        // keeps its row one line high.
        if let format, !measure,
            [styles.title, styles.heading, styles.label].contains(where: { $0 === format })
        {
            return
        }
        guard measure || fitsRowHeights else { return }
        let lines = Self.lineLengths(value)
        noteText(row, col, longest: lines.longest, total: lines.total, measure: measure) { lines.lengths }
    }

    /// Records a written text's width for its column (with `measure`) and its lines for its row's height.
    private func noteText(
        _ row: Int, _ col: Int, longest: Int, total: Int, measure: Bool = true, lengths: () -> [Int]?
    ) {
        if measure { note(col, longest) }
        if fitsRowHeights, total > 6 {
            texts.append(MeasuredText(row: row, col: col, longest: longest, lengths: lengths()))
        }
    }

    /// A row's texts packed, measured and checked on another thread, ready to be written as strings.
    struct PackedTexts: Sendable {
        /// The texts, as C strings.
        private(set) var strings = CellStrings()
        /// The column of each text.
        private(set) var cols: [Int] = []
        /// Each text's longest line and its characters in all (see ``SheetWriter/lineLengths(_:)``),
        /// and the index of its line lengths in `lineLengths` when it has several lines (else -1).
        private(set) var measures: [(longest: Int, total: Int, lines: Int)] = []
        private(set) var lineLengths: [[Int]] = []

        /// Adds `value` (not empty) for column `col`; false (adding nothing) when it cannot be
        /// written this way: it holds a NUL, which C strings cannot, or is longer than a cell holds.
        mutating func append(_ value: String, col: Int) -> Bool {
            guard CellText.excessLength(value) == nil, strings.append(value) != nil else { return false }
            let (lengths, longest, total) = SheetWriter.lineLengths(value)
            cols.append(col)
            measures.append((longest, total, lengths == nil ? -1 : lineLengths.count))
            if let lengths { lineLengths.append(lengths) }
            return true
        }
    }

    /// Writes packed texts in the default format, as ``text(_:_:_:format:context:measure:)`` writes
    /// each.
    func texts(_ row: Int, _ packed: PackedTexts) throws {
        lastRow = max(lastRow, row)
        try sheet.writeStrings(row: row, cols: packed.cols, packed.strings, format: styles.text)
        for (index, col) in packed.cols.enumerated() {
            let measure = packed.measures[index]
            noteText(row, col, longest: measure.longest, total: measure.total) {
                measure.lines < 0 ? nil : packed.lineLengths[measure.lines]
            }
        }
    }

    /// Starts a group of rows at `row` (its heading), which the printout keeps on one page where it
    /// fits (see ``PageLayout``).
    func beginGroup(at row: Int) {
        groupStarts.append(row)
    }

    /// The groups begun with ``beginGroup(at:)``: each runs to the next group or the last row.
    var groups: [Range<Int>] {
        groupStarts.indices.map { index in
            let end = index + 1 < groupStarts.count ? groupStarts[index + 1] : lastRow + 1
            return groupStarts[index]..<max(end, groupStarts[index])
        }
    }

    /// Puts `row` in a collapsible group at `level` (applied with the row heights).
    func outline(_ row: Int, level: Int) {
        outlineLevels[row] = level
    }

    /// Writes a number.
    func number(_ row: Int, _ col: Int, _ value: Int, format: Format? = nil) throws {
        lastRow = max(lastRow, row)
        try sheet.writeNumber(row: row, col: col, Double(value), format: format ?? styles.integer)
        let digits = Self.digits(value)
        note(col, digits + (value >= 1000 ? digits / 3 : 0))
    }

    /// The characters of `value` written in decimal, with its minus sign.
    static func digits(_ value: Int) -> Int {
        var count = value < 0 ? 2 : 1
        var rest = value.magnitude / 10
        while rest > 0 {
            count += 1
            rest /= 10
        }
        return count
    }

    /// Writes a formula with its computed value, so viewers that do not recalculate show the right number.
    func formula(_ row: Int, _ col: Int, _ formula: String, value: Int, format: Format? = nil) throws {
        lastRow = max(lastRow, row)
        try sheet.writeFormula(
            row: row, col: col, formula, cachedNumber: Double(value), format: format ?? styles.integer)
        note(col, String(value).count + 2)
    }

    /// Writes a header row of bold captions.
    func header(_ row: Int, _ captions: [String], firstCol: Int = 0) throws {
        for (offset, caption) in captions.enumerated() {
            try text(row, firstCol + offset, caption, format: styles.header)
        }
    }

    /// Records that column `col` holds content `length` characters wide.
    func note(_ col: Int, _ length: Int) {
        if col >= widths.count { widths += Array(repeating: 0, count: col + 1 - widths.count) }
        if length > widths[col] { widths[col] = length }
    }

    /// Sets column widths from the content: at least `minimum`, at most `maximum` or the column's own
    /// most in `widest` (longer text wraps), then gives rows whose text wraps the height of their
    /// lines, so that printouts and viewers that do not fit row heights themselves (LibreOffice) show
    /// all of it, and applies row outlines.
    ///
    /// With `fitsPage`, the widest columns are narrowed (to no less than
    /// ``PrintFit/narrowestWrapped``) until the sheet fits its paper's width in landscape at
    /// ``PrintFit/targetScale``, or (`portrait`) portrait at full size.
    func applyWidths(
        minimum: Int = 6, maximum: Int = 60, fixed: [Int: Double] = [:], widest: [Int: Int] = [:],
        fitsPage: Bool = true, portrait: Bool = false
    ) throws {
        let measured = widths.indices.filter { widths[$0] > 0 }
        var natural: [Int: Double] = [:]
        for col in Set(measured).union(fixed.keys) {
            let content = col < widths.count ? widths[col] : 0
            let most = min(widest[col] ?? maximum, maximum)
            natural[col] = fixed[col] ?? Double(min(max(content, minimum), max(most, minimum))) + 2
        }
        let free = natural.filter { fixed[$0.key] == nil }
        let narrowed =
            fitsPage
            ? PrintFit.narrowed(
                free, fixed: natural.filter { fixed[$0.key] != nil }, paper: styles.paper, portrait: portrait)
            : free
        for col in natural.keys.sorted() {
            let width = narrowed[col] ?? natural[col] ?? 8.43
            columnWidths[col] = width
            try sheet.setColumn(col, width: width)
        }
        var lineCounts: [Int: Int] = [:]
        for text in texts {
            // A character of prose is narrower than the digit a width counts: a line of about 1.1
            // characters per unit of width fits on one line; wrapping at words leaves part of each
            // wrapped line empty, so 3 characters fewer are counted on those.
            let width = columnWidths[text.col] ?? 8.43
            let oneLine = Int(width * 1.1)
            let perLine = max(1, oneLine - 3)
            func wrapped(_ length: Int) -> Int {
                length <= oneLine ? 1 : max(1, (length + perLine - 1) / perLine)
            }
            let lines = text.lengths.map { $0.reduce(0) { $0 + wrapped($1) } } ?? wrapped(text.longest)
            if lines > 1 { lineCounts[text.row] = max(lineCounts[text.row] ?? 1, lines) }
        }
        for row in Set(lineCounts.keys).union(outlineLevels.keys).sorted() {
            let lines = lineCounts[row] ?? 1
            let level = outlineLevels[row] ?? 0
            guard lines > 1 || level > 0 else { continue }
            if lines > 1 { rowHeights[row] = min(409, 15 * Double(lines)) }
            try sheet.setRow(
                row, height: lines > 1 ? min(409, 15 * Double(lines)) : nil,
                options: RowColumnOptions(level: level))
        }
    }

    /// The lengths of the lines of `text` (split at line feeds) when there are several, the longest
    /// line's length and the characters in all.
    ///
    /// A character is counted per Unicode scalar (UTF-8 lead byte), which for the precomposed text
    /// of plans is the same as counting characters, without grapheme breaking.
    static func lineLengths(_ text: String) -> (lengths: [Int]?, longest: Int, total: Int) {
        if let measured = text.utf8.withContiguousStorageIfAvailable(lineLengths) { return measured }
        return Array(text.utf8).withUnsafeBufferPointer(lineLengths)
    }

    private static func lineLengths(_ bytes: UnsafeBufferPointer<UInt8>) -> (
        lengths: [Int]?, longest: Int, total: Int
    ) {
        var lengths: [Int]? = nil
        var current = 0
        var longest = 0
        var total = 0
        for byte in bytes {
            if byte == 0x0A {
                lengths = (lengths ?? []) + [current]
                longest = max(longest, current)
                current = 0
            } else if byte & 0xC0 != 0x80 {
                current += 1
                total += 1
            }
        }
        if lengths != nil { lengths?.append(current) }
        return (lengths, max(longest, current), total)
    }

    private static func place(_ context: String, sheet: String, row: Int, col: Int) -> String {
        let cell = (try? CellReference.a1(row: row, col: col)) ?? "R\(row + 1)C\(col + 1)"
        let location = "\(sheet)!\(cell)"
        return context.isEmpty ? location : "\(context) (\(location))"
    }
}
