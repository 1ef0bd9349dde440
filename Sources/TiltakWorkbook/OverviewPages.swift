/// Where the printed overview breaks its pages: a table that would run over the foot of an A4
/// landscape page starts on the next one (unless it is longer than a page anyway), and each chart
/// starts a page of its own.
///
/// Heights are estimated the way ``SheetWriter/applyWidths(minimum:maximum:fixed:)`` sets them: 15
/// points a line, a wrapped text about one character less per line than its column is wide.
enum OverviewPages {
    /// The points of rows an A4 landscape page holds at 100 % with the sheet's margins, header
    /// and footer, as LibreOffice fits them (between 456 and 471 points measured), so a table is never cut.
    static let pageHeight = 465.0
    /// The height of the title row (16 pt type), printed again at the top of every page.
    static let titleHeight = 21.0
    /// The height of a row of one line.
    static let lineHeight = 15.0

    /// A table of the sheet: the row of its label and its height in points (label, header and rows).
    struct Table {
        /// The row of the table's label, where a page break goes.
        var firstRow: Int
        /// The height in points.
        var height: Double
    }

    /// The lines `text` takes in a column `width` wide (as the sheet's writer sets row heights).
    static func lines(_ text: String, width: Double) -> Int {
        let perLine = max(1, Int(width) - 1)
        return text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) {
            $0 + max(1, ($1.unicodeScalars.count + perLine - 1) / perLine)
        }
    }

    /// The height of a table: a label row, a header of `captions` (one per column of `widths`)
    /// and rows whose first-column texts are `names`.
    static func height(captions: [String], widths: [Int: Double], names: [String]) -> Double {
        let header = captions.enumerated().map { lines($1, width: widths[$0] ?? 8.43) }.max() ?? 1
        let first = widths[0] ?? 8.43
        let rows = names.reduce(0) { $0 + lines($1, width: first) }
        return lineHeight * Double(1 + header + rows)
    }

    /// The rows to break the page above so that no table in `tables` (in sheet order, each followed
    /// by a blank row) runs over a page's foot; `above` is the height of the rows before the first.
    static func breaks(_ tables: [Table], above: Double) -> [Int] {
        var used = above
        var breaks: [Int] = []
        for table in tables {
            if used + table.height > pageHeight, titleHeight + table.height <= pageHeight, used > titleHeight
            {
                breaks.append(table.firstRow)
                used = titleHeight
            }
            used += table.height + lineHeight
            while used > pageHeight { used -= pageHeight - titleHeight }
        }
        return breaks
    }
}
