import Foundation

/// Document metadata written to docProps/core.xml and docProps/app.xml (`lxw_doc_properties`).
public struct DocumentProperties: Hashable, Sendable {
    /// The document title (dc:title).
    public var title: String?
    /// The subject (dc:subject).
    public var subject: String?
    /// The author (dc:creator and cp:lastModifiedBy).
    public var author: String?
    /// The manager (app.xml).
    public var manager: String?
    /// The company (app.xml).
    public var company: String?
    /// The category (cp:category).
    public var category: String?
    /// Keywords (cp:keywords).
    public var keywords: String?
    /// Comments (dc:description).
    public var comments: String?
    /// Status (cp:contentStatus).
    public var status: String?
    /// Base URL for relative hyperlinks (app.xml).
    public var hyperlinkBase: String?
    /// Creation time, written with whole-second precision as dcterms:created and :modified.
    ///
    /// Set it for reproducible output: with a fixed date the same inputs produce a
    /// byte-identical file. When nil libxlsxwriter uses the current time. (The Unix epoch
    /// itself cannot be used: libxlsxwriter treats 0 as "now".)
    public var created: Date?

    /// Creates properties; every field is optional.
    public init(
        title: String? = nil, subject: String? = nil, author: String? = nil, manager: String? = nil,
        company: String? = nil, category: String? = nil, keywords: String? = nil, comments: String? = nil,
        status: String? = nil, hyperlinkBase: String? = nil, created: Date? = nil
    ) {
        self.title = title
        self.subject = subject
        self.author = author
        self.manager = manager
        self.company = company
        self.category = category
        self.keywords = keywords
        self.comments = comments
        self.status = status
        self.hyperlinkBase = hyperlinkBase
        self.created = created
    }
}
