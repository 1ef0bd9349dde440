import TiltakLanguage
import TiltakModel

/// A validation finding as documents show it (the `Datakvalitet` sheet, the revision agenda's
/// data-quality section), in the document's language.
public enum IssueText {
    /// The severity in `language` (`feil`, `åtvaring`; `feil`, `advarsel`; `error`, `warning`).
    public static func severity(_ severity: Severity, _ language: Language) -> String {
        switch severity {
        case .error: WorkbookText.error.text(language)
        case .warning: WorkbookText.warning.text(language)
        }
    }

    /// What the finding says, in `language`.
    ///
    /// Findings carry their text in nynorsk until the validator's messages are in the catalogue
    /// (the messages' share of the language issue); this is the one place the documents take it from.
    public static func message(_ issue: ValidationIssue, _ language: Language) -> String {
        issue.message
    }
}
