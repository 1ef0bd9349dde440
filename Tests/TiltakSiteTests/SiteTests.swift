import Foundation
import Testing
import TiltakLanguage
import TiltakModel
import TiltakReports

@testable import TiltakSite

/// The site's pages: where they are, what they say, and that plan text cannot become markup.
@Suite struct SiteTests {
    private func files(_ plan: Plan, _ language: Language = .nynorsk, year: Int? = nil) throws -> [String:
        String]
    {
        let files = try Site.files(
            plan: plan, language: language, year: year,
            templatesDirectory: SiteTestSupport.templatesDirectory,
            workers: 2)
        var byPath: [String: String] = [:]
        for file in files { byPath[file.path] = String(decoding: file.data, as: UTF8.self) }
        #expect(byPath.count == files.count, "a path is written twice")
        return byPath
    }

    @Test func hallingdalPagesAreAtStablePaths() throws {
        let plan = try SiteTestSupport.hallingdal()
        let site = try files(plan)
        for path in [
            "index.html", "stil.css", "filter.js", "ufinansiert.html", "revisjon.html", "part/index.html",
            "tiltak/NK-01.html",
        ] {
            #expect(site[path] != nil, "\(path) is missing")
        }
        #expect(site.keys.count { $0.hasPrefix("tiltak/") } == plan.actions.count)
        for area in plan.focusAreas { #expect(site["innsatsomrade/\(area.code).html"] != nil) }
        #expect(site["part/Gol.html"] != nil)
        let total = site.values.reduce(0) { $0 + $1.utf8.count }
        #expect(total < 1_000_000, "the site is \(total) bytes")
    }

    @Test func everyPageIsAccessibleMarkup() throws {
        let site = try files(try SiteTestSupport.hallingdal())
        for (path, page) in site where path.hasSuffix(".html") {
            #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"nn\">"), "\(path)")
            #expect(
                page.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'"))
            #expect(page.contains("<a class=\"hopp\" href=\"#innhald\">Gå til hovudinnhaldet</a>"))
            #expect(page.contains("<main id=\"innhald\""))
            #expect(page.components(separatedBy: "<h1>").count == 2, "\(path) has not one h1")
            #expect(
                page.components(separatedBy: "<table").count
                    == page.components(separatedBy: "<caption>").count)
            #expect(!page.contains("onclick") && !page.contains("style=") && !page.contains("http://"))
            #expect(!page.contains("https://"), "\(path) links outside the site")
        }
    }

    @Test func planTextIsEscaped() throws {
        let plan = SiteTestSupport.smallPlan(actions: [
            SiteTestSupport.action("NK-01", "<script>alert(1)</script>", remark: "\" onerror=\"alert(2)"),
            SiteTestSupport.action("NK-02", "<img src=x onerror=alert(3)>"),
        ])
        let site = try files(plan)
        for (path, page) in site where path.hasSuffix(".html") {
            #expect(!page.contains("<script>alert"), "\(path)")
            #expect(!page.contains("<img"), "\(path)")
            #expect(!page.contains("\" onerror=\""), "\(path)")
        }
        let page = try #require(site["tiltak/NK-01.html"])
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(page.contains("&quot; onerror=&quot;alert(2)"))
    }

    @Test func actionIDsBecomeSafeUniqueFileNames() throws {
        let plan = SiteTestSupport.smallPlan(actions: [
            SiteTestSupport.action("../x", "Ein"), SiteTestSupport.action("a b", "To"),
            SiteTestSupport.action("A B", "Tre"), SiteTestSupport.action("index", "Fire"),
        ])
        let site = try files(plan)
        let actions = site.keys.filter { $0.hasPrefix("tiltak/") }.sorted()
        #expect(actions == ["tiltak/A B 2.html", "tiltak/a b.html", "tiltak/index 2.html", "tiltak/x.html"])
        let area = try #require(site["innsatsomrade/NK.html"])
        #expect(area.contains("href=\"../tiltak/a%20b.html\""))
        #expect(area.contains("href=\"../tiltak/A%20B%202.html\""))
    }

    @Test func statusIsTextAndHistorySpansYears() throws {
        var plan = SiteTestSupport.smallPlan(actions: [SiteTestSupport.action("NK-01", "Eit tiltak")])
        let day = try #require(CalendarDate(year: 2022, month: 11, day: 3))
        plan.statusReports = [
            StatusReport(actionID: "NK-01", year: 2021, party: "GOL", status: .notStarted, collected: day),
            StatusReport(
                actionID: "NK-01", year: 2022, party: "GOL", status: .inProgress, comment: "Vedtak i juni",
                collected: day),
        ]
        let site = try files(plan)
        let page = try #require(site["tiltak/NK-01.html"])
        #expect(page.contains("<tr><th scope=\"row\">2022</th><td>Gol</td>"))
        #expect(page.contains("<tr><th scope=\"row\">2021</th><td>Gol</td>"))
        #expect(page.contains(">Pågår</span>"))
        #expect(page.contains("Ikkje starta"))
        #expect(page.contains("Vedtak i juni"))
        let front = try #require(site["index.html"])
        #expect(front.contains("Framdrift 2022"))
    }

    @Test func bokmalAndEnglishWords() throws {
        let plan = try SiteTestSupport.hallingdal()
        let bokmal = try files(plan, .bokmal)
        let english = try files(plan, .english)
        let front = try #require(bokmal["index.html"])
        #expect(front.contains("<html lang=\"nb\">"))
        #expect(front.contains("Gå til hovedinnholdet"))
        #expect(front.contains("Overordnet mål"))
        let page = try #require(english["index.html"])
        #expect(page.contains("<html lang=\"en\">"))
        #expect(page.contains("Skip to main content"))
        #expect(page.contains("Overall goal"))
        #expect(english["tiltak/NK-01.html"]?.contains("Status history") == true)
        #expect(Site.defaultFolder(.english) == "site" && Site.defaultFolder(.nynorsk) == "nettstad")
    }

    @Test func sameInputGivesSameBytes() throws {
        let plan = try SiteTestSupport.hallingdal()
        let first = try Site.files(
            plan: plan, language: .nynorsk, templatesDirectory: SiteTestSupport.templatesDirectory, workers: 1
        )
        let second = try Site.files(
            plan: plan, language: .nynorsk, templatesDirectory: SiteTestSupport.templatesDirectory, workers: 3
        )
        #expect(first == second)
    }

    @Test func overridesReplaceTemplatesAndUnknownNamesFail() throws {
        let folder = try SiteTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        let plan = SiteTestSupport.smallPlan(actions: [SiteTestSupport.action("NK-01", "Eit tiltak")])
        try "{{>topp}}<h1>Eiga {{heading}}</h1>{{>botn}}".write(
            to: site.appendingPathComponent("framside.mustache"), atomically: true, encoding: .utf8)
        let files = try Site.files(
            plan: plan, language: .nynorsk, templatesDirectory: SiteTestSupport.templatesDirectory,
            overrides: folder.path)
        let front = try #require(files.first { $0.path == "index.html" })
        #expect(String(decoding: front.data, as: UTF8.self).contains("<h1>Eiga Testplan 2021–2024</h1>"))
        try "{{>topp}}{{nameNobodyGives}}{{>botn}}".write(
            to: site.appendingPathComponent("framside.mustache"), atomically: true, encoding: .utf8)
        #expect(throws: ReportError.self) {
            try Site.files(
                plan: plan, language: .nynorsk, templatesDirectory: SiteTestSupport.templatesDirectory,
                overrides: folder.path)
        }
    }
}
