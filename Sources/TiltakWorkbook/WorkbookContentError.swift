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

    public var description: String { "\(path): kan ikkje skrive arbeidsboka: \(cause)" }
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

    public var description: String {
        "\(context): teksten har \(length) teikn; ei Excel-celle kan ha høgst \(PlanValidator.maximumCellLength)"
    }
}
