import TiltakLanguage

/// The words of the workbooks in one language: every sheet's name, column caption and fact label.
///
/// The layouts (``TaskWorkbookLayout``, ``ActionTableLayout``, ``AttributionLayout``,
/// ``OverviewLayout``) name sheets, columns and facts by key; `Words` gives each key its text from
/// the language's catalogue (`TiltakLanguage`), so another language is another value, not other
/// layouts.
public struct Words: Sendable, Hashable {
    /// The language of the words.
    public let language: Language

    /// The words of `language`.
    public init(_ language: Language) {
        self.language = language
    }

    /// The name of `sheet`.
    public func sheetName(_ sheet: SheetKey) -> String { sheet.text(language) }

    /// The header caption of `column`.
    public func caption(_ column: ColumnKey) -> String { column.text(language) }

    /// The label of `fact`.
    public func label(_ fact: FactKey) -> String { fact.text(language) }

    /// Nynorsk.
    public static let nynorsk = Words(.nynorsk)
    /// Bokmål.
    public static let bokmal = Words(.bokmal)
    /// English.
    public static let english = Words(.english)
}
