import TiltakLanguage
import TiltakModel

/// Why a workbook's content could not be written: the plan holds something a workbook cannot.
///
/// A data error (a text longer than a cell holds, a NUL character), not a failure to write the
/// file, which is an `OutputError`.
public struct WorkbookContentError: Error, CustomStringConvertible, Sendable {
    /// The path that was to be written.
    public var path: String
    /// What the workbook could not hold (a ``CellTooLongError`` or the writer's refusal).
    public var cause: any Error

    /// Creates an error.
    public init(path: String, cause: any Error) {
        self.path = path
        self.cause = cause
    }

    /// `path: kan ikkje skrive arbeidsboka: cause` in `language`.
    public func text(_ language: Language) -> String {
        let cause =
            (self.cause as? CellTooLongError)?.text(language) ?? (self.cause as? TooManyRowsError)?.text(
                language)
            ?? "\(self.cause)"
        return OutputMessage.failed(
            path: path, what: OutputMessage.cannotWriteWorkbook.text(language), cause: cause
        ).text(language)
    }

    public var description: String { text(.messages) }
}

/// A text too long for one Excel cell; the writer refuses rather than truncating.
public struct CellTooLongError: Error, CustomStringConvertible, Sendable {
    /// Where the text belongs, e.g. `tiltak NK-01, Merknad`.
    public var context: String
    /// The length in UTF-16 code units, as Excel counts.
    public var length: Int

    /// Creates an error.
    public init(context: String, length: Int) {
        self.context = context
        self.length = length
    }

    /// The error in `language`.
    public func text(_ language: Language) -> String {
        DocumentMessage.cellTooLong(context: context, length: length, limit: PlanValidator.maximumCellLength)
            .text(language)
    }

    public var description: String { text(.messages) }
}
