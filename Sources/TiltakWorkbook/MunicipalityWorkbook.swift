import TiltakLanguage
import TiltakModel
import TiltakRuntime
import XlsxWriter

/// A workbook for one municipality: its tasks on a protected sheet where only status and comment are editable.
public enum MunicipalityWorkbook {
    /// Writes the municipality's workbook to `path` in `language` (`nil`: the plan's), atomically;
    /// the same plan gives a byte-identical file.
    ///
    /// `check` runs when the file is complete, before it replaces `path`; an error it throws leaves
    /// `path` untouched.
    public static func write(
        _ plan: Plan, municipality: Party, source: WorkbookSource, to path: String, language: Language? = nil,
        check: () throws -> Void = {}
    ) throws {
        let language = language ?? plan.language
        try AtomicWorkbook.write(to: path, check: check) { workbook in
            try workbook.setProperties(
                WorkbookProperties.make(
                    plan,
                    subject: WorkbookText.tasksSubject(
                        municipality: municipality.name, period: plan.period.text
                    )
                    .text(language),
                    keywords: [
                        WorkbookText.programmeKeyword.text(language), plan.region, municipality.name,
                        WorkbookText.tasksKeyword.text(language),
                    ], language: language))
            let styles = try WorkbookStyles(workbook)
            let sheet = try workbook.addWorksheet(name: AssignmentsSheet.name(language))
            try AssignmentsSheet.write(
                plan, municipality: municipality, to: SheetWriter(sheet, styles: styles, language: language))
            try StatusList.addSheet(to: workbook, language: language)
            try AttributionSheet.write(
                plan, municipality: municipality, source: source, in: workbook, language: language)
            try sheet.activate()
        }
    }

    /// The file name of the municipality's workbook, e.g. `Ål.xlsx`: its stem in `names` (see
    /// ``PartyFileNames``), which its report shares; by default as if it were the only municipality.
    public static func fileName(for municipality: Party, in names: PartyFileNames? = nil) -> String {
        (names ?? PartyFileNames([municipality])).stem(for: municipality) + ".xlsx"
    }
}
