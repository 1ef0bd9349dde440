import Foundation
import Testing

/// The issue's own table, as a new region keeps it, all the way to the unfinanced audit and the
/// status list.
@Suite("Tables as they come, end to end")
struct TablesAsTheyComeTests {
    static let table = """
        Nr.;Satsingsområde;Delmål;Tiltak;Ansvarleg;Samarbeidspartnarar;Frist;Kostnad;Finansiering;Prioritet;Status
        1.1;Næring;Meir verdiskaping;Etablere næringsforum;Kommunane;;2025;1,2 mill.;Krev finansiering;Høg;Pågår – vedtak i juni
        1.2;Næring;Meir verdiskaping;Kartlegge næringsareal;Kommunane;;Haust 2025;150 000 kr per år;Finansiert;Låg;
        A3;Kultur;Møtestader;Kulturfestival;Kommunane;;Årleg;;Søkt midlar;Middels;
        ;Kultur;Møtestader;Opne bibliotek;Kommunane;;2026;250000;;;

        """

    @Test func theUnfinancedAuditOfTheIssuesTableIsRight() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tiltak-tables-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("region.csv")
        try Self.table.write(to: path, atomically: true, encoding: .utf8)
        let report = try TiltakRunner.run(["report", "ufinansiert", "--plan", path.path], in: folder)
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("Ufinansiert:  3 av 4 tiltak"), "\(report.stdout)")
        #expect(report.stdout.contains("1.1  Etablere næringsforum"))
        #expect(report.stdout.contains("A3   Kulturfestival"))
        // The row without an id continues its area's numbering.
        #expect(report.stdout.contains("A4   Opne bibliotek"))
        #expect(report.stdout.contains("Eingongskostnader            1 450 000 kr"))
        #expect(!report.stdout.contains("Kartlegge næringsareal"))
        let list = try TiltakRunner.run(
            ["list", "--plan", path.path, "--format", "json"], in: folder)
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.contains("\"Prioritet\""), "\(list.stdout)")
        #expect(list.stdout.contains("vedtak i juni"))
    }
}
