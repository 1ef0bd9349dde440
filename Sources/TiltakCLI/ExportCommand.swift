import ArgumentParser
import Foundation
import TiltakModel
import TiltakPlanFiles
import TiltakReports
import TiltakReturns
import TiltakRuntime
import TiltakWorkbook

/// `tiltak export`: writes the council workbook, the municipality workbooks and the text reports.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Skriv arbeidsbøker og tekstrapportar for planen.",
        discussion: """
            Skriv DIR/<plan-id>.xlsx (rådsarbeidsboka), DIR/kommunar/<Kommune>.xlsx og .txt for kvar kommune, DIR/moteoversikt.txt, DIR/ufinansiert.txt og DIR/revisjon-<år>.txt. Kvar fil vert skriven ferdig til ei mellombels fil og så flytt på plass, så ei tidlegare fil vert ikkje øydelagd om noko går gale. Planar med feil (sjå tiltak validate) vert ikkje eksporterte.

            Døme:
              tiltak export
              tiltak export --plan minplan.yaml --out rapportar/
              tiltak export --templates mine-malar/
              tiltak export --plan stor.csv --only council --sheets tiltak

            --only council skriv berre rådsarbeidsboka (ikkje kommunearbeidsbøker og tekstrapportar). --sheets tiltak skriv rådsarbeidsboka med berre arket Tiltak (og det skjulte arket Lister med statusverdiane). Planar med \(CouncilWorkbook.streamingThreshold) tiltak eller fleire vert skrivne rad for rad med lite minne: arket Tiltak får då autofilter i staden for Excel-tabell, og tekst vert lagra i kvar celle i staden for i ein felles teksttabell.
            """)

    /// What `--only` limits the export to.
    enum Only: String, ExpressibleByArgument, CaseIterable {
        case council
    }

    @OptionGroup var options: PlanOptions

    @Option(help: ArgumentHelp("Mappa filene skal skrivast til.", valueName: "mappe"))
    var out: String = "out"

    @Option(
        help: ArgumentHelp(
            "Mappe med eigne Mustache-malar som erstattar standardmalane med same namn.", valueName: "mappe"))
    var templates: String?

    @Option(help: ArgumentHelp("Breidd på tekstrapportane (60–200).", valueName: "n"))
    var width: Int = 100

    @Option(
        help: ArgumentHelp(
            "Skriv berre dette: council (rådsarbeidsboka, utan kommunearbeidsbøker og tekstrapportar).",
            valueName: "del"))
    var only: Only?

    @Option(
        help: ArgumentHelp(
            "Ark i rådsarbeidsboka: all (standard) eller tiltak (berre arket Tiltak, med lista Lister).",
            valueName: "ark"))
    var sheets: CouncilSheets = .all

    func validate() throws {
        if !(60...200).contains(width) {
            throw ValidationError("--width må vere mellom 60 og 200, ikkje \(width).")
        }
    }

    func run() throws {
        try reporting {
            var timer = PhaseTimer(environment: ProcessInfo.processInfo.environment)
            // A large table's cells are read while its first actions are already being written.
            let loaded = try options.stream()
            timer.mark("lesing av planen (rader sjekka)")
            // Validation runs while the files are written; none is put in place unless it passes.
            // With the council workbook alone, validation waits until the Tiltak sheet's rows are
            // written: it then runs while libxlsxwriter compresses the file.
            let gate = ValidationGate(loaded.actions, afterUse: only == .council)
            let folder = URL(fileURLWithPath: out)
            let createdFolder = !FileManager.default.fileExists(atPath: folder.path)
            let written: [String]
            do {
                written = try write(loaded, to: folder, gate: gate, timer: &timer)
            } catch {
                // The plan's errors come first: with them nothing is written, whatever else failed.
                loaded.actions.finishUse()
                let errors = gate.errors
                guard !errors.isEmpty else { throw error }
                if createdFolder { try? FileManager.default.removeItem(at: folder) }
                for issue in errors {
                    Console.error(
                        "feil: \(issue.actionID?.rawValue ?? "-") \(issue.field?.rawValue ?? "-"): \(issue.message)"
                    )
                }
                throw DataFailure(
                    message: "Planen har \(errors.count) feil; ingenting er skrive. Sjå tiltak validate.")
            }
            let outline = loaded.actions.outline
            ProcessLifetime.keep(loaded)
            Console.out(
                only == .council
                    ? "Skreiv \(written.count) fil til \(out)/ (\(loaded.actions.count) tiltak)."
                    : "Skreiv \(written.count) filer til \(out)/ (\(loaded.actions.count) tiltak, \(outline.registry.municipalities.count) kommunar)."
            )
        }
    }

    /// Renders the reports, then writes every file into `folder`, each put in place only once `gate` passes.
    private func write(
        _ loaded: PlanLoader.Streamed, to folder: URL, gate: ValidationGate, timer: inout PhaseTimer
    ) throws -> [String] {
        let actions = loaded.actions
        let plan = actions.outline
        let councilOnly = only == .council
        // Reports and municipality workbooks select actions: they wait for the whole plan.
        let whole: Plan? = councilOnly ? nil : actions.plan()
        // Render every report before writing anything: a template error leaves no files. The council
        // workbook alone needs no templates.
        var texts: [(String, String)] = []
        if let plan = whole {
            let renderer = try Reports.renderer(overrides: templates)
            let width = self.width
            var reports: [(kind: ReportKind, options: ReportOptions)] = [
                ReportKind.moteoversikt, .ufinansiert, .revisjon,
            ].map { (kind: $0, options: ReportOptions(width: width)) }
            reports += plan.registry.municipalities.map {
                (kind: ReportKind.kommune, options: ReportOptions(width: width, municipality: $0.code))
            }
            texts = try Parallel.map(
                reports.map { report in
                    { @Sendable in
                        (
                            try report.kind.fileName(plan: plan, options: report.options),
                            try renderer.render(report.kind, plan: plan, options: report.options)
                        )
                    }
                })
        }
        timer.mark("rapportar")
        let municipalities = folder.appendingPathComponent("kommunar")
        let made = councilOnly ? folder : municipalities
        do {
            try FileManager.default.createDirectory(at: made, withIntermediateDirectories: true)
        } catch {
            throw AtomicFile.WriteError(path: made.path, cause: AtomicFile.describe(error))
        }
        let data = loaded.data
        let source = WorkbookSource(path: loaded.path, computing: { Checksum.sha256(data) })
        let council = folder.appendingPathComponent(
            SafeFileName.component(plan.id, fallback: "plan") + ".xlsx"
        ).path
        let sheets = self.sheets
        var jobs: [@Sendable () throws -> String] = [
            {
                try CouncilWorkbook.write(
                    actions, source: source, to: council, sheets: sheets, check: gate.pass)
                return council
            }
        ]
        for municipality in plan.registry.municipalities {
            guard let whole else { break }
            let path = municipalities.appendingPathComponent(
                MunicipalityWorkbook.fileName(for: municipality)
            ).path
            jobs.append {
                try MunicipalityWorkbook.write(
                    whole, municipality: municipality, source: source, to: path, check: gate.pass)
                return path
            }
        }
        for (name, text) in texts {
            let path = folder.appendingPathComponent(name).path
            jobs.append {
                try gate.pass()
                try AtomicFile.write(Data(text.utf8), to: path)
                return path
            }
        }
        let written = try Parallel.map(jobs)
        timer.mark("arbeidsbøker og filer")
        return written
    }
}

extension CouncilSheets: ExpressibleByArgument {}
