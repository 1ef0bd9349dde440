import TiltakModel

/// The protected cells of one row of a task workbook's `Oppgåver` sheet, computed from the plan as
/// the sheet writer (`AssignmentsSheet` in TiltakWorkbook) fills them, so a returned row can be
/// compared with what the current plan would put there.
public enum TaskRowCells {
    /// The protected columns, in sheet order.
    public static let headers = [
        "ID", "Tiltak", "Rolle", "Gjennom", "Tidsramme", "Frå år", "Ansvar", "Involvert", "Finansiering",
        "Merknad",
    ]

    /// The cells for `assignment`'s row, by column caption.
    public static func cells(_ assignment: Assignment, plan: Plan) -> [String: String] {
        let action = assignment.action
        let firstYear = action.timeframe.activeYears(in: plan.period)?.first.map(String.init) ?? ""
        return [
            "ID": action.id.rawValue, "Tiltak": action.text, "Rolle": assignment.role.nynorsk,
            "Gjennom": assignment.throughGroup.map { plan.registry.party(code: $0)?.name ?? $0 } ?? "",
            "Tidsramme": action.timeframe.text, "Frå år": firstYear,
            "Ansvar": plan.registry.displayNames(action.responsible),
            "Involvert": plan.registry.displayNames(action.involved),
            "Finansiering": action.financing.need.nynorsk,
            "Merknad": action.remark,
        ]
    }

    /// Two cell texts as equal as a spreadsheet program's round trip leaves them (line ends,
    /// surrounding white space).
    public static func same(_ a: String, _ b: String) -> Bool {
        normalised(a) == normalised(b)
    }

    public static func normalised(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .trimmingWhitespace
    }
}
