import Foundation
import Testing

/// Exports the Hallingdal plan with the built binary and edits the task workbooks the way a
/// municipality would: with openpyxl (a Python spreadsheet library, writing the file anew) and
/// with LibreOffice headless (opening and saving the workbook again).
struct CollectWorkspace {
    /// The scratch folder.
    let folder: URL
    /// The exported files (`ut/`).
    let export: URL
    /// A copy of the Hallingdal plan that collect may write into.
    let plan: URL
    /// The folder of the task workbooks in the export (`kommunar`, or the language's).
    var municipalities = "kommunar"

    static let fixture = TiltakRunner.root.appendingPathComponent("Fixtures/hallingdal-2021-2024.yaml")

    /// A fresh export (in `language`, with its folder of task workbooks `municipalities`, when
    /// given) and plan copy.
    static func make(language: String? = nil, municipalities: String = "kommunar") throws -> CollectWorkspace
    {
        let folder = try TiltakRunner.scratch()
        let export = folder.appendingPathComponent("ut")
        let result = try TiltakRunner.run(
            ["export", "--out", export.path] + (language.map { ["--language", $0] } ?? []))
        try #require(result.status == 0, "export failed: \(result.stderr)")
        let plan = folder.appendingPathComponent("plan.yaml")
        try FileManager.default.copyItem(at: fixture, to: plan)
        return CollectWorkspace(folder: folder, export: export, plan: plan, municipalities: municipalities)
    }

    /// The exported task workbook of `municipality`.
    func taskWorkbook(_ municipality: String) -> URL {
        export.appendingPathComponent("\(municipalities)/\(municipality).xlsx")
    }

    /// The plan file's bytes.
    func planBytes() throws -> Data { try Data(contentsOf: plan) }

    /// The status ledger beside the plan file.
    var ledger: URL { folder.appendingPathComponent("plan.status.yaml") }

    /// The dated backups of the ledger and the plan file in the scratch folder, by name.
    func backups() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".bak") }
            .sorted()
            .map { folder.appendingPathComponent($0) }
    }

    /// Runs `tiltak collect --plan <plan> arguments…` in the scratch folder.
    func collect(_ arguments: [String]) throws -> TiltakRunner.Outcome {
        try TiltakRunner.run(["collect", "--plan", plan.path] + arguments, in: folder)
    }

    /// An edit of one task row, found by its ID: cells by column caption.
    struct RowEdit: Encodable {
        var id: String
        var cells: [String: String]
    }

    /// Copies `workbook` to `name` in the scratch folder with openpyxl, setting the given cells of
    /// the `Oppgåver` rows and of the hidden `Om` sheet (by label in column A).
    @discardableResult
    func edit(
        _ workbook: URL, to name: String, rows: [RowEdit] = [], about: [String: String] = [:],
        inlineStrings: Bool = false
    ) throws -> URL {
        let out = folder.appendingPathComponent(name)
        struct Job: Encodable {
            var source: String
            var target: String
            var rows: [RowEdit]
            var about: [String: String]
            var inline: Bool
        }
        let job = Job(
            source: workbook.path, target: out.path, rows: rows, about: about, inline: inlineStrings)
        let jobFile = folder.appendingPathComponent("edit-\(UUID().uuidString).json")
        try JSONEncoder().encode(job).write(to: jobFile)
        try Self.python(Self.editScript, jobFile.path)
        return out
    }

    /// Saves `workbook` again with LibreOffice Calc (headless) as `name`.
    @discardableResult
    func resaveWithLibreOffice(_ workbook: URL, as name: String) throws -> URL {
        guard let soffice = LibreOfficeTests.soffice() else {
            Issue.record("soffice is not installed: run Scripts/setup, or set TILTAK_SKIP_LIBREOFFICE=1")
            throw CancellationError()
        }
        let outDir = folder.appendingPathComponent("lo-\(UUID().uuidString)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        process.arguments = [
            "-env:UserInstallation=file://\(folder.appendingPathComponent("lo-profil").path)", "--headless",
            "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", outDir.path, workbook.path,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try #require(
            process.terminationStatus == 0, "LibreOffice could not convert \(workbook.lastPathComponent)")
        let written = outDir.appendingPathComponent(
            workbook.deletingPathExtension().lastPathComponent + ".xlsx")
        let target = folder.appendingPathComponent(name)
        try FileManager.default.moveItem(at: written, to: target)
        return target
    }

    /// A Python that can import openpyxl: Debian's first, then the one on PATH.
    static let pythonWithOpenpyxl: String? = {
        for candidate in ["/usr/bin/python3", "/usr/local/bin/python3", "python3"] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [candidate, "-c", "import openpyxl"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            guard (try? process.run()) != nil else { continue }
            process.waitUntilExit()
            if process.terminationStatus == 0 { return candidate }
        }
        return nil
    }()

    static func python(_ script: String, _ arguments: String...) throws {
        guard let python = pythonWithOpenpyxl else {
            Issue.record("openpyxl is not installed: run Scripts/setup")
            throw CancellationError()
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [python, "-c", script] + arguments
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "python failed: \(message)")
    }

    /// Edits a task or council workbook as the job file says; `append` rows go below the last one.
    static let editScript = """
        import json, sys, zipfile, openpyxl
        import xml.etree.ElementTree as ET
        job = json.load(open(sys.argv[1], encoding="utf-8"))
        wb = openpyxl.load_workbook(job["source"])
        # A task sheet in any language, else a council workbook's action sheet.
        names = ["Oppgåver", "Oppgaver", "Tasks", "Tiltak", "Actions"]
        sheet = wb[next(n for n in names if n in wb.sheetnames)]
        # The header row: below a task sheet's title block, or the first row (older workbooks).
        top = next(
            (r for r in range(1, min(sheet.max_row, 30) + 1) if sheet.cell(r, 1).value == "ID"), 1)
        header = [c.value for c in sheet[top]]
        def put(cell, value):
            cell.value = value or None
        for edit in job["rows"]:
            if edit["id"] == "":
                row = sheet.max_row + 1
            else:
                row = next(
                    r for r in range(top + 1, sheet.max_row + 1) if sheet.cell(r, 1).value == edit["id"])
            for caption, value in edit["cells"].items():
                put(sheet.cell(row, header.index(caption) + 1), value)
        if job["about"]:
            om = wb["Om"] if "Om" in wb.sheetnames else wb["About"]
            for r in range(1, om.max_row + 1):
                label = om.cell(r, 1).value
                if label in job["about"]:
                    om.cell(r, 2).value = job["about"][label]
        wb.save(job["target"])
        if job["inline"] and "xl/sharedStrings.xml" in zipfile.ZipFile(job["target"]).namelist():
            # Some openpyxl versions write shared strings: rewrite every shared string of the worksheets as an inline string (<is><t>…</t></is>).
            ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
            ET.register_namespace("", ns)
            src = zipfile.ZipFile(job["target"])
            parts = {n: src.read(n) for n in src.namelist()}
            src.close()
            shared = [
                "".join(t.text or "" for t in si.iter("{%s}t" % ns))
                for si in ET.fromstring(parts["xl/sharedStrings.xml"]).findall("{%s}si" % ns)
            ]
            for name in [n for n in parts if n.startswith("xl/worksheets/sheet")]:
                root = ET.fromstring(parts[name])
                for c in root.iter("{%s}c" % ns):
                    if c.get("t") == "s":
                        v = c.find("{%s}v" % ns)
                        text = shared[int(v.text)]
                        c.remove(v)
                        c.set("t", "inlineStr")
                        inline = ET.SubElement(c, "{%s}is" % ns)
                        ET.SubElement(inline, "{%s}t" % ns).text = text
                parts[name] = ET.tostring(root, xml_declaration=True, encoding="UTF-8")
            out = zipfile.ZipFile(job["target"], "w", zipfile.ZIP_DEFLATED)
            for n, data in parts.items():
                out.writestr(n, data)
            out.close()
        """
}
