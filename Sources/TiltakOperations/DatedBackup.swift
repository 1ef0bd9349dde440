import Foundation
import TiltakRuntime

/// Copies of a file kept before a command replaces it, one per run, named by the time they were made
/// (`plan.status.yaml.2021-11-02-101500.bak`), so that no copy overwrites an earlier one.
enum DatedBackup {
    /// A path for the backup of `path` made at `date` (local time) that no file has yet: with `-2`,
    /// `-3` … before `.bak` when two runs fall in the same second.
    static func path(for path: String, at date: Date = Date()) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd-HHmmss"
        let stem = "\(path).\(formatter.string(from: date))"
        var candidate = stem + ".bak"
        var number = 2
        while FileManager.default.fileExists(atPath: candidate) {
            candidate = "\(stem)-\(number).bak"
            number += 1
        }
        return candidate
    }

    /// Whether a file (not a folder) is at `path`: one to back up before it is replaced.
    static func isFile(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
    }

    /// Keeps `data`, the bytes of the file at `path` before it is replaced, as a dated backup.
    ///
    /// - Returns: The backup's path.
    /// - Throws: `OutputError` when the backup cannot be written.
    @discardableResult
    static func keep(_ data: Data, of path: String) throws -> String {
        let backup = self.path(for: path)
        try AtomicFile.replace(data, at: backup, modeOf: path)
        return backup
    }
}
