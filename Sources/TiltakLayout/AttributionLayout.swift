import TiltakLanguage

/// The layout of a task workbook's hidden `Om` sheet: one row per fact, its label in the first
/// column and its value in the second, so a forwarded or renamed file still tells which plan,
/// revision and municipality (or other party) it belongs to.
public enum AttributionLayout {
    /// The sheet.
    public static let sheet = SheetKey.attribution

    /// The facts, in row order.
    public static let facts: [FactKey] = [
        .planID, .plan, .revisionDate, .revision, .municipalityCode, .municipality, .sourceFile, .sha256,
        .deadline, .contact,
    ]

    /// The facts of the workbook of a party that is not a municipality (`Partskode`, `Part` instead
    /// of `Kommunekode`, `Kommune`), in row order.
    public static let partyFacts: [FactKey] = facts.map { fact in
        switch fact {
        case .municipalityCode: .partyCode
        case .municipality: .party
        default: fact
        }
    }

    /// The facts of the workbook of a party of `kind`.
    public static func facts(for kind: PartyKindWord) -> [FactKey] {
        kind == .municipality ? facts : partyFacts
    }

    /// The column of the labels (zero-based).
    public static let labelColumn = 0
    /// The column of the values (zero-based).
    public static let valueColumn = 1
}
