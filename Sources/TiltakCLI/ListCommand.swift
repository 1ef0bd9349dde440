import ArgumentParser
import Foundation
import TiltakLanguage
import TiltakOperations

/// `tiltak list`: the actions that match the filters, as a table, CSV or JSON.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List tiltak, filtrert på ansvar, kommune, år, innsatsområde eller finansiering.",
        discussion: """
            Namn vert slått opp i partsregisteret med alias, utan omsyn til store/små bokstavar, mellomrom og bindestrek («Nærings-forum» = «Næringsforum», «RR» = Regionrådet).

            Døme:
              tiltak list --responsible RR
              tiltak list --municipality Ål --year 2022
              tiltak list --area "Klima og miljø" --unfinanced --format csv
              tiltak list --status pågår
              tiltak list --format json > tiltak.json
            """)

    @OptionGroup var options: PlanOptions

    @Option(
        help: ArgumentHelp(
            "Berre tiltak denne parten har ansvar for (kommunar får òg tiltak for alle kommunane).",
            valueName: "namn"))
    var responsible: String?

    @Flag(help: "Med --responsible: berre tiltak der parten sjølv er nemnd, ikkje gjennom kommunegruppa.")
    var direct = false

    @Option(
        help: ArgumentHelp(
            "Berre tiltak kommunen har ansvar for eller er involvert i, direkte eller gjennom kommunegruppa.",
            valueName: "namn"))
    var municipality: String?

    @Option(
        help: ArgumentHelp(
            "Berre tiltak som er aktive dette året (årlege tiltak er aktive kvart år i planperioden).",
            valueName: "år"))
    var year: Int?

    @Option(
        help: ArgumentHelp(
            "Berre tiltak i dette innsatsområdet (kode, namn eller kortnamn).", valueName: "namn"))
    var area: String?

    @Flag(help: "Berre tiltak utan sikra finansiering.")
    var unfinanced = false

    @Option(
        help: ArgumentHelp(
            "Berre tiltak med denne samla statusen i revisjonsåret (Ikkje starta, Pågår, Fullført, "
                + "Utsett, Avlyst eller «Ikkje rapportert»).",
            valueName: "status"))
    var status: String?

    @Option(
        help: """
            Utdataformat: table, csv, json eller tsv (kolonnane og verdiane på arket Tiltak i \
            rådsarbeidsboka, skilde med tabulator; \\t, \\n og \\\\ står for tabulator, linjeskift og \\).
            """)
    var format: ListOperation.Format = .table

    @Option(help: ArgumentHelp("Breidd på tabellen i teikn (60–200).", valueName: "n"))
    var width: Int = 100

    func validate() throws {
        if let year, !(1900...2199).contains(year) {
            throw ValidationError(CommandMessage.listYearOutOfRange(year).message)
        }
        if !(60...200).contains(width) {
            throw ValidationError(CommandMessage.widthOutOfRange(width).message)
        }
    }

    func run() throws {
        try reporting {
            let filter = ActionFilter(
                responsible: responsible, directOnly: direct, municipality: municipality, year: year,
                area: area, unfinanced: unfinanced, status: status)
            try ListOperation.run(
                ListOperation.Options(source: options.source, filter: filter, format: format, width: width),
                emit: Console.write)
        }
    }
}

extension ListOperation.Format: ExpressibleByArgument {}
