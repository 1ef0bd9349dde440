import TiltakLanguage
import TiltakModel
import XlsxWriter

/// The print setup every sheet shares: legible type on the workbook's paper (``PrintFit``), the
/// header rows on every page, and on every page what it is: the party (in a task workbook), the
/// plan's title and its revision in the header, the sheet and `Side x av y` in the footer.
enum PageLayout {
    /// Applies the print setup of `writer`'s sheet, chosen from its column widths and row heights
    /// (``PrintFit``) on the workbook's paper, so that its type prints at no less than
    /// `minimumScale` percent: the header names `party` (if any), the plan's title and revision
    /// label, the footer the sheet and the page; `repeatRows` are printed at the top of every page.
    ///
    /// Call it after ``SheetWriter/applyWidths(minimum:maximum:fixed:widest:)``.
    ///
    /// - Parameters:
    ///   - printedColumns: The columns printed (the print area), `nil` for every column written.
    ///   - groups: Row ranges kept on one page where they fit, each starting with its heading.
    static func apply(
        to writer: SheetWriter, plan: Plan, party: String? = nil, repeatRows: ClosedRange<Int>? = 0...0,
        printedColumns: Range<Int>? = nil, groups: [Range<Int>] = [], minimumScale: Int = 75
    ) throws {
        let sheet = writer.sheet
        let columns = printedColumns ?? 0..<((writer.columnWidths.keys.max() ?? -1) + 1)
        let rows = 0..<(writer.lastRow + 1)
        let fit = PrintFit(
            widths: columns.map { writer.columnWidths[$0] ?? 8.43 }, paper: writer.styles.paper,
            rowHeight: { writer.rowHeights[$0] ?? PrintFit.defaultRowHeight }, rows: rows,
            titleRows: repeatRows, groups: groups, minimumScale: minimumScale)
        if fit.landscape { try sheet.setLandscape() } else { try sheet.setPortrait() }
        try sheet.setPaper(writer.styles.paper.size)
        try sheet.setPrintScale(fit.scale)
        try sheet.setMargins(
            left: PrintFit.margins.side, right: PrintFit.margins.side, top: PrintFit.margins.top,
            bottom: PrintFit.margins.bottom)
        try sheet.setHeader(headerText(plan.title, revision: plan.revision.label, party: party))
        try sheet.setFooter(
            "&L" + escape(sheet.name) + "&R" + WorkbookText.pageFooter.text(writer.language))
        if let rows = repeatRows {
            try sheet.repeatRows(first: rows.lowerBound, last: rows.upperBound)
        }
        if let printed = printedColumns, !rows.isEmpty, !printed.isEmpty {
            try sheet.setPrintArea(
                CellRange(
                    firstRow: 0, firstCol: printed.lowerBound, lastRow: rows.upperBound - 1,
                    lastCol: printed.upperBound - 1))
        }
        if !fit.breaks.isEmpty { try sheet.setHorizontalPageBreaks(fit.breaks) }
    }

    /// The most code points of each part of the header: with the three section codes the whole
    /// stays within the 255 code points Excel allows, whatever the texts.
    static let headerParts = (party: 50, title: 140, revision: 50)

    /// `&L<party>&C<title>&R<revision>`: each part with `&` doubled and cut to its code points
    /// (``headerParts``); a part left empty is left out.
    static func headerText(_ title: String, revision: String, party: String? = nil) -> String {
        let left = party.map { "&L" + cut(escape($0), to: headerParts.party) } ?? ""
        let right = revision.isEmpty ? "" : "&R" + cut(escape(revision), to: headerParts.revision)
        return left + "&C" + cut(escape(title), to: headerParts.title) + right
    }

    /// `text` cut to `limit` code points, never between the two `&` of a doubled one.
    static func cut(_ text: String, to limit: Int) -> String {
        guard text.unicodeScalars.count > limit else { return text }
        var scalars = String.UnicodeScalarView(text.unicodeScalars.prefix(limit))
        let ampersands = scalars.reversed().prefix { $0 == "&" }.count
        if ampersands % 2 == 1 { scalars.removeLast() }
        return String(scalars)
    }

    /// Doubles `&`, which starts a code in Excel headers and footers.
    static func escape(_ text: String) -> String {
        text.replacingAll("&", with: "&&")
    }
}

extension String {
    /// Every occurrence of `target` replaced (without Foundation).
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self {
            if character == target { result += replacement } else { result.append(character) }
        }
        return result
    }
}
