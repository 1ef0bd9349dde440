/// What Tiltak says about the status ledger, in nynorsk.
extension LedgerMessage {
    public var nn: String {
        let n = Language.nynorsk
        switch self {
        case .fileHeader:
            return """
                Statusloggen til planfila (format 1): rapportane «tiltak collect» har samla inn, \
                ein per linje,
                dei tidlegare revisjonane og tiltaka ein revisjon lukka. Planfila sjølv blir aldri skriven om.
                """
        case .ledgerForOtherPlan(let ledger, let plan):
            return "Statusloggen er for planen «\(ledger)», men planfila er «\(plan)»."
        case .ledgerForOtherPlanHint:
            return "Statusloggen høyrer til planfila med same namn; flytt eller gje nytt namn til den eine."
        case .collectWrote(let ledger, let reports, let backup):
            let kept = backup.map { " (førre versjon i \($0))" } ?? ""
            return "Skreiv \(n.count(reports, .report)) til \(ledger)\(kept); planfila er ikkje endra."
        case .lateReturn(let file, let revision, let year):
            return "\(file) er frå revisjonen \(revision): rapportane er førte for \(year)."
        case .councilWorkbookNeedsParty(let file):
            return
                "\(file) er ei rådsarbeidsbok: samle henne åleine, eller gje --party for kven statusen hennar gjeld."
        case .noRegionalCouncil(let file):
            return "Planen har ikkje noko regionråd å føre statusen i \(file) på: gje --party."
        case .councilWorkbookOtherRevision(let file, let fileRevision, let planRevision):
            return
                "\(file) er laga for revisjonen \(fileRevision), som planen ikkje kjenner (planen er revisjonen \(planRevision)). Eksporter rådsarbeidsboka på nytt med «tiltak export»."
        case .councilWorkbooksOfDifferentRevisions:
            return "Rådsarbeidsbøkene er frå ulike revisjonar: samle dei kvar for seg."
        case .migrateAbstract: return "Flytt statusrapportane i ei planfil over i statusloggen."
        case .migrateDiscussion:
            return """
                Tek kvar «status:»-blokk ut av planfila og fører rapportane i statusloggen ved sida av \
                (<plan>.status.yaml). Alt anna i planfila, kommentarar med, står att byte for byte; \
                den førre planfila blir teken vare på med dato i namnet.
                """
        case .migratePlan: return "Planfila (YAML)."
        case .migrated(let plan, let reports, let ledger, let backup):
            return
                "Flytte \(n.count(reports, .report)) frå \(plan) til \(ledger) (førre planfil i \(backup))."
        case .nothingToMigrate(let plan): return "\(plan) har ingen statusrapportar; ingenting er skrive."
        case .migrateNeedsPlanFile(let path): return "«tiltak migrate» tek ei planfil (YAML), ikkje \(path)."
        case .statusNotMovable(let line):
            return "«status:» på linje \(line) kan ikkje takast ut utan å endre andre linjer."
        case .statusNotMovableHint:
            return "Set «status:» på ei eiga linje under dei andre nøklane til tiltaket."
        case .revisionNotEditable(let line):
            return "Revisjonen på linje \(line) kan ikkje endrast utan å endre andre linjer."
        case .revisionNotEditableHint:
            return "Skriv revisjonen på éi linje: «revision: {date: 2021-04-10, label: …}»."
        case .reviseWroteLedger(let ledger, let reports):
            return "Skreiv statusloggen \(ledger) med \(n.count(reports, .report)) og revisjonshistoria."
        }
    }
}
