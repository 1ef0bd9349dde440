import Foundation
import Testing
import TiltakModel

@testable import TiltakReports

/// Status reports in the text reports: the overall status and breakdown in the meeting overview,
/// progress tables, and a municipality's own status in its report.
@Suite struct StatusReportTests {
    /// The Hallingdal plan with 2021 reports: KM-03 (shared by the six municipalities) done in Ål
    /// and Gol, in progress in Hol; NK-02 done by Næringsforum; a 2022 report that must not count.
    static func plan() throws -> Plan {
        var plan = try TestSupport.hallingdal()
        let day = CalendarDate(iso: "2021-11-01") ?? .januaryFirst(2021)
        plan.merge([
            StatusReport(actionID: "KM-03", year: 2021, party: "AAL", status: .done, collected: day),
            StatusReport(actionID: "KM-03", year: 2021, party: "GOL", status: .done, collected: day),
            StatusReport(
                actionID: "KM-03", year: 2021, party: "HOL", status: .inProgress, comment: "Vedtak i juni",
                collected: day),
            StatusReport(
                actionID: "NK-02", year: 2021, party: "NF", status: .done, comment: "Portalen er oppe",
                collected: day),
            StatusReport(actionID: "KM-03", year: 2022, party: "FLA", status: .cancelled, collected: day),
        ])
        return plan
    }

    /// The block of `id`: its first line and the indented lines under it.
    private func block(_ id: String, in text: String) -> [String] {
        let lines = text.components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { $0.hasPrefix(id + " ") }) else { return [] }
        var result = [lines[start]]
        for line in lines[(start + 1)...] {
            guard line.hasPrefix(" ") else { break }
            result.append(line)
        }
        return result
    }

    @Test func meetingOverviewShowsStatusBreakdownAndProgress() throws {
        let text = try TestSupport.renderer().render(
            .moteoversikt, plan: Self.plan(), options: ReportOptions())
        let km03 = block("KM-03", in: text).joined(separator: "\n")
        #expect(km03.contains("Status:         Pågår (2 av 6 fullført, 3 ikkje rapportert)"))
        #expect(
            km03.contains(
                "Fordeling:      Flå: –; Nesbyen: –; Gol: Fullført; Hemsedal: –; Ål: Fullført; Hol: Pågår –"))
        let nk02 = block("NK-02", in: text).joined(separator: "\n")
        // Næringsforum is responsible and decides; the six municipalities are involved, expected
        // to report (their task workbooks have NK-02), and counted.
        #expect(nk02.contains("Status:         Fullført (1 av 7 fullført, 6 ikkje rapportert)"))
        #expect(nk02.contains("Fordeling:      Næringsforum: Fullført – Portalen er oppe; Flå: –;"))
        #expect(block("NK-01", in: text).joined().contains("Status:         Ikkje rapportert"))

        let lines = text.components(separatedBy: "\n")
        let start = try #require(
            lines.firstIndex { $0.hasPrefix("Framdrift per innsatsområde (status 2021)") })
        let climate = try #require(lines[start...].first { $0.hasPrefix("Klima og miljø") })
        #expect(climate.split(separator: " ").suffix(7) == ["0", "1", "0", "0", "0", "12", "13"])
        let sum = try #require(lines[start...].first { $0.hasPrefix("Sum ") })
        #expect(sum.split(separator: " ").suffix(7) == ["1", "1", "0", "0", "0", "67", "69"])
        let parties = try #require(lines.firstIndex { $0.hasPrefix("Framdrift per ansvarleg (status 2021)") })
        let group = try #require(lines[parties...].first { $0.hasPrefix("Kommunane i Hallingdal") })
        #expect(group.split(separator: " ").suffix(7) == ["0", "1", "0", "0", "0", "17", "18"])
        for line in lines { #expect(line.count <= 100) }

        // Another year: its own reports.
        let later = try TestSupport.renderer().render(
            .moteoversikt, plan: Self.plan(), options: ReportOptions(year: 2022))
        #expect(
            block("KM-03", in: later).joined().contains("Status:         Ikkje rapportert (1 av 6: Avlyst)"))
    }

    @Test func narrowProgressTablesFit() throws {
        let text = try TestSupport.renderer().render(
            .moteoversikt, plan: Self.plan(), options: ReportOptions(width: 60))
        for line in text.components(separatedBy: "\n") { #expect(line.count <= 60, "\(line)") }
        #expect(text.contains("Fullf. Pågår Ikkje Utsett Avlyst Ikkje Sum"))
    }

    @Test func municipalityReportShowsItsOwnStatus() throws {
        let renderer = try TestSupport.renderer()
        let plan = try Self.plan()
        let hol = try renderer.render(.kommune, plan: plan, options: ReportOptions(municipality: "Hol"))
        let holBlock = block("KM-03", in: hol).joined(separator: "\n")
        #expect(holBlock.contains("Status:") && holBlock.contains("Pågår – Vedtak i juni"))
        #expect(!holBlock.contains(MunicipalityReport.statusLine(.nynorsk)))
        let aal = try renderer.render(.kommune, plan: plan, options: ReportOptions(municipality: "Ål"))
        #expect(block("KM-03", in: aal).last?.hasSuffix("Status:         Fullført") == true)
        // Not reported: the line to fill in.
        let fla = try renderer.render(.kommune, plan: plan, options: ReportOptions(municipality: "Flå"))
        #expect(block("KM-03", in: fla).contains { $0.hasSuffix(MunicipalityReport.statusLine(.nynorsk)) })
    }

    @Test func withoutReportsActionBlocksHaveNoStatus() throws {
        let text = try TestSupport.renderer().render(
            .moteoversikt, plan: TestSupport.hallingdal(), options: ReportOptions())
        #expect(!block("KM-03", in: text).joined().contains("Status:"))
        #expect(text.contains("Framdrift per innsatsområde (status 2021)"))
    }
}
