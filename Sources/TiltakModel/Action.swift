import TiltakLanguage

/// A stable action identifier, unique in a plan and never renumbered (e.g. `NK-01`).
public struct ActionID: RawRepresentable, Hashable, Sendable, Comparable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    /// Orders `NK-2` before `NK-10`: text parts alphabetically, number parts numerically.
    public static func < (a: ActionID, b: ActionID) -> Bool {
        a.sortParts.lexicographicallyPrecedes(b.sortParts) { lhs, rhs in
            switch (lhs, rhs) {
            case (.number(let x), .number(let y)): x < y
            case (.text(let x), .text(let y)): x < y
            case (.number, .text): true
            case (.text, .number): false
            }
        }
    }

    private enum Part { case text(String), number(Int) }

    private var sortParts: [Part] {
        var parts: [Part] = []
        var current = ""
        var inNumber = false
        func flush() {
            guard !current.isEmpty else { return }
            parts.append(inNumber ? .number(Int(current) ?? 0) : .text(current))
            current = ""
        }
        for c in rawValue {
            let isDigit = c.isASCII && c.isNumber
            if isDigit != inNumber { flush() }
            inNumber = isDigit
            current.append(c)
        }
        flush()
        return parts
    }
}

/// Something worth a second look that a row says about itself.
public enum ActionFlag: String, Hashable, Sendable, CaseIterable, Comparable {
    /// The plan doubts that the action is realistic (`Realistisk?`, `Usikker på realisme`).
    case realismDoubt = "realism-doubt"
    /// A responsible party carries a question mark.
    case uncertainResponsible = "uncertain-responsible"
    /// The remark asks a question (`Er det nedsett ei gruppe?`).
    case openQuestion = "open-question"
    /// The action text is in parentheses: a suggestion rather than a decision.
    case tentative

    /// The flag's name in the catalogue.
    public var word: FlagWord {
        switch self {
        case .realismDoubt: .realismDoubt
        case .uncertainResponsible: .uncertainResponsible
        case .openQuestion: .openQuestion
        case .tentative: .tentative
        }
    }

    /// The flag in `language` (`Tvil om realisme`).
    public func text(_ language: Language) -> String { word.text(language) }

    public static func < (a: ActionFlag, b: ActionFlag) -> Bool {
        allCases.firstIndex(of: a) ?? 0 < allCases.firstIndex(of: b) ?? 0
    }
}

/// One action (*tiltak*) of the programme: the row as written and what it means.
public struct Action: Hashable, Sendable, Identifiable {
    /// Stable id.
    public var id: ActionID
    /// The action text exactly as written.
    public var text: String
    /// Code of the focus area.
    public var focusArea: String
    /// Name of the theme within the focus area.
    public var theme: String
    /// When it happens.
    public var timeframe: Timeframe
    /// Who is responsible (*ansvar*).
    public var responsible: PartyCell
    /// Who is involved (*involvering*).
    public var involved: PartyCell
    /// The remark (*merknad*) exactly as written.
    public var remark: String
    /// What the remark, and the financing and cost columns, say about money.
    public var financing: Financing
    /// The table's financing column as written (`Krev finansiering`); empty when it had none.
    public var financingText = ""
    /// The table's cost column as written (`1,2 mill.`); empty when it had none.
    public var costText = ""
    /// The cells of columns Tiltak does not read, under their headers, in the table's order.
    public var extras: [ExtraColumn] = []
    /// Flags read from the row.
    public var flags: Set<ActionFlag>
    /// Whether a revision closed the action (finished or cancelled); closed actions are kept.
    public var isClosed = false

    /// Creates an action.
    public init(
        id: ActionID, text: String, focusArea: String, theme: String, timeframe: Timeframe,
        responsible: PartyCell = PartyCell(), involved: PartyCell = PartyCell(), remark: String = "",
        financing: Financing = .none, flags: Set<ActionFlag> = []
    ) {
        self.id = id
        self.text = text
        self.focusArea = focusArea
        self.theme = theme
        self.timeframe = timeframe
        self.responsible = responsible
        self.involved = involved
        self.remark = remark
        self.financing = financing
        self.flags = flags
    }

    /// Whether the action lacks secured funding.
    public var isUnfinanced: Bool { financing.isUnfinanced }

    /// Flags in a stable order.
    public var sortedFlags: [ActionFlag] { flags.sorted() }
}
