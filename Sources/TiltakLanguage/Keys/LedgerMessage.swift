/// What Tiltak says about the status ledger beside a plan file (`<plan>.status.yaml`): the ledger's
/// own comment and problems, what `tiltak collect`, `tiltak migrate` and `tiltak revise` wrote, late
/// returns and the council workbook's status columns.
public enum LedgerMessage: Phrase, Hashable {
    // MARK: The ledger file

    /// The comment a ledger starts with (several lines, without `#`).
    case fileHeader
    /// The ledger names another plan than the plan file beside it.
    case ledgerForOtherPlan(ledger: String, plan: String)
    /// Hint: the ledger belongs to the plan file with the same name.
    case ledgerForOtherPlanHint

    // MARK: collect

    /// Collect wrote the ledger; the plan file is unchanged; the previous ledger is kept as `backup`.
    case collectWrote(ledger: String, reports: Int, backup: String?)
    /// A workbook of an earlier revision: its reports are filed under `year`.
    case lateReturn(file: String, revision: String, year: Int)
    /// Council workbooks were given together with other files and no `--party`.
    case councilWorkbookNeedsParty(file: String)
    /// The plan has no regional council to file a council workbook's status under.
    case noRegionalCouncil(file: String)
    /// A council workbook of a revision the plan does not know.
    case councilWorkbookOtherRevision(file: String, fileRevision: String, planRevision: String)
    /// Council workbooks of different revisions in one collect.
    case councilWorkbooksOfDifferentRevisions

    // MARK: migrate

    /// `tiltak migrate`: the command's summary.
    case migrateAbstract
    /// `tiltak migrate`: what it does.
    case migrateDiscussion
    /// `--plan`: the plan file to migrate.
    case migratePlan
    /// The reports moved, where to, and the backup of the plan file.
    case migrated(plan: String, reports: Int, ledger: String, backup: String)
    /// The plan file holds no reports.
    case nothingToMigrate(plan: String)
    /// Migrate was given a table, not a plan file.
    case migrateNeedsPlanFile(String)
    /// A `status:` key that cannot be cut out of the text without touching other lines.
    case statusNotMovable(line: Int)
    /// Hint: put `status:` on a line of its own under the action's other keys.
    case statusNotMovableHint

    // MARK: revise

    /// The revision of the plan file could not be changed in its text.
    case revisionNotEditable(line: Int)
    /// Hint: write the revision as `revision: {date: …, label: …}`.
    case revisionNotEditableHint
    /// Revise wrote the new revision's ledger.
    case reviseWroteLedger(ledger: String, reports: Int)
}
