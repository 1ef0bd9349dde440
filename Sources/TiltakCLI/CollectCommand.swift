import ArgumentParser
import Foundation
import TiltakLanguage
import TiltakOperations

/// `tiltak collect`: merges status reports from returned task workbooks and CSV tables into a plan file.
struct CollectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "collect",
        abstract: "Samlar status frå innsende oppgåvebøker (XLSX) og tabellar (CSV) inn i planfila.",
        discussion: """
            Les oppgåvebøkene kommunane sende tilbake (kommunar/<Kommune>.xlsx frå «tiltak export», lagra att i Excel eller LibreOffice) og CSV-tabellar med kolonnane ID;Status;Kommentar. Kven som rapporterer, og for kva plan og revisjon, står i det gøymde arket Om i oppgåveboka (ikkje i filnamnet); for ein CSV-tabell gjev du det med --party.

            Før noko vert skrive, vert alle feil melde med fil, rad og felt: ukjende ID-ar, filer for ein annan plan eller revisjon, verna celler som er endra, ugyldige statusverdiar og konfliktar (same part med ulik status eller kommentar for same tiltak og år i to filer). Ved feil eller konfliktar vert ingenting skrive (exit 65). Ein ny rapport frå same part for same år erstattar den gamle. Førre planfil vert teken vare på som <plan>.bak; er ingen rapport ny eller endra, vert ingenting skrive. Medan planfila vert lesen og skriven, er ho låst (.<plan>.lock i same mappe): ein annan tiltak-prosess som skal skrive same plan, ventar til den første er ferdig.

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
            let result = try CollectOperation.run(
                CollectOperation.Options(
                    files: files, plan: plan, year: year, party: party, date: date, dryRun: dryRun,
                    waiting: { Console.error($0) }))
            Console.report(result.notes)
            if result.dryRun {
                Console.out(CommandMessage.dryRun(plan: result.planPath).message)
                for line in result.lines { Console.out(line) }
                Console.out(result.summary)
                return
            }
            for line in result.replaced + result.lines { Console.out(line) }
            Console.out(result.summary)
            guard result.written else {
                Console.out(CommandMessage.nothingChanged.message)
                return
            }
            Console.out(CommandMessage.collectWrote(plan: result.planPath, backup: result.backupPath).message)
        }
    }
}
