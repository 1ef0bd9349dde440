import TiltakLanguage

/// A message an operation has for the user: an error, a warning, a note or a conflict.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How serious it is.
    public enum Kind: String, Sendable {
        case error
        case warning
        case note
        case conflict

        /// The word that starts the diagnostic's line (`feil`, `åtvaring`).
        public var word: SeverityWord {
            switch self {
            case .error: .error
            case .warning: .warning
            case .note: .note
            case .conflict: .conflict
            }
        }
    }

    /// How serious it is.
    public var kind: Kind
    /// The message in every language, safe for a terminal.
    public var message: Message

    /// Creates a diagnostic.
    public init(_ kind: Kind, _ message: Message) {
        self.kind = kind
        self.message = message
    }

    /// Creates a diagnostic of a phrase.
    public init(_ kind: Kind, _ phrase: some Phrase) {
        self.init(kind, Message(phrase))
    }

    /// The message in the language of messages.
    public var text: String { message.message }

    /// The message in `language`.
    public func text(_ language: Language) -> String { message.text(language) }

    public var description: String { text }
}

/// An error an operation reports as diagnostics, one a line; the last one says what was not done.
public protocol DiagnosticError: Error, CustomStringConvertible, Sendable {
    /// What is wrong, one diagnostic a line.
    var diagnostics: [Diagnostic] { get }

    /// An error with these diagnostics.
    init(diagnostics: [Diagnostic])
}

extension DiagnosticError {
    /// An error with one error message.
    public init(_ message: Message) {
        self.init(diagnostics: [Diagnostic(.error, message)])
    }

    /// An error with one error message, a phrase.
    public init(_ phrase: some Phrase) {
        self.init(Message(phrase))
    }

    /// The messages in `language`, one a line.
    public func text(_ language: Language) -> String {
        diagnostics.map { $0.text(language) }.joined(separator: "\n")
    }

    public var description: String { text(.messages) }
}

/// A usage mistake: an option or argument that cannot be used as given (exit 64).
public struct UsageError: DiagnosticError {
    public var diagnostics: [Diagnostic]

    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }
}

/// Data that cannot be used as it is: a plan with errors, reports that conflict (exit 65).
public struct DataError: DiagnosticError {
    public var diagnostics: [Diagnostic]

    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }
}
