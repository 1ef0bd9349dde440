import Foundation
import Testing
import TiltakModel
import XLSXReader

@testable import TiltakWorkbook

@Suite struct MunicipalityWorkbookTests {
    @Test func aalGetsItsAssignmentsOnAProtectedSheet() throws {
        let plan = try hallingdal()
        let aal = try #require(plan.registry.party(code: "AAL"))
        let directory = try TemporaryDirectory()
        let path = directory.path(MunicipalityWorkbook.fileName(for: aal))
        #expect(path.hasSuffix("/Ål.xlsx"))
        try MunicipalityWorkbook.write(
            plan, municipality: aal, source: WorkbookSource(path: "plan.yaml", sha256: "abc"), to: path)
        let document = try open(path)
        #expect(document.sheetNames == ["Oppgåver", "Lister", "Om"])
        #expect(document.isHidden(sheet: "Lister"))
        #expect(document.isHidden(sheet: "Om"))

        let sheet = try document.sheet(named: "Oppgåver")
        // The title block names the party, the plan and its revision; the fixture sets no
        // deadline and no contact, so the file goes back to the plan's owner.
        #expect(sheet.string("A1") == "Oppgåver for Ål")
        #expect(sheet.string("A2") == "Strategisk plan for Hallingdal 2021–2024 – Utkast pr. 10. april 2021")
        #expect(sheet.string("A3") == "Svarfrist: ikkje fastsett")
        #expect(sheet.string("A4") == "Kontakt: ikkje oppgitt")
        #expect(
            sheet.string("A5").hasPrefix(
                "Status: klikk i den gule cella og vel frå lista (Ikkje starta, Pågår"))
        #expect(sheet.string("A6").hasPrefix("Kommentar: "))
        #expect(
            sheet.string("A7")
                == "Lagre fila med same namn og send ho til Regionrådet for Hallingdal når ho er fylt ut.")
        #expect(sheet.string("A8") == "")
        // The header below it; no earlier report, so no columns for one.
        #expect(
            sheet.row(9) == [
                "ID", "Tiltak", "Rolle", "Gjennom", "Tidsramme", "Frå år", "Ansvar", "Involvert",
                "Finansiering", "Merknad", "Status", "Kommentar",
            ])
        let assignments = plan.assignments(for: "AAL")
        #expect(!assignments.isEmpty)
        #expect(sheet.maxRow == assignments.count + 9)
        // In the plan's order.
        let expected = assignments.sorted {
            plan.actions.firstIndex(of: $0.action) ?? 0 < plan.actions.firstIndex(of: $1.action) ?? 0
        }
        #expect((10...sheet.maxRow).map { sheet.string("A\($0)") } == expected.map(\.action.id.rawValue))
        for (index, assignment) in expected.enumerated() {
            let row = index + 10
            #expect(sheet.string("C\(row)") == assignment.roleText(.nynorsk))
            let group = assignment.throughGroup.map { plan.registry.party(code: $0)?.name ?? $0 } ?? ""
            #expect(sheet.string("D\(row)") == group)
        }
        #expect(sheet.isProtected)
        #expect(sheet.protection?["password"] == nil)
        for row in 10...sheet.maxRow {
            for column in ["K", "L"] {
                let cell = try #require(sheet.value("\(column)\(row)"))
                #expect(document.format(of: cell)?.isLocked == false)
            }
            let id = try #require(sheet.value("A\(row)"))
            #expect(document.format(of: id)?.isLocked == true)
        }
        #expect(sheet.dataValidations(at: "K10").first?.formula1 == "Lister!$A$1:$A$5")
        #expect(sheet.pageSetup["orientation"] == "landscape")

        let about = try document.sheet(named: "Om")
        let values = Dictionary(
            uniqueKeysWithValues: (1...about.maxRow).map { (about.string("A\($0)"), about.string("B\($0)")) })
        #expect(values["Plan-ID"] == plan.id)
        #expect(values["Revisjonsdato"] == "2021-04-10")
        #expect(values["Kommunekode"] == "AAL")
        #expect(values["Kommune"] == "Ål")
    }

    /// A party no action reaches through a group, with no earlier report, gets neither the group
    /// column nor the earlier report's; its title block names it, in the workbook's language.
    @Test func onlyTheColumnsAPartyNeedsUnderItsTitle() throws {
        var plan = try hallingdal()
        plan.revision.deadline = CalendarDate(year: 2021, month: 10, day: 1)
        plan.contact = "Regionrådet, post@hallingdal.no"
        let vy = try #require(plan.registry.party(code: "VY"))
        #expect(plan.assignments(for: "VY").allSatisfy { $0.throughGroup == nil })
        let directory = try TemporaryDirectory()
        let path = directory.path("Vy.xlsx")
        try TaskWorkbook.write(
            plan, party: vy, source: WorkbookSource(path: "plan.yaml", sha256: "abc"), to: path,
            language: .english)
        let sheet = try open(path).sheet(named: "Tasks")
        #expect(sheet.string("A1") == "Tasks for Vy")
        #expect(sheet.string("A3") == "Return by: 1 October 2021")
        #expect(sheet.string("A4") == "Contact: Regionrådet, post@hallingdal.no")
        #expect(
            sheet.string("A7")
                == "Save the file, keeping its name, and send it to Regionrådet, post@hallingdal.no by 1 October 2021."
        )
        let header = sheet.row(9)
        #expect(header.first == "ID")
        #expect(!header.contains("Through"), "\(header)")
        #expect(!header.contains("Previous status") && !header.contains("Previous comment"), "\(header)")
        #expect(header.contains("Status") && header.contains("Comment"))
    }

    @Test func fileNamesCannotLeaveTheFolder() {
        func name(_ text: String) -> String {
            MunicipalityWorkbook.fileName(for: Party(code: "X1", name: text, kind: .municipality))
        }
        #expect(name("Ål") == "Ål.xlsx")
        #expect(name("../../etc/passwd") == "etcpasswd.xlsx")
        #expect(name("a/b\\c:d*e?f\"g<h>i|j") == "abcdefghij.xlsx")
        #expect(name("...skjult") == "skjult.xlsx")
        #expect(name("Nes\u{0}\u{7}by") == "Nesby.xlsx")
        #expect(name("//") == "X1.xlsx")
    }

    @Test func sameInputGivesByteIdenticalFiles() throws {
        let plan = try hallingdal()
        let gol = try #require(plan.registry.party(code: "GOL"))
        let directory = try TemporaryDirectory()
        let source = WorkbookSource(path: "p.yaml", sha256: "0")
        try MunicipalityWorkbook.write(plan, municipality: gol, source: source, to: directory.path("a.xlsx"))
        try MunicipalityWorkbook.write(plan, municipality: gol, source: source, to: directory.path("b.xlsx"))
        #expect(
            try Data(contentsOf: directory.url.appendingPathComponent("a.xlsx"))
                == Data(contentsOf: directory.url.appendingPathComponent("b.xlsx")))
    }

    /// Rolle shows a pilot role that only the remark states: Gol is pilot for KM-09.
    @Test func aPilotRoleShowsInRolle() throws {
        let plan = try hallingdal()
        let gol = try #require(plan.registry.party(code: "GOL"))
        let directory = try TemporaryDirectory()
        let path = directory.path("Gol.xlsx")
        try MunicipalityWorkbook.write(
            plan, municipality: gol, source: WorkbookSource(path: "plan.yaml", sha256: "abc"), to: path)
        let sheet = try open(path).sheet(named: "Oppgåver")
        let row = try #require((2...sheet.maxRow).first { sheet.string("A\($0)") == "KM-09" })
        #expect(sheet.string("C\(row)") == "Ansvar (pilot)")
        let other = try #require((2...sheet.maxRow).first { sheet.string("A\($0)") == "KM-03" })
        #expect(sheet.string("C\(other)") == "Ansvar")
        #expect(plan.assignments(for: "AAL").allSatisfy { !$0.isPilot })
    }
}
