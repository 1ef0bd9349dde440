/// What Tiltak says about the status ledger, in bokmål.
extension LedgerMessage {
    public var nb: String {
        let n = Language.bokmal
        switch self {
        case .fileHeader:
            return """
                Statusloggen til planfilen (format 1): rapportene «tiltak collect» har samlet inn, \
                én per linje,
                de tidligere revisjonene og tiltakene en revisjon lukket. Planfilen selv blir aldri skrevet om.
                """
        case .ledgerForOtherPlan(let ledger, let plan):
            return "Statusloggen er for planen «\(ledger)», men planfilen er «\(plan)»."
        case .ledgerForOtherPlanHint:
            return "Statusloggen hører til planfilen med samme navn; flytt eller gi nytt navn til den ene."
        case .collectWrote(let ledger, let reports, let backup):
            let kept = backup.map { " (forrige versjon i \($0))" } ?? ""
            return "Skrev \(n.count(reports, .report)) til \(ledger)\(kept); planfilen er ikke endret."
        case .lateReturn(let file, let revision, let year):
            return "\(file) er fra revisjonen \(revision): rapportene er ført for \(year)."
        case .councilWorkbookNeedsParty(let file):
            return
                "\(file) er en rådsarbeidsbok: samle den alene, eller gi --party for hvem statusen dens gjelder."
        case .noRegionalCouncil(let file):
            return "Planen har ikke noe regionråd å føre statusen i \(file) på: gi --party."
        case .councilWorkbookOtherRevision(let file, let fileRevision, let planRevision):
            return
                "\(file) er laget for revisjonen \(fileRevision), som planen ikke kjenner (planen er revisjonen \(planRevision)). Eksporter rådsarbeidsboken på nytt med «tiltak export»."
        case .councilWorkbooksOfDifferentRevisions:
            return "Rådsarbeidsbøkene er fra ulike revisjoner: samle dem hver for seg."
        case .migrateAbstract: return "Flytt statusrapportene i en planfil over i statusloggen."
        case .migrateDiscussion:
            return """
                Tar hver «status:»-blokk ut av planfilen og fører rapportene i statusloggen ved siden av \
                (<plan>.status.yaml). Alt annet i planfilen, kommentarer med, står igjen byte for byte; \
                den forrige planfilen blir tatt vare på med dato i navnet.
                """
        case .migratePlan: return "Planfilen (YAML)."
        case .migrated(let plan, let reports, let ledger, let backup):
            return
                "Flyttet \(n.count(reports, .report)) fra \(plan) til \(ledger) (forrige planfil i \(backup))."
        case .nothingToMigrate(let plan): return "\(plan) har ingen statusrapporter; ingenting er skrevet."
        case .migrateNeedsPlanFile(let path): return "«tiltak migrate» tar en planfil (YAML), ikke \(path)."
        case .statusNotMovable(let line):
            return "«status:» på linje \(line) kan ikke tas ut uten å endre andre linjer."
        case .statusNotMovableHint:
            return "Sett «status:» på en egen linje under de andre nøklene til tiltaket."
        case .revisionNotEditable(let line):
            return "Revisjonen på linje \(line) kan ikke endres uten å endre andre linjer."
        case .revisionNotEditableHint:
            return "Skriv revisjonen på én linje: «revision: {date: 2021-04-10, label: …}»."
        case .reviseWroteLedger(let ledger, let reports):
            return "Skrev statusloggen \(ledger) med \(n.count(reports, .report)) og revisjonshistorikken."
        }
    }
}
