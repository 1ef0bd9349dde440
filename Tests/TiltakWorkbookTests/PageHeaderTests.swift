import Foundation
import Testing
import TiltakModel
import XLSXReader

@testable import TiltakWorkbook

/// Every printed page says what it is: the party (in a task workbook), the plan and its revision in
/// the header; the sheet and the page in the footer.
@Suite struct PageHeaderTests {
    /// The `<oddHeader>` of a sheet's XML, with the entities `&amp;` read back.
    static func header(_ document: XLSXDocument, sheet: String) throws -> String {
        let xml = try document.partText(try document.sheet(named: sheet).partPath)
        guard let start = xml.range(of: "<oddHeader>"), let end = xml.range(of: "</oddHeader>") else {
            return ""
        }
        return String(xml[start.upperBound..<end.lowerBound]).replacingOccurrences(of: "&amp;", with: "&")
    }

    @Test func aTaskWorkbookNamesItsPartyPlanAndRevisionOnEveryPage() throws {
        let plan = try hallingdal()
        let aal = try #require(plan.registry.party(code: "AAL"))
        let directory = try TemporaryDirectory()
        let path = directory.path("Ål.xlsx")
        try MunicipalityWorkbook.write(
            plan, municipality: aal, source: WorkbookSource(path: "plan.yaml", sha256: "abc"), to: path)
        #expect(
            try Self.header(open(path), sheet: "Oppgåver")
                == "&LÅl&CStrategisk plan for Hallingdal 2021–2024&RUtkast pr. 10. april 2021")
    }

    @Test func theCouncilWorkbookNamesPlanAndRevision() throws {
        var plan = try hallingdal()
        plan.revision.label = "Revisjon 2022"
        let directory = try TemporaryDirectory()
        let path = directory.path("plan.xlsx")
        try CouncilWorkbook.write(plan, source: WorkbookSource(path: "plan.yaml", sha256: "abc"), to: path)
        let document = try open(path)
        for sheet in ["Oversikt", "Tiltak", "Finansiering"] {
            #expect(
                try Self.header(document, sheet: sheet)
                    == "&CStrategisk plan for Hallingdal 2021–2024&RRevisjon 2022", "\(sheet)")
        }
    }

    @Test func longTextsAreCutToWhatExcelAllowsAndNeverSplitAnAmpersand() {
        // Decomposed letters: 3 code points a character; `&` doubled.
        let title = String(repeating: "a\u{301}\u{301}&", count: 100)
        let header = PageLayout.headerText(
            title, revision: String(repeating: "x&", count: 80), party: String(repeating: "é&", count: 80))
        #expect(header.unicodeScalars.count <= 255)
        #expect(header.hasPrefix("&L") && header.contains("&C") && header.contains("&R"))
        // Every part ends with whole `&&` pairs: no section code made of half of one.
        for part in header.components(separatedBy: "&C") + header.components(separatedBy: "&R") {
            let trailing = part.reversed().prefix { $0 == "&" }.count
            #expect(trailing % 2 == 0, "\(part.suffix(6))")
        }
        #expect(PageLayout.cut("ab&&", to: 3) == "ab")
        #expect(PageLayout.cut("ab&&", to: 4) == "ab&&")
    }
}
