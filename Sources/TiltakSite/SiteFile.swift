import Foundation

/// One file of the published site: its path relative to the site folder and its bytes.
public struct SiteFile: Sendable, Equatable {
    /// The path in the site folder, `/`-separated (`tiltak/KM-04.html`).
    public var path: String
    /// The file's bytes.
    public var data: Data

    /// Creates a file.
    public init(path: String, data: Data) {
        self.path = path
        self.data = data
    }
}
