import TiltakRuntime

/// One problem found while reading a plan or table file, with where it is.
public struct FileProblem: Hashable, Sendable, CustomStringConvertible {
    /// The file, as the user named it.
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    /// 1-based column, when known.
    public var column: Int?
    /// The key or column concerned (`focusAreas[0].themes[1].actions[2].timeframe`, `Tidsramme`).
    public var field: String?
    /// What is wrong, in nynorsk.
    public var message: String
    /// What to do about it, if there is a useful hint.
    public var hint: String?

    /// Creates a problem.
    public init(
        file: String, line: Int? = nil, column: Int? = nil, field: String? = nil, message: String,
        hint: String? = nil
    ) {
        self.file = file
        self.line = line
        self.column = column
        self.field = field
        self.message = message
        self.hint = hint
    }

    /// `file:line:column: field: message (hint)`.
    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let column { place += ":\(column)" }
        var text = "\(place): "
        if let field { text += "\(field): " }
        text += message
        if let hint { text += " (\(hint))" }
        return text
    }
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

    public var description: String {
        problems.map(\.description).joined(separator: "\n")
    }
}
