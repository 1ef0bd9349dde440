import Foundation
import TiltakLanguage
import TiltakModel
import TiltakRuntime

/// The folder a command writes its files into (`export`, `publish`).
enum OutputFolder {
    /// Makes `folder` and its missing parents; the folders made, outermost first, so that a
    /// command that fails can remove what it made.
    ///
    /// - Throws: `OutputError` naming the folder that cannot be made.
    static func make(_ folder: URL) throws(OutputError) -> [String] {
        var missing: [String] = []
        var current = folder.standardizedFileURL
        while !FileManager.default.fileExists(atPath: current.path), current.path != "/" {
            missing.insert(current.path, at: 0)
            current = current.deletingLastPathComponent()
        }
        try AtomicFile.createFolder(folder.path)
        return missing
    }
}

extension DataError {
    /// A plan's validation errors, each with the action and field it concerns, and that nothing was
    /// written.
    static func planErrors(_ errors: [ValidationIssue]) -> DataError {
        var diagnostics = errors.map { issue in
            Diagnostic(
                .error,
                Message { language in
                    let place = [issue.actionID?.rawValue, issue.field?.caption(language)].compactMap { $0 }
                    let text = issue.text(language)
                    return place.isEmpty ? text : "\(place.joined(separator: " ")): \(text)"
                })
        }
        diagnostics.append(Diagnostic(.error, CommandMessage.planHasErrors(errors.count)))
        return DataError(diagnostics: diagnostics)
    }
}
