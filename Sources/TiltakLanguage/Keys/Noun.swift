/// A noun that is counted in messages and documents ("1 fil", "2 filer"); its singular and plural in
/// each language come from the catalogue, and ``Language/count(_:_:)`` picks the one that agrees.
public enum Noun: Sendable, Hashable, CaseIterable {
    /// An action (`tiltak`).
    case action
    /// A file (`fil`).
    case file
    /// An error (`feil`).
    case error
    /// A warning (`åtvaring`).
    case warning
    /// A conflict between two reports (`konflikt`).
    case conflict
    /// A row of a table or sheet (`rad`).
    case row
    /// A status report (`rapport`).
    case report
    /// A change (`endring`).
    case change
    /// A party (`part`).
    case party
    /// A municipality (`kommune`).
    case municipality
    /// A focus area (`innsatsområde`).
    case focusArea
    /// A year (`år`).
    case year
    /// A finding of the plan's check, in documents (`merknad`).
    case finding
    /// A character of a text (`teikn`).
    case character
    /// A Unicode code point (`kodepunkt`).
    case codePoint
    /// A cell of a table or sheet (`celle`).
    case cell
    /// A field of a table's row (`felt`).
    case field
    /// A column of a table or sheet (`kolonne`).
    case column
}

/// A noun's singular and plural.
public struct NounForms: Sendable, Hashable {
    /// The form for exactly one.
    public var one: String
    /// The form for every other number, zero included.
    public var other: String

    /// A noun's forms.
    public init(_ one: String, _ other: String) {
        self.one = one
        self.other = other
    }
}

extension Language {
    /// `number` and `noun` in agreement: `1 fil`, `0 filer`, `2 filer` (`1 file`, `2 files`).
    ///
    /// In all three languages the singular is for exactly one, the plural for every other number.
    public func count(_ number: Int, _ noun: Noun) -> String {
        "\(number) \(forms(noun, number))"
    }

    /// The form of `noun` that agrees with `number`, without the number.
    public func forms(_ noun: Noun, _ number: Int) -> String {
        let forms = self.forms(of: noun)
        return number == 1 ? forms.one : forms.other
    }

    /// The singular and plural of `noun`.
    public func forms(of noun: Noun) -> NounForms {
        switch self {
        case .nynorsk: noun.nnForms
        case .bokmal: noun.nbForms
        case .english: noun.enForms
        }
    }
}
