import Foundation

/// What a killed run left in an output folder: staging folders (``StagingFolder``) and temporary
/// files (``AtomicFile/temporaryPath(for:)``) of processes that no longer run.
///
/// Both carry the process id of the run that made them (`.tiltak-staging-<pid>-<random>`,
/// `.<name>.tmp-<pid>-<random>`). Only those whose process has ended are touched: a live process
/// (even an unrelated one that got the same id) keeps its files, which is the safe mistake. A
/// staging folder whose process was killed while it put its files in place has its commit
/// finished (see ``StagingFolder/recover(_:into:)``) rather than thrown away.
public enum Leftovers {
    /// Removes the leftovers of ended processes from `folder` and its `subfolders` (relative paths),
    /// finishing the commits they had started.
    ///
    /// Run it while holding the folder's lock. Errors are ignored: a leftover that cannot be removed
    /// is left for a later run.
    public static func remove(in folder: URL, subfolders: [String] = []) {
        for directory in [folder] + subfolders.map({ folder.appendingPathComponent($0) }) {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else {
                continue
            }
            for name in names {
                guard let pid = processID(in: name), !isRunning(pid) else { continue }
                let leftover = directory.appendingPathComponent(name)
                if directory == folder, name.hasPrefix(StagingFolder.prefix) {
                    StagingFolder.recover(leftover, into: folder)
                } else {
                    try? FileManager.default.removeItem(at: leftover)
                }
            }
        }
    }

    /// The process id in a staging folder's or temporary file's name, or `nil` for another name.
    public static func processID(in name: String) -> Int32? {
        let rest: Substring
        if name.hasPrefix(StagingFolder.prefix) {
            rest = name.dropFirst(StagingFolder.prefix.count)
        } else if name.hasPrefix("."), let marker = name.range(of: ".tmp-", options: .backwards),
            marker.lowerBound > name.index(after: name.startIndex)
        {
            rest = name[marker.upperBound...]
        } else {
            return nil
        }
        let parts = rest.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[1].isEmpty, parts[1].allSatisfy(\.isHexDigit),
            let pid = Int32(parts[0]), pid > 0
        else { return nil }
        return pid
    }

    /// Whether a process with this id runs (or exists but belongs to another user).
    static func isRunning(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }
}
