import Foundation
import Mustache
import TiltakLanguage
import TiltakModel

/// Renders plans as plain-text council documents from Mustache templates, one set per language.
///
/// The Swift side builds each report's view model with every line already neutralised,
/// wrapped, aligned and in the report's language (``ReportViews``); the templates only place
/// those lines, using the partials `overskrift` (a heading) and `tiltak` (an action block). A name
/// a template asks for that the view model does not provide is an error, not an empty string.
///
/// The templates of a language are the `*.mustache` files of the templates folder's subfolder
/// named by the language's code (`Templates/nn/`, `Templates/nb/`, `Templates/en/`), or of the
/// folder itself when it has no such subfolder. An overrides folder replaces same-named templates
/// (and may add partials) with its own `*.mustache` files for every language, and with those of its
/// subfolder `nn/`, `nb/` or `en/` for that language alone (these win).
public struct ReportRenderer: Sendable {
    private let templates: [Language: TemplateSet]

    /// Loads the templates of every language from `templatesDirectory`, with `overridesDirectory`'s
    /// in their place (see ``ReportRenderer``).
    public init(templatesDirectory: String, overridesDirectory: String? = nil) throws {
        var templates: [Language: TemplateSet] = [:]
        for language in Language.allCases {
            templates[language] = try TemplateSet(
                directories: Self.layers(language, templatesDirectory, overridesDirectory))
        }
        self.templates = templates
    }

    /// The folders whose templates make `language`'s set, later ones replacing earlier ones.
    static func layers(_ language: Language, _ directory: String, _ overrides: String?) -> [String] {
        func subfolder(_ folder: String) -> String? {
            let path = URL(fileURLWithPath: folder).appendingPathComponent(language.rawValue).path
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
                ? path : nil
        }
        var layers = [subfolder(directory) ?? directory]
        if let overrides {
            layers.append(overrides)
            if let own = subfolder(overrides) { layers.append(own) }
        }
        return layers
    }

    /// Uses templates given as text, by name (without `.mustache`), for every language.
    init(templateSources: [String: String]) throws {
        let set = try TemplateSet(sources: templateSources)
        templates = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, set) })
    }

    /// The report `kind` for `plan` in the language of `options` (or the plan's): UTF-8, lines
    /// joined by LF, no trailing spaces, lines at most `options.width` columns, ending in one newline.
    public func render(_ kind: ReportKind, plan: Plan, options: ReportOptions) throws -> String {
        guard (ReportOptions.minimumWidth...ReportOptions.maximumWidth).contains(options.width) else {
            throw ReportError.widthOutOfRange(options.width)
        }
        let view = try ReportViews.view(kind, plan: plan, options: options)
        return try render(view: view, template: kind.templateName, language: options.language(for: plan))
    }

    /// Renders `view` with `language`'s template `name`, checking partials and unknown variables.
    func render(view: [String: Any], template name: String, language: Language) throws -> String {
        guard let templates = templates[language], let template = templates.library.getTemplate(named: name)
        else {
            throw ReportError.missingTemplate(name)
        }
        try templates.checkPartials(from: name)
        let root = ViewNode(view, isRoot: true)
        let text = template.render(root, library: templates.library)
        if let missing = root.misses.first {
            throw templates.unknownVariable(missing, startingFrom: name)
        }
        return RenderedText.normalise(text)
    }
}

/// The final clean-up of rendered text.
enum RenderedText {
    /// `text` with LF line ends, no trailing spaces, no leading blank lines, no runs of blank
    /// lines, and exactly one final newline.
    static func normalise(_ text: String) -> String {
        var lines: [String] = []
        // CRLF and CR become LF, byte by byte (Foundation's replacing is slow on long texts).
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var afterCR = false
        for byte in text.utf8 {
            if byte == 0x0D {
                bytes.append(0x0A)
                afterCR = true
                continue
            }
            if !(byte == 0x0A && afterCR) { bytes.append(byte) }
            afterCR = false
        }
        let unified = String(decoding: bytes, as: UTF8.self)
        for raw in unified.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = SafeText.trimmedTrailing(raw)
            if line.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(line)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }
}
