import Foundation
import TiltakLanguage
import TiltakModel
import TiltakReports
import TiltakRuntime

/// The static web site of a plan (`tiltak publish`): a front page, a page per focus area, per
/// party and per action, the unfinanced audit and the revision agenda, with a style sheet and a
/// small filter script, all as files that reference nothing outside the folder.
///
/// Every page is HTML rendered from the Mustache templates of the site's language
/// (``SiteTemplates``), every value escaped. The same plan, language and year give the same bytes.
public enum Site {
    /// The folder `tiltak publish` writes to by default, in `language` (`nettstad`, `site`).
    public static func defaultFolder(_ language: Language) -> String {
        SiteText.folder.text(language)
    }

    /// Every file of the site of `plan` in `language`, showing the status of `year` (default: the
    /// plan's status year), in a fixed order: the static files, then the pages.
    ///
    /// - Parameters:
    ///   - templatesDirectory: The package's `Templates/`.
    ///   - overrides: A folder of the user's own templates, or `nil`.
    ///   - workers: How many pages are rendered at the same time.
    /// - Throws: `ReportError` for templates that cannot be read, parsed or used.
    public static func files(
        plan: Plan, language: Language, year: Int? = nil, templatesDirectory: String,
        overrides: String? = nil,
        workers: Int = 1
    ) throws -> [SiteFile] {
        let templates = try SiteTemplates(
            language: language, directory: templatesDirectory, overrides: overrides)
        let context = SiteContext(plan: plan, language: language, year: year)
        // Action pages are built and rendered in chunks, so that 10 000 of them run on every core.
        let count = plan.actions.count
        let chunk = max(1, (count + workers * 4 - 1) / max(1, workers * 4))
        let ranges = stride(from: 0, to: count, by: chunk).map { $0..<min(count, $0 + chunk) }
        // Every other page is a job of its own, so that large focus area pages run side by side.
        var jobs: [@Sendable () throws -> [SiteFile]] = makers(context).map { make in
            { [try render(make(), templates: templates)] }
        }
        for range in ranges {
            jobs.append {
                try range.map { try render(ActionPage.page($0, context: context), templates: templates) }
            }
        }
        let rendered = try Parallel.map(jobs, width: max(1, workers)).flatMap { $0 }
        return templates.assets.map { SiteFile(path: $0.name, data: $0.data) } + rendered
    }

    /// The builders of the pages besides the action pages, in order: front page, focus areas,
    /// parties, unfinanced actions, revision agenda.
    private static func makers(_ context: SiteContext) -> [@Sendable () -> SitePage] {
        [{ FrontPage.page(context) }] + AreaPage.makers(context) + PartyPage.makers(context)
            + [{ UnfinancedPage.page(context) }, { RevisionPage.page(context) }]
    }

    /// The page rendered, as a file.
    private static func render(_ page: SitePage, templates: SiteTemplates) throws -> SiteFile {
        SiteFile(path: page.path, data: Data(try templates.render(page.template, view: page.view).utf8))
    }
}
