/// The cells of one action row as a secretariat wrote them.
public struct ActionRow: Hashable, Sendable {
    public var id: String?
    public var focusArea: String
    public var theme: String
    public var text: String
    public var timeframe: String
    public var responsible: String
    public var involved: String
    public var remark: String

    /// Creates a row.
    public init(
        id: String? = nil, focusArea: String, theme: String, text: String, timeframe: String = "",
        responsible: String = "", involved: String = "", remark: String = ""
    ) {
        self.id = id
        self.focusArea = focusArea
        self.theme = theme
        self.text = text
        self.timeframe = timeframe
        self.responsible = responsible
        self.involved = involved
        self.remark = remark
    }
}

/// Reads an action row into an action: timeframe, parties, financing and flags.
public struct ActionReader: Sendable {
    /// Reads party cells.
    public let parties: PartyCellReader
    /// Reads remarks.
    public let financing: FinancingReader

    /// Creates a reader over `registry`.
    public init(registry: PartyRegistry) {
        parties = PartyCellReader(registry: registry)
        financing = FinancingReader(registry: registry)
    }

    /// Reads `row` as the action `id` in focus area `areaCode`.
    public func read(_ row: ActionRow, id: ActionID, areaCode: String) -> Action {
        let responsible = parties.read(row.responsible)
        let involved = parties.read(row.involved)
        let financing = financing.read(row.remark)
        return Action(
            id: id, text: row.text.trimmingWhitespace, focusArea: areaCode, theme: row.theme.trimmingWhitespace,
            timeframe: TimeframeReader.read(row.timeframe), responsible: responsible, involved: involved,
            remark: row.remark.trimmingWhitespace, financing: financing,
            flags: FlagReader.flags(row: row, responsible: responsible, financing: financing))
    }
}

/// Finds flags in a row: doubts about realism, uncertain parties, open questions, tentative texts.
public enum FlagReader {
    /// The flags of a row.
    public static func flags(row: ActionRow, responsible: PartyCell, financing: Financing) -> Set<ActionFlag> {
        var flags: Set<ActionFlag> = []
        let cells = [row.text, row.timeframe, row.responsible, row.involved, row.remark]
        if cells.contains(where: expressesRealismDoubt) { flags.insert(.realismDoubt) }
        if responsible.isUncertain { flags.insert(.uncertainResponsible) }
        let remark = row.remark.trimmingWhitespace
        if remark.hasSuffix("?"), !expressesRealismDoubt(remark), financing.need == .none {
            flags.insert(.openQuestion)
        }
        let text = row.text.trimmingWhitespace
        if text.hasPrefix("("), text.hasSuffix(")") { flags.insert(.tentative) }
        return flags
    }

    /// Whether a cell doubts realism (`Realistisk?`, `?? Realistisk`, `Usikker på realisme`, `Urealistisk`).
    public static func expressesRealismDoubt(_ cell: String) -> Bool {
        let text = NameKey.searchable(cell)
        guard text.contains("realis") else { return false }
        return text.contains("?") || text.contains("usikker") || text.contains("urealis") || text.contains("lite realis")
            || text.contains("tvil") || text.contains("uklar")
    }
}
