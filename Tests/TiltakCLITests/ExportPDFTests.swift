import Foundation
import Testing

/// `tiltak export --pdf`: a tagged PDF of every workbook, through LibreOffice, or exit 69 without it.
@Suite("export --pdf", .serialized)
struct ExportPDFTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["TILTAK_SKIP_LIBREOFFICE"] != "1"))
    func everyWorkbookGetsATaggedPDF() throws {
        try #require(LibreOfficeTests.soffice() != nil, "soffice is not installed: run Scripts/setup")
        let out = try TiltakRunner.scratch().appendingPathComponent("ut")
        let result = try TiltakRunner.run(["export", "--only", "council", "--pdf", "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Skreiv 2 filer til"), "\(result.stdout)")
        let pdf = try Data(contentsOf: out.appendingPathComponent("hallingdal-2021-2024.pdf"))
        #expect(pdf.prefix(5) == Data("%PDF-".utf8))
        // Tagged for accessibility (the catalog's MarkInfo says so).
        #expect(pdf.range(of: Data("/Marked true".utf8)) != nil)
        // Nothing of LibreOffice's is left behind.
        let left = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(left == ["hallingdal-2021-2024.pdf", "hallingdal-2021-2024.xlsx"])
    }

    @Test func aLibreOfficeThatHangsIsStoppedAndNothingIsWritten() throws {
        let scratch = try TiltakRunner.scratch()
        let out = scratch.appendingPathComponent("ut")
        let bin = scratch.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let soffice = bin.appendingPathComponent("soffice")
        try "#!/bin/sh\nexec /bin/sleep 60\n".write(to: soffice, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: soffice.path)
        let started = Date()
        let result = try TiltakRunner.run(
            ["export", "--only", "council", "--pdf", "--out", out.path],
            environment: ["PATH": bin.path, "TILTAK_PDF_TIMEOUT": "1"])
        #expect(result.status == 69)
        #expect(
            result.stderr.contains(
                "LibreOffice vart ikkje ferdig med PDF av hallingdal-2021-2024.xlsx på 1 sekund"),
            "\(result.stderr)")
        #expect(Date().timeIntervalSince(started) < 30)
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func withoutLibreOfficeNothingIsWrittenAndTheExitCodeIs69() throws {
        let scratch = try TiltakRunner.scratch()
        let out = scratch.appendingPathComponent("ut")
        let empty = scratch.appendingPathComponent("tom-sti")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let result = try TiltakRunner.run(
            ["export", "--pdf", "--out", out.path], environment: ["PATH": empty.path])
        #expect(result.status == 69)
        #expect(result.stderr.contains("Fann ikkje LibreOffice (soffice) på PATH"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}
