import Foundation
import Testing

/// `tiltak export` writes every file or none: a plan `validate` accepts is written whole, one it
/// rejects is not written at all, and a folder that cannot take the files is left as it was.
@Suite("Export is all or nothing", .serialized)
struct ExportAllOrNothingTests {
    /// A plan the workbooks cannot hold: how to break the Hallingdal plan's text, and the line
    /// `validate` must print for it.
    struct Broken: CustomStringConvertible, Sendable {
        var name: String
        var replace: String
        var with: String
        var line: String

        var description: String { name }
    }

    static let comment = String(repeating: "k", count: 40_112)

    static let broken: [Broken] = [
        Broken(
            name: "NUL in the plan id", replace: "id: hallingdal-2021-2024",
            with: "id: \"hallingdal\\0-2021-2024\"", line: "feil\t-\t-\tPlan-ID: "),
        Broken(
            name: "NUL in a municipality's name", replace: "{code: GOL, name: Gol,",
            with: "{code: GOL, name: \"G\\0ol\",", line: "feil\t-\t-\tPartsregisteret, GOL, namn: "),
        Broken(
            name: "a status comment of 40 112 characters",
            replace: "            remark: Gol er pilot\n            reading:",
            with: """
                            remark: Gol er pilot
                            status:
                              - {year: 2021, party: GOL, status: Pågår, comment: "\(comment)", collected: 2021-05-01}
                            reading:
                """, line: "feil\tKM-09\t-\tKommentar frå Gol (2021): "),
        Broken(
            name: "a control character in the title",
            replace: "title: Strategisk plan for Hallingdal 2021–2024",
            with: "title: \"Strategisk\\x01 plan for Hallingdal 2021–2024\"", line: "feil\t-\t-\tTittel: "),
        Broken(
            name: "a decomposed short name of 62 code points",
            replace: "shortName: Næringsliv og kompetanse",
            with: "shortName: \"\(String(repeating: "A\u{30A}", count: 31))\"",
            line: "feil\t-\t-\tInnsatsområde NK, kortnamn: "),
    ]

    /// The Hallingdal plan with `replace` replaced, in `folder`.
    static func plan(_ test: Broken, in folder: URL) throws -> String {
        let text = try String(contentsOf: ExportFolder.fixture, encoding: .utf8)
        let changed = text.replacingOccurrences(of: test.replace, with: test.with)
        try #require(changed != text, "\(test.name): nothing replaced")
        let url = folder.appendingPathComponent("plan.yaml")
        try changed.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test(arguments: broken)
    func aPlanValidateRejectsIsNotWrittenAtAll(_ test: Broken) throws {
        let scratch = try TiltakRunner.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let plan = try Self.plan(test, in: scratch)
        let validate = try TiltakRunner.run(["validate", "--plan", plan], in: scratch)
        #expect(validate.status == 1, "\(test.name): \(validate.stdout)")
        let errors = validate.stdout.split(separator: "\n").filter { $0.hasPrefix("feil\t") }
        #expect(errors.count == 1, "\(test.name): \(errors)")
        #expect(errors.first?.hasPrefix(test.line) == true, "\(test.name): \(errors)")

        // Over an earlier export: the folder keeps exactly what it had.
        let out = scratch.appendingPathComponent("ut")
        let first = try TiltakRunner.run(["export", "--out", out.path], in: scratch)
        try #require(first.status == 0, "\(first.stderr)")
        let before = ExportFolder.snapshot(out)
        let export = try TiltakRunner.run(["export", "--plan", plan, "--out", out.path], in: scratch)
        #expect(export.status == 65, "\(test.name): \(export.stderr)")
        #expect(ExportFolder.snapshot(out) == before, "\(test.name): the folder changed")
        #expect(
            !export.stderr.contains("[ERROR]") && !export.stderr.contains("[WARNING]"), "\(export.stderr)")
        #expect(
            export.stderr.contains(String(test.line.split(separator: "\t").last ?? "")), "\(export.stderr)")

        // Into a new folder: it is not made.
        let fresh = scratch.appendingPathComponent("ny/ut")
        let again = try TiltakRunner.run(["export", "--plan", plan, "--out", fresh.path], in: scratch)
        #expect(again.status == 65, "\(test.name): \(again.stderr)")
        #expect(!FileManager.default.fileExists(atPath: scratch.appendingPathComponent("ny").path))
    }

    /// Control characters in texts that only go into cells are written (escaped), and the files are
    /// well-formed XML.
    @Test func aPlanValidateAcceptsIsWrittenWhole() throws {
        let scratch = try TiltakRunner.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let plan = try Self.plan(
            Broken(
                name: "control characters in an action text",
                replace: "text: Innføre klimabudsjett og klimareknaskap i kvar kommune",
                with: "text: \"Innføre\\x01 klimabudsjett\\x0B og klimareknaskap i kvar kommune\"", line: ""),
            in: scratch)
        let validate = try TiltakRunner.run(["validate", "--plan", plan], in: scratch)
        #expect(validate.status == 0, "\(validate.stdout)")
        let out = scratch.appendingPathComponent("ut")
        let export = try TiltakRunner.run(["export", "--plan", plan, "--out", out.path], in: scratch)
        #expect(export.status == 0, "\(export.stderr)")
        // The council workbook and the task workbooks of 6 municipalities and 17 other parties.
        #expect(ExportFolder.snapshot(out).keys.filter { $0.hasSuffix(".xlsx") }.count == 24)
        #expect(try ExportFolder.malformedParts(in: out).isEmpty)
    }

    /// A subfolder that cannot be written (immutable: root ignores permissions) fails the export with
    /// exit 73 after the council workbook could have been written: nothing of the new revision is left.
    @Test(.enabled(if: ExportFolder.canMakeImmutable, "chattr +i is not available here"))
    func anUnwritableSubfolderLeavesTheFolderAsItWas() throws {
        let scratch = try TiltakRunner.scratch()
        let out = scratch.appendingPathComponent("ut")
        let kommunar = out.appendingPathComponent("kommunar")
        defer {
            ExportFolder.system("/usr/bin/chattr", ["-i", kommunar.path])
            try? FileManager.default.removeItem(at: scratch)
        }
        let first = try TiltakRunner.run(["export", "--out", out.path], in: scratch)
        try #require(first.status == 0, "\(first.stderr)")
        let plan = try ExportFolder.revision("Revisjon B", in: scratch)
        try #require(ExportFolder.system("/usr/bin/chattr", ["+i", kommunar.path]))
        let before = ExportFolder.snapshot(out)
        let export = try TiltakRunner.run(["export", "--plan", plan, "--out", out.path], in: scratch)
        #expect(export.status == 73, "\(export.stderr)")
        #expect(ExportFolder.snapshot(out) == before, "the folder changed")
        #expect(export.stderr.contains(kommunar.path), "\(export.stderr)")
        #expect(export.stderr.contains("manglar løyve til å skrive"), "\(export.stderr)")
        #expect(!export.stderr.contains("[ERROR]"), "\(export.stderr)")
        #expect(!export.stderr.contains("Operation not permitted"), "\(export.stderr)")
    }

    /// A disk that fills up while the new files are written leaves the earlier export as it was.
    @Test(.enabled(if: ExportFolder.canMount, "mount (tmpfs) is not allowed here"))
    func aFullDiskLeavesTheFolderAsItWas() throws {
        let scratch = try TiltakRunner.scratch()
        let disk = scratch.appendingPathComponent("disk")
        try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
        try #require(
            ExportFolder.system("/usr/bin/mount", ["-t", "tmpfs", "-o", "size=2m", "tmpfs", disk.path]))
        defer {
            ExportFolder.system("/usr/bin/umount", [disk.path])
            try? FileManager.default.removeItem(at: scratch)
        }
        let out = disk.appendingPathComponent("ut")
        let first = try TiltakRunner.run(["export", "--out", out.path], in: scratch)
        try #require(first.status == 0, "\(first.stderr)")
        // Fill the disk but for 40 kB, outside the output folder.
        var stats = statvfs()
        try #require(statvfs(disk.path, &stats) == 0)
        let free = Int(stats.f_bavail) * Int(stats.f_frsize)
        try Data(count: max(0, free - 40_000)).write(to: disk.appendingPathComponent("fyll"))
        let plan = try ExportFolder.revision("Revisjon B", in: scratch)
        let before = ExportFolder.snapshot(out)
        let export = try TiltakRunner.run(["export", "--plan", plan, "--out", out.path], in: scratch)
        #expect(export.status == 73, "\(export.stderr)")
        #expect(ExportFolder.snapshot(out) == before, "the folder changed")
        #expect(export.stderr.contains(out.path), "\(export.stderr)")
        #expect(!export.stderr.contains(".tiltak-staging"), "names the files as in the output folder")
        #expect(export.stderr.contains("disken er full"), "\(export.stderr)")
        #expect(!export.stderr.contains("[ERROR]"), "\(export.stderr)")
        #expect(!export.stderr.contains("No space left"), "\(export.stderr)")
    }

    /// libxlsxwriter's working files go to the output folder, not to a small temporary folder.
    @Test(.enabled(if: ExportFolder.canMount, "mount (tmpfs) is not allowed here"))
    func aSmallTemporaryFolderDoesNotFailTheExport() throws {
        let scratch = try TiltakRunner.scratch()
        let tmp = scratch.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        try #require(
            ExportFolder.system("/usr/bin/mount", ["-t", "tmpfs", "-o", "size=8k", "tmpfs", tmp.path]))
        defer {
            ExportFolder.system("/usr/bin/umount", [tmp.path])
            try? FileManager.default.removeItem(at: scratch)
        }
        let out = scratch.appendingPathComponent("ut")
        let export = try ExportFolder.run(
            ["export", "--out", out.path], in: scratch, environment: ["TMPDIR": tmp.path, "TMP": tmp.path])
        #expect(export.status == 0, "\(export.stderr)")
        // 34 files and the folders kommunar/ and partar/.
        #expect(ExportFolder.snapshot(out).keys.filter { !$0.hasPrefix(".") }.count == 36)
        // libxlsxwriter does not check the writes of its working files: they
        // were cut off without a word in a small /tmp, and the workbooks were broken.
        #expect(try ExportFolder.malformedParts(in: out).isEmpty)
    }
}
