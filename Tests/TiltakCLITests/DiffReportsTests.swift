import Foundation
import Testing
import XLSXReader

/// `tiltak diff` names each party's report and comment that came, went or changed, with the
/// action's text and responsible parties, in the text report and in the Endringar workbook.
@Suite("tiltak diff of status reports")
struct DiffReportsTests {
    /// A plan of 2022 with Gol's report on A-02 given as `gol` (YAML flow map fields) and
    /// Regionrådet's on A-04 as `rr`, each left out when `nil`.
    static func plan(gol: String?, rr: String?) -> String {
        func status(_ fields: String?, party: String) -> String {
            guard let fields else { return "" }
            return ", status: [{year: 2022, party: \(party), collected: 2022-11-01, \(fields)}]"
        }
        return """
            id: t
            title: Prøveplan
            period: {from: 2021, to: 2023}
            revision: {date: 2022-04-10, label: Revisjon 2022}
            parties:
              - {code: RR, name: Regionrådet, kind: regional-council}
              - {code: GOL, name: Gol, kind: municipality}
            focusAreas:
              - code: A
                name: Næring
                themes:
                  - name: Tema
                    actions:
                      - {id: A-02, text: Opne næringsareal, timeframe: "2022", responsible: Gol\(status(gol, party: "GOL"))}
                      - {id: A-04, text: Felles innkjøp, timeframe: "2022", responsible: RR\(status(rr, party: "RR"))}
            """
    }

    static func plans() throws -> (dir: URL, old: String, new: String) {
        let dir = try TiltakRunner.scratch()
        let old = dir.appendingPathComponent("før.yaml")
        let new = dir.appendingPathComponent("etter.yaml")
        try plan(gol: #"status: Pågår, comment: "Vedtak i juni""#, rr: nil)
            .write(to: old, atomically: true, encoding: .utf8)
        try plan(gol: #"status: Fullført, comment: "Vedteke i kommunestyret""#, rr: "status: Avlyst")
            .write(to: new, atomically: true, encoding: .utf8)
        return (dir, old.path, new.path)
    }

    @Test func textNamesTheResponsiblePartyAndEachReportThatChanged() throws {
        let (dir, _, _) = try Self.plans()
        let result = try TiltakRunner.run(["diff", "før.yaml", "etter.yaml", "--width", "60"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let expected = """
            Endra tiltak (2)
            ----------------

            A-02  Opne næringsareal
                  Ansvar:  Gol
                  Status
                    Før:    Pågår
                    Etter:  Fullført
                  Rapport 2022, Gol
                    Før:    Pågår – Vedtak i juni
                    Etter:  Fullført – Vedteke i kommunestyret

            A-04  Felles innkjøp
                  Ansvar:  Regionrådet
                  Status
                    Før:    Ikkje rapportert
                    Etter:  Avlyst
                  Rapport 2022, Regionrådet
                    Før:    –
                    Etter:  Avlyst

            """
        #expect(result.stdout.hasSuffix(expected), "\(result.stdout)")
        // The same reports are no change.
        let same = try TiltakRunner.run(["diff", "etter.yaml", "etter.yaml"], in: dir)
        #expect(same.stdout.hasSuffix("\nIngen endringar.\n"))
    }

    @Test func workbookHasTheActionTextResponsiblePartyAndReports() throws {
        let (dir, old, new) = try Self.plans()
        let path = dir.appendingPathComponent("endringar.xlsx").path
        let result = try TiltakRunner.run(["diff", old, new, "--format", "xlsx", "-o", path])
        #expect(result.status == 0, "\(result.stderr)")
        let sheet = try XLSXDocument(url: URL(fileURLWithPath: path)).sheet(named: "Endringar")
        #expect(
            sheet.rows == [
                ["Endring", "ID", "Tiltak", "Ansvar", "Felt", "Før", "Etter"],
                ["Endra", "A-02", "Opne næringsareal", "Gol", "Status", "Pågår", "Fullført"],
                [
                    "Endra", "A-02", "Opne næringsareal", "Gol", "Rapport 2022, Gol", "Pågår – Vedtak i juni",
                    "Fullført – Vedteke i kommunestyret",
                ],
                ["Endra", "A-04", "Felles innkjøp", "Regionrådet", "Status", "Ikkje rapportert", "Avlyst"],
                [
                    "Endra", "A-04", "Felles innkjøp", "Regionrådet", "Rapport 2022, Regionrådet", "",
                    "Avlyst",
                ],
            ])
        let english = dir.appendingPathComponent("changes.xlsx").path
        #expect(
            try TiltakRunner.run(["diff", old, new, "--format", "xlsx", "-o", english, "--language", "en"])
                .status == 0)
        let rows = try XLSXDocument(url: URL(fileURLWithPath: english)).sheet(named: "Changes").rows
        #expect(rows.first == ["Change", "ID", "Action", "Responsible", "Field", "Before", "After"])
        #expect(rows.contains { $0[4] == "Report 2022, Gol" && $0[6] == "Done – Vedteke i kommunestyret" })
    }
}
