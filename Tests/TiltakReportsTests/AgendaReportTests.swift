import Foundation
import Testing
import TiltakLanguage
import TiltakModel

@testable import TiltakReports

/// The revision agenda shows what came in, per action and party; the returns report says who has
/// returned and what is still owed.
@Suite struct AgendaReportTests {
    static let day = CalendarDate(iso: "2021-11-01") ?? .januaryFirst(2021)

    /// The Hallingdal plan with 2021 reports: KM-13 (the six municipalities) cancelled by Ål alone;
    /// KM-03 (the six) done in Ål and Gol; AO-01 (RR and the six) in progress at RR; IN-01 (RR)
    /// done; NK-02 (Næringsforum) postponed.
    static func plan() throws -> Plan {
        var plan = try TestSupport.hallingdal()
        plan.merge([
            StatusReport(
                actionID: "KM-13", year: 2021, party: "AAL", status: .cancelled,
                comment: "Ikkje aktuelt lenger",
                collected: day, source: "Ål.xlsx"),
            StatusReport(
                actionID: "KM-03", year: 2021, party: "AAL", status: .done, comment: "Vedteke i juni",
                collected: day, source: "Ål.xlsx"),
            StatusReport(
                actionID: "KM-03", year: 2021, party: "GOL", status: .done, collected: day, source: "Gol.xlsx"
            ),
            StatusReport(
                actionID: "AO-01", year: 2021, party: "RR", status: .inProgress, comment: "Startar hausten",
                collected: CalendarDate(iso: "2021-11-03") ?? day, source: "rr.csv"),
            StatusReport(
                actionID: "IN-01", year: 2021, party: "RR", status: .done, collected: day, source: "rr.csv"),
            StatusReport(
                actionID: "NK-02", year: 2021, party: "NF", status: .postponed, comment: "Ventar på midlar",
                collected: day),
        ])
        return plan
    }

    /// The text of section `title` up to the next numbered section.
    static func section(_ title: String, in text: String) throws -> String {
        let start = try #require(text.range(of: "\n" + title))
        let rest = text[start.upperBound...]
        let end = rest.range(of: #"\n\d\. "#, options: .regularExpression)?.lowerBound ?? rest.endIndex
        return String(rest[..<end])
    }

    /// `text` with each run of spaces as one space.
    static func squeezed(_ text: String) -> String {
        text.replacingOccurrences(of: " +", with: " ", options: .regularExpression)
    }

    @Test func theAgendaListsEachPartysReportInItsSection() throws {
        let text = try TestSupport.renderer().render(
            .revisjon, plan: try Self.plan(), options: ReportOptions())
        let finished = try Self.section("1. Fullførte tiltak – til avslutting", in: text)
        #expect(finished.contains("\nIN-01  "))
        #expect(finished.contains("Regionrådet for Hallingdal:  Fullført"))
        let underWay = try Self.section("2. Tiltak i arbeid", in: text)
        #expect(underWay.contains("\nKM-03  ") && underWay.contains("\nAO-01  "))
        let km03 = Self.squeezed(try #require(underWay.components(separatedBy: "\nKM-03  ").last))
        #expect(km03.contains(" Ål: Fullført – Vedteke i juni\n"))
        #expect(km03.contains(" Gol: Fullført\n"))
        #expect(km03.contains(" Hol: Ikkje rapportert\n"))
        #expect(underWay.contains("Regionrådet for Hallingdal:  Pågår – Startar hausten"))
        // A single cancellation among five unreported municipalities is not hidden.
        let stopped = try Self.section("3. Utsette og avlyste tiltak", in: text)
        #expect(stopped.contains("\nKM-13  ") && stopped.contains("\nNK-02  "))
        #expect(stopped.contains("Ål:        Avlyst – Ikkje aktuelt lenger"))
        #expect(stopped.contains("Ventar på midlar"))
        // Not reported, by party: the reported actions are not there.
        let unreported = try Self.section("4. Ikkje rapporterte tiltak, per part", in: text)
        #expect(unreported.contains("Regionrådet for Hallingdal (21 tiltak)"))
        #expect(unreported.contains("\nKM-04  Få på plass ein klimakoordinator i Hallingdal (2022)"))
        for id in ["KM-13", "KM-03", "AO-01", "IN-01", "NK-02"] {
            #expect(!unreported.contains("\n\(id)  "), "\(id)")
        }
        // In 2021 nothing is overdue: the timeframes have not ended.
        #expect(try Self.section("5. Forseinka tiltak", in: text).contains("Ingen."))
        #expect(text.contains("\n6. Til avklaring") && text.contains("\n9. Datakvalitet"))
    }

    @Test func theAgendaWithoutReportsListsEveryActionUnderItsParties() throws {
        let plan = try TestSupport.hallingdal()
        let text = try TestSupport.renderer().render(.revisjon, plan: plan, options: ReportOptions())
        for title in ["1. Fullførte tiltak", "2. Tiltak i arbeid", "3. Utsette og avlyste tiltak"] {
            #expect(try Self.section(title, in: text).contains("Ingen."), "\(title)")
        }
        let unreported = try Self.section("4. Ikkje rapporterte tiltak, per part", in: text)
        #expect(unreported.contains("Regionrådet for Hallingdal (23 tiltak)"))
        // A municipality reports on the actions its task workbook lists: those it is responsible for
        // and those it is involved in.
        #expect(unreported.contains("Ål (40 tiltak)"))
        #expect(unreported.contains("IKT Hallingdal (5 tiltak)"))
    }

    @Test func returnsSayWhoHasReturned() throws {
        let text = try TestSupport.renderer().render(
            .innsamling, plan: try Self.plan(), options: ReportOptions())
        #expect(text.hasPrefix("Innsamling 2021 – "))
        #expect(text.contains("4 av 23 partar har levert rapportar for 2021."))
        let lines = text.components(separatedBy: "\n")
        let rr = try #require(lines.first { $0.hasPrefix("Regionrådet for Hallingdal ") })
        #expect(Self.squeezed(rr) == "Regionrådet for Hallingdal Levert 2021-11-03 2 21 rr.csv")
        let ål = try #require(lines.first { $0.hasPrefix("Ål ") })
        #expect(Self.squeezed(ål) == "Ål Levert 2021-11-01 2 38 Ål.xlsx")
        let flå = try #require(lines.first { $0.hasPrefix("Flå ") })
        #expect(Self.squeezed(flå) == "Flå Ikkje levert 0 40")
        // Then the actions each party still owes a report on.
        let owing = try #require(text.components(separatedBy: "2. Manglande rapportar per part").last)
        #expect(owing.contains("Flå (40 tiltak)"))
        #expect(owing.contains("Ål (38 tiltak)"))
        #expect(owing.contains("Næringsforum") == false)
        #expect(
            try ReportKind.innsamling.fileName(plan: try Self.plan(), options: ReportOptions())
                == "innsamling.txt")
        #expect(
            try ReportKind.innsamling.fileName(
                plan: try Self.plan(), options: ReportOptions(language: .english))
                == "returns.txt")
    }

    @Test(arguments: [Language.bokmal, .english])
    func bothReportsRenderInEveryLanguage(language: Language) throws {
        let plan = try Self.plan()
        let agenda = try TestSupport.renderer().render(
            .revisjon, plan: plan, options: ReportOptions(language: language))
        let returns = try TestSupport.renderer().render(
            .innsamling, plan: plan, options: ReportOptions(language: language))
        let cancelled =
            language == .english ? "Cancelled – Ikkje aktuelt lenger" : "Avlyst – Ikkje aktuelt lenger"
        #expect(agenda.contains(cancelled))
        #expect(returns.contains(language == .english ? "Not returned" : "Ikke levert"))
    }
}
