import TiltakLanguage
import XlsxWriter

/// The print setup every sheet shares: A4 landscape, one page wide, title header and page footer.
enum PageLayout {
    /// Applies the common print setup to `sheet`, its footer in `language`; `repeatRows` are printed
    /// at the top of every page.
    static func apply(
        to sheet: Worksheet, planTitle: String, language: Language, repeatRows: ClosedRange<Int>? = 0...0
    ) throws {
        try sheet.setLandscape()
        try sheet.setPaper(.a4)
        try sheet.fitToPages(width: 1, height: 0)
        try sheet.setMargins(left: 0.5, right: 0.5, top: 0.75, bottom: 0.75)
        try sheet.setHeader(headerText(planTitle))
        try sheet.setFooter("&L" + escape(sheet.name) + "&R" + WorkbookText.pageFooter.text(language))
        if let rows = repeatRows {
            try sheet.repeatRows(first: rows.lowerBound, last: rows.upperBound)
        }
    }

    /// `&C<title>`, with `&` doubled and cut to Excel's 255-character limit.
    static func headerText(_ title: String) -> String {
        let escaped = escape(title)
        return "&C" + String(escaped.prefix(200))
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
