import TiltakLanguage
import TiltakModel

/// The protected cells of one row of a task workbook's `Oppgåver` sheet, computed from the plan as
/// the sheet writer (`AssignmentsSheet` in TiltakWorkbook) fills them in the workbook's language, so
/// a returned row can be compared with what the current plan would put there.
public enum TaskRowCells {
    /// The cells for `assignment`'s row in a workbook in `language`, by column the plan fills
    /// (``TaskWorkbookLayout/planColumns``).
    public static func cells(_ assignment: Assignment, plan: Plan, language: Language)
        -> [TaskWorkbookLayout.Column: String]
    {
        var cells: [TaskWorkbookLayout.Column: String] = [:]
        for column in TaskWorkbookLayout.planColumns {
            cells[column] = cell(column, assignment, plan: plan, language: language)
        }
        return cells
    }

    /// The text of `assignment`'s cell in `column` in a workbook in `language`; `nil` for the
    /// editable columns, which the plan does not fill, and for the earlier report, which the reports
    /// collected since the export may have changed (a returned workbook is not checked against it).
    public static func cell(
        _ column: TaskWorkbookLayout.Column, _ assignment: Assignment, plan: Plan, language: Language
    ) -> String? {
        let action = assignment.action
        return switch column {
        case .id: action.id.rawValue
        case .text: action.text
        case .role: assignment.roleText(language)
        case .throughGroup: assignment.throughGroup.map { plan.registry.party(code: $0)?.name ?? $0 } ?? ""
        case .timeframe: action.timeframe.text
        case .firstYear: action.timeframe.activeYears(in: plan.period)?.first.map(String.init) ?? ""
        case .responsible: plan.registry.displayNames(action.responsible)
        case .involved: plan.registry.displayNames(action.involved)
        case .financing: action.financing.need.text(language)
        case .remark: action.remark
        case .status, .comment, .previousStatus, .previousComment: nil
        }
    }

    /// Two cell texts as equal as a spreadsheet program's round trip leaves them (line ends,
    /// surrounding white space).
    public static func same(_ a: String, _ b: String) -> Bool {
        normalised(a) == normalised(b)
    }

    /// `text` with line ends made line feeds and surrounding white space trimmed.
    public static func normalised(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .trimmingWhitespace
    }
}
