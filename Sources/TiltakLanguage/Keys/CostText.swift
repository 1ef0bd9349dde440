/// The words of costs over the plan period: the basis each total states, and the totals by
/// financing need, responsible party and year.
public enum CostText: Phrase, Hashable {
    /// The label of an action's basis (`Grunnlag`).
    case basis
    /// A one-off cost's basis: the year it falls in, or `nil` when the timeframe is unknown
    /// (`eingongs, 2025`).
    case once(year: Int?)
    /// A yearly cost's basis: the amount (formatted), the number of years and the years
    /// (`1 000 000 kr × 3 år (2022–2024)`).
    case perYear(amount: String, years: Int, span: String)
    /// What an estimate adds to a yearly cost's basis.
    case estimate
    /// A total no action of the group states a cost for (`ikkje oppgitt`).
    case notStated
    /// A need's sum row in the Finansiering sheet, with how many of its actions state a cost
    /// (`Sum Krev finansiering (2 av 3 med kostnad)`).
    case needSubtotal(need: String, withCost: Int, actions: Int)
    /// The Finansiering sheet's total row, with how many actions state a cost.
    case total(withCost: Int, actions: Int)
    /// The heading of the totals by financing need (`Per finansieringsbehov`).
    case byNeed
    /// The heading of the totals by responsible party (`Per ansvarleg`).
    case byResponsible
    /// The heading of the totals by year (`Per år`).
    case byYear
    /// The caption of an action count (`Tiltak`).
    case actions
    /// The caption of the count of actions with a cost (`Med kostnad`).
    case withCost
    /// The caption of a total over the period (`Over perioden`).
    case overPeriod
    /// The row of one-off costs whose year is not known (`Utan år`).
    case withoutYear
    /// The mark of a total that holds an estimate (`*`, after a space), explained by ``estimateNote``.
    case estimateMark
    /// The rule by which costs add up over the period, with the years an unknown timeframe counts.
    case rule(remaining: String)
    /// What ``estimateMark`` means.
    case estimateNote
}
