/// A plain-text table that lines up in a terminal, an e-mail and a printout.
///
/// Columns are sized by display width (``DisplayWidth``) to their widest line, within each
/// column's minimum and maximum. When ``maxWidth`` is set and the table is wider, the widest
/// wrapping columns are narrowed one column at a time until it fits, then, if that is not
/// enough, the widest truncating ones; no column goes below its minimum. Cells are neutralised
/// with ``TerminalSafe`` (wrapping columns keep newlines as line breaks), wrapped or truncated
/// into their column, and padded, so every line of a row has the same layout; trailing spaces
/// are trimmed from each line.
///
/// ```
/// let table = TextTable(columns: [.init("Nr", alignment: .right), .init("Tiltak")], maxWidth: 100)
/// print(table.render([["1", "Etablere næringsforum"], ["2", "Styrke kollektivtilbodet"]]))
/// ```
public struct TextTable: Sendable {
    /// What a column does with text wider than the column.
    public enum Overflow: Sendable, Hashable {
        /// Wrap onto further lines of the row.
        case wrap
        /// Cut to one line ending in "…".
        case truncate
    }

    /// One column: its header and how its cells are laid out.
    public struct Column: Sendable, Hashable {
        /// The header text, shown above the separator line.
        public var header: String
        /// How cell text sits within the column.
        public var alignment: TextAlignment
        /// The narrowest the column may be made, at least 1.
        public var minWidth: Int
        /// The widest the column may be, or nil for no limit but the table's.
        public var maxWidth: Int?
        /// What happens to text wider than the column.
        public var overflow: Overflow

        /// A column with the given header and layout.
        public init(
            _ header: String, alignment: TextAlignment = .left, minWidth: Int = 1, maxWidth: Int? = nil,
            overflow: Overflow = .wrap
        ) {
            self.header = header
            self.alignment = alignment
            self.minWidth = max(1, minWidth)
            self.maxWidth = maxWidth.map { max(1, $0) }
            self.overflow = overflow
        }
    }

    /// The columns, left to right.
    public var columns: [Column]
    /// Spaces between adjacent columns.
    public var columnGap: Int
    /// The widest the whole table should be, or nil for no limit.
    public var maxWidth: Int?
    /// The character repeated under each header, or nil for no separator line.
    public var headerSeparator: Character?
    /// Whether the header and separator lines are shown.
    public var showsHeader: Bool

    /// A table with the given columns and layout.
    public init(
        columns: [Column], columnGap: Int = 2, maxWidth: Int? = nil, headerSeparator: Character? = "-",
        showsHeader: Bool = true
    ) {
        self.columns = columns
        self.columnGap = max(0, columnGap)
        self.maxWidth = maxWidth
        self.headerSeparator = headerSeparator
        self.showsHeader = showsHeader
    }

    /// The table as text: lines joined with "\n", without a final newline.
    public func render(_ rows: [[String]]) -> String {
        renderLines(rows).joined(separator: "\n")
    }

    /// The table's lines: header, separator, then each row's lines.
    ///
    /// A row with fewer cells than there are columns is padded with empty cells; cells beyond
    /// the last column are ignored.
    public func renderLines(_ rows: [[String]]) -> [String] {
        let cells = rows.map(normalisedRow)
        let headers = columns.map { cleaned($0.header, for: $0) }
        let widths = columnWidths(headers: headers, cells: cells)
        var lines: [String] = []
        if showsHeader {
            lines += renderRow(headers, widths: widths)
            if let separator = headerSeparator {
                let rule = widths.map { Padding.fit(String(repeating: separator, count: $0), to: $0) }
                lines.append(rule.joined(separator: gap).trimmingTrailingSpaces())
            }
        }
        for row in cells {
            lines += renderRow(row, widths: widths)
        }
        return lines
    }

    /// The display width each column gets for `rows`, after fitting to ``maxWidth``.
    public func columnWidths(for rows: [[String]]) -> [Int] {
        columnWidths(headers: columns.map { cleaned($0.header, for: $0) }, cells: rows.map(normalisedRow))
    }

    /// The display column (0-based) at which each column starts, for the given widths.
    public func columnStarts(for widths: [Int]) -> [Int] {
        var starts: [Int] = []
        var position = 0
        for width in widths {
            starts.append(position)
            position += width + columnGap
        }
        return starts
    }

    // MARK: - Layout

    private var gap: String { Padding.spaces(columnGap) }

    private func columnWidths(headers: [String], cells: [[String]]) -> [Int] {
        var widths = columns.indices.map { index -> Int in
            let column = columns[index]
            var natural = naturalWidth(headers[index], column: column)
            for row in cells {
                natural = max(natural, naturalWidth(row[index], column: column))
            }
            var width = max(natural, column.minWidth)
            if let maxWidth = column.maxWidth {
                width = min(width, max(maxWidth, column.minWidth))
            }
            return width
        }
        guard let maxWidth else { return widths }
        var excess = widths.reduce(0, +) + columnGap * max(0, widths.count - 1) - maxWidth
        for overflow in [Overflow.wrap, .truncate] {
            while excess > 0, let index = widestShrinkable(widths, overflow: overflow) {
                widths[index] -= 1
                excess -= 1
            }
        }
        return widths
    }

    /// The index of the widest column with the given overflow that is above its minimum width;
    /// of equally wide ones, the rightmost.
    private func widestShrinkable(_ widths: [Int], overflow: Overflow) -> Int? {
        var best: Int?
        for index in columns.indices where columns[index].overflow == overflow {
            guard widths[index] > columns[index].minWidth else { continue }
            if let current = best, widths[current] > widths[index] { continue }
            best = index
        }
        return best
    }

    /// The width of the widest line of a cell laid out without a width limit.
    private func naturalWidth(_ text: String, column: Column) -> Int {
        switch column.overflow {
        case .wrap:
            return TextWrapper.unwrappedParagraphs(text).map(\.displayWidth).max() ?? 0
        case .truncate:
            return text.displayWidth
        }
    }

    private func renderRow(_ row: [String], widths: [Int]) -> [String] {
        let cellLines = columns.indices.map { index in
            layOut(row[index], column: columns[index], width: widths[index])
        }
        let height = cellLines.map(\.count).max() ?? 0
        return (0..<height).map { lineIndex in
            let parts = columns.indices.map { index -> String in
                let lines = cellLines[index]
                return lineIndex < lines.count ? lines[lineIndex] : Padding.spaces(widths[index])
            }
            return parts.joined(separator: gap).trimmingTrailingSpaces()
        }
    }

    /// The lines of one cell, each exactly `width` columns wide.
    private func layOut(_ text: String, column: Column, width: Int) -> [String] {
        switch column.overflow {
        case .wrap:
            return TextWrapper(width: width).wrap(text).map {
                Padding.fit($0, to: width, alignment: column.alignment)
            }
        case .truncate:
            return [Padding.fit(text, to: width, alignment: column.alignment)]
        }
    }

    private func normalisedRow(_ row: [String]) -> [String] {
        columns.indices.map { index in
            index < row.count ? cleaned(row[index], for: columns[index]) : ""
        }
    }

    /// Cell text made safe for the terminal, with surrounding whitespace removed.
    private func cleaned(_ text: String, for column: Column) -> String {
        TerminalSafe.neutralise(text, keepNewlines: column.overflow == .wrap).trimmingWhitespace()
    }
}
