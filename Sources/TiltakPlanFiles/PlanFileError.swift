import TiltakLanguage
import TiltakRuntime
import XLSXReader

/// One problem found while reading a plan or table file, with where it is.
public struct FileProblem: Hashable, Sendable, CustomStringConvertible {
    /// The file, as the user named it.
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    /// 1-based column, when known.
    public var column: Int?
    /// The key or column concerned, as the file has it (`focusAreas[0].themes[1].actions[2].timeframe`,
    /// `Tidsramme`).
    public var field: String?
    /// The part of a table concerned, named by a word: a row (`rad 12`), a field of a row (`felt 3`).
    public var part: PlanFileMessage?
    /// What is wrong, in every language.
    public var message: Message
    /// What to do about it, if there is a useful hint.
    public var hint: Message?
    /// The sheet, when `file` is a workbook: `line` is then the sheet's row and `column` its column.
    public var sheet: String?

    /// Creates a problem.
    public init(
        file: String, line: Int? = nil, column: Int? = nil, field: String? = nil,
        part: PlanFileMessage? = nil,
        message: Message, hint: Message? = nil
    ) {
        self.file = file
        self.line = line
        self.column = column
        self.field = field
        self.part = part
        self.message = message
        self.hint = hint
    }

    /// Creates a problem with a plan-file message and hint.
    public init(
        file: String, line: Int? = nil, column: Int? = nil, field: String? = nil,
        part: PlanFileMessage? = nil,
        message: PlanFileMessage, hint: PlanFileMessage? = nil
    ) {
        self.init(
            file: file, line: line, column: column, field: field, part: part, message: Message(message),
            hint: hint.map { Message($0) })
    }

    /// `file:line:column: field: message (hint)` in `language`.
    public func text(_ language: Language) -> String {
        var place = file
        if let sheet {
            place = PlanFileMessage.sheetPlace(file: file, sheet: sheet).text(language)
            if let line { place += ", " + PlanFileMessage.row(line).text(language) }
            if let column {
                place += ", " + PlanFileMessage.columnLetter(CellAddress.columnName(column)).text(language)
            }
        } else {
            if let line { place += ":\(line)" }
            if let column { place += ":\(column)" }
        }
        var text = "\(place): "
        if let field { text += "\(field): " }
        if let part { text += "\(part.text(language)): " }
        text += message.text(language)
        if let hint { text += " (\(hint.text(language)))" }
        return text
    }

    /// The problem in the language of messages.
    public var description: String { text(.messages) }
}

/// Why a plan or table could not be read.
public enum PlanFileError: Error, Sendable, CustomStringConvertible {
    /// The file could not be opened or is not a file (missing, a directory, unreadable).
    case unreadable(FileProblem)
    /// The file's content is wrong: every problem found.
    case invalid([FileProblem])

    /// The problems.
    public var problems: [FileProblem] {
        switch self {
        case .unreadable(let problem): [problem]
        case .invalid(let problems): problems
        }
    }

    /// The problems in `language`, one a line.
    public func text(_ language: Language) -> String {
        problems.map { $0.text(language) }.joined(separator: "\n")
    }

    public var description: String { text(.messages) }
}
