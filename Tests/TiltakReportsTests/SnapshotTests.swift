import Foundation
import Testing
import TiltakLanguage
import TiltakModel

@testable import TiltakReports

/// Each report of the Hallingdal plan compared with its committed snapshot: in nynorsk (the plan's
/// language) at two widths, and in bokmål and English (`Snapshots/nb/`, `Snapshots/en/`).
///
/// Set `TILTAK_RECORD_SNAPSHOTS=1` to write the snapshots anew.
@Suite struct SnapshotTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var kind: ReportKind
        var width: Int
        var municipality: String?
        /// The report's language; `nil` for the plan's (nynorsk).
        var language: Language? = nil

        var fileName: String {
            let name =
                [kind.rawValue, municipality, String(width)].compactMap { $0 }.joined(separator: "-") + ".txt"
            return language.map { "\($0.rawValue)/\(name)" } ?? name
        }

        var testDescription: String { fileName }
    }

    static let cases: [Case] =
        [100, 60].flatMap { width in
            [
                Case(kind: .moteoversikt, width: width),
                Case(kind: .kommune, width: width, municipality: "AAL"),
                Case(kind: .kommune, width: width, municipality: "GOL"),
                Case(kind: .ufinansiert, width: width),
                Case(kind: .revisjon, width: width),
                Case(kind: .innsamling, width: width),
            ]
        }
        + [Language.bokmal, .english].flatMap { language in
            [
                Case(kind: .moteoversikt, width: 100, language: language),
                Case(kind: .moteoversikt, width: 60, language: language),
                Case(kind: .kommune, width: 100, municipality: "AAL", language: language),
                Case(kind: .ufinansiert, width: 100, language: language),
                Case(kind: .revisjon, width: 100, language: language),
                Case(kind: .innsamling, width: 100, language: language),
            ]
        }

    @Test(arguments: cases)
    func matchesSnapshot(_ snapshot: Case) throws {
        let plan = try TestSupport.hallingdal()
        let text = try TestSupport.renderer().render(
            snapshot.kind, plan: plan,
            options: ReportOptions(
                width: snapshot.width, municipality: snapshot.municipality, language: snapshot.language))
        let url = TestSupport.snapshotsDirectory.appendingPathComponent(snapshot.fileName)
        if ProcessInfo.processInfo.environment["TILTAK_RECORD_SNAPSHOTS"] == "1" {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
            // Recording is not testing: the run fails so that a recorded snapshot is always read and
            // committed on purpose, never passed by accident.
            Issue.record("Recorded \(snapshot.fileName); read it, commit it, and run the tests again.")
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record(
                """
                Snapshot \(snapshot.fileName) is missing. Record it with
                TILTAK_RECORD_SNAPSHOTS=1 swift test --filter TiltakReportsTests, read it, and commit it.
                """)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if text != expected {
            let got = text.split(separator: "\n", omittingEmptySubsequences: false)
            let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let line = Array(zip(got, want)).firstIndex { $0 != $1 } ?? min(got.count, want.count)
            let shown = line < got.count ? String(got[line]) : "<end>"
            let wanted = line < want.count ? String(want[line]) : "<end>"
            Issue.record(
                """
                \(snapshot.fileName) differs from the snapshot at line \(line + 1):
                  got:  \(shown)
                  want: \(wanted)
                Re-record with TILTAK_RECORD_SNAPSHOTS=1 if the change is intended.
                """)
        }
    }
}
