/// The words of the web site `tiltak publish` writes that are not column captions or words the
/// documents share: its default folder, navigation, page titles and the labels of its tables.
public enum SiteText: Phrase, Hashable {
    /// The default folder of the site (`nettstad`).
    case folder
    /// The skip link to the page's main content.
    case skipLink
    /// The label of the main navigation.
    case navigation
    /// The front page's name in the navigation.
    case frontPage
    /// The focus areas (navigation and heading).
    case focusAreas
    /// The parties (navigation and heading).
    case parties
    /// The unfinanced actions page.
    case unfinancedPage
    /// The revision agenda page of a year (`Revisjon 2024`).
    case revisionPage(year: Int)
    /// The plan's overarching goal.
    case goal
    /// The heading of the progress table of a year (`Framdrift 2024`).
    case progress(year: Int)
    /// The caption of the front page's table of focus areas.
    case areaTableCaption(year: Int)
    /// The column of unfinanced counts.
    case unfinancedCount
    /// The row of totals.
    case total
    /// The caption of a table of actions (`Tiltak under «Samferdsel»`).
    case actionTableCaption(String)
    /// Each party's status and comment.
    case partyStatus
    /// The status history heading.
    case history
    /// The caption of the status history table of an action.
    case historyCaption(id: String)
    /// The column of the year a report is for.
    case year
    /// The column of the date a report was collected.
    case collected
    /// No status reports for an action yet.
    case noReports
    /// The party's page introduction: responsible for some actions, involved in others.
    case partyIntro(responsible: Int, involved: Int)
    /// An action's page title (`Tiltak KM-04`).
    case actionTitle(id: String)
    /// The page of a party's actions (`Tiltak for Gol kommune`).
    case partyTitle(String)
    /// The caption of a party's table of actions.
    case partyTableCaption(String)
    /// The caption of the parties table on the parties list.
    case partiesCaption
    /// The filter form's heading.
    case filterHeading
    /// The choice that does not filter (`Alle`).
    case all
    /// The filter's municipality field.
    case municipality
    /// The filter's check box: only the unfinanced.
    case onlyUnfinanced
    /// The filter's result, filled in by the script: `{n}` of `{m}` actions shown.
    case shownTemplate
    /// An action's page caption of its facts.
    case factsCaption
    /// The footer: which revision the site shows.
    case footer(plan: String, revision: String)
    /// The section of the cost totals on the unfinanced page.
    case costTotals
    /// The caption of a table of unfinanced actions of one financing need.
    case needCaption(String)
    /// The caption of the table of cost sums.
    case sumsCaption
    /// A section of the revision agenda without actions.
    case noActions
    /// The caption of a revision agenda section's table.
    case agendaCaption(String)
    /// `tiltak publish`'s one-line help.
    case publishAbstract
    /// `tiltak publish`'s longer help.
    case publishDiscussion
    /// The help of `--out`.
    case publishOut
    /// The help of `--year`.
    case publishYear
    /// The help of `--templates`.
    case publishTemplates
    /// What was written (`Skreiv 142 filer til nettstad/ (69 tiltak).`).
    case published(files: Int, folder: String, actions: Int)
    /// The pages of the earlier site that the new one no longer has, removed (`tiltak/NK-22.html`).
    case removedPages([String])
    /// The column of a party's name.
    case party
    /// The column of a party's kind.
    case kind
    /// A link from a member's page to its group's: the actions it takes part in through the group.
    case throughGroup(group: String, actions: Int)
}
