import ArgumentParser
import Foundation
import TextLayout
import TiltakModel
import TiltakPlanFiles
import TiltakReturns
import TiltakRuntime
import TiltakWorkbook

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

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, csv, json, tsv
    }

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
    var format: Format = .table

    @Option(help: ArgumentHelp("Breidd på tabellen i teikn (60–200).", valueName: "n"))
    var width: Int = 100

    func validate() throws {
        if let year, !(1900...2199).contains(year) {
            throw ValidationError("--year må vere eit årstal mellom 1900 og 2199, ikkje \(year).")
        }
        if !(60...200).contains(width) {
            throw ValidationError("--width må vere mellom 60 og 200, ikkje \(width).")
        }
    }

    func run() throws {
        try reporting {
            let plan = try options.load().plan
            let filter = ActionFilter(
                responsible: responsible, directOnly: direct, municipality: municipality, year: year,
                area: area,
                unfinanced: unfinanced, status: status)
            let matches = try filter.apply(to: plan)
            switch format {
            case .table: Console.out(table(matches, plan))
            case .csv: Console.out(csv(matches, plan))
            case .json: Console.out(try json(matches, plan))
            case .tsv: tsv(matches.map(\.action), plan)
            }
        }
    }

    func table(_ matches: [(action: Action, role: Role?)], _ plan: Plan) -> String {
        var columns = [
            TextTable.Column("ID", minWidth: 5),
            TextTable.Column("Tiltak", minWidth: 20),
            TextTable.Column("Tidsramme", minWidth: 6, maxWidth: 11),
            TextTable.Column("Ansvar", minWidth: 8, maxWidth: 17),
            TextTable.Column("Finansiering", minWidth: 8, maxWidth: 17),
        ]
        if municipality != nil { columns.insert(TextTable.Column("Rolle", minWidth: 5, maxWidth: 9), at: 2) }
        // The status column comes when there is a status to show: reports for the year, or --status.
        let board = StatusBoard(plan: plan)
        let showsStatus = board.hasReports || status != nil
        if showsStatus { columns.append(TextTable.Column("Status", minWidth: 9, maxWidth: 16)) }
        let rows = matches.map { match -> [String] in
            let a = match.action
            var row = [
                a.id.rawValue, Output.clean(a.text),
                Output.clean(a.timeframe.text.isEmpty ? "–" : a.timeframe.text),
                Output.clean(Output.names(a.responsible, plan.registry)),
                a.financing.need == .none ? "" : a.financing.need.nynorsk,
            ]
            if municipality != nil { row.insert(match.role?.nynorsk ?? "", at: 2) }
            if showsStatus { row.append(board.overall(a).text) }
            return row
        }
        let body = TextTable(columns: columns, maxWidth: width).render(rows)
        return body + "\n\n\(matches.count) av \(plan.actions.count) tiltak."
    }

    func csv(_ matches: [(action: Action, role: Role?)], _ plan: Plan) -> String {
        var lines = [
            "ID;Innsatsområde;Tema;Tiltak;Tidsramme;Ansvar;Involvering;Merknad;Finansiering;Kostnad;Kostnadstype"
                + ";Status"
        ]
        let board = StatusBoard(plan: plan)
        for (a, _) in matches {
            let area = plan.focusArea(code: a.focusArea)?.name ?? a.focusArea
            let fields = [
                a.id.rawValue, area, a.theme, a.text, a.timeframe.text, a.responsible.text, a.involved.text,
                a.remark,
                a.financing.need == .none ? "" : a.financing.need.nynorsk,
                a.financing.cost.map { String($0.amount) } ?? "",
                a.financing.cost?.recurrence.nynorsk ?? "",
                board.overall(a).text,
            ]
            lines.append(fields.map(Output.csvField).joined(separator: ";"))
        }
        return lines.joined(separator: "\n")
    }

    /// Writes the `Tiltak` sheet's rows, tab-separated, in chunks (plans can have a million actions).
    func tsv(_ actions: [Action], _ plan: Plan) {
        let board = StatusBoard(plan: plan)
        var buffer = ActionTableText.tsvLine(ActionTableText.headers) + "\n"
        for action in actions {
            buffer += ActionTableText.tsvLine(ActionTableText.row(action, plan: plan, board: board))
            buffer += "\n"
            if buffer.utf8.count >= 1 << 20 {
                FileHandle.standardOutput.write(Data(buffer.utf8))
                buffer = ""
            }
        }
        FileHandle.standardOutput.write(Data(buffer.utf8))
    }

    func json(_ matches: [(action: Action, role: Role?)], _ plan: Plan) throws -> String {
        let board = StatusBoard(plan: plan)
        let items: [[String: Any]] = matches.map { match in
            let a = match.action
            var item: [String: Any] = [
                "id": a.id.rawValue, "focusArea": a.focusArea, "theme": a.theme, "text": a.text,
                "timeframe": [
                    "text": a.timeframe.text, "reading": a.timeframe.kind.canonical,
                    "years": a.timeframe.activeYears(in: plan.period) ?? NSNull(),
                ] as [String: Any],
                "responsible": a.responsible.parties.map { ref in party(ref, plan) },
                "involved": a.involved.parties.map { ref in party(ref, plan) },
                "remark": a.remark,
                "financing": financing(a.financing, plan),
                "flags": a.sortedFlags.map(\.rawValue),
                "status": status(board.overall(a), year: board.year),
                "reports": plan.statusReports.filter { $0.actionID == a.id }.map(report),
            ]
            if let role = match.role { item["role"] = role.rawValue }
            return item
        }
        let root: [String: Any] = ["plan": plan.id, "count": items.count, "actions": items]
        let data = try JSONSerialization.data(
            withJSONObject: root, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    /// The overall status: `value` (a status key, `null` when not reported), `text`, `done`,
    /// `expected` and `year`.
    private func status(_ overall: OverallStatus, year: Int) -> [String: Any] {
        [
            "value": overall.status?.key ?? NSNull(), "text": overall.text, "done": overall.doneCount,
            "expected": overall.expectedCount, "year": year,
        ]
    }

    /// One report: `year`, `party`, `status` (a key), `comment`, `collected` and `source` when known.
    private func report(_ report: StatusReport) -> [String: Any] {
        var result: [String: Any] = [
            "year": report.year, "party": report.party, "status": report.status.key,
            "comment": report.comment, "collected": report.collected.iso,
        ]
        if let source = report.source { result["source"] = source }
        return result
    }

    private func party(_ ref: PartyReference, _ plan: Plan) -> [String: Any] {
        switch ref {
        case .registered(let code): ["code": code, "name": plan.registry.displayName(ref)]
        case .unregistered(let name): ["name": name, "registered": false]
        }
    }

    private func financing(_ f: Financing, _ plan: Plan) -> [String: Any] {
        var result: [String: Any] = ["need": f.need.rawValue, "unfinanced": f.isUnfinanced]
        if let source = f.source { result["source"] = plan.registry.displayName(source) }
        if let resource = f.resource { result["resource"] = resource }
        if let cost = f.cost {
            result["cost"] = cost.amount
            result["per"] = cost.recurrence.rawValue
        }
        if f.hasUnreadableAmount { result["unreadableAmount"] = true }
        return result
    }
}
