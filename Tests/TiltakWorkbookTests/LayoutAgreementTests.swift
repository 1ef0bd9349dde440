import Foundation
import Testing
import TiltakLanguage
import TiltakLayout
import TiltakModel
import XLSXReader

@testable import TiltakWorkbook

/// The workbooks as written agree with the layouts in TiltakLayout, which the readers use: sheet
/// names, captions in order, protected and editable columns, the `Om` facts.
@Suite struct LayoutAgreementTests {
    static let words = Words.nynorsk

    /// Every municipality's task workbook: the header is the layout's captions in order, each
    /// protected column holds what ``TaskRowCells`` computes and is locked, the editable ones are
    /// not, and the `Om` sheet has the layout's facts in order with this workbook's values.
    @Test func taskWorkbooksFollowTheLayout() throws {
        let plan = try hallingdal()
        let directory = try TemporaryDirectory()
        let source = WorkbookSource(path: "plan.yaml", sha256: "abc123")
        var filledColumns: Set<TaskWorkbookLayout.Column> = []
        let municipalities = plan.registry.parties.filter { $0.kind == .municipality }
        #expect(municipalities.count == 6)
        for municipality in municipalities {
            let path = directory.path(MunicipalityWorkbook.fileName(for: municipality))
            try MunicipalityWorkbook.write(plan, municipality: municipality, source: source, to: path)
            let document = try open(path)
            #expect(
                document.sheetNames
                    == [SheetKey.tasks, .statusList, .attribution].map(Self.words.sheetName))
            let sheet = try document.sheet(named: Self.words.sheetName(TaskWorkbookLayout.sheet))
            // The header below the title block: the layout's captions in order, of the columns a
            // municipality needs (no earlier report in the fixture: its columns are left out).
            let header = TaskWorkbookLayout.headerRow + 1
            let shown = TaskWorkbookLayout.Column.allCases.filter {
                !TaskWorkbookLayout.previousReportColumns.contains($0)
            }
            #expect(sheet.row(header) == shown.map { Self.words.caption($0.key) })
            func number(_ column: TaskWorkbookLayout.Column) -> Int? {
                shown.firstIndex(of: column).map { $0 + 1 }
            }

            let assignments = plan.assignments(for: municipality.code)
            let byID = Dictionary(
                assignments.map { ($0.action.id.rawValue, $0) }, uniquingKeysWith: { first, _ in first })
            #expect(sheet.maxRow == header + byID.count, "\(municipality.name)")
            // Rows in plan order.
            let ids = ((header + 1)...max(sheet.maxRow, header + 1)).map {
                sheet.cell(row: $0, column: 1)?.string ?? ""
            }
            #expect(ids == assignments.map(\.action.id.rawValue), "\(municipality.name)")
            for row in (header + 1)...max(sheet.maxRow, header + 1) {
                let id = sheet.cell(row: row, column: 1)?.string ?? ""
                let assignment = try #require(byID[id], "\(municipality.name) row \(row)")
                let expected = TaskRowCells.cells(assignment, plan: plan, language: Self.words.language)
                #expect(Set(expected.keys) == Set(TaskWorkbookLayout.planColumns))
                for column in shown {
                    let cell = number(column).flatMap { sheet.cell(row: row, column: $0) }
                    if column.isEditable {
                        let format = try #require(cell.flatMap(document.format(of:)))
                        #expect(!format.isLocked, "\(municipality.name) row \(row) \(column)")
                        if column == .status, let col = number(column) {
                            let address = CellAddress(row: row, column: col)
                            #expect(
                                sheet.dataValidations.contains {
                                    $0.type == "list" && $0.applies(to: address)
                                })
                        }
                        continue
                    }
                    let text = cell?.string ?? ""
                    #expect(text == expected[column], "\(municipality.name) row \(row) \(column)")
                    if !text.isEmpty {
                        filledColumns.insert(column)
                        #expect(
                            cell.flatMap(document.format(of:))?.isLocked ?? true,
                            "\(municipality.name) row \(row) \(column)")
                    }
                }
            }

            let about = try document.sheet(named: Self.words.sheetName(AttributionLayout.sheet))
            #expect(about.maxRow == AttributionLayout.facts.count)
            for (offset, fact) in AttributionLayout.facts.enumerated() {
                let row = offset + 1
                #expect(
                    about.cell(row: row, column: AttributionLayout.labelColumn + 1)?.string
                        == Self.words.label(fact))
                let value: String =
                    switch fact {
                    case .planID: plan.id
                    case .plan: plan.title
                    case .period: plan.period.text
                    case .revision: plan.revision.label
                    case .revisionDate: plan.revision.date.iso
                    case .municipalityCode, .partyCode: municipality.code
                    case .municipality, .party: municipality.name
                    case .sourceFile: source.path
                    case .sha256: source.sha256
                    case .deadline: plan.revision.deadline?.iso ?? ""
                    case .contact: plan.contact
                    }
                #expect(
                    about.cell(row: row, column: AttributionLayout.valueColumn + 1)?.string ?? "" == value,
                    "\(fact)")
            }
        }
        // Every protected column was compared on a real value somewhere, not only on empty cells.
        #expect(filledColumns == Set(TaskWorkbookLayout.planColumns))
    }

    /// The council workbook: its sheets carry the layout's names, the `Tiltak` sheet's header and
    /// Excel table are the layout's captions in order, and the overview's facts are its labels.
    @Test func councilWorkbookFollowsTheLayout() throws {
        let plan = try hallingdal()
        let directory = try TemporaryDirectory()
        let path = directory.path("council.xlsx")
        let source = WorkbookSource(path: fixtureSource.path, sha256: fixtureSource.sha256)
        try CouncilWorkbook.write(plan, source: source, to: path)
        let document = try open(path)
        let fixed: [SheetKey] = [
            .overview, .actionTable, .responsibility, .schedule, .financing, .resultGoals, .dataQuality,
            .statusList,
        ]
        #expect(
            document.sheetNames.filter { name in fixed.contains { Self.words.sheetName($0) == name } }
                == fixed.map(Self.words.sheetName))

        let captions = ActionTableLayout.Column.allCases.map { Self.words.caption($0.key) }
        #expect(captions.count == 15)
        let sheet = try document.sheet(named: Self.words.sheetName(ActionTableLayout.sheet))
        #expect(sheet.row(1) == captions)
        let table = try #require(try document.tables(in: sheet).first)
        #expect(table.name == Self.words.sheetName(ActionTableLayout.sheet))
        #expect(table.columns == captions)
        #expect(ActionTableText.headers(Self.words.language) == captions)
        let status = CellAddress(row: 2, column: ActionTableLayout.Column.status.index + 1)
        #expect(sheet.dataValidations.contains { $0.type == "list" && $0.applies(to: status) })

        let overview = try document.sheet(named: Self.words.sheetName(OverviewLayout.sheet))
        for (offset, fact) in OverviewLayout.facts.enumerated() {
            let row = OverviewLayout.firstFactRow + offset + 1
            #expect(
                overview.cell(row: row, column: OverviewLayout.labelColumn + 1)?.string
                    == Self.words.label(fact))
        }
        let sourceRow = try #require(OverviewLayout.facts.firstIndex(of: .sourceFile))
        #expect(
            overview.cell(
                row: OverviewLayout.firstFactRow + sourceRow + 1, column: OverviewLayout.valueColumn + 1)?
                .string == source.path)
    }

    /// The words tell keys apart: no two sheets share a name, no two columns of one sheet a caption,
    /// no two facts a label, and every sheet name is one Excel accepts.
    @Test func wordsTellTheKeysApart() {
        let sheetNames = SheetKey.allCases.map(Self.words.sheetName)
        #expect(Set(sheetNames).count == sheetNames.count)
        #expect(sheetNames.allSatisfy { !$0.isEmpty && SheetNames.sanitise($0) == $0 })
        for captions in [
            TaskWorkbookLayout.Column.allCases.map { Self.words.caption($0.key) },
            ActionTableLayout.Column.allCases.map { Self.words.caption($0.key) },
        ] {
            #expect(Set(captions).count == captions.count)
        }
        let labels = FactKey.allCases.map(Self.words.label)
        #expect(Set(labels).count == labels.count)
        #expect(ColumnKey.allCases.allSatisfy { !Self.words.caption($0).isEmpty })
    }
}
