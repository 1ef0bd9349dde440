/// The texts of the plain-text reports (`moteoversikt`, `kommune`, `ufinansiert`, `revisjon`,
/// `endringar`) that are not column captions, fact labels or the words the documents share.
public enum ReportText: Phrase, Hashable {
    // The council overview.
    /// The overview's title (`Møteoversikt – <plan>`).
    case meetingOverviewTitle(plan: String)
    /// The summary table's heading (`Oppsummering per innsatsområde`).
    case summaryByArea
    /// The summary's column of actions with a responsible party (`Med ansvarleg`).
    case withResponsible
    /// The summary's column of actions with a known timeframe (`Med tidsramme`).
    case withTimeframe
    /// The summary's column of unfinanced actions, and the label of their count (`Ufinansiert`).
    case unfinanced
    /// The group of actions whose focus area the plan does not know (`Utan kjent innsatsområde`).
    case noKnownFocusArea

    // Action blocks.
    /// A cell of parties that names none (`Ikkje avklart`).
    case notSettled
    /// A source or cost the plan does not state (`Ikkje oppgitt`).
    case notStated
    /// An amount that could not be read (`Uleseleg beløp`).
    case unreadableAmount
    /// The label of a cost (`Kostnad`).
    case cost
    /// The label of a yearly cost over the plan period (`Over perioden`).
    case overPeriod
    /// The label of the resource asked for (`Ressurs`).
    case resource
    /// The label of what an action lacks (`Manglar`).
    case missing
    /// What an action lacks (`tidsramme og ansvarleg`).
    case lacks(timeframe: Bool, responsible: Bool)
    /// The label of the actions with the same text (`Same tekst`).
    case sameText
    /// The label of a shared action's breakdown by party (`Fordeling`).
    case breakdown
    /// A timeframe that was written but not understood, quoted (`«snart»`).
    case quoted(String)

    // The municipality report.
    /// The municipality report's title (`Tiltak for Ål kommune – <plan>`).
    case municipalityTitle(municipality: String, plan: String)
    /// The municipality report's introduction.
    case municipalityIntro(municipality: String, responsible: Int, involved: Int, throughGroup: Int)
    /// A role through a municipality group (`Ansvar gjennom Kommunane`).
    case roleThrough(role: String, group: String)
    /// The municipality is the action's pilot (`Gol er pilot`).
    case pilot(municipality: String)
    /// A year group's heading: the revision year (`2021 (revisjonsåret)`).
    case revisionYear(Int)
    /// A year group's heading: annual and continuous actions (`Årleg / løpande`).
    case ongoing
    /// A year group's heading: actions without a known timeframe (`Utan tidsramme`).
    case noTimeframe
    /// A year group's heading: actions whose timeframe ended before the year (`Frå tidlegare år`).
    case earlierYears

    // The report on unfinanced actions.
    /// The report's title (`Ufinansierte tiltak – <plan>`).
    case unfinancedTitle(plan: String)
    /// Some of the plan's actions (`15 av 69 tiltak`).
    case ofActions(Int, total: Int)
    /// A group's heading by responsible party (`Ansvar: Regionrådet`).
    case responsibleGroup(String)
    /// The heading of the totals (`Kostnader for ufinansierte tiltak`).
    case unfinancedCosts
    /// The heading of the actions whose realism the plan doubts (`Tiltak med tvil om realisme`).
    case realismDoubts
    /// The heading of the actions with an unreadable amount.
    case unreadableAmounts
    /// The totals' one-off costs (`Eingongskostnader`).
    case oneOffCosts
    /// The totals' yearly costs (`Årlege kostnader (per år)`).
    case yearlyCosts
    /// The totals over the plan period (`Over planperioden 2021–2024`).
    case overPlanPeriod(String)
    /// The caption of the amounts (`Beløp`).
    case amount
    /// The note under the totals: how many actions have a stated cost.
    case costNote(actionsWithCost: Int)

    // The revision meeting's agenda.
    /// The agenda's title (`Revisjonsmøte 2021 – <plan>`).
    case revisionTitle(year: Int, plan: String)
    /// The label of the meeting's year (`Møteår`).
    case meetingYear
    /// Section 1's heading: actions planned for the year.
    case plannedHeading(year: Int)
    /// Section 1's introduction.
    case plannedIntro(year: Int)
    /// Section 2's heading: overdue actions.
    case overdueHeading
    /// Section 2's introduction.
    case overdueIntro(year: Int)
    /// Section 3's heading: annual and continuous actions.
    case ongoingHeading
    /// Section 3's introduction.
    case ongoingIntro
    /// Section 4's heading: actions without a timeframe or a responsible party.
    case unsettledHeading
    /// Section 4's introduction.
    case unsettledIntro
    /// Section 5's heading: realism in doubt.
    case doubtsHeading
    /// Section 5's introduction.
    case doubtsIntro
    /// Section 6's heading: identical action texts.
    case duplicatesHeading
    /// Section 6's introduction.
    case duplicatesIntro
    /// Section 7's heading: data quality.
    case findingsHeading
    /// Section 7's introduction, with the number of findings.
    case findingsIntro(Int)
    /// The place of a finding about the whole plan (`Plan`).
    case wholePlan
    /// The mark of an error among the findings (`FEIL`).
    case errorMark

    // The changes report.
    /// The changes report's title (`Endringar – <plan>`).
    case changesTitle(plan: String)
    /// The label of the summary of changes (`Endringar`).
    case changes
    /// The section of one kind of change, with its number of actions (`Endra tiltak (3)`).
    case changeSection(ChangeWord, count: Int)
    /// Nothing changed (`Ingen endringar.`).
    case noChanges
}
