import ArgumentParser
import Foundation
import TiltakModel
import TiltakPlanFiles
import TiltakReturns
import TiltakRuntime

/// `tiltak collect`: merges status reports from returned task workbooks and CSV tables into a plan file.
struct CollectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "collect",
        abstract: "Samlar status frå innsende oppgåvebøker (XLSX) og tabellar (CSV) inn i planfila.",
        discussion: """
            Les oppgåvebøkene kommunane sende tilbake (kommunar/<Kommune>.xlsx frå «tiltak export», lagra att i Excel eller LibreOffice) og CSV-tabellar med kolonnane ID;Status;Kommentar. Kven som rapporterer, og for kva plan og revisjon, står i det gøymde arket Om i oppgåveboka (ikkje i filnamnet); for ein CSV-tabell gjev du det med --party.

            Før noko vert skrive, vert alle feil melde med fil, rad og felt: ukjende ID-ar, filer for ein annan plan eller revisjon, verna celler som er endra, ugyldige statusverdiar og konfliktar (same part med ulik status eller kommentar for same tiltak og år i to filer). Ved feil eller konfliktar vert ingenting skrive (exit 65). Ein ny rapport frå same part for same år erstattar den gamle. Førre planfil vert teken vare på som <plan>.bak.

            Døme:
              tiltak collect --plan plan.yaml innsendt/*.xlsx
              tiltak collect --plan plan.yaml --party Gol --year 2022 gol-status.csv
              tiltak collect --plan plan.yaml --dry-run innsendt/Ål.xlsx
            """)

    @Argument(help: ArgumentHelp("Innsende oppgåvebøker (.xlsx) eller tabellar (.csv).", valueName: "fil"))
    var files: [String] = []

    @Option(help: ArgumentHelp("Planfila (YAML) rapportane skal inn i. Påkravd.", valueName: "fil"))
    var plan: String?

    @Option(
        help: ArgumentHelp("Året det vert rapportert for (standard: året for revisjonen).", valueName: "år"))
    var year: Int?

    @Option(
        help: ArgumentHelp(
            "Kven som rapporterer i CSV-tabellane (kommunenamn eller kode).", valueName: "part"))
    var party: String?

    @Option(help: ArgumentHelp("Innsamlingsdato ÅÅÅÅ-MM-DD (standard: i dag).", valueName: "dato"))
    var date: String?

    @Flag(help: "Vis kva som ville endrast, utan å skrive noko.")
    var dryRun = false

    func run() throws {
        try reporting {
            guard let planPath = plan else {
                throw UsageFailure(
                    message:
                        "collect treng --plan PLANFIL: rapportane vert skrivne inn i planfila, så ho må nemnast (døme: tiltak collect --plan plan.yaml Ål.xlsx)."
                )
            }
            if PlanLoader.isTable(planPath) {
                throw UsageFailure(
                    message:
                        "--plan skal vere ei YAML-planfil når rapportar skal skrivast inn, ikkje «\(planPath)»."
                )
            }
            guard !files.isEmpty else {
                throw UsageFailure(message: "Gje minst éi innsend fil (.xlsx eller .csv).")
            }
            let loaded = try PlanLoader.load(path: planPath)
            var target = loaded.plan
            let reportYear = year ?? target.statusYear
            guard (1900...2199).contains(reportYear) else {
                throw UsageFailure(message: "--year \(reportYear) er ikkje eit gyldig årstal.")
            }
            var partyCode: String?
            if let party {
                guard let found = target.registry.resolve(party) else {
                    let names = target.registry.municipalities.map(\.name).joined(separator: ", ")
                    throw UsageFailure(
                        message: "--party: ukjend part «\(party)» (kommunar i planen: \(names)).")
                }
                partyCode = found.code
            }
            let collected: CalendarDate
            if let date {
                guard let parsed = CalendarDate(iso: date) else {
                    throw UsageFailure(message: "--date: «\(date)» er ikkje ein dato på forma ÅÅÅÅ-MM-DD.")
                }
                collected = parsed
            } else {
                collected = Self.today()
            }
            if partyCode == nil, let table = files.first(where: { !ReturnedWorkbook.isWorkbook($0) }) {
                throw UsageFailure(
                    message:
                        "\(table): ein CSV-tabell seier ikkje kven som rapporterer; gje --party KOMMUNE (til dømes --party Gol)."
                )
            }

            // Read every file; report every unreadable one before stopping.
            var returned: [ReturnedFile] = []
            var readProblems: [FileProblem] = []
            var unreadable = false
            for file in files {
                do {
                    returned.append(
                        ReturnedWorkbook.isWorkbook(file)
                            ? try ReturnedWorkbook.read(path: file) : try StatusTable.read(path: file))
                } catch let error as PlanFileError {
                    if case .unreadable = error { unreadable = true }
                    readProblems += error.problems
                }
            }
            if !readProblems.isEmpty {
                for problem in readProblems { Console.error("feil: \(problem)") }
                throw ExitCode(unreadable ? ExitStatus.usage : ExitStatus.data)
            }

            let result = StatusCollector.collect(
                returned, into: target, year: reportYear, party: partyCode, date: collected)
            for note in result.notes { Console.error("merknad: \(Output.clean(note.description))") }
            for problem in result.problems { Console.error("feil: \(Output.clean(problem.description))") }
            for conflict in result.conflicts {
                Console.error("konflikt: \(Output.clean(conflict.description))")
            }
            if !result.canWrite {
                throw DataFailure(
                    message:
                        "Ingenting er skrive til \(planPath): \(result.problems.count) feil, \(result.conflicts.count) konfliktar."
                )
            }

            var counts: [StatusCollector.Change: Int] = [:]
            var lines: [String] = []
            for item in result.reports {
                let report = item.report
                let (change, old) = StatusCollector.change(of: report, in: target)
                counts[change, default: 0] += 1
                let name = target.registry.party(code: report.party)?.name ?? report.party
                var line =
                    "\(change.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)) \(report.actionID)  \(report.year)  \(name): "
                if let old, change == .changed {
                    line += "\(old.status.rawValue) → \(report.status.rawValue)"
                    if old.comment != report.comment {
                        line +=
                            ", kommentar «\(StatusCollector.short(old.comment))» → «\(StatusCollector.short(report.comment))»"
                    }
                } else {
                    line += report.status.rawValue
                    if !report.comment.isEmpty { line += " «\(StatusCollector.short(report.comment))»" }
                }
                lines.append(Output.clean(line + "  (\(item.origin))"))
            }
            let summary =
                "\(result.reports.count) rapportar for \(reportYear) frå \(returned.count) filer: \(counts[.new] ?? 0) nye, \(counts[.changed] ?? 0) endra, \(counts[.unchanged] ?? 0) uendra."
            if dryRun {
                Console.out("Prøvekøyring (--dry-run): ingenting er skrive til \(planPath).")
                for line in lines { Console.out(line) }
                Console.out(summary)
                return
            }
            let replaced = target.merge(result.reports.map(\.report))
            for old in replaced {
                let name = target.registry.party(code: old.party)?.name ?? old.party
                let new = target.reports(for: old.actionID, year: old.year).first { $0.party == old.party }
                Console.out(
                    Output.clean(
                        "Erstattar rapporten frå \(name) for \(old.actionID) (\(old.year)), innsamla \(old.collected.iso): \(old.status.rawValue) → \(new?.status.rawValue ?? "?")"
                    ))
            }
            for line in lines { Console.out(line) }
            let backup = planPath + ".bak"
            try AtomicFile.write(loaded.data, to: backup)
            try PlanFileWriter.write(target, to: planPath)
            Console.out(summary)
            Console.out("Skreiv \(planPath) (førre versjon i \(backup)).")
        }
    }

    /// Today's date in the local time zone.
    static func today() -> CalendarDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? .januaryFirst(parts.year ?? 2000)
    }
}
