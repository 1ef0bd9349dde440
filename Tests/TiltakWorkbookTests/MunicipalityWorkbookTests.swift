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
        #expect(
            sheet.row(1) == [
                "ID", "Tiltak", "Rolle", "Gjennom", "Tidsramme", "Frå år", "Ansvar", "Involvert",
                "Finansiering",
                "Merknad", "Status", "Kommentar", "Førre status", "Førre kommentar",
            ])
        let assignments = plan.assignments(for: "AAL")
        #expect(!assignments.isEmpty)
        #expect(sheet.maxRow == assignments.count + 1)
        let expected = assignments.sorted {
            ($0.action.timeframe.sortKey, $0.action.id) < ($1.action.timeframe.sortKey, $1.action.id)
        }
        #expect((2...sheet.maxRow).map { sheet.string("A\($0)") } == expected.map(\.action.id.rawValue))
        for (index, assignment) in expected.enumerated() {
            let row = index + 2
            #expect(sheet.string("C\(row)") == assignment.roleText(.nynorsk))
            let group = assignment.throughGroup.map { plan.registry.party(code: $0)?.name ?? $0 } ?? ""
            #expect(sheet.string("D\(row)") == group)
        }
        #expect(sheet.isProtected)
        #expect(sheet.protection?["password"] == nil)
        for row in 2...sheet.maxRow {
            for column in ["K", "L"] {
                let cell = try #require(sheet.value("\(column)\(row)"))
                #expect(document.format(of: cell)?.isLocked == false)
            }
            let id = try #require(sheet.value("A\(row)"))
            #expect(document.format(of: id)?.isLocked == true)
        }
        #expect(sheet.dataValidations(at: "K2").first?.formula1 == "Lister!$A$1:$A$5")
        #expect(sheet.pageSetup["orientation"] == "landscape")

        let about = try document.sheet(named: "Om")
        let values = Dictionary(
            uniqueKeysWithValues: (1...about.maxRow).map { (about.string("A\($0)"), about.string("B\($0)")) })
        #expect(values["Plan-ID"] == plan.id)
        #expect(values["Revisjonsdato"] == "2021-04-10")
        #expect(values["Kommunekode"] == "AAL")
        #expect(values["Kommune"] == "Ål")
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
