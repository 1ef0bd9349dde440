import Foundation
import Testing
import TiltakModel
import TiltakRuntime
import XLSXReader

@testable import TiltakWorkbook

@Suite struct SmallPlanTests {
    let source = WorkbookSource(path: "liten.yaml", sha256: String(repeating: "0", count: 64))

    @Test func oneFinancedAction() throws {
        let plan = smallPlan(actions: [smallAction("KM-01")])
        let directory = try TemporaryDirectory()
        let path = directory.path("liten.xlsx")
        try CouncilWorkbook.write(plan, source: source, to: path)
        let document = try open(path)
        #expect(document.sheetNames.contains("Klima og miljø"))
        let table = try #require(try document.tables(in: document.sheet(named: "Tiltak")).first)
        #expect(table.ref == "A1:O2")
        let financing = try document.sheet(named: "Finansiering")
        let last = financing.maxRow
        #expect(financing.value("E\(last)")?.number == 0)
        #expect(financing.value("G\(last)")?.number == 0)
        #expect(financing.value("G\(last)")?.formula == "0")
        let evaluator = FormulaEvaluator(sheets: ["Tiltak": try document.sheet(named: "Tiltak")])
        for cell in try document.sheet(named: "Oversikt").cells.values where cell.isFormula {
            #expect(evaluator.evaluate(cell.formula ?? "") == cell.number)
        }
        let header = try document.partText(try document.sheet(named: "Tiltak").partPath)
        #expect(header.contains("<oddHeader>&amp;CLiten plan &amp;&amp; test&amp;RTest</oddHeader>"))
    }

    @Test func emptyPlanStillWrites() throws {
        let plan = smallPlan(actions: [])
        let directory = try TemporaryDirectory()
        let path = directory.path("tom.xlsx")
        try CouncilWorkbook.write(plan, source: source, to: path)
        let document = try open(path)
        #expect(document.sheetNames.first == "Oversikt")
    }

    @Test func longPartyNamesAndAwkwardAreaNames() throws {
        let long = String(repeating: "Langt namn ", count: 4).trimmingCharacters(in: .whitespaces)
        #expect(long.count >= 40)
        var plan = smallPlan(
            actions: [smallAction("KM-01", responsible: [.registered("LONG")])],
            extraParties: [Party(code: "LONG", name: long, kind: .organisation)])
        plan.focusAreas.append(FocusArea(code: "AB", name: "Oversikt", shortName: "Oversikt"))
        plan.focusAreas.append(
            FocusArea(code: "CD", name: "Kva? [mål]: a/b\\c*", shortName: "Kva? [mål]: a/b\\c*"))
        plan.focusAreas.append(FocusArea(code: "EF", name: long + long, shortName: long + long))
        let directory = try TemporaryDirectory()
        let path = directory.path("lang.xlsx")
        try CouncilWorkbook.write(plan, source: source, to: path)
        let document = try open(path)
        let names = document.sheetNames
        #expect(Set(names).count == names.count)
        #expect(names.allSatisfy { $0.count <= 31 && !$0.contains(where: { "[]:*?/\\".contains($0) }) })
        #expect(names.contains("Oversikt (2)"))
        #expect(names.contains("Kva mål abc"))
        let ansvar = try document.sheet(named: "Ansvar")
        #expect(ansvar.string("A2") == "\(long) (1 tiltak)")
        let aal = try #require(plan.registry.party(code: "AAL"))
        try MunicipalityWorkbook.write(plan, municipality: aal, source: source, to: directory.path("Ål.xlsx"))
    }

    @Test func formulaLikeTextStaysText() throws {
        let texts = ["=SUM(A1)", "+47 123", "@x", "-1", "=HYPERLINK(\"http://x\")"]
        let actions = texts.enumerated().map { index, text in
            smallAction(
                "KM-0\(index + 1)", text: text, remark: text, financing: Financing(need: .needsFinancing))
        }
        let plan = smallPlan(actions: actions)
        let directory = try TemporaryDirectory()
        let path = directory.path("formlar.xlsx")
        try CouncilWorkbook.write(plan, source: source, to: path)
        let document = try open(path)
        for sheetName in ["Tiltak", "Klima og miljø", "Ansvar", "Tidsplan", "Finansiering"] {
            let sheet = try document.sheet(named: sheetName)
            for text in texts {
                let cells = sheet.cells.values.filter { $0.string == text }
                #expect(!cells.isEmpty, "\(sheetName): \(text)")
                #expect(cells.allSatisfy { $0.kind == .string && $0.formula == nil }, "\(sheetName): \(text)")
            }
            let xml = try document.partText(sheet.partPath)
            #expect(!xml.contains("<f>SUM(A1)</f>"))
            #expect(!xml.contains("HYPERLINK"))
        }
        let aal = try #require(plan.registry.party(code: "RR"))
        let municipal = directory.path("rr.xlsx")
        try MunicipalityWorkbook.write(plan, municipality: aal, source: source, to: municipal)
        let tasks = try open(municipal).sheet(named: "Oppgåver")
        #expect(tasks.cells.values.filter { $0.string == "=SUM(A1)" }.allSatisfy { $0.formula == nil })
    }

    @Test func tooLongTextIsRefusedNamingTheAction() throws {
        let plan = smallPlan(actions: [
            smallAction("KM-01"), smallAction("KM-02", remark: String(repeating: "a", count: 32_768)),
        ])
        let directory = try TemporaryDirectory()
        let path = directory.path("lang.xlsx")
        #expect {
            try CouncilWorkbook.write(plan, source: source, to: path)
        } throws: { error in
            String(describing: error).contains("KM-02") && String(describing: error).contains("Merknad")
        }
        #expect(try directory.contents().isEmpty)
        let rr = try #require(plan.registry.party(code: "RR"))
        #expect(throws: WorkbookContentError.self) {
            try MunicipalityWorkbook.write(plan, municipality: rr, source: source, to: path)
        }
    }

    @Test func textWithNULIsRefusedNamingTheCell() throws {
        let plan = smallPlan(actions: [smallAction("KM-01"), smallAction("KM-02", remark: "før\u{0}etter")])
        let directory = try TemporaryDirectory()
        let path = directory.path("nul.xlsx")
        #expect {
            try CouncilWorkbook.write(plan, source: source, to: path)
        } throws: { error in
            let text = String(describing: error)
            return text.contains("NUL") && text.contains("Tiltak!H3")
        }
        #expect(try directory.contents().isEmpty)
    }

    @Test func failedWriteLeavesTheEarlierFileAndNoTemporaryFiles() throws {
        let plan = smallPlan(actions: [smallAction("KM-01")])
        let directory = try TemporaryDirectory()
        let path = directory.path("plan.xlsx")
        try CouncilWorkbook.write(plan, source: source, to: path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))

        let missing = directory.path("finst-ikkje/plan.xlsx")
        #expect {
            try CouncilWorkbook.write(plan, source: source, to: missing)
        } throws: { error in
            guard let error = error as? OutputError else { return false }
            return error.path == missing && error.operation == .writeWorkbook
                && error.description.contains(missing)
        }
        // A write that fails while building (text too long) leaves the existing file as it was.
        var broken = plan
        broken.actions.append(smallAction("KM-02", text: String(repeating: "b", count: 40_000)))
        #expect(throws: (any Error).self) { try CouncilWorkbook.write(broken, source: source, to: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try directory.contents() == ["plan.xlsx"])
    }

    @Test func sheetNamesHelper() {
        var names = SheetNames()
        names.reserve("Tiltak")
        #expect(names.unique("tiltak") == "tiltak (2)")
        #expect(names.unique(String(repeating: "x", count: 40)).count == 31)
        #expect(names.unique(String(repeating: "x", count: 40)) == String(repeating: "x", count: 27) + " (2)")
        #expect(names.unique("'?*'", fallback: "KM") == "KM")
        #expect(SheetNames.sanitise("a[b]c:d") == "abcd")
    }
}
