import TiltakLanguage

/// How an action's stated cost adds up over the plan period, with the years it counts: the basis
/// every total states.
///
/// The rule: a one-off cost counts once, in the first year the action is active in the period (no
/// year when its timeframe is unknown); a yearly cost counts once for each year the action is active
/// in the period. A yearly cost whose timeframe is unknown counts for **the rest of the period**,
/// from the revision year (``Plan/statusYear``, or the period's first year when that is earlier) to
/// the period's last year, and the total is marked as an estimate.
public struct CostBasis: Hashable, Sendable {
    /// The stated cost.
    public var cost: Cost
    /// The years the cost counts in, in order: one year or none for a one-off cost, each counted
    /// year for a yearly cost.
    public var years: [Int]
    /// Whether the years are the rule's guess for an unknown timeframe.
    public var isEstimate: Bool

    /// The cost over the period: the one-off amount, or the yearly amount times the counted years.
    public var total: Int {
        switch cost.recurrence {
        case .once: cost.amount
        case .perYear: cost.amount * years.count
        }
    }

    /// The amount that falls in `year`.
    public func amount(in year: Int) -> Int {
        guard years.contains(year) else { return 0 }
        return cost.amount
    }

    /// The counted years as text: `2022`, `2022–2024`, or the years listed when they have gaps.
    public var yearsText: String {
        guard let first = years.first, let last = years.last else { return "" }
        if first == last { return "\(first)" }
        if last - first + 1 == years.count { return "\(first)–\(last)" }
        return years.map(String.init).joined(separator: ", ")
    }
}

extension CostBasis {
    /// The basis in `language`: `eingongs, 2025`, `1 000 000 kr × 3 år (2022–2024)`, and for an
    /// estimate what it assumes.
    public func text(_ language: Language) -> String {
        switch cost.recurrence {
        case .once:
            return CostText.once(year: years.first).text(language)
        case .perYear:
            let base = CostText.perYear(
                amount: Kroner.format(cost.amount, language), years: years.count,
                span: yearsText.isEmpty ? "–" : yearsText
            ).text(language)
            return isEstimate ? base + " – " + CostText.estimate.text(language) : base
        }
    }
}

extension Plan {
    /// The years a yearly cost of an action with an unknown timeframe counts: from the revision year
    /// (or the period's start, when that is later) to the period's end; the last year alone when the
    /// revision is past the period.
    public var remainingYears: ClosedRange<Int> {
        let from = min(max(statusYear, period.first), period.last)
        return from...period.last
    }

    /// ``remainingYears`` as text: `2022–2024`, or `2024` for one year.
    public var remainingYearsText: String {
        let years = remainingYears
        return years.count == 1 ? "\(years.lowerBound)" : "\(years.lowerBound)–\(years.upperBound)"
    }

    /// How `action`'s stated cost adds up over the period; `nil` when it states none.
    public func costBasis(of action: Action) -> CostBasis? {
        guard let cost = action.financing.cost else { return nil }
        let active = action.timeframe.activeYears(in: period)
        switch cost.recurrence {
        case .once:
            return CostBasis(cost: cost, years: active?.first.map { [$0] } ?? [], isEstimate: false)
        case .perYear:
            guard let active else {
                return CostBasis(cost: cost, years: Array(remainingYears), isEstimate: true)
            }
            return CostBasis(cost: cost, years: active, isEstimate: false)
        }
    }
}

/// The costs of a group of actions (those of one financing need, one responsible party): how many
/// there are, how many state a cost, and what those add up to over the period.
public struct CostGroup: Hashable, Sendable {
    /// The actions in the group.
    public var actions = 0
    /// The actions that state a cost.
    public var withCost = 0
    /// Their costs over the period (``CostBasis/total``).
    public var total = 0
    /// Whether the total holds an estimate (a yearly cost of an action with an unknown timeframe).
    public var hasEstimate = false

    /// An empty group.
    public init() {}

    /// Whether no action of the group states a cost: its total is not 0 but not stated.
    public var isNotStated: Bool { withCost == 0 }
}

/// The costs of some actions by year: what falls in each year of the period, and the one-off costs
/// whose year is not known.
public struct CostYears: Hashable, Sendable {
    /// Each year of the period with the costs that fall in it, and whether they hold an estimate.
    public var years: [(year: Int, amount: Int, hasEstimate: Bool)] = []
    /// One-off costs of actions with an unknown timeframe.
    public var withoutYear = 0

    public static func == (a: CostYears, b: CostYears) -> Bool {
        a.withoutYear == b.withoutYear && a.years.map(\.year) == b.years.map(\.year)
            && a.years.map(\.amount) == b.years.map(\.amount)
            && a.years.map(\.hasEstimate) == b.years.map(\.hasEstimate)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(withoutYear)
        for entry in years { hasher.combine(entry.amount) }
    }
}

extension Plan {
    /// The costs of `actions` as one group.
    public func costGroup(_ actions: some Sequence<Action>) -> CostGroup {
        var group = CostGroup()
        for action in actions {
            group.actions += 1
            guard let basis = costBasis(of: action) else { continue }
            group.withCost += 1
            group.total += basis.total
            group.hasEstimate = group.hasEstimate || basis.isEstimate
        }
        return group
    }

    /// The costs of `actions` by year of the period (see ``CostBasis`` for the rule).
    public func costYears(_ actions: some Sequence<Action>) -> CostYears {
        var amounts = [Int](repeating: 0, count: period.years.count)
        var estimated = [Bool](repeating: false, count: period.years.count)
        var result = CostYears()
        for action in actions {
            guard let basis = costBasis(of: action) else { continue }
            if basis.years.isEmpty {
                if basis.cost.recurrence == .once { result.withoutYear += basis.cost.amount }
                continue
            }
            for year in basis.years where period.years.contains(year) {
                amounts[year - period.first] += basis.cost.amount
                if basis.isEstimate { estimated[year - period.first] = true }
            }
        }
        result.years = period.years.map { ($0, amounts[$0 - period.first], estimated[$0 - period.first]) }
        return result
    }
}
