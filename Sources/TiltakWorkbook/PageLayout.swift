import TiltakLanguage
import TiltakModel
import XlsxWriter

/// The print setup every sheet shares: A4 landscape, one page wide, and on every page what it is:
/// the party (in a task workbook), the plan's title and its revision in the header, the sheet and
/// `Side x av y` in the footer.
enum PageLayout {
    /// Applies the common print setup to `sheet`: the header names `party` (if any), `plan`'s title
    /// and revision label, the footer the sheet and the page in `language`; `repeatRows` are printed
    /// at the top of every page.
    static func apply(
        to sheet: Worksheet, plan: Plan, language: Language, party: String? = nil,
        repeatRows: ClosedRange<Int>? = 0...0
    ) throws {
        try sheet.setLandscape()
        try sheet.setPaper(.a4)
        try sheet.fitToPages(width: 1, height: 0)
        try sheet.setMargins(left: 0.5, right: 0.5, top: 0.75, bottom: 0.75)
        try sheet.setHeader(headerText(plan.title, revision: plan.revision.label, party: party))
        try sheet.setFooter("&L" + escape(sheet.name) + "&R" + WorkbookText.pageFooter.text(language))
        if let rows = repeatRows {
            try sheet.repeatRows(first: rows.lowerBound, last: rows.upperBound)
        }
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
