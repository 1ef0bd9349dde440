import TiltakLanguage

/// The report a party's task workbook shows beside the editable status and comment: its latest
/// report on each action for the plan's status year, or else for the latest year before it, so a
/// party updates its report instead of typing it again.
public struct PreviousReport: Sendable {
    /// The latest report of the party per action (reports for years after the status year left out).
    private let byAction: [ActionID: StatusReport]

    /// The previous reports of `party` in `plan`, for the plan's ``Plan/statusYear``.
    ///
    /// Of several reports for the same action the one for the latest year counts; of several for
    /// the same year the last in the plan.
    public init(plan: Plan, party: String) {
        let year = plan.statusYear
        var latest: [ActionID: StatusReport] = [:]
        for report in plan.statusReports where report.party == party && report.year <= year {
            if let earlier = latest[report.actionID], earlier.year > report.year { continue }
            latest[report.actionID] = report
        }
        byAction = latest
    }

    /// The party's previous report on `action`, if it gave one.
    public func report(_ action: ActionID) -> StatusReport? {
        byAction[action]
    }

    /// The locked status cell for `action`: the status and its year, `Fullført (2021)`, in
    /// `language`; empty without a report.
    public func statusText(_ action: ActionID, _ language: Language) -> String {
        guard let report = byAction[action] else { return "" }
        return "\(report.status.text(language)) (\(report.year))"
    }

    /// The locked comment cell for `action`: the comment of the previous report; empty without one.
    public func commentText(_ action: ActionID) -> String {
        byAction[action]?.comment ?? ""
    }
}
