import TiltakLanguage
import TiltakLayout
import TiltakModel

/// The `Tiltak` sheet's rows as text: the same 15 columns and values, for `tiltak list --format tsv`.
public enum ActionTableText {
    /// The column captions in `language`, as on the sheet.
    public static func headers(_ language: Language) -> [String] { ActionTableSheet.headers(language) }

    /// The cells of `action`'s row in `language`; numbers as digits, empty cells as empty strings.
    public static func row(_ action: Action, plan: Plan, board: StatusBoard? = nil, language: Language)
        -> [String]
    {
        let cells = ActionCells(action: action, plan: plan)
        let status = board.flatMap { ActionTableSheet.StatusCells(action, board: $0, language: language) }
        let years = cells.years
        return ActionTableLayout.Column.allCases.map { column in
            switch column {
            case .firstYear: years.map { String($0.first) } ?? ""
            case .lastYear: years.map { String($0.last) } ?? ""
            case .cost: action.financing.cost.map { String($0.amount) } ?? ""
            default: ActionTableSheet.text(column, cells, status: status, language: language) ?? ""
            }
        }
    }

    /// A tab-separated line of `cells`: `\` → `\\`, tab → `\t`, line feed → `\n`, carriage return → `\r`.
    public static func tsvLine(_ cells: [String]) -> String {
        cells.map { cell in
            guard cell.utf8.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else {
                return cell
            }
            var out = ""
            for scalar in cell.unicodeScalars {
                switch scalar {
                case "\\": out += "\\\\"
                case "\t": out += "\\t"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                default: out.unicodeScalars.append(scalar)
                }
            }
            return out
        }.joined(separator: "\t")
    }
}
