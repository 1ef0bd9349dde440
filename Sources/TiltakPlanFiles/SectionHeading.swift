/// A section heading of a table (a row with text in its first cell only), which names the focus area
/// of the rows below it.
enum SectionHeading {
    /// The focus area's name in a heading: the heading without a leading numbering such as
    /// `Hovudmål 1:`, `Innsatsområde 2 –`, `Satsingsområde 3.` or `1.`.
    static func name(of heading: String) -> String {
        var rest = Substring(heading.trimmingWhitespace)
        // An optional word, then a number such as `1` or `2.3`, then a separator.
        var probe = rest
        if let space = probe.firstIndex(of: " "), probe[..<space].allSatisfy(\.isLetter) {
            probe = probe[space...].drop { $0 == " " }
        }
        let number = probe.prefix { $0.isNumber || $0 == "." }
        guard number.contains(where: \.isNumber) else { return String(rest) }
        probe = probe.dropFirst(number.count).drop { $0 == " " }
        if let separator = probe.first, ":–—-).".contains(separator) {
            probe = probe.dropFirst()
        } else if !number.hasSuffix(".") {
            return String(rest)
        }
        rest = probe.drop { $0 == " " }
        return rest.isEmpty ? heading.trimmingWhitespace : String(rest)
    }
}
