import TiltakLanguage
import TiltakModel
import TiltakRuntime
import XlsxWriter

/// A workbook for one municipality: its tasks on a protected sheet where only status and comment are
/// editable (a ``TaskWorkbook``).
public enum MunicipalityWorkbook {
    /// Writes the municipality's workbook to `path` in `language` (`nil`: the plan's), atomically;
    /// the same plan gives a byte-identical file.
    ///
    /// `check` runs when the file is complete, before it replaces `path`; an error it throws leaves
    /// `path` untouched.
    public static func write(
        _ plan: Plan, municipality: Party, source: WorkbookSource, to path: String, language: Language? = nil,
        paper: Paper = .a4, check: () throws -> Void = {}
    ) throws {
        try TaskWorkbook.write(
            plan, party: municipality, source: source, to: path, language: language, paper: paper,
            check: check)
    }

    /// The file name of the municipality's workbook, e.g. `Ål.xlsx`: its stem in `names` (see
    /// ``PartyFileNames``), which its report shares; by default as if it were the only municipality.
    public static func fileName(for municipality: Party, in names: PartyFileNames? = nil) -> String {
        (names ?? PartyFileNames([municipality])).stem(for: municipality) + ".xlsx"
    }
}
