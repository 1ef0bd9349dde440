import Foundation
import TiltakLanguage
import TiltakRuntime

/// The exported workbooks as PDFs, printed by LibreOffice (headless) as it prints them to paper, and
/// tagged (LibreOffice's tagged-PDF option) so that a council may publish them under the rules of
/// universal design.
public enum PDFConverter {
    /// The names LibreOffice's program goes by on PATH.
    static let programs = ["soffice", "libreoffice"]

    /// LibreOffice's program found on `PATH` in `environment`, or nil.
    public static func program(environment: [String: String] = ProcessInfo.processInfo.environment)
        -> String?
    {
        let folders = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
        for name in programs {
            for folder in folders where !folder.isEmpty {
                let path = URL(fileURLWithPath: folder).appendingPathComponent(name).path
                if FileManager.default.isExecutableFile(atPath: path) { return path }
            }
        }
        return nil
    }

    /// The seconds one LibreOffice run may take (`TILTAK_PDF_TIMEOUT`, default 600) before it is
    /// stopped: a LibreOffice that hangs must not hang the export.
    static func timeout(environment: [String: String] = ProcessInfo.processInfo.environment) -> Int {
        environment["TILTAK_PDF_TIMEOUT"].flatMap { Int($0) }.map { max(1, $0) } ?? 600
    }

    /// Waits for `process` to end, at most `seconds`; whether it ended.
    private static func finishes(_ process: Process, within seconds: Int) -> Bool {
        let end = Date().addingTimeInterval(TimeInterval(seconds))
        while process.isRunning {
            if Date() >= end { return false }
            usleep(50_000)
        }
        return true
    }

    /// The filter LibreOffice converts with: Calc's PDF export, tagged.
    static let filter = #"pdf:calc_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}"#

    /// Converts the workbooks `relatives` (paths below `folder`) to PDFs beside them with `program`;
    /// returns the PDFs' paths below `folder`. One LibreOffice run per subfolder, with a profile of its
    /// own in `profile` (so a LibreOffice the user has open is not disturbed).
    ///
    /// - Throws: ``UnavailableError`` when LibreOffice fails or leaves a PDF unwritten.
    static func convert(_ relatives: [String], in folder: URL, program: String, profile: URL) throws
        -> [String]
    {
        let bySubfolder = Dictionary(grouping: relatives) { ($0 as NSString).deletingLastPathComponent }
        var written: [String] = []
        for subfolder in bySubfolder.keys.sorted() {
            let files = (bySubfolder[subfolder] ?? []).sorted()
            let outDir = subfolder.isEmpty ? folder : folder.appendingPathComponent(subfolder)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments =
                [
                    "-env:UserInstallation=\(profile.absoluteString)", "--headless", "--norestore",
                    "--convert-to", filter, "--outdir", outDir.path,
                ] + files.map { folder.appendingPathComponent($0).path }
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            do {
                try process.run()
            } catch {
                throw UnavailableError(CommandMessage.pdfFailed(file: files.first ?? subfolder))
            }
            let limit = timeout()
            if !finishes(process, within: limit) {
                process.terminate()
                if !finishes(process, within: 2) { kill(process.processIdentifier, SIGKILL) }
                process.waitUntilExit()
                throw UnavailableError(
                    CommandMessage.pdfTimedOut(file: files.first ?? subfolder, seconds: limit))
            }
            for file in files {
                let pdf = (file as NSString).deletingPathExtension + ".pdf"
                guard process.terminationStatus == 0,
                    FileManager.default.fileExists(atPath: folder.appendingPathComponent(pdf).path)
                else { throw UnavailableError(CommandMessage.pdfFailed(file: file)) }
                written.append(pdf)
            }
        }
        return written
    }
}

/// A program the command needs is missing or failed (exit 69): LibreOffice for `--pdf`.
public struct UnavailableError: DiagnosticError {
    public var diagnostics: [Diagnostic]

    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }
}
