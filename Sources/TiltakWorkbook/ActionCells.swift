import TiltakLanguage
import TiltakLayout
import TiltakModel

/// The cell texts of one action as the sheets show them.
struct ActionCells {
    /// The action.
    let action: Action
    /// The plan it belongs to.
    let plan: Plan

    /// The focus area's full name, or its code when the plan does not know it.
    var focusAreaName: String { plan.focusArea(code: action.focusArea)?.name ?? action.focusArea }

    /// The first and last active year within the plan period, `nil` when unknown or outside the period.
    var years: (first: Int, last: Int)? {
        guard let active = action.timeframe.activeYears(in: plan.period), let first = active.first,
            let last = active.last
        else { return nil }
        return (first, last)
    }

    /// Responsible parties' display names joined with `, `.
    var responsible: String { plan.registry.displayNames(action.responsible) }

    /// Involved parties' display names joined with `, `.
    var involved: String { plan.registry.displayNames(action.involved) }

    /// The financing need in `language`.
    func financing(_ language: Language) -> String { action.financing.need.text(language) }

    /// The display name of the financing source, or empty.
    var source: String { action.financing.source.map { plan.registry.displayName($0) } ?? "" }

    /// The cost recurrence in `language`, or empty.
    func costType(_ language: Language) -> String { action.financing.cost?.recurrence.text(language) ?? "" }

    /// `tiltak <id>, <caption>` for error messages, with `column`'s caption.
    func context(_ column: ColumnKey) -> String {
        "\(Language.messages.forms(.action, 1)) \(action.id), \(column.text(.messages))"
    }
}
