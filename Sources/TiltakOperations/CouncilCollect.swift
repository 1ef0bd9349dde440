import TiltakLanguage
import TiltakModel
import TiltakReturns

/// The meeting's own notes: the status and comments a secretariat typed into the council workbook's
/// `Tiltak` sheet, collected as the secretariat's reports.
extension CollectOperation {
    /// A file read for collecting, and for a council workbook what it says of itself.
    struct ReadFile: Sendable {
        /// The rows.
        var file: ReturnedFile
        /// For a council workbook: its revision and language.
        var council: CouncilWorkbookReturn.Read?
    }

    /// Who the council workbooks report for and under which year.
    struct CouncilSettled {
        /// `--party`, or else the plan's regional council.
        var party: String
        /// `--year`, or else the year of the workbooks' revision (the plan's or an earlier one).
        var year: Int
        /// The files, each council workbook's rows cut to those the secretariat wrote.
        var files: [ReadFile]
    }

    /// Settles who the council workbooks among `files` report for, and the year.
    ///
    /// Without `--party` the council workbooks must be collected on their own (another file says
    /// its own party), and are filed as the regional council's. A row whose status and comment are
    /// what the exported workbook showed for the plan as it is (the overall status and its
    /// breakdown) is left out: it is not a note of the meeting.
    ///
    /// - Throws: ``UsageError`` for council workbooks mixed with other files without `--party`, or
    ///   a plan without a regional council; ``DataError`` for a workbook of an unknown revision.
    static func settleCouncil(_ files: [ReadFile], in plan: Plan, party: String?, year: Int?) throws
        -> CouncilSettled
    {
        let council = files.compactMap(\.council)
        let first = council[0]
        let party = try party ?? councilParty(files, first: first, plan: plan)
        let revisions = Set(council.map(\.revisionDate))
        guard revisions.count == 1 else {
            throw DataError(LedgerMessage.councilWorkbooksOfDifferentRevisions)
        }
        let revision = first.revisionDate
        var fileYear = plan.statusYear
        if revision != plan.revision.date.iso {
            guard let earlier = plan.earlierRevisions.last(where: { $0.date.iso == revision }) else {
                throw DataError(
                    LedgerMessage.councilWorkbookOtherRevision(
                        file: first.file.fileName, fileRevision: revision,
                        planRevision: plan.revision.date.iso))
            }
            fileYear = earlier.date.year
        }
        let board = StatusBoard(plan: plan, year: year ?? fileYear)
        let actions = plan.actionsByID()
        let cut = files.map { read -> ReadFile in
            guard let council = read.council else { return read }
            var read = read
            read.file.rows = read.file.rows.filter { row in
                guard let action = actions[ActionID(row.id)], let shown = board.reported(action) else {
                    return true
                }
                return row.status != (shown.status?.text(council.language) ?? "")
                    || row.comment != board.comment(action, council.language)
            }
            return read
        }
        return CouncilSettled(party: party, year: year ?? fileYear, files: cut)
    }

    /// The regional council, the party council workbooks report for without `--party`.
    private static func councilParty(_ files: [ReadFile], first: CouncilWorkbookReturn.Read, plan: Plan)
        throws
        -> String
    {
        if files.contains(where: { $0.council == nil }) {
            throw UsageError(LedgerMessage.councilWorkbookNeedsParty(file: first.file.fileName))
        }
        guard let council = plan.registry.parties.first(where: { $0.kind == .regionalCouncil }) else {
            throw UsageError(LedgerMessage.noRegionalCouncil(file: first.file.fileName))
        }
        return council.code
    }
}
