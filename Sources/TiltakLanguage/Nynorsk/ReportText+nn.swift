/// The texts of the reports in nynorsk.
extension ReportText {
    public var nn: String {
        switch self {
        case .meetingOverviewTitle(let plan): "Møteoversikt – \(plan)"
        case .summaryByArea: "Oppsummering per innsatsområde"
        case .withResponsible: "Med ansvarleg"
        case .withTimeframe: "Med tidsramme"
        case .unfinanced: "Ufinansiert"
        case .noKnownFocusArea: "Utan kjent innsatsområde"
        case .notSettled: "Ikkje avklart"
        case .notStated: "Ikkje oppgitt"
        case .unreadableAmount: "Uleseleg beløp"
        case .cost: "Kostnad"
        case .overPeriod: "Over perioden"
        case .resource: "Ressurs"
        case .missing: "Manglar"
        case .lacks(let timeframe, let responsible):
            [timeframe ? "tidsramme" : nil, responsible ? "ansvarleg" : nil].compactMap { $0 }
                .joined(separator: " og ")
        case .sameText: "Same tekst"
        case .breakdown: "Fordeling"
        case .quoted(let text): "«\(text)»"
        case .municipalityTitle(let municipality, let plan): "Tiltak for \(municipality) kommune – \(plan)"
        case .municipalityIntro(let municipality, let responsible, let involved, let throughGroup):
            "\(municipality) er ansvarleg for \(Language.nynorsk.count(responsible, .action)) og involvert i "
                + "\(Language.nynorsk.count(involved, .action))"
                + (throughGroup > 0 ? ", \(throughGroup) av dei gjennom ei kommunegruppe" : "")
                + ". Fyll inn status for kvart tiltak før revisjonsmøtet."
        case .roleThrough(let role, let group): "\(role) gjennom \(group)"
        case .pilot(let municipality): "\(municipality) er pilot"
        case .revisionYear(let year): "\(year) (revisjonsåret)"
        case .ongoing: "Årleg / løpande"
        case .noTimeframe: "Utan tidsramme"
        case .earlierYears: "Frå tidlegare år"
        case .unfinancedTitle(let plan): "Ufinansierte tiltak – \(plan)"
        case .ofActions(let some, let total):
            "\(some) av \(Language.nynorsk.count(total, .action))"
        case .responsibleGroup(let name): "Ansvar: \(name)"
        case .unfinancedCosts: "Kostnader for ufinansierte tiltak"
        case .realismDoubts: "Tiltak med tvil om realisme"
        case .unreadableAmounts: "Tiltak med beløp som ikkje kunne lesast"
        case .oneOffCosts: "Eingongskostnader"
        case .yearlyCosts: "Årlege kostnader (per år)"
        case .overPlanPeriod(let period): "Over planperioden \(period)"
        case .amount: "Beløp"
        case .costNote(let count):
            "Summane gjeld \(count == 1 ? "det eine tiltaket" : "dei \(count) tiltaka") som har oppgitt kostnad; "
                + "dei andre ufinansierte tiltaka har ingen kostnad i planen."
        case .revisionTitle(let year, let plan): "Revisjonsmøte \(year) – \(plan)"
        case .meetingYear: "Møteår"
        case .plannedHeading(let year): "1. Tiltak planlagde for \(year)"
        case .plannedIntro(let year): "Tiltak med tidsramme i \(year). Kva er gjort, og kva står att?"
        case .overdueHeading: "2. Forseinka tiltak"
        case .overdueIntro(let year):
            "Tiltak med tidsramme som gjekk ut før \(year), og som ikkje er fullførte eller avlyste. "
                + "Kva står att, og skal tidsramma endrast?"
        case .ongoingHeading: "3. Årlege og løpande tiltak"
        case .ongoingIntro: "Tiltak som går kvart år eller heile tida."
        case .unsettledHeading: "4. Til avklaring: tidsramme eller ansvarleg manglar"
        case .unsettledIntro: "Kven skal ha ansvaret, og når skal tiltaket gjennomførast?"
        case .doubtsHeading: "5. Tvil om realisme"
        case .doubtsIntro:
            "Planen tvilar på om desse tiltaka er realistiske. Skal dei vidareførast, endrast eller takast ut?"
        case .duplicatesHeading: "6. Like tiltakstekstar"
        case .duplicatesIntro: "Tiltak med same tekst. Skal dei slåast saman?"
        case .findingsHeading: "7. Datakvalitet"
        case .findingsIntro(let count):
            "\(Language.nynorsk.count(count, .finding)) frå kontrollen av planfila."
        case .wholePlan: "Plan"
        case .errorMark: "FEIL"
        case .changesTitle(let plan): "Endringar – \(plan)"
        case .changes: "Endringar"
        case .changeSection(let kind, let count):
            switch kind {
            case .added: "Nye tiltak (\(count))"
            case .removed: "Fjerna tiltak (\(count))"
            case .moved: "Flytta tiltak (\(count))"
            default: "Endra tiltak (\(count))"
            }
        case .noChanges: "Ingen endringar."
        }
    }
}
