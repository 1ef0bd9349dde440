import Foundation
import TiltakSite

/// The list of the files a publish put in its folder (`.tiltak-site-files`, one path a line), so
/// that the next publish removes the pages the new site no longer has (a removed action's page)
/// and nothing else: not the user's own files, nothing outside the folder.
enum SiteManifest {
    /// The manifest's name in the site folder.
    static let name = ".tiltak-site-files"

    /// The manifest of `files` (without itself), sorted.
    static func file(listing files: [SiteFile]) -> SiteFile {
        let lines = files.map(\.path).filter { $0 != name }.sorted()
        return SiteFile(path: name, data: Data(lines.map { $0 + "\n" }.joined().utf8))
    }

    /// Whether `path` is one a manifest may name: relative, at most one folder deep, no part empty,
    /// hidden, `.` or `..`, and a page, style sheet or script. A manifest edited to name anything
    /// else has those lines ignored.
    static func isSitePath(_ path: String) -> Bool {
        guard path.utf8.count < 1024, !path.contains("\0"), !path.contains("\\") else { return false }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && !$0.hasPrefix(".") })
        else { return false }
        return [".html", ".css", ".js"].contains { path.hasSuffix($0) }
    }

    /// The site paths the manifest in `folder` lists; none when there is no manifest (a first
    /// publish, or a site written before manifests).
    static func paths(in folder: URL) -> [String] {
        let url = folder.appendingPathComponent(name)
        guard let data = try? Data(contentsOf: url), data.count < 64 << 20 else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init).filter(
            isSitePath)
    }

    /// Removes from `folder` the files of `previous` that `current` no longer has: regular files
    /// and symbolic links only (a link itself, never what it points to); what cannot be removed is
    /// left. Returns the paths removed.
    @discardableResult
    static func removeStale(in folder: URL, previous: [String], current: Set<String>) -> [String] {
        var removed: [String] = []
        for path in previous where !current.contains(path) {
            let full = folder.appendingPathComponent(path).path
            var info = stat()
            guard lstat(full, &info) == 0 else { continue }
            let kind = info.st_mode & S_IFMT
            guard kind == S_IFREG || kind == S_IFLNK, unlink(full) == 0 else { continue }
            removed.append(path)
        }
        return removed
    }
}
