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
    /// The financing column, if the table keeps one.
    public var financing: String
    /// The cost column, if the table keeps one.
    public var cost: String
    /// The cells of columns Tiltak does not read.
    public var extras: [ExtraColumn]

    /// Creates a row.
    public init(
        id: String? = nil, focusArea: String, theme: String, text: String, timeframe: String = "",
        responsible: String = "", involved: String = "", remark: String = "", financing: String = "",
        cost: String = "", extras: [ExtraColumn] = []
    ) {
        self.financing = financing
        self.cost = cost
        self.extras = extras
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
        var financing = financing.read(row.remark)
        if !row.financing.isEmpty || !row.cost.isEmpty {
            financing = self.financing.read(
                remark: financing, financingColumn: row.financing, costColumn: row.cost)
        }
        var action = Action(
            id: id, text: row.text.trimmingWhitespace, focusArea: areaCode,
            theme: row.theme.trimmingWhitespace,
            timeframe: TimeframeReader.read(row.timeframe), responsible: responsible, involved: involved,
            remark: row.remark.trimmingWhitespace, financing: financing,
            flags: FlagReader.flags(row: row, responsible: responsible, financing: financing))
        action.keepColumns(of: row)
        return action
    }
}

/// Reads many rows, remembering the reading of every distinct timeframe, party cell and remark.
///
/// The readers are pure functions of the cell text, so a remembered reading is the reading; plans
/// repeat these cells a lot (`RR`, `Kommune, RR`, `Årleg`, `Krev finansiering`), which makes large
/// tables several times faster to read.
public struct ActionBatchReader {
    /// The reader used for cells not seen before.
    public let reader: ActionReader
    private var partyCells: [ExactText: (cell: PartyCell, doubt: Bool)] = [:]
    private var pieces: [ExactText: PartyCellReader.Piece] = [:]
    private var remarks: [ExactText: (financing: Financing, openQuestion: Bool, doubt: Bool)] = [:]
    private var timeframes: [ExactText: (timeframe: Timeframe, doubt: Bool)] = [:]
    /// The readings of remarks with financing and cost columns, by the three cells.
    private var financingColumns: [ColumnsKey: (financing: Financing, doubt: Bool)] = [:]

    /// A remark with the financing and cost cells beside it.
    private struct ColumnsKey: Hashable {
        var remark: ExactText
        var financing: ExactText
        var cost: ExactText
    }

    /// Creates a batch reader over `registry`.
    public init(registry: PartyRegistry) {
        reader = ActionReader(registry: registry)
    }

    /// Reads `row` exactly as ``ActionReader/read(_:id:areaCode:)`` does.
    public mutating func read(_ row: ActionRow, id: ActionID, areaCode: String) -> Action {
        let responsible = partyCell(row.responsible)
        let involved = partyCell(row.involved)
        var remark = remarkReading(row.remark)
        if !row.financing.isEmpty || !row.cost.isEmpty {
            let key = ColumnsKey(
                remark: ExactText(row.remark), financing: ExactText(row.financing), cost: ExactText(row.cost))
            let columns: (financing: Financing, doubt: Bool)
            if let known = financingColumns[key] {
                columns = known
            } else {
                columns = (
                    reader.financing.read(
                        remark: remark.financing, financingColumn: row.financing, costColumn: row.cost),
                    FlagReader.expressesRealismDoubt(row.financing)
                )
                financingColumns[key] = columns
            }
            remark.financing = columns.financing
            remark.doubt = remark.doubt || columns.doubt
        }
        let timeframe: (timeframe: Timeframe, doubt: Bool)
        if let known = timeframes[ExactText(row.timeframe)] {
            timeframe = known
        } else {
            timeframe = (TimeframeReader.read(row.timeframe), FlagReader.expressesRealismDoubt(row.timeframe))
            timeframes[ExactText(row.timeframe)] = timeframe
        }
        // Only the action text is new on every row; the other cells' doubts are remembered with them.
        let doubt =
            responsible.doubt || involved.doubt || remark.doubt || timeframe.doubt
            || FlagReader.expressesRealismDoubt(row.text)
        let flags = FlagReader.flags(
            row: row, responsible: responsible.cell, doubtsRealism: doubt,
            asksOpenQuestion: remark.openQuestion)
        var action = Action(
            id: id, text: row.text.trimmingWhitespace, focusArea: areaCode,
            theme: row.theme.trimmingWhitespace, timeframe: timeframe.timeframe,
            responsible: responsible.cell,
            involved: involved.cell, remark: row.remark.trimmingWhitespace, financing: remark.financing,
            flags: flags)
        action.keepColumns(of: row)
        return action
    }

    private mutating func partyCell(_ text: String) -> (cell: PartyCell, doubt: Bool) {
        let key = ExactText(text)
        if let known = partyCells[key] { return known }
        let parties = reader.parties
        let cell = parties.read(text) { piece in
            let key = ExactText(piece)
            if let known = pieces[key] { return known }
            let reading = parties.piece(piece)
            pieces[key] = reading
            return reading
        }
        let value = (cell, FlagReader.expressesRealismDoubt(text))
        partyCells[key] = value
        return value
    }

    private mutating func remarkReading(_ text: String) -> (
        financing: Financing, openQuestion: Bool, doubt: Bool
    ) {
        let key = ExactText(text)
        if let known = remarks[key] { return known }
        let value = (
            reader.financing.read(text), FlagReader.asksOpenQuestion(text),
            FlagReader.expressesRealismDoubt(text)
        )
        remarks[key] = value
        return value
    }
}

/// Finds flags in a row: doubts about realism, uncertain parties, open questions, tentative texts.
public enum FlagReader {
    /// The flags of a row.
    public static func flags(row: ActionRow, responsible: PartyCell, financing: Financing) -> Set<ActionFlag>
    {
        flags(
            row: row, responsible: responsible,
            doubtsRealism: [
                row.text, row.timeframe, row.responsible, row.involved, row.remark, row.financing,
            ].contains(
                where: expressesRealismDoubt),
            asksOpenQuestion: asksOpenQuestion(row.remark))
    }

    /// The flags of a row, with the cell tests' answers given (the batch reader remembers them).
    static func flags(
        row: ActionRow, responsible: PartyCell, doubtsRealism: Bool, asksOpenQuestion: Bool
    ) -> Set<ActionFlag> {
        var flags: Set<ActionFlag> = []
        if doubtsRealism { flags.insert(.realismDoubt) }
        if responsible.isUncertain { flags.insert(.uncertainResponsible) }
        if asksOpenQuestion { flags.insert(.openQuestion) }
        var text = row.text.trimmingWhitespace
        while text.hasSuffix(".") { text.removeLast() }
        if text.hasPrefix("("), text.hasSuffix(")") { flags.insert(.tentative) }
        return flags
    }

    private static let realis = Array("realis".utf8)

    /// False only when `needle` (lower-case ASCII letters) cannot occur in `NameKey.searchable(text)`:
    /// text of ASCII and æøå that does not hold it in any case. Other text answers true.
    static func mayContain(_ needle: [UInt8], _ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(bytes.count, 1)) { folded in
                var count = 0
                var index = 0
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte < 0x80 {
                        folded[count] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                        index += 1
                    } else if byte == 0xC3, index + 1 < bytes.count,
                        [0xA6, 0xB8, 0xA5, 0x86, 0x98, 0x85].contains(bytes[index + 1])
                    {
                        // æ ø å Æ Ø Å: letters, but none of the needle's.
                        folded[count] = 0x80
                        index += 2
                    } else {
                        return true
                    }
                    count += 1
                }
                return needle.withUnsafeBufferPointer { pattern in
                    StringSearch.find(pattern, in: UnsafeBufferPointer(rebasing: folded[0..<count]))
                }
            }
        }
    }

    /// Reads whether a question is about money; no registry is needed for that, so one serves all rows.
    private static let moneyReader = FinancingReader(registry: PartyRegistry())

    /// Whether a remark asks a question that is neither a doubt about realism nor about money
    /// (`Er det nedsett ei gruppe?`, `KAG?`, `?`, `Søkt midlar frå Viken. Kven følgjer opp?`).
    public static func asksOpenQuestion(_ remark: String) -> Bool {
        guard remark.contains("?") else { return false }
        return questions(in: remark).contains { question in
            !expressesRealismDoubt(question) && moneyReader.read(question).need == .none
        }
    }

    /// The sentences of `text` that hold a question mark.
    ///
    /// A sentence ends after `?` (unless only question marks precede it, as in `?? Realistisk`), at a
    /// line break, and at `.` or `!` before a capital letter (so that `kom.` and `1.mill. pr. år`
    /// stay inside their sentence).
    static func questions(in text: String) -> [String] {
        let characters = Array(text)
        var result: [String] = []
        var sentence = ""
        var isQuestion = false
        func finish() {
            let trimmed = sentence.trimmingWhitespace
            if isQuestion, !trimmed.isEmpty { result.append(trimmed) }
            sentence = ""
            isQuestion = false
        }
        var index = 0
        while index < characters.count {
            let character = characters[index]
            sentence.append(character)
            index += 1
            if character == "?" {
                while index < characters.count, characters[index] == "?" {
                    sentence.append("?")
                    index += 1
                }
                isQuestion = true
                if sentence.contains(where: { $0.isLetter || $0.isNumber }) { finish() }
            } else if character.isNewline {
                finish()
            } else if character == "." || character == "!" {
                let next = characters[index...].first { !$0.isWhitespace }
                if next == nil || next?.isUppercase == true { finish() }
            }
        }
        finish()
        return result
    }

    /// Whether a cell doubts realism (`Realistisk?`, `?? Realistisk`, `Usikker på realisme`, `Urealistisk`).
    public static func expressesRealismDoubt(_ cell: String) -> Bool {
        if !mayContain(realis, cell) { return false }
        let text = NameKey.searchable(cell)
        guard text.contains("realis") else { return false }
        return text.contains("?") || text.contains("usikker") || text.contains("urealis")
            || [
                "lite realis", "ikkje realis", "ikke realis", "neppe realis", "ikkje så realis",
                "ikke så realis",
            ]
            .contains { text.contains($0) }
            || text.contains("tvil") || text.contains("uklar")
    }
}

extension Action {
    /// Keeps the row's financing and cost columns and its extra cells as written.
    mutating func keepColumns(of row: ActionRow) {
        financingText = row.financing.trimmingWhitespace
        costText = row.cost.trimmingWhitespace
        extras = row.extras
    }
}
