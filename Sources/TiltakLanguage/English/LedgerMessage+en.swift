/// What Tiltak says about the status ledger, in English.
extension LedgerMessage {
    public var en: String {
        let n = Language.english
        switch self {
        case .fileHeader:
            return """
                The plan file's status ledger (format 1): the reports "tiltak collect" collected, \
                one per line,
                the earlier revisions and the actions a revision closed. The plan file itself is never rewritten.
                """
        case .ledgerForOtherPlan(let ledger, let plan):
            return "The status ledger is for the plan “\(ledger)”, but the plan file is “\(plan)”."
        case .ledgerForOtherPlanHint:
            return "The status ledger belongs to the plan file of the same name; move or rename one of them."
        case .collectWrote(let ledger, let reports, let backup):
            let kept = backup.map { " (previous version in \($0))" } ?? ""
            return "Wrote \(n.count(reports, .report)) to \(ledger)\(kept); the plan file is unchanged."
        case .lateReturn(let file, let revision, let year):
            return "\(file) is from the revision \(revision): its reports are filed under \(year)."
        case .councilWorkbookNeedsParty(let file):
            return
                "\(file) is a council workbook: collect it on its own, or give --party for whom its status is."
        case .noRegionalCouncil(let file):
            return "The plan has no regional council to file the status in \(file) under: give --party."
        case .councilWorkbookOtherRevision(let file, let fileRevision, let planRevision):
            return
                "\(file) was made for the revision \(fileRevision), which the plan does not know (the plan is the revision \(planRevision)). Export the council workbook again with “tiltak export”."
        case .councilWorkbooksOfDifferentRevisions:
            return "The council workbooks are of different revisions: collect them one at a time."
        case .migrateAbstract: return "Move the status reports of a plan file into its status ledger."
        case .migrateDiscussion:
            return """
                Takes every "status:" block out of the plan file and files its reports in the status \
                ledger beside it (<plan>.status.yaml). Everything else in the plan file, comments \
                included, stays byte for byte; the previous plan file is kept with the date in its name.
                """
        case .migratePlan: return "The plan file (YAML)."
        case .migrated(let plan, let reports, let ledger, let backup):
            return
                "Moved \(n.count(reports, .report)) from \(plan) to \(ledger) (previous plan file in \(backup))."
        case .nothingToMigrate(let plan): return "\(plan) has no status reports; nothing was written."
        case .migrateNeedsPlanFile(let path): return "“tiltak migrate” takes a plan file (YAML), not \(path)."
        case .statusNotMovable(let line):
            return "“status:” on line \(line) cannot be taken out without changing other lines."
        case .statusNotMovableHint:
            return "Put “status:” on a line of its own below the action's other keys."
        case .revisionNotEditable(let line):
            return "The revision on line \(line) cannot be changed without changing other lines."
        case .revisionNotEditableHint:
            return "Write the revision on one line: “revision: {date: 2021-04-10, label: …}”."
        case .reviseWroteLedger(let ledger, let reports):
            return
                "Wrote the status ledger \(ledger) with \(n.count(reports, .report)) and the revision history."
        }
    }
}
