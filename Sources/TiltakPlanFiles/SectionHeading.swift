import TiltakModel

/// The heading of a section row, read as a focus area: the code it numbers the area with and the
/// area's name (`Hovudmål 1: Berekraftig reiseliv` → `1`, `Berekraftig reiseliv`).
///
/// A heading is an optional word or two (`Hovudmål`, `Innsatsområde`, `Satsingsområde`,
/// `Focus area`, …), a code (`1`, `2.3`, `A`, `IV`) and a separator (`:`, `.`, `)`, `–`, `-`)
/// before the name, glued to the code or standing alone; after a word the separator may be a
/// space (`Hovudmål 2 Næring`). A heading
/// that is not so written is the name, and the area gets a code made from it.
package struct SectionHeading: Hashable, Sendable {
    /// The code written in the heading, or nil.
    package var code: String?
    /// The area's name.
    package var name: String
    /// The heading as written.
    package var text: String

    /// Reads `text`.
    package init(_ text: String) {
        let text = text.trimmingWhitespace
        self.text = text
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        // The code's place: after up to two words of letters, or first.
        for lead in 0...min(2, max(words.count - 2, 0)) {
            guard words.prefix(lead).allSatisfy({ $0.allSatisfy(\.isLetter) }), lead < words.count else {
                break
            }
            // A separator may stand as a word of its own (`2.3 – Vegar`).
            let separatorFollows =
                lead + 1 < words.count && words[lead + 1].allSatisfy { Self.separators.contains($0) }
            if let (code, rest) = Self.code(words[lead], spaceSeparates: lead > 0 || separatorFollows) {
                let name = String(
                    ([rest] + words.dropFirst(lead + 1)).joined(separator: " ")
                        .drop { $0 == " " || Self.separators.contains($0) }
                ).trimmingWhitespace
                if !name.isEmpty, name.contains(where: \.isLetter) {
                    self.code = code
                    self.name = name
                    return
                }
            }
        }
        self.code = nil
        self.name = text
    }

    /// The characters that may stand between a code and its name.
    static let separators: Set<Character> = [":", ".", ")", "–", "—", "-"]

    /// The code at the start of `word` and what follows it, when `word` is a code with its separator
    /// (`1:`, `2.3.`, `A)`), or a bare code where `spaceSeparates`.
    private static func code(_ word: String, spaceSeparates: Bool) -> (String, String)? {
        var body = Substring(word)
        var separated = false
        while let last = body.last, separators.contains(last) {
            body = body.dropLast()
            separated = true
        }
        // `1.2.3` keeps its inner dots; a separator glued to the name (`1:Næring`) is split off.
        if !separated, let cut = body.firstIndex(where: { $0 == ":" || $0 == ")" || $0 == "–" }) {
            let rest = String(body[body.index(after: cut)...])
            return isCode(body[..<cut]) ? (String(body[..<cut]), rest) : nil
        }
        guard separated || spaceSeparates, isCode(body) else { return nil }
        return (String(body), "")
    }

    /// Whether `text` is a code: digits with dots between (`2.3`), one letter, or a Roman numeral.
    private static func isCode(_ text: Substring) -> Bool {
        if text.isEmpty { return false }
        if text.count == 1, let c = text.first, c.isLetter, c.isUppercase { return true }
        if text.allSatisfy({ "IVX".contains($0) }) { return true }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }

    /// The focus area the heading names, without a code when it has none (one is made later).
    package var area: FocusArea {
        FocusArea(code: code ?? "", name: name, heading: text == name ? nil : text)
    }
}
