import Foundation
import Mustache
import TiltakLanguage

/// The report templates of one language: every `*.mustache` file of a folder, with same-named
/// files of override folders taking their place, parsed and ready to render.
struct TemplateSet: Sendable {
    /// Every template is parsed with this line in front, so that values are inserted as plain
    /// text (not HTML-escaped) in templates and partials alike; it is standalone, so it adds
    /// no output, and reported line numbers are corrected for it.
    static let textPragma = "{{%CONTENT_TYPE:TEXT}}\n"

    /// Template sources by name (file name without `.mustache`).
    private(set) var sources: [String: String]
    /// The parsed templates, registered by name so that they can be used as partials.
    let library: MustacheLibrary

    /// Loads the templates of `directories` in order, each one's replacing same-named ones.
    init(directories: [String]) throws(ReportError) {
        var sources: [String: String] = [:]
        for directory in directories {
            for (name, text) in try Self.readTemplates(in: directory) {
                sources[name] = text
            }
        }
        try self.init(sources: sources)
    }

    /// Parses templates given as text, by name.
    init(sources: [String: String]) throws(ReportError) {
        var library = MustacheLibrary()
        for name in sources.keys.sorted() {
            let text = sources[name] ?? ""
            do {
                library.register(try MustacheTemplate(string: Self.textPragma + text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                throw Self.syntaxError(error, template: name)
            } catch {
                throw .templateSyntax(
                    template: name, line: 1, column: 1, tag: "", reason: .described("\(error)"))
            }
        }
        self.sources = sources
        self.library = library
    }

    /// The `*.mustache` files directly in `directory`, by name.
    private static func readTemplates(in directory: String) throws(ReportError) -> [String: String] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw .unreadableTemplates(path: directory, reason: .folderUnreadable)
        }
        var result: [String: String] = [:]
        for file in names.sorted() where file.hasSuffix(".mustache") && !file.hasPrefix(".") {
            let path = URL(fileURLWithPath: directory).appendingPathComponent(file).path
            guard let data = FileManager.default.contents(atPath: path) else {
                throw .unreadableTemplates(path: path, reason: .fileUnreadable)
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw .unreadableTemplates(path: path, reason: .notUTF8)
            }
            result[String(file.dropLast(".mustache".count))] = text
        }
        return result
    }

    /// A parser error as a ``ReportError``, with the line number of the template file.
    private static func syntaxError(_ error: MustacheTemplate.ParserError, template: String) -> ReportError {
        let context = error.context
        let line = max(1, context.lineNumber - 1)
        let tag = TemplateTag.tag(inLine: context.line, atColumn: context.columnNumber)
        return .templateSyntax(
            template: template, line: line, column: context.columnNumber, tag: tag,
            reason: reason(for: error.error))
    }

    /// What a parser error means.
    private static func reason(for error: Error) -> TemplateProblem {
        guard let error = error as? MustacheTemplate.Error else { return .described("\(error)") }
        switch error {
        case .sectionCloseNameIncorrect: return .wrongSectionCloseName
        case .unfinishedName: return .unfinishedTag
        case .expectedSectionEnd: return .unclosedSection
        case .invalidSetDelimiter: return .invalidSetDelimiter
        case .transformAppliedToInheritanceSection: return .transformOnInheritedSection
        case .illegalTokenInsideInheritSection: return .illegalTagInInheritedSection
        case .textInsideInheritSection: return .textInInheritedSection
        case .invalidConfigVariableSyntax: return .invalidSetting
        case .unrecognisedConfigVariable: return .unknownSetting
        }
    }
}

extension TemplateSet {
    /// The templates `name` uses, itself first, then its partials and theirs, each once.
    func closure(of name: String) -> [String] {
        var order: [String] = []
        var pending = [name]
        while let next = pending.first {
            pending.removeFirst()
            guard !order.contains(next) else { continue }
            order.append(next)
            pending += TemplateTag.partials(in: sources[next] ?? "").map(\.name)
        }
        return order
    }

    /// Throws ``ReportError/missingTemplate(_:)`` when `name` or a partial it uses does not exist.
    func checkPartials(from name: String) throws(ReportError) {
        for template in closure(of: name) {
            for partial in TemplateTag.partials(in: sources[template] ?? "")
            where sources[partial.name] == nil {
                throw .missingTemplate(partial.name)
            }
        }
    }

    /// The error for a name no view model value provides, located in the first template of
    /// `name`'s closure that uses it.
    func unknownVariable(_ missing: String, startingFrom name: String) -> ReportError {
        let candidates = closure(of: name) + sources.keys.sorted()
        for template in candidates {
            if let location = TemplateTag.locate(name: missing, in: sources[template] ?? "") {
                return .unknownVariable(
                    template: template, line: location.line, column: location.column, tag: location.tag,
                    name: missing)
            }
        }
        return .unknownVariable(template: name, line: nil, column: nil, tag: "{{\(missing)}}", name: missing)
    }
}
