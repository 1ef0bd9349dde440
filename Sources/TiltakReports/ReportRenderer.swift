import Foundation
import Mustache
import TiltakModel

/// Renders plans as plain-text council documents from Mustache templates.
///
/// The Swift side builds each report's view model with every line already neutralised,
/// wrapped and aligned (``ReportViews``); the templates only place those lines, using the
/// partials `overskrift` (a heading) and `tiltak` (an action block). A name a template asks
/// for that the view model does not provide is an error, not an empty string.
public struct ReportRenderer: Sendable {
    private let templates: TemplateSet

    /// Loads every `*.mustache` file in `templatesDirectory`; files in `overridesDirectory`
    /// replace the same-named templates (and may add partials).
    public init(templatesDirectory: String, overridesDirectory: String? = nil) throws {
        templates = try TemplateSet(directory: templatesDirectory, overridesDirectory: overridesDirectory)
    }

    /// Uses templates given as text, by name (without `.mustache`).
    init(templateSources: [String: String]) throws {
        templates = try TemplateSet(sources: templateSources)
    }

    /// The report `kind` for `plan`: nynorsk, UTF-8, lines joined by LF, no trailing spaces,
    /// lines at most `options.width` columns, ending in one newline.
    public func render(_ kind: ReportKind, plan: Plan, options: ReportOptions) throws -> String {
        guard (ReportOptions.minimumWidth...ReportOptions.maximumWidth).contains(options.width) else {
            throw ReportError.widthOutOfRange(options.width)
        }
        let view = try ReportViews.view(kind, plan: plan, options: options)
        return try render(view: view, template: kind.templateName)
    }

    /// Renders `view` with the template `name`, checking partials and unknown variables.
    func render(view: [String: Any], template name: String) throws -> String {
        guard let template = templates.library.getTemplate(named: name) else {
            throw ReportError.missingTemplate(name)
        }
        try templates.checkPartials(from: name)
        let root = ViewNode(view, isRoot: true)
        let text = template.render(root, library: templates.library)
        if let missing = root.misses.first {
            throw templates.unknownVariable(missing, startingFrom: name)
        }
        return ReportText.normalise(text)
    }
}

/// The final clean-up of rendered text.
enum ReportText {
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
