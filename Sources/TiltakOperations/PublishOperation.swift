import Foundation
import TiltakLanguage
import TiltakModel
import TiltakPlanFiles
import TiltakReports
import TiltakRuntime
import TiltakSite

/// `tiltak publish`: writes the plan and its progress as a static web site (``Site``).
///
/// Like `export`: the plan must pass validation, one command at a time writes into a folder
/// (``OutputFolderLock``), and every file is written into a staging folder and put in place
/// together (``StagingFolder``), so that an error leaves the folder as it was.
public enum PublishOperation {
    /// What to publish.
    public struct Options: Sendable {
        /// The plan.
        public var source: PlanSource
        /// The folder the site goes to; `nil` for the catalogue's (`nettstad`, `site`).
        public var folder: String?
        /// The site's language; `nil` means the plan's.
        public var language: Language?
        /// The status year the site shows; `nil` means the plan's.
        public var year: Int?
        /// A folder of the user's own templates.
        public var templates: String?
        /// How many pages are rendered at the same time; `nil` for the number of cores.
        public var jobs: Int?
        /// Receives a notice in the language of messages while the command waits for another
        /// writing into the same folder; `nil` for none.
        public var notice: (@Sendable (String) -> Void)?

        /// Creates options.
        public init(
            source: PlanSource = PlanSource(), folder: String? = nil, language: Language? = nil,
            year: Int? = nil,
            templates: String? = nil
        ) {
            self.source = source
            self.folder = folder
            self.language = language
            self.year = year
            self.templates = templates
        }
    }

    /// What was written.
    public struct Result: Sendable {
        /// The files written, as paths in the folder given.
        public var written: [String]
        /// The folder as given (or the default).
        public var folder: String
        /// The plan's actions.
        public var actions: Int
        /// The pages of the earlier site in the folder that the new one no longer has, removed, as
        /// paths in the site folder.
        public var removed: [String] = []

        /// `Skreiv 142 filer til nettstad/ (69 tiltak).`, in the language of messages.
        public var summary: String {
            let published = SiteText.published(files: written.count, folder: folder, actions: actions).message
            return removed.isEmpty ? published : published + " " + SiteText.removedPages(removed).message
        }
    }

    /// Publishes the plan of `options`: every file, or (on any error) none.
    ///
    /// - Throws: `PlanFileError` for a plan that cannot be read; ``DataError`` for a plan with
    ///   validation errors; ``UsageError`` or `ReportError` for templates that cannot be used;
    ///   `OutputError` when a file cannot be written or put in place. The folder is left as it was.
    public static func run(_ options: Options) throws -> Result {
        let plan = try options.source.load().plan
        let errors = PlanValidator.validate(plan).filter { $0.severity == .error }
        guard errors.isEmpty else { throw DataError.planErrors(errors) }
        let language = options.language ?? plan.language
        guard let directory = ProjectResources.templatesDirectory() else {
            throw UsageError(CommandMessage.templatesNotFound)
        }
        if let overrides = options.templates { _ = try SourceFile.directoryCheck(overrides) }
        let workers = max(1, options.jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        // Every page is rendered before anything is written: a template error leaves no file.
        let pages = try Site.files(
            plan: plan, language: language, year: options.year, templatesDirectory: directory,
            overrides: options.templates, workers: workers)
        // The list of the site's files goes in place with them, for the next publish.
        let files = pages + [SiteManifest.file(listing: pages)]
        let name = options.folder ?? Site.defaultFolder(language)
        let folder = URL(fileURLWithPath: name)
        var made: [String] = []
        var lock: FileLock?
        var staging: StagingFolder?
        do {
            made = try OutputFolder.make(folder)
            lock = try OutputFolderLock.acquire(folder: folder) { options.notice?($0) }
            Leftovers.remove(in: folder)
            let previous = SiteManifest.paths(in: folder)
            let stage = try StagingFolder(in: folder)
            staging = stage
            var folders: Set<String> = []
            for file in files {
                let parent = (file.path as NSString).deletingLastPathComponent
                if !parent.isEmpty, folders.insert(parent).inserted { try stage.createFolder(parent) }
            }
            // One thread writes: threads creating files in the same folder wait on its lock
            // (measured on ext4: 2 threads took several times as long as 1). The staging folder is
            // this command's own: no temporary file, and no flush (Foundation's `Data.write`
            // flushes each file to disk).
            for file in files { try writeFile(file.data, to: stage.path(file.path)) }
            try stage.commit(files.map(\.path)) { _ in .writeFile }
            stage.remove()
            // The pages of the earlier site that this one no longer has (a removed action's);
            // the new site is complete in place, so a failure here loses nothing.
            let removed = SiteManifest.removeStale(
                in: folder, previous: previous, current: Set(files.map(\.path)))
            lock?.release()
            return Result(
                written: pages.map { folder.appendingPathComponent($0.path).path }, folder: name,
                actions: plan.actions.count, removed: removed)
        } catch {
            staging?.remove()
            lock?.release()
            for path in made.reversed() { rmdir(path) }
            // Every step here fails with an `OutputError`: it names the file where it belongs.
            var failure = error
            failure.path = staging?.targetPath(of: failure.path) ?? failure.path
            throw failure
        }
    }

    /// Writes `data` to a new file at `path` with `open(2)` and `write(2)`.
    private static func writeFile(_ data: Data, to path: String) throws(OutputError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw OutputError(path: path, operation: .writeFile, cause: .system(errno: errno))
        }
        var failure: Int32?
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if close(descriptor) != 0, failure == nil { failure = errno }
        if let failure {
            throw OutputError(path: path, operation: .writeFile, cause: .system(errno: failure))
        }
    }
}
