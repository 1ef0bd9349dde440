/// A message an operation has for the user: an error, a warning, a note or a conflict.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How serious it is.
    public enum Kind: String, Sendable {
        case error
        case warning
        case note
        case conflict
    }

    /// How serious it is.
    public var kind: Kind
    /// The message, safe for a terminal.
    public var text: String

    /// Creates a diagnostic.
    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }

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
    public init(_ message: String) {
        self.init(diagnostics: [Diagnostic(.error, message)])
    }

    public var description: String { diagnostics.map(\.text).joined(separator: "\n") }
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
