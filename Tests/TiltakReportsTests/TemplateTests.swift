import Foundation
import Testing
import TiltakLanguage
import TiltakModel

@testable import TiltakReports

/// Template loading, overrides and template errors.
@Suite struct TemplateTests {
    /// A renderer whose overrides folder holds `files`.
    private func renderer(overriding files: [String: String]) throws -> (ReportRenderer, URL) {
        let folder = try TestSupport.temporaryDirectory()
        for (name, text) in files {
            try text.write(
                to: folder.appendingPathComponent(name + ".mustache"), atomically: true, encoding: .utf8)
        }
        return (
            try ReportRenderer(
                templatesDirectory: TestSupport.templatesDirectory, overridesDirectory: folder.path), folder
        )
    }

    @Test func overrideReplacesOneTemplate() throws {
        let (renderer, folder) = try renderer(overriding: ["tiltak": "{{#head}}\nTILTAK {{.}}\n{{/head}}\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try renderer.render(
            .moteoversikt, plan: try TestSupport.hallingdal(), options: ReportOptions())
        #expect(text.contains("TILTAK NK-01  Utvikle sykkelsatsinga"))
        #expect(!text.contains("Tidsramme:"))
        #expect(text.contains("Oppsummering per innsatsområde"))
    }

    /// An overrides folder's subfolder named by a language's code overrides that language's
    /// templates alone, and wins over the folder's own files; each language has its own shipped set.
    @Test func overridesOfOneLanguageLeaveTheOthers() throws {
        let (renderer, folder) = try renderer(overriding: ["tiltak": "{{#head}}\nALLE {{.}}\n{{/head}}\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let english = folder.appendingPathComponent("en")
        try FileManager.default.createDirectory(at: english, withIntermediateDirectories: true)
        try "{{#head}}\nEN {{.}}\n{{/head}}\n".write(
            to: english.appendingPathComponent("tiltak.mustache"), atomically: true, encoding: .utf8)
        let withEnglish = try ReportRenderer(
            templatesDirectory: TestSupport.templatesDirectory, overridesDirectory: folder.path)
        let plan = try TestSupport.hallingdal()
        func render(_ renderer: ReportRenderer, _ language: Language) throws -> String {
            try renderer.render(.moteoversikt, plan: plan, options: ReportOptions(language: language))
        }
        #expect(try render(renderer, .english).contains("ALLE NK-01"))
        #expect(try render(withEnglish, .english).contains("EN NK-01"))
        #expect(try render(withEnglish, .nynorsk).contains("ALLE NK-01"))
        #expect(try render(withEnglish, .bokmal).contains("ALLE NK-01"))
        #expect(try render(withEnglish, .english).contains("Summary by focus area"))
        // The shipped sets: a folder per language.
        for language in Language.allCases {
            let shipped = URL(fileURLWithPath: TestSupport.templatesDirectory).appendingPathComponent(
                language.rawValue)
            // The text reports, and the web pages in `site/`.
            let names = try FileManager.default.contentsOfDirectory(atPath: shipped.path).sorted()
            let reports = names.filter { $0 != "site" }
            #expect(
                reports.count == 8 && reports.allSatisfy { $0.hasSuffix(".mustache") },
                "\(language): \(names)")
            let pages = try FileManager.default.contentsOfDirectory(
                atPath: shipped.appendingPathComponent("site").path)
            #expect(!pages.isEmpty && pages.allSatisfy { $0.hasSuffix(".mustache") }, "\(language): \(pages)")
        }
    }

    @Test func syntaxErrorNamesTemplateLineAndTag() throws {
        let broken = "{{#heading}}\n{{>overskrift}}\n{{/heading}}\n{{#meta}}{{.}}{{/metta}}\n"
        #expect {
            _ = try renderer(overriding: ["moteoversikt": broken])
        } throws: { error in
            guard case .templateSyntax(let template, let line, _, let tag, _) = error as? ReportError else {
                return false
            }
            return template == "moteoversikt" && line == 4 && tag.contains("metta")
        }
        do {
            _ = try renderer(overriding: ["moteoversikt": broken])
        } catch {
            let message = (error as? ReportError)?.text(.nynorsk) ?? "\(error)"
            #expect(
                message.contains("moteoversikt.mustache") && message.contains("linje 4")
                    && message.contains("metta"))
        }
    }

    @Test func unknownVariableIsAnError() throws {
        let (renderer, folder) = try renderer(overriding: [
            "moteoversikt": "{{#meta}}\n{{.}}\n{{/meta}}\nTittel: {{tittel}}\n"
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(
            throws: ReportError.unknownVariable(
                template: "moteoversikt", line: 4, column: 9, tag: "{{tittel}}", name: "tittel")
        ) {
            try renderer.render(.moteoversikt, plan: try TestSupport.hallingdal(), options: ReportOptions())
        }
    }

    @Test func unknownVariableInAPartialNamesThePartial() throws {
        let (renderer, folder) = try renderer(overriding: [
            "overskrift": "{{#lines}}\n{{.}}\n{{/lines}}\n{{understrek}}\n"
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            _ = try renderer.render(
                .ufinansiert, plan: try TestSupport.hallingdal(), options: ReportOptions())
            Issue.record("expected an error")
        } catch let error as ReportError {
            guard case .unknownVariable(let template, _, _, _, let name) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(template == "overskrift" && name == "understrek")
        }
    }

    @Test func missingPartialIsAnError() throws {
        let (renderer, folder) = try renderer(overriding: ["revisjon": "{{>finst-ikkje}}\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: ReportError.missingTemplate("finst-ikkje")) {
            try renderer.render(.revisjon, plan: try TestSupport.hallingdal(), options: ReportOptions())
        }
    }

    @Test func missingTemplatesFolderIsAnError() {
        #expect(throws: ReportError.self) {
            try ReportRenderer(templatesDirectory: "/finst/ikkje")
        }
    }

    @Test func valuesAreNotHTMLEscaped() throws {
        let plan = TestSupport.smallPlan(actions: [TestSupport.action("NK-01", "A & B <c> \"d\"")])
        let text = try TestSupport.renderer().render(.moteoversikt, plan: plan, options: ReportOptions())
        #expect(text.contains("A & B <c> \"d\""))
    }
}
