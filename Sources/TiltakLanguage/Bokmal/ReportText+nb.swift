/// The texts of the reports in bokmål.
extension ReportText {
    public var nb: String {
        switch self {
        case .meetingOverviewTitle(let plan): "Møteoversikt – \(plan)"
        case .summaryByArea: "Oppsummering per innsatsområde"
        case .withResponsible: "Med ansvarlig"
        case .withTimeframe: "Med tidsramme"
        case .unfinanced: "Ufinansiert"
        case .noKnownFocusArea: "Uten kjent innsatsområde"
        case .notSettled: "Ikke avklart"
        case .notStated: "Ikke oppgitt"
        case .unreadableAmount: "Uleselig beløp"
        case .cost: "Kostnad"
        case .overPeriod: "Over perioden"
        case .resource: "Ressurs"
        case .missing: "Mangler"
        case .lacks(let timeframe, let responsible):
            [timeframe ? "tidsramme" : nil, responsible ? "ansvarlig" : nil].compactMap { $0 }
                .joined(separator: " og ")
        case .sameText: "Samme tekst"
        case .breakdown: "Fordeling"
        case .quoted(let text): "«\(text)»"
        case .municipalityTitle(let municipality, let plan): "Tiltak for \(municipality) kommune – \(plan)"
        case .municipalityIntro(let municipality, let responsible, let involved, let throughGroup):
            "\(municipality) er ansvarlig for \(Language.bokmal.count(responsible, .action)) og involvert i "
                + "\(Language.bokmal.count(involved, .action))"
                + (throughGroup > 0 ? ", \(throughGroup) av dem gjennom en kommunegruppe" : "")
                + ". Fyll inn status for hvert tiltak før revisjonsmøtet."
        case .roleThrough(let role, let group): "\(role) gjennom \(group)"
        case .pilot(let municipality): "\(municipality) er pilot"
        case .revisionYear(let year): "\(year) (revisjonsåret)"
        case .ongoing: "Årlig / løpende"
        case .noTimeframe: "Uten tidsramme"
        case .earlierYears: "Fra tidligere år"
        case .unfinancedTitle(let plan): "Ufinansierte tiltak – \(plan)"
        case .ofActions(let some, let total):
            "\(some) av \(Language.bokmal.count(total, .action))"
        case .responsibleGroup(let name): "Ansvar: \(name)"
        case .unfinancedCosts: "Kostnader for ufinansierte tiltak"
        case .realismDoubts: "Tiltak med tvil om realisme"
        case .unreadableAmounts: "Tiltak med beløp som ikke kunne leses"
        case .oneOffCosts: "Engangskostnader"
        case .yearlyCosts: "Årlige kostnader (per år)"
        case .overPlanPeriod(let period): "Over planperioden \(period)"
        case .amount: "Beløp"
        case .costNote(let count):
            "Summene gjelder \(count == 1 ? "det ene tiltaket" : "de \(count) tiltakene") som har oppgitt kostnad; "
                + "de andre ufinansierte tiltakene har ingen kostnad i planen."
        case .revisionTitle(let year, let plan): "Revisjonsmøte \(year) – \(plan)"
        case .meetingYear: "Møteår"
        case .plannedHeading(let year): "1. Tiltak planlagt for \(year)"
        case .plannedIntro(let year): "Tiltak med tidsramme i \(year). Hva er gjort, og hva gjenstår?"
        case .overdueHeading: "2. Forsinkede tiltak"
        case .overdueIntro(let year):
            "Tiltak med tidsramme som gikk ut før \(year), og som ikke er fullført eller avlyst. "
                + "Hva gjenstår, og skal tidsrammen endres?"
        case .ongoingHeading: "3. Årlige og løpende tiltak"
        case .ongoingIntro: "Tiltak som går hvert år eller hele tiden."
        case .unsettledHeading: "4. Til avklaring: tidsramme eller ansvarlig mangler"
        case .unsettledIntro: "Hvem skal ha ansvaret, og når skal tiltaket gjennomføres?"
        case .doubtsHeading: "5. Tvil om realisme"
        case .doubtsIntro:
            "Planen tviler på om disse tiltakene er realistiske. Skal de videreføres, endres eller tas ut?"
        case .duplicatesHeading: "6. Like tiltakstekster"
        case .duplicatesIntro: "Tiltak med samme tekst. Skal de slås sammen?"
        case .findingsHeading: "7. Datakvalitet"
        case .findingsIntro(let count):
            "\(Language.bokmal.count(count, .finding)) fra kontrollen av planfilen."
        case .wholePlan: "Plan"
        case .errorMark: "FEIL"
        case .changesTitle(let plan): "Endringer – \(plan)"
        case .changes: "Endringer"
        case .changeSection(let kind, let count):
            switch kind {
            case .added: "Nye tiltak (\(count))"
            case .removed: "Fjernede tiltak (\(count))"
            case .moved: "Flyttede tiltak (\(count))"
            default: "Endrede tiltak (\(count))"
            }
        case .noChanges: "Ingen endringer."
        }
    }
}
