/// A page to render: where it goes, with which template and view.
struct SitePage {
    /// The path in the site folder.
    var path: String
    /// The template's name.
    var template: String
    /// The view, the common page view included.
    var view: [String: Any]

    /// A page at `path` rendered by `template`, its `view` added to the context's common one.
    init(_ path: String, template: String, title: String, context: SiteContext, view: [String: Any]) {
        self.path = path
        self.template = template
        let depth = path.split(separator: "/").count - 1
        self.view = context.page(title: title, depth: depth).merging(view) { _, own in own }
    }

    /// How many folders below the root `path` is.
    static func depth(_ path: String) -> Int { path.split(separator: "/").count - 1 }
}
