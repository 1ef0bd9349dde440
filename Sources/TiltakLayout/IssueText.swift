import TiltakLanguage
import TiltakModel

/// A validation finding as documents show it (the `Datakvalitet` sheet, the revision agenda's
/// data-quality section), in the document's language.
public enum IssueText {
    /// The severity in `language` (`feil`, `åtvaring`; `feil`, `advarsel`; `error`, `warning`).
    public static func severity(_ severity: Severity, _ language: Language) -> String {
        severity.text(language)
    }

    /// What the finding says, in `language`.
    public static func message(_ issue: ValidationIssue, _ language: Language) -> String {
        issue.text(language)
    }
}
