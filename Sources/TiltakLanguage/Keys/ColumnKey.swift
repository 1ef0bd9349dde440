/// A column of a workbook sheet, as a key: one key per meaning, shared by every sheet that shows it;
/// its caption in a language comes from the catalogue.
public enum ColumnKey: Phrase, Hashable, CaseIterable {
    /// The action's id (`ID`).
    case id
    /// The focus area's name (`Innsatsområde`).
    case focusArea
    /// The theme (`Tema`).
    case theme
    /// The action's text (`Tiltak`).
    case text
    /// The role a municipality has in an action (`Rolle`).
    case role
    /// The group a municipality takes part through (`Gjennom`).
    case throughGroup
    /// The timeframe as written (`Tidsramme`).
    case timeframe
    /// The first active year within the period (`Frå år`).
    case firstYear
    /// The last active year within the period (`Til år`).
    case lastYear
    /// The responsible parties' names (`Ansvar`).
    case responsible
    /// The involved parties' names (`Involvert`).
    case involved
    /// The financing need (`Finansiering`).
    case financing
    /// The financing source (`Kjelde`).
    case source
    /// The cost in kroner (`Kostnad (kr)`).
    case cost
    /// Whether the cost is one-off or yearly (`Kostnadstype`).
    case costType
    /// The cost over the plan period (`Kostnad i perioden`).
    case costOverPeriod
    /// How a cost over the period adds up (`Grunnlag`).
    case costBasis
    /// The remark (`Merknad`).
    case remark
    /// The reported status (`Status`).
    case status
    /// The reported comment (`Kommentar`).
    case comment
    /// A party's latest earlier report, with its year (`Førre status`).
    case previousStatus
    /// The comment of that report (`Førre kommentar`).
    case previousComment
}
