import TiltakLanguage

/// Why a report could not be made.
public enum ReportError: Error, CustomStringConvertible, Equatable {
    /// A template could not be parsed: its name, line and column (1-based), the tag at fault and what is wrong.
    case templateSyntax(template: String, line: Int, column: Int, tag: String, reason: TemplateProblem)
    /// A template uses a name the report does not provide; where it was found, if it could be located.
    case unknownVariable(template: String, line: Int?, column: Int?, tag: String, name: String)
    /// A template the report needs is in neither folder.
    case missingTemplate(String)
    /// The templates folder or one of its files could not be read.
    case unreadableTemplates(path: String, reason: TemplateProblem)
    /// The municipality is not a municipality of the plan; `known` lists the plan's municipalities.
    case unknownMunicipality(String, known: [String])
    /// The municipality report was asked for without naming a municipality.
    case missingMunicipality(known: [String])
    /// The line width is outside 60–200.
    case widthOutOfRange(Int)

    /// The error as a phrase.
    public var phrase: DocumentMessage {
        switch self {
        case .templateSyntax(let template, let line, let column, let tag, let reason):
            .templateSyntax(template: template, line: line, column: column, tag: tag, reason: reason)
        case .unknownVariable(let template, let line, let column, let tag, let name):
            .unknownVariable(template: template, line: line, column: column, tag: tag, name: name)
        case .missingTemplate(let name): .missingTemplate(name)
        case .unreadableTemplates(let path, let reason): .unreadableTemplates(path: path, reason: reason)
        case .unknownMunicipality(let name, let known): .unknownMunicipality(name, known: known)
        case .missingMunicipality(let known): .missingMunicipality(known: known)
        case .widthOutOfRange(let width):
            .widthOutOfRange(width, lowest: ReportOptions.minimumWidth, highest: ReportOptions.maximumWidth)
        }
    }

    /// The error in `language`.
    public func text(_ language: Language) -> String { phrase.text(language) }

    /// The error in the language of messages.
    public var description: String { phrase.message }
}
