import Foundation
import Testing
import TiltakModel
import TiltakOperations
import TiltakPlanFiles
import TiltakRuntime

/// Municipality file names made from party names: unique (also ignoring case and Unicode
/// normalisation), stable between runs, shared by a party's workbook and report, and counted right.
@Suite("Export file names")
struct ExportFileNameTests {
    /// A plan file with one action and these municipalities (code, name), written into `folder`.
    static func plan(_ municipalities: [(code: String, name: String)], in folder: URL) throws -> String {
        let parties = municipalities.map { party in
            let name = party.name.unicodeScalars.map { "\\U\(String(format: "%08X", $0.value))" }.joined()
            return "  - {code: \(party.code), name: \"\(name)\", kind: municipality}"
        }
        let yaml = """
            id: namnetest
            title: Namnetest
            period: {from: 2021, to: 2024}
            revision: {date: 2022-03-01, label: Revisjon 2022}
            parties:
            \(parties.joined(separator: "\n"))
            focusAreas:
              - code: A
                name: Område
                themes:
                  - name: Tema
                    actions:
                      - {id: A-01, text: Eitt tiltak, timeframe: "2022", responsible: Kommune}

            """
        let url = folder.appendingPathComponent("plan.yaml")
        try yaml.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// Names that collide as written, ignoring case, ignoring normalisation, or on Windows.
    static let colliding: [(code: String, name: String)] = [
        ("A1", "a/b"), ("A2", "ab"), ("A3", "a:b"), ("DOT", ".."), ("ONE", "."), ("NONE", ""),
        ("GOL", "Gol"), ("GOL2", "GOL "), ("AAL", "\u{C5}l"), ("AAL2", "A\u{30A}l"), ("CON", "CON"),
        ("NUL", "nul.txt"), ("COM1", "com1"), ("LPT9", "Lpt9"), ("SP", "  Hol  "),
    ]

    /// Every file under `folder`, relative, sorted.
    static func files(in folder: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        return (enumerator?.allObjects as? [String] ?? []).filter { path in
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(
                atPath: folder.appendingPathComponent(path).path, isDirectory: &isFolder)
            return !isFolder.boolValue
        }.sorted()
    }

    /// `name` as a case-insensitive, normalisation-insensitive file system compares it.
    static func folded(_ name: String) -> String {
        name.precomposedStringWithCanonicalMapping.lowercased()
    }

    @Test func collidingNamesGiveOneWorkbookAndOneReportPerMunicipality() throws {
        let scratch = try OperationTests.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let plan = try Self.plan(Self.colliding, in: scratch)
        let out = scratch.appendingPathComponent("ut")
        let result = try ExportOperation.run(
            ExportOperation.Options(source: PlanSource(plan: plan), folder: out.path))
        let files = Self.files(in: out)
        let count = Self.colliding.count
        // Council workbook, four reports, and a workbook and a report per municipality.
        #expect(files.count == 5 + 2 * count, "\(files)")
        #expect(result.written.count == files.count)
        #expect(result.summary(.nynorsk).hasPrefix("Skreiv \(files.count) filer til "))
        #expect(Set(files.map(Self.folded)).count == files.count, "\(files)")
        let municipal = files.filter { $0.hasPrefix("kommunar/") }
        let workbooks = Set(municipal.filter { $0.hasSuffix(".xlsx") }.map { String($0.dropLast(5)) })
        let reports = Set(municipal.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) })
        #expect(workbooks.count == count)
        #expect(workbooks == reports, "a party's workbook and report share a stem")
        // `..`, `.` and an empty name fall back to the party's code, for both files.
        #expect(workbooks.isSuperset(of: ["kommunar/DOT", "kommunar/ONE", "kommunar/NONE"]), "\(workbooks)")
        for name in municipal {
            // Windows reserves a device name before the first dot, trailing spaces ignored.
            var stem = String(name.dropFirst("kommunar/".count).prefix { $0 != "." })
            while stem.hasSuffix(" ") { stem.removeLast() }
            let device = ["con", "prn", "aux", "nul"] + (1...9).flatMap { ["com\($0)", "lpt\($0)"] }
            #expect(!device.contains(stem.lowercased()), "\(name) is reserved on Windows")
            #expect(name == name.precomposedStringWithCanonicalMapping, "\(name) is not NFC")
        }
    }

    @Test func fileNamesAreTheSameInEveryRun() throws {
        let scratch = try OperationTests.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let plan = try Self.plan(Self.colliding, in: scratch)
        var listings: [[String]] = []
        for run in 1...3 {
            let out = scratch.appendingPathComponent("ut\(run)")
            _ = try ExportOperation.run(
                ExportOperation.Options(source: PlanSource(plan: plan), folder: out.path))
            listings.append(Self.files(in: out))
        }
        #expect(listings[0] == listings[1])
        #expect(listings[1] == listings[2])
        // The party that keeps the plain name does not depend on the order of the registry.
        let reversed = try Self.plan(Self.colliding.reversed(), in: scratch)
        let out = scratch.appendingPathComponent("omvendt")
        _ = try ExportOperation.run(
            ExportOperation.Options(source: PlanSource(plan: reversed), folder: out.path))
        #expect(Self.files(in: out) == listings[0])
    }

    /// The scheme: the name made safe; a clash gets the code in brackets, on every party of it; no
    /// name left gives the code; Windows' device names get a `_`.
    @Test func stemsOfCollidingNames() {
        let parties = Self.colliding.map { Party(code: $0.code, name: $0.name, kind: .municipality) }
        let names = PartyFileNames(parties)
        let stems = parties.map { names.stem(for: $0) }
        #expect(
            stems == [
                "ab (A1)", "ab (A2)", "ab (A3)", "DOT", "ONE", "NONE", "Gol (GOL)", "GOL (GOL2)",
                "\u{C5}l (AAL)",
                "\u{C5}l (AAL2)", "CON_", "nul_.txt", "com1_", "Lpt9_", "Hol",
            ])
        #expect(PartyFileNames(parties.reversed()) == names)
        // Codes that differ only in case: a number makes the later one unique.
        let cased = [
            Party(code: "gol", name: "Gol", kind: .municipality),
            Party(code: "GOL", name: "gol", kind: .municipality),
        ]
        #expect(PartyFileNames(cased).stems == ["gol": "Gol (gol)", "GOL": "gol (GOL) 2"])
    }

    @Test func hallingdalNamesStayAsTheyAre() throws {
        let scratch = try OperationTests.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("ut")
        _ = try ExportOperation.run(
            ExportOperation.Options(source: PlanSource(plan: OperationTests.fixture), folder: out.path))
        let municipal = Self.files(in: out).filter { $0.hasPrefix("kommunar/") }
        let names = ["Flå", "Nesbyen", "Gol", "Hemsedal", "Ål", "Hol"]
        #expect(municipal == names.flatMap { ["kommunar/\($0).txt", "kommunar/\($0).xlsx"] }.sorted())
    }
}
