import Foundation

/// A hidden folder inside an output folder where a command writes all its files before they are put
/// in place together: all of them, or (on any failure) none, leaving the output folder as it was.
///
/// Being inside the output folder, the staging folder is on the same file system, so each file is
/// put in place by `rename(2)`, which replaces the earlier file in one step. The earlier files are
/// first linked (or copied) into the staging folder, so that a failure half-way through putting
/// the files in place can put every earlier file back.
///
/// A process killed while it puts the files in place (`kill -9`, a power cut of the machine aside)
/// cannot undo anything, so before the first rename the commit writes a journal (``journalName``)
/// listing every file. The next run into the folder (see ``Leftovers``) finishes such a commit:
/// it renames the files still in the staging folder into place, so the folder again holds one
/// run's complete set. A staging folder without a journal never started to change the folder and
/// is removed; one whose commit failed and could not put the earlier files back is kept
/// (``keptMarker``), since it holds their only copy.
public final class StagingFolder {
    /// The start of every staging folder's name: `.tiltak-staging-<pid>-<random>`.
    public static let prefix = ".tiltak-staging-"

    /// The staging folder.
    public let url: URL
    /// The output folder the files go to.
    public let target: URL
    /// Where the earlier files are kept while the new ones are put in place.
    private var previous: URL { url.appendingPathComponent(".tidlegare") }
    /// Whether the staging folder must be kept (it holds the only copy of an earlier file).
    private var keep = false
    /// The journal's name in the staging folder: the relative paths of the files being put in
    /// place, each ended by a NUL byte.
    static let journalName = ".journal"
    /// The marker's name in a staging folder that holds the only copy of earlier files.
    static let keptMarker = ".behald"
    /// For tests: the number of renames after which ``commit(_:operation:)`` returns as if the
    /// process had been killed there.
    var stopAfterRenames: Int?

    /// Makes a new staging folder in `target`, which must exist.
    ///
    /// - Throws: `OutputError` naming `target` when the folder cannot be made there.
    public init(in target: URL) throws(OutputError) {
        self.target = target
        let random = String(UInt32.random(in: 0...UInt32.max), radix: 16)
        url = target.appendingPathComponent(
            "\(Self.prefix)\(ProcessInfo.processInfo.processIdentifier)-\(random)")
        if mkdir(url.path, 0o755) != 0 {
            throw OutputError(path: target.path, operation: .createFolder, cause: .system(errno: errno))
        }
    }

    /// The path in the staging folder of the file that goes to `relative` in the output folder.
    public func path(_ relative: String) -> String {
        url.appendingPathComponent(relative).path
    }

    /// The path in the output folder of `path` in the staging folder (other paths as they are),
    /// for messages: the user knows the output folder, not the staging folder.
    public func targetPath(of path: String) -> String {
        let inside = url.path + "/"
        guard path.hasPrefix(inside) else { return path }
        return target.appendingPathComponent(String(path.dropFirst(inside.count))).path
    }

    /// Makes `relative` (a folder) in the staging folder.
    public func createFolder(_ relative: String) throws(OutputError) {
        try AtomicFile.createFolder(path(relative))
    }

    /// Puts the files at `relatives` (each written at ``path(_:)``) in place in the output folder,
    /// all of them or none.
    ///
    /// Before anything changes, every target is checked (a folder where a file goes stops the
    /// commit) and every earlier file is linked or copied aside. Then the files are renamed into
    /// place one by one; should one fail, those already in place are taken back and the earlier
    /// files restored, and folders made for them removed.
    ///
    /// - Parameter operation: The operation a failure names, for each relative path.
    /// - Throws: `OutputError` naming the file or folder that could not be written, and why.
    public func commit(_ relatives: [String], operation: (String) -> OutputError.Operation)
        throws(OutputError)
    {
        // 1. Every target must be a file or nothing, in a folder or where a folder can be made.
        var folders: [String] = []
        for relative in relatives {
            let destination = target.appendingPathComponent(relative)
            let parent = destination.deletingLastPathComponent()
            if parent.path != target.path, !folders.contains(parent.path) {
                switch Self.kind(parent.path, following: true) {
                case .folder: break
                case .missing: folders.append(parent.path)
                case .other:
                    throw OutputError(
                        path: parent.path, operation: .createFolder, cause: .system(errno: ENOTDIR))
                }
            }
            if Self.kind(destination.path) == .folder {
                throw OutputError(
                    path: destination.path, operation: operation(relative), cause: .system(errno: EISDIR))
            }
        }
        // 2. Keep the earlier files aside, without touching them.
        var kept: [String: String] = [:]
        for relative in relatives {
            let destination = target.appendingPathComponent(relative).path
            guard Self.kind(destination) != .missing else { continue }
            let aside = previous.appendingPathComponent(relative)
            try AtomicFile.createFolder(aside.deletingLastPathComponent().path)
            if link(destination, aside.path) != 0 {
                do {
                    try FileManager.default.copyItem(atPath: destination, toPath: aside.path)
                } catch {
                    throw OutputError(
                        path: destination, operation: operation(relative), cause: OutputError.Cause(error))
                }
            }
            kept[relative] = aside.path
        }
        // 3. Write the journal, so that a killed process's commit is finished by the next run.
        let journal = url.appendingPathComponent(Self.journalName).path
        try Self.writeJournal(relatives, to: journal)
        // 4. Make the missing folders, then rename the files into place; undo on failure.
        var made: [String] = []
        var placed: [String] = []
        do throws(OutputError) {
            for folder in folders {
                if mkdir(folder, 0o755) != 0 {
                    throw OutputError(path: folder, operation: .createFolder, cause: .system(errno: errno))
                }
                made.append(folder)
            }
            for relative in relatives {
                let destination = target.appendingPathComponent(relative).path
                if rename(path(relative), destination) != 0 {
                    throw OutputError(
                        path: destination, operation: operation(relative), cause: .system(errno: errno))
                }
                placed.append(relative)
                if placed.count == stopAfterRenames { return }
            }
        } catch {
            // From here on the earlier files are restored, not the new ones put in place.
            unlink(journal)
            let restored = undo(placed, kept: kept, made: made)
            if !restored {
                keep = true
                _ = FileManager.default.createFile(
                    atPath: url.appendingPathComponent(Self.keptMarker).path, contents: Data())
                throw OutputError(
                    path: error.path, operation: error.operation,
                    cause: .earlierFilesKept(error.cause, folder: previous.path))
            }
            throw error
        }
    }

    /// Writes the journal of `relatives` to `path`, through a temporary file renamed into place.
    private static func writeJournal(_ relatives: [String], to path: String) throws(OutputError) {
        var bytes = Data()
        for relative in relatives {
            bytes.append(contentsOf: Array(relative.utf8))
            bytes.append(0)
        }
        let temporary = path + ".tmp"
        do {
            try bytes.write(to: URL(fileURLWithPath: temporary))
        } catch {
            throw OutputError(path: temporary, operation: .writeFile, cause: OutputError.Cause(error))
        }
        if rename(temporary, path) != 0 {
            throw OutputError(path: path, operation: .writeFile, cause: .system(errno: errno))
        }
    }

    /// Clears a staging folder that a process which no longer runs left in `target`: finishes its
    /// commit when it had started (the journal exists), removes it when it had not, and keeps it
    /// when it holds the only copy of earlier files.
    ///
    /// Errors are ignored: what cannot be finished or removed is left for a later run.
    static func recover(_ staging: URL, into target: URL) {
        let manager = FileManager.default
        if manager.fileExists(atPath: staging.appendingPathComponent(keptMarker).path) { return }
        let journal = staging.appendingPathComponent(journalName)
        if let bytes = try? Data(contentsOf: journal) {
            for part in bytes.split(separator: 0, omittingEmptySubsequences: true) {
                let relative = String(decoding: part, as: UTF8.self)
                // Only paths inside the folder: the journal is ours, but it is read from disk.
                guard !relative.hasPrefix("/"), !relative.split(separator: "/").contains("..") else {
                    continue
                }
                let source = staging.appendingPathComponent(relative).path
                var info = stat()
                guard lstat(source, &info) == 0 else { continue }  // already in place
                let destination = target.appendingPathComponent(relative)
                try? manager.createDirectory(
                    at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
                // A file that cannot be put in place keeps the staging folder for a later run.
                if rename(source, destination.path) != 0 { return }
            }
        }
        try? manager.removeItem(at: staging)
    }

    /// Takes back the files in `placed`, restores the earlier ones and removes the folders in `made`;
    /// whether everything was restored.
    private func undo(_ placed: [String], kept: [String: String], made: [String]) -> Bool {
        var restored = true
        for relative in placed.reversed() {
            let destination = target.appendingPathComponent(relative).path
            if let aside = kept[relative] {
                if rename(aside, destination) != 0 { restored = false }
            } else if unlink(destination) != 0 {
                restored = false
            }
        }
        for folder in made.reversed() where rmdir(folder) != 0 {
            restored = false
        }
        return restored
    }

    /// Removes the staging folder and everything in it, unless it holds the only copy of an
    /// earlier file after a failed commit.
    public func remove() {
        guard !keep else { return }
        try? FileManager.default.removeItem(at: url)
    }

    private enum Kind { case missing, folder, other }

    /// What is at `path`; a symbolic link at its end is followed only when `following`.
    private static func kind(_ path: String, following: Bool = false) -> Kind {
        var info = stat()
        guard (following ? stat(path, &info) : lstat(path, &info)) == 0 else { return .missing }
        return info.st_mode & S_IFMT == S_IFDIR ? .folder : .other
    }
}
