import Foundation

/// Finds the package's own files (`Fixtures/`, `Templates/`) at run time.
public enum ProjectResources {
    /// `relativePath` in the current folder, or in a folder above the executable (the package checkout
    /// the binary was built in); `nil` when neither has it.
    public static func path(of relativePath: String, executable: String = CommandLine.arguments.first ?? "")
        -> String?
    {
        if FileManager.default.fileExists(atPath: relativePath) { return relativePath }
        let start = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        var folder = start
        for _ in 0..<8 {
            let candidate = folder.appendingPathComponent(relativePath).path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }

    /// The default templates folder: `$TILTAK_TEMPLATES`, else `Templates/` found as by ``path(of:executable:)``.
    public static func templatesDirectory() -> String? {
        if let env = ProcessInfo.processInfo.environment["TILTAK_TEMPLATES"], !env.isEmpty { return env }
        return path(of: "Templates")
    }
}
