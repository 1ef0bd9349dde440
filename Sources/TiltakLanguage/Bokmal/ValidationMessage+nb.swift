/// The validator's findings in bokmål.
extension ValidationMessage {
    public var nb: String {
        let language = Language.bokmal
        switch self {
        case .missingID: return "Tiltaket mangler ID."
        case .duplicateID(let id): return "ID-en \(id) er brukt på flere tiltak."
        case .missingText: return "Tiltaket har ingen tekst."
        case .duplicateText(let first): return "Samme tiltakstekst som \(first)."
        case .unknownTheme(let theme, let area): return "Temaet «\(theme)» er ikke et tema i \(area)."
        case .unknownFocusArea(let name): return "Ukjent innsatsområde «\(name)»."
        case .cellTooLong(let length, let limit):
            return "Teksten har \(language.count(length, .character)); en Excel-celle kan ha høyst \(limit)."
        case .namesTooLong(let length, let limit):
            return
                "Navnene sammen har \(language.count(length, .character)); en Excel-celle kan ha høyst \(limit)."
        case .noResponsible: return "Tiltaket har ingen ansvarlig."
        case .missingTimeframe: return "Tidsramme mangler."
        case .vagueTimeframe(let text): return "Tidsrammen «\(text)» sier ikke når."
        case .unreadableTimeframe(let text):
            return
                "Tidsrammen «\(text)» kunne ikke leses (ventet f.eks. «2022», «2021–2022», «Årlig», «Vår 2023»)."
        case .timeframeOutsidePeriod(let text, let period):
            return "Tidsrammen «\(text)» går utenfor planperioden \(period)."
        case .overdue(let text, let endYear):
            return "Tidsrammen «\(text)» gikk ut i \(endYear), men tiltaket er ikke fullført."
        case .unregisteredParty(let name): return "«\(name)» er ikke i partsregisteret."
        case .unregisteredSource(let code): return "Kilden «\(code)» er ikke i partsregisteret."
        case .realismDoubt: return "Planen tviler på om tiltaket er realistisk."
        case .unreadableAmount(let remark):
            return "Beløpet i merknaden «\(remark)» kunne ikke leses (ventet f.eks. «250 000», «1,5 mill.»)."
        case .unreadableCost(let cost):
            return
                "Kostnaden «\(cost)» kunne ikke leses (ventet f.eks. «250 000», «1,5 mill.», «150 000 kr per år»)."
        case .financingConflict(let remark, let column):
            return
                "Merknaden sier «\(remark.nb)», men finansieringskolonnen «\(column.nb)»; kolonnen gjelder."
        case .noFocusAreas: return "Planen har ingen innsatsområder."
        case .partTimeFigure(let name, let stated, let computed):
            return "Deltidsinnbyggere: planen sier \(stated) for \(name), beregnet \(computed)."
        case .tooManyActions(let count, let limit):
            return
                "Planen har \(language.count(count, .action)); arket \(SheetKey.actionTable.nb) kan ha høyst \(limit) (Excels radtall minus overskriften). Del planen."
        case .sheetTooLong(let workbook, let sheet, let rows, let limit, let councilOnlyHelps):
            return "\(workbook): Arket \(sheet) får \(rows) rader; et ark kan ha høyst \(limit) (Excel). "
                + (councilOnlyHelps
                    ? "Del opp planen, eller skriv bare rådsarbeidsboken (--only council)."
                    : "Del opp planen, eller skriv bare arket Tiltak (--sheets tiltak).")
        case .unwritableCharacter(let character):
            return "Teksten har tegnet \(character), som en arbeidsbok ikke kan ha."
        case .controlCharacter(let character, let outside):
            return "Teksten har kontrolltegnet \(character), som ikke kan stå i \(outside.nb)."
        case .sheetNameUnwritable(let character):
            return "Arknavnet har tegnet \(character), som en arbeidsbok ikke kan ha."
        case .sheetNameInvalid(let name):
            return
                "Arknavnet «\(name)» kan ikke brukes (tomt, eller med [ ] : * ? / \\ eller ' først eller sist); gi innsatsområdet et kortnavn."
        case .sheetNameTooLong(let name, let length, let limit):
            return
                "Arknavnet «\(name)» blir \(language.count(length, .codePoint)); Excel tillater høyst \(limit). Skriv kortnavnet med sammensatte bokstaver (NFC) eller kortere."
        case .tipTooLong(let cut, let length, let limit):
            return
                "Hjelpeteksten på arket \(SheetKey.financing.nb) (med de første \(cut) tegnene i merknaden) blir \(language.count(length, .codePoint)); Excel tillater høyst \(limit). Skriv merknaden med sammensatte bokstaver (NFC)."
        case .other(let message): return message.nb
        }
    }
}

/// Where workbooks write texts outside cells, in bokmål.
extension RawTextPlace {
    public var nb: String {
        switch self {
        case .workbookProperties: "dokumentegenskapene til arbeidsbøkene"
        case .propertiesAndHeaders: "dokumentegenskapene og topptekstene"
        case .municipalityProperties: "dokumentegenskapene til arbeidsboken"
        case .overviewFormulas: "formlene på arket \(SheetKey.overview.nb)"
        case .overviewFormulasAndCharts: "formlene og diagrammene på arket \(SheetKey.overview.nb)"
        case .financingTip: "hjelpeteksten på arket \(SheetKey.financing.nb)"
        }
    }
}

/// The places of findings in bokmål.
extension ValidationPlace {
    public var nb: String {
        switch self {
        case .planID: "Plan-ID"
        case .title: "Tittel"
        case .region: "Region"
        case .owner: "Eier"
        case .revision: "Revisjon"
        case .actionSheet: SheetKey.actionTable.nb
        case .partyName(let code): "Partsregisteret, \(code), navn"
        case .partyCode(let code): "Partsregisteret, \(code), kode"
        case .areaName(let code): "Innsatsområde \(code), navn"
        case .areaGoalsTitle(let code): "Innsatsområde \(code), tittel på resultatmål"
        case .areaGoal(let code, let number): "Innsatsområde \(code), resultatmål \(number)"
        case .areaShortName(let code): "Innsatsområde \(code), kortnavn"
        case .commentFrom(let party, let year): "Kommentar fra \(party) (\(year))"
        case .actionSheetComment: "Kommentar på arket \(SheetKey.actionTable.nb)"
        }
    }
}
