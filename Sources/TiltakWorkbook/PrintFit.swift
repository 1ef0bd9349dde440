/// How one sheet prints, chosen from its column widths and row heights so that its type stays
/// legible: portrait when the printed columns fit the page's width at full size, else landscape; the
/// scale that fits the printed columns to the width, never below a minimum (a sheet wider than that
/// runs over pages across); and page breaks between groups of rows where a group fits on a page.
struct PrintFit: Equatable {
    /// The margins, in inches.
    static let margins = (side: 0.4, top: 0.75, bottom: 0.75)
    /// The height of a row without a height of its own, in points (11 pt Calibri or Carlito).
    static let defaultRowHeight = 15.0
    /// The most manual page breaks Excel keeps on a sheet.
    static let mostBreaks = 1023

    /// Whether the sheet prints landscape.
    let landscape: Bool
    /// The print scale, in percent.
    let scale: Int
    /// The rows a new page starts at (zero-based).
    let breaks: [Int]

    /// The sheet's printed width in pixels at 100 %, as Excel lays out columns `widths` characters
    /// wide (7 pixels per character of the default font, plus 5 pixels of padding).
    /// LibreOffice lays columns out up to about 6 % wider than Excel (measured); 7 % is allowed.
    static func pixels(_ widths: [Double]) -> Double {
        widths.reduce(0) { $0 + ($1 <= 0 ? 0 : ($1 * 7 + 0.5).rounded(.down) + 5) } * 1.07
    }

    /// The narrowest a column of wrapped text is made to fit the page, in characters.
    static let narrowestWrapped = 12
    /// The scale a sheet's columns are narrowed to print at, at least, in percent.
    static let targetScale = 90

    /// The `free` columns' widths narrowed so that the sheet (with the `fixed` columns as they are)
    /// fits the paper landscape at ``targetScale``, or `portrait` at full size: each column wider
    /// than ``narrowestWrapped`` loses the same share of what it has above that, so wide text stays
    /// the widest; `free` as it is when the sheet fits.
    static func narrowed(_ free: [Int: Double], fixed: [Int: Double], paper: Paper, portrait: Bool = false)
        -> [Int: Double]
    {
        let page =
            portrait
            ? (paper.sides.short - margins.side * 2) * 96
            : (paper.sides.long - margins.side * 2) * 96 * 100 / Double(targetScale)
        let floor = Double(narrowestWrapped)
        func widths(_ share: Double) -> [Int: Double] {
            free.mapValues { $0 <= floor ? $0 : floor + (($0 - floor) * share).rounded(.down) }
        }
        func fits(_ share: Double) -> Bool {
            pixels(Array(fixed.values) + Array(widths(share).values)) <= page
        }
        guard !fits(1) else { return free }
        var share = 1.0
        while share > 0, !fits(share) { share -= 0.02 }
        return widths(max(share, 0))
    }

    /// Chooses the print of a sheet whose printed columns are `widths` characters wide.
    ///
    /// - Parameters:
    ///   - rowHeight: The height of a row in points.
    ///   - rows: The rows printed.
    ///   - titleRows: The rows repeated at the top of every page.
    ///   - groups: Row ranges that should start on a new page rather than be split, each beginning
    ///     with its heading row.
    ///   - minimumScale: The smallest scale the type may be printed at, in percent.
    init(
        widths: [Double], paper: Paper, rowHeight: (Int) -> Double = { _ in defaultRowHeight },
        rows: Range<Int> = 0..<0, titleRows: ClosedRange<Int>? = nil, groups: [Range<Int>] = [],
        minimumScale: Int = 75
    ) {
        let sheet = Self.pixels(widths)
        let side = Self.margins.side * 2
        let portraitWidth = (paper.sides.short - side) * 96
        let landscapeWidth = (paper.sides.long - side) * 96
        landscape = sheet > portraitWidth
        let width = landscape ? landscapeWidth : portraitWidth
        let fitted = sheet <= 0 ? 100 : Int((width / sheet * 100).rounded(.down))
        scale = max(minimumScale, min(100, fitted))
        let pageInches =
            (landscape ? paper.sides.short : paper.sides.long) - Self.margins.top - Self.margins.bottom
        let titles = titleRows.map { $0.reduce(0) { $0 + rowHeight($1) } } ?? 0
        let capacity = pageInches * 72 * 100 / Double(scale) - titles
        breaks = Self.breaks(
            groups: groups, rows: rows, rowHeight: rowHeight, capacity: capacity)
    }

    /// Page breaks before groups that would be split but fit on a page of their own, and before a
    /// heading that would stand at the foot of a page without the row under it.
    static func breaks(
        groups: [Range<Int>], rows: Range<Int>, rowHeight: (Int) -> Double, capacity: Double
    ) -> [Int] {
        guard !groups.isEmpty, capacity > 0 else { return [] }
        var starts: [Int: Int] = [:]
        for group in groups where !group.isEmpty { starts[group.lowerBound] = group.upperBound }
        var breaks: [Int] = []
        var used = 0.0
        var row = rows.lowerBound
        while row < rows.upperBound {
            if let end = starts[row], used > 0 {
                let group = (row..<min(end, rows.upperBound)).reduce(0) { $0 + rowHeight($1) }
                let opening = rowHeight(row) + (row + 1 < end ? rowHeight(row + 1) : 0)
                if (used + group > capacity && group <= capacity) || used + opening > capacity {
                    breaks.append(row)
                    used = 0
                }
            }
            let height = rowHeight(row)
            if used + height > capacity && used > 0 { used = 0 }
            used += height
            row += 1
        }
        return Array(breaks.prefix(mostBreaks))
    }
}
