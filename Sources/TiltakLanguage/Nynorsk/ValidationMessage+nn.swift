/// The validator's findings in nynorsk.
extension ValidationMessage {
    public var nn: String {
        let language = Language.nynorsk
        switch self {
        case .missingID: return "Tiltaket manglar ID."
        case .duplicateID(let id): return "ID-en \(id) er brukt på fleire tiltak."
        case .missingText: return "Tiltaket har ingen tekst."
        case .duplicateText(let first): return "Same tiltakstekst som \(first)."
        case .unknownTheme(let theme, let area): return "Temaet «\(theme)» er ikkje eit tema i \(area)."
        case .unknownFocusArea(let name): return "Ukjent innsatsområde «\(name)»."
        case .cellTooLong(let length, let limit):
            return "Teksten har \(language.count(length, .character)); ei Excel-celle kan ha høgst \(limit)."
        case .namesTooLong(let length, let limit):
            return
                "Namna saman har \(language.count(length, .character)); ei Excel-celle kan ha høgst \(limit)."
        case .noResponsible: return "Tiltaket har ingen ansvarleg."
        case .missingTimeframe: return "Tidsramme manglar."
        case .vagueTimeframe(let text): return "Tidsramma «\(text)» seier ikkje når."
        case .unreadableTimeframe(let text):
            return
                "Tidsramma «\(text)» kunne ikkje lesast (venta t.d. «2022», «2021–2022», «Årleg», «Vår 2023»)."
        case .timeframeOutsidePeriod(let text, let period):
            return "Tidsramma «\(text)» går utanfor planperioden \(period)."
        case .overdue(let text, let endYear):
            return "Tidsramma «\(text)» gjekk ut i \(endYear), men tiltaket er ikkje fullført."
        case .unregisteredParty(let name): return "«\(name)» er ikkje i partsregisteret."
        case .unregisteredSource(let code): return "Kjelda «\(code)» er ikkje i partsregisteret."
        case .realismDoubt: return "Planen tvilar på om tiltaket er realistisk."
        case .unreadableAmount(let remark):
            return "Beløpet i merknaden «\(remark)» kunne ikkje lesast (venta t.d. «250 000», «1,5 mill.»)."
        case .unreadableCost(let cost):
            return
                "Kostnaden «\(cost)» kunne ikkje lesast (venta t.d. «250 000», «1,5 mill.», «150 000 kr per år»)."
        case .financingConflict(let remark, let column):
            return "Merknaden seier «\(remark.nn)», men finansieringskolonnen «\(column.nn)»; kolonnen gjeld."
        case .noFocusAreas: return "Planen har ingen innsatsområde."
        case .partTimeFigure(let name, let stated, let computed):
            return "Deltidsinnbyggjarar: planen seier \(stated) for \(name), utrekna \(computed)."
        case .tooManyActions(let count, let limit):
            return
                "Planen har \(language.count(count, .action)); arket \(SheetKey.actionTable.nn) kan ha høgst \(limit) (Excel sitt radtal med overskrifta). Del planen."
        case .sheetTooLong(let workbook, let sheet, let rows, let limit, let councilOnlyHelps):
            return "\(workbook): Arket \(sheet) får \(rows) rader; eit ark kan ha høgst \(limit) (Excel). "
                + (councilOnlyHelps
                    ? "Del planen, eller skriv berre rådsarbeidsboka (--only council)."
                    : "Del planen, eller skriv berre arket Tiltak (--sheets tiltak).")
        case .unwritableCharacter(let character):
            return "Teksten har teiknet \(character), som ei arbeidsbok ikkje kan ha."
        case .controlCharacter(let character, let outside):
            return "Teksten har kontrollteiknet \(character), som ikkje kan stå i \(outside.nn)."
        case .sheetNameUnwritable(let character):
            return "Arknamnet har teiknet \(character), som ei arbeidsbok ikkje kan ha."
        case .sheetNameInvalid(let name):
            return
                "Arknamnet «\(name)» kan ikkje brukast (tomt, eller med [ ] : * ? / \\ eller ' først eller sist); gje innsatsområdet eit kortnamn."
        case .sheetNameTooLong(let name, let length, let limit):
            return
                "Arknamnet «\(name)» vert \(language.count(length, .codePoint)); Excel tillèt høgst \(limit). Skriv kortnamnet med samansette bokstavar (NFC) eller kortare."
        case .tipTooLong(let cut, let length, let limit):
            return
                "Hjelpeteksten på arket \(SheetKey.financing.nn) (med dei fyrste \(cut) teikna av merknaden) vert \(language.count(length, .codePoint)); Excel tillèt høgst \(limit). Skriv merknaden med samansette bokstavar (NFC)."
        case .other(let message): return message.nn
        }
    }
}

/// Where workbooks write texts outside cells, in nynorsk.
extension RawTextPlace {
    public var nn: String {
        switch self {
        case .workbookProperties: "dokumenteigenskapane til arbeidsbøkene"
        case .propertiesAndHeaders: "dokumenteigenskapane og topptekstane"
        case .municipalityProperties: "dokumenteigenskapane til arbeidsboka"
        case .overviewFormulas: "formlane på arket \(SheetKey.overview.nn)"
        case .overviewFormulasAndCharts: "formlane og diagramma på arket \(SheetKey.overview.nn)"
        case .financingTip: "hjelpeteksten på arket \(SheetKey.financing.nn)"
        }
    }
}

/// The places of findings in nynorsk.
extension ValidationPlace {
    public var nn: String {
        switch self {
        case .planID: "Plan-ID"
        case .title: "Tittel"
        case .region: "Region"
        case .owner: "Eigar"
        case .revision: "Revisjon"
        case .actionSheet: SheetKey.actionTable.nn
        case .partyName(let code): "Partsregisteret, \(code), namn"
        case .partyCode(let code): "Partsregisteret, \(code), kode"
        case .areaName(let code): "Innsatsområde \(code), namn"
        case .areaGoalsTitle(let code): "Innsatsområde \(code), tittel på resultatmål"
        case .areaGoal(let code, let number): "Innsatsområde \(code), resultatmål \(number)"
        case .areaShortName(let code): "Innsatsområde \(code), kortnamn"
        case .commentFrom(let party, let year): "Kommentar frå \(party) (\(year))"
        case .actionSheetComment: "Kommentar på arket \(SheetKey.actionTable.nn)"
        }
    }
}
