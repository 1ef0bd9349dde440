import Foundation
import Mustache
import TiltakLanguage
import TiltakReports

/// The site's HTML templates of one language and its static files (style sheet, script).
///
/// The templates are the `*.mustache` files of `Templates/<language>/site/`; an overrides folder
/// replaces same-named ones with its `site/*.mustache` for every language and its
/// `<language>/site/*.mustache` for that language alone (these win). The static files are the
/// `*.css` and `*.js` files of `Templates/site/`, replaced by same-named ones of the overrides
/// folder's `site/`. Values are HTML-escaped (`{{name}}`): plan text cannot become markup.
struct SiteTemplates: Sendable {
    /// The parsed templates, registered by name so that they can be used as partials.
    let library: MustacheLibrary
    /// The static files by name, in name order.
    let assets: [(name: String, data: Data)]

    /// Loads `language`'s templates and the static files from `directory` (the package's
    /// `Templates/`), with `overrides` in their place.
    ///
    /// - Throws: `ReportError` for a folder or template that cannot be read or parsed.
    init(language: Language, directory: String, overrides: String?) throws(ReportError) {
        var layers = [Self.join(directory, language.rawValue, "site")]
        var assetLayers = [Self.join(directory, "site")]
        if let overrides {
            for folder in [Self.join(overrides, "site"), Self.join(overrides, language.rawValue, "site")]
            where Self.isFolder(folder) {
                layers.append(folder)
            }
            if Self.isFolder(Self.join(overrides, "site")) {
                assetLayers.append(Self.join(overrides, "site"))
            }
        }
        var sources: [String: String] = [:]
        for folder in layers {
            for (name, data) in try Self.files(in: folder, extensions: ["mustache"]) {
                guard let text = String(data: data, encoding: .utf8) else {
                    throw .unreadableTemplates(path: Self.join(folder, name), reason: .notUTF8)
                }
                sources[String(name.dropLast(".mustache".count))] = text
            }
        }
        var library = MustacheLibrary()
        for name in sources.keys.sorted() {
            do {
                library.register(try MustacheTemplate(string: sources[name] ?? ""), named: name)
            } catch let error as MustacheTemplate.ParserError {
                throw .templateSyntax(
                    template: name, line: error.context.lineNumber, column: error.context.columnNumber,
                    tag: error.context.line.trimmingCharacters(in: .whitespaces),
                    reason: .described("\(error.error)"))
            } catch {
                throw .templateSyntax(
                    template: name, line: 1, column: 1, tag: "", reason: .described("\(error)"))
            }
        }
        self.library = library
        var assets: [String: Data] = [:]
        for folder in assetLayers {
            for (name, data) in try Self.files(in: folder, extensions: ["css", "js"]) { assets[name] = data }
        }
        self.assets = assets.keys.sorted().map { (name: $0, data: assets[$0] ?? Data()) }
    }

    /// Renders the template `name` with `view`.
    ///
    /// - Throws: `ReportError` when the template is missing or asks for a name the view lacks.
    func render(_ name: String, view: [String: Any]) throws(ReportError) -> String {
        guard let template = library.getTemplate(named: name) else { throw .missingTemplate(name) }
        let root = ViewNode(view, isRoot: true)
        let text = template.render(root, library: library)
        if let missing = root.misses.first {
            throw .unknownVariable(
                template: name, line: nil, column: nil, tag: "{{\(missing)}}", name: missing)
        }
        return text
    }

    /// The files of `folder` with one of `extensions`, by name, in name order (hidden files left out).
    private static func files(in folder: String, extensions: Set<String>) throws(ReportError) -> [(
        String, Data
    )] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw .unreadableTemplates(path: folder, reason: .folderUnreadable)
        }
        var result: [(String, Data)] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            guard let dot = name.lastIndex(of: "."),
                extensions.contains(String(name[name.index(after: dot)...]))
            else { continue }
            let path = join(folder, name)
            guard let data = FileManager.default.contents(atPath: path) else {
                throw .unreadableTemplates(path: path, reason: .fileUnreadable)
            }
            result.append((name, data))
        }
        return result
    }

    private static func join(_ parts: String...) -> String {
        parts.dropFirst().reduce(URL(fileURLWithPath: parts[0])) { $0.appendingPathComponent($1) }.path
    }

    private static func isFolder(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }
}
