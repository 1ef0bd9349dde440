import TiltakLanguage
import TiltakModel

/// The unfinanced audit as a page: the unfinanced actions by financing need, with responsible
/// party, source and cost; the cost sums; the actions whose realism the plan doubts.
enum UnfinancedPage {
    static func page(_ context: SiteContext) -> SitePage {
        let plan = context.plan
        let language = context.language
        let path = SitePaths.unfinancedPage
        let depth = SitePage.depth(path)
        let unfinanced = plan.actions.indices.filter { plan.actions[$0].isUnfinanced }
        func rows(_ indexes: [Int]) -> [[String: Any]] {
            indexes.map { index in
                let action = plan.actions[index]
                return [
                    "id": action.id.rawValue,
                    "href": SitePaths.href(context.paths.action(index), depth: depth),
                    "text": action.text,
                    "responsible": context.parties(action.responsible),
                    "source": action.financing.source.map { plan.registry.displayName($0) }
                        ?? ReportText.notStated.text(language),
                    "cost": context.cost(action),
                    "overPeriod": plan.costBasis(of: action).map { Kroner.format($0.total, language) } ?? "–",
                ]
            }
        }
        let header: [String: Any] = [
            "id": ColumnKey.id.text(language),
            "text": ColumnKey.text.text(language),
            "responsible": ColumnKey.responsible.text(language),
            "source": ColumnKey.source.text(language),
            "cost": ColumnKey.cost.text(language),
            "overPeriod": ColumnKey.costOverPeriod.text(language),
        ]
        let needs: [[String: Any]] = Financing.Need.allCases.compactMap { need in
            let members = unfinanced.filter { plan.actions[$0].financing.need == need }
            guard !members.isEmpty else { return nil }
            return [
                "heading": DocumentWord.withCount(need.text(language), actions: members.count).text(language),
                "caption": SiteText.needCaption(need.text(language)).text(language),
                "rows": rows(members),
            ]
        }
        let totals = plan.costTotals(of: unfinanced.map { plan.actions[$0] })
        func amount(_ value: Int) -> String {
            totals.actionsWithCost == 0 && !unfinanced.isEmpty
                ? CostText.notStated.text(language) : Kroner.format(value, language)
        }
        let doubts = plan.actions.indices.filter { plan.actions[$0].flags.contains(.realismDoubt) }
        let title = SiteText.unfinancedPage.text(language)
        let view: [String: Any] = [
            "heading": ReportText.unfinancedTitle(plan: plan.title).text(language),
            "intro": ReportText.ofActions(unfinanced.count, total: plan.actions.count).text(language),
            "header": header,
            "needs": needs,
            "hasNeeds": !needs.isEmpty,
            "none": SiteText.noActions.text(language),
            "costsHeading": SiteText.costTotals.text(language),
            "sums": [
                "caption": SiteText.sumsCaption.text(language),
                "sum": DocumentWord.sum.text(language),
                "amount": ReportText.amount.text(language),
                "rows": [
                    ["label": ReportText.oneOffCosts.text(language), "value": amount(totals.oneOff)],
                    ["label": ReportText.yearlyCosts.text(language), "value": amount(totals.perYear)],
                    [
                        "label": ReportText.overPlanPeriod(plan.period.text).text(language),
                        "value": amount(totals.overPeriod),
                    ],
                ],
            ],
            "costNote": ReportText.costNote(actionsWithCost: totals.actionsWithCost).text(language),
            "doubtsHeading": ReportText.realismDoubts.text(language),
            "doubtsCaption": ReportText.realismDoubts.text(language),
            "hasDoubts": !doubts.isEmpty,
            "doubts": rows(doubts),
        ]
        return SitePage(path, template: "ufinansiert", title: title, context: context, view: view)
    }
}
