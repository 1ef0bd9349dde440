/// The words of the council workbook's `Om planen` sheet that the plan does not write itself: its
/// section headings and the labels of the part-time-resident computation.
public enum AboutPlanText: Phrase, Hashable, CaseIterable {
    /// The heading over the focus areas (`Innsatsområde`).
    case focusAreasHeading
    /// The heading of the appendix when the plan gives it no title (`Vedlegg`).
    case appendixHeading
    /// The heading of the part-time-resident estimate when the plan gives it no title
    /// (`Deltidsinnbyggjaren`).
    case partTimeResidentsHeading
    /// The average persons present per day, all counted (`Snitt personar per dag, totalt`).
    case averagePersonsPerDay
    /// The share added for persons the data misses (`Del som ikkje er talde`).
    case uncountedShare
    /// The persons added for that share, when the plan gives the line no label
    /// (`Tillegg for dei som ikkje er talde`).
    case uncountedPersons
    /// Guest nights per day on average (`Gjestedøgn snitt per døgn`).
    case guestNightsPerDay
    /// Guest nights per year (`Gjestedøgn per år`).
    case guestNightsPerYear
}
