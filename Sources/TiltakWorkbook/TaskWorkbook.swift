import TiltakLanguage
import TiltakModel
import TiltakRuntime
import XlsxWriter

/// A task workbook for one party, a municipality or another: its tasks on a protected sheet where
/// only status and comment are editable, its previous report beside them, and the hidden `Om` sheet
/// naming the plan, the revision and the party.
public enum TaskWorkbook {
    /// Writes `party`'s workbook to `path` in `language` (`nil`: the plan's), printing on `paper`,
    /// atomically; the same
    /// plan gives a byte-identical file.
    ///
    /// `check` runs when the file is complete, before it replaces `path`; an error it throws leaves
    /// `path` untouched.
    public static func write(
        _ plan: Plan, party: Party, source: WorkbookSource, to path: String, language: Language? = nil,
        paper: Paper = .a4, check: () throws -> Void = {}
    ) throws {
        let language = language ?? plan.language
        try AtomicWorkbook.write(to: path, check: check) { workbook in
            try workbook.setProperties(
                WorkbookProperties.make(
                    plan,
                    subject: WorkbookText.tasksSubject(municipality: party.name, period: plan.period.text)
                        .text(language),
                    keywords: [
                        WorkbookText.programmeKeyword.text(language), plan.region, party.name,
                        WorkbookText.tasksKeyword.text(language),
                    ], language: language))
            let styles = try WorkbookStyles(workbook, paper: paper)
            let sheet = try workbook.addWorksheet(name: AssignmentsSheet.name(language))
            try AssignmentsSheet.write(
                plan, party: party, to: SheetWriter(sheet, styles: styles, language: language))
            try StatusList.addSheet(to: workbook, language: language)
            try AttributionSheet.write(plan, party: party, source: source, in: workbook, language: language)
            try sheet.activate()
        }
    }

    /// The file name of `party`'s workbook, e.g. `IKT Hallingdal.xlsx`: its stem in `names` (see
    /// ``PartyFileNames``); by default as if it were the only party.
    public static func fileName(for party: Party, in names: PartyFileNames? = nil) -> String {
        (names ?? PartyFileNames([party])).stem(for: party) + ".xlsx"
    }
}
