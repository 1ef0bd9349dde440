/// Plan-file and table messages in nynorsk.
extension PlanFileMessage {
    public var nn: String {
        func quoted(_ items: [String]) -> String { items.map { "«\($0)»" }.joined(separator: ", ") }
        switch self {
        case .fileMissing: return "Fila finst ikkje."
        case .checkPathHint: return "sjå etter skrivefeil i stien"
        case .isFolder: return "Dette er ei mappe, ikkje ei fil."
        case .unreadable: return "Fila kan ikkje lesast (manglar løyve?)."
        case .empty: return "Fila er tom."
        case .folderMissing: return "Mappa finst ikkje."
        case .binaryText: return "Fila inneheld binære data (NUL-byte), ikkje tekst."
        case .rightFileHint: return "er dette rett fil?"
        case .invalidUTF8(let hex): return "Byte 0x\(hex) er ikkje gyldig UTF-8."
        case .saveAsUTF8Hint: return "lagre fila som UTF-8"
        case .binaryTable: return "Fila inneheld binære data (NUL-byte), ikkje ein tabell."
        case .saveAsCSVHint: return "lagre tabellen som CSV (semikolon-separert) frå Excel"
        case .neitherUTF8NorWindows1252(let hex): return "Byte 0x\(hex) er verken UTF-8 eller Windows-1252."
        case .unclosedQuote: return "Hermeteiknet som opnar feltet vert aldri lukka."
        case .quoteHint:
            return
                "eit felt som byrjar med \" må sluttast med \"; skriv \"\" for eit hermeteikn inne i feltet"
        case .noHeader: return "Tabellen har ingen overskriftsrad."
        case .chosenColumnMissing(let field, let header):
            return "Tabellen har ingen kolonne «\(header)» (valt for «\(field)» med --columns)."
        case .columnsHint:
            return "vel kolonnen med --columns felt=Overskrift, t.d. --columns focus-area=Hovudmål"
        case .duplicateColumn(let name): return "Kolonnen «\(name)» står to gonger."
        case .missingColumns(let names): return "Tabellen manglar kolonne \(quoted(names))."
        case .actionHeaderHint(let found):
            return
                "overskrifta skal vere t.d. ID;Innsatsområde;Tema;Tiltak;Tidsramme;Ansvar;Involvering;Merknad (fann: \(found)); vel kolonnar med --columns felt=Overskrift"
        case .statusHeaderHint(let found): return "overskrifta skal vere ID;Status;Kommentar (fann: \(found))"
        case .raggedRow(let fields, let header):
            return "Rada har \(Language.nynorsk.count(fields, .field)), overskrifta har \(header)."
        case .delimiterHint(let delimiter):
            return "sjå etter manglande eller ekstra skiljeteikn «\(delimiter)»"
        case .rowWithoutText(let row): return "Rad \(row) har ingen tiltakstekst."
        case .rowWithoutFocusArea(let row): return "Rad \(row) har ikkje innsatsområde."
        case .row(let row): return "rad \(row)"
        case .fieldNumber(let field): return "felt \(field)"
        case .headerRow: return "overskrift"
        case .sheetPlace(let file, let sheet): return "\(file), ark «\(sheet)»"
        case .columnLetter(let letters): return "kolonne \(letters)"
        case .sheetNotFound(let sheet, let found):
            return "Arbeidsboka har ikkje arket «\(sheet)» (ho har \(quoted(found)))."
        case .noVisibleSheet: return "Arbeidsboka har ikkje noko synleg ark."
        case .noHeaderRow(let rows):
            return "Fann inga overskriftsrad med kolonne for tiltaksteksten i dei \(rows) fyrste radene."
        case .headerRowHint(let found):
            return "kall kolonnen med tiltaksteksten «Tiltak» (fyrste rader: \(found))"
        case .errorCell(let cell, let value): return "Cella \(cell) har feilverdien \(value)."
        case .formulaWithoutValue(let cell): return "Formelen i cella \(cell) har ingen lagra verdi."
        case .saveInExcelHint: return "opne og lagre arbeidsboka i Excel"
        case .yamlFailure(let detail): return "YAML-feil: \(detail)"
        case .invalidYAML(let detail): return "Ugyldig YAML: \(detail)."
        case .invalidYAMLDescribed(let detail): return "Ugyldig YAML: \(detail)"
        case .yamlLineHint: return "sjå etter innrykk, kolon og hermeteikn på denne linja"
        case .notYAML(let problem): return "Teksten kan ikkje lesast som YAML (\(problem))."
        case .controlCharacter(let code):
            return "Teiknet U+\(code) er eit kontrollteikn, og det er ikkje lov i ei planfil."
        case .controlCharacterHint(let escape):
            return "fjern det, eller skriv det som \(escape) i ein tekst i doble hermeteikn"
        case .invalidPlan: return "Ugyldig plan."
        case .expectedMapping(let keys, let found):
            return "Venta ein tabell med nøklar (\(keys.joined(separator: ", ")) …), fann \(found.nn)."
        case .unknownKey(let name): return "Ukjend nøkkel «\(name)»."
        case .didYouMeanHint(let suggestion, let allowed):
            return "meinte du «\(suggestion)»? Lovlege nøklar: \(allowed.joined(separator: ", "))"
        case .allowedKeysHint(let allowed): return "lovlege nøklar: \(allowed.joined(separator: ", "))"
        case .duplicateKey(let name): return "Nøkkelen «\(name)» står to gonger."
        case .duplicateKeys(let names): return "Nøklane \(quoted(names)) står to gonger."
        case .firstOnLineHint(let line): return "fyrste gong på linje \(line)"
        case .missingKey(let name): return "Nøkkelen «\(name)» manglar."
        case .expectedText(let found): return "Venta ein tekst, fann \(found.nn)."
        case .expectedInteger(let quantity, let found):
            return "Venta eit heiltal (\(quantity.nn)), fann «\(found)»."
        case .impossibleValue(let value, let quantity, let lowest, let highest):
            return "\(value) er ikkje eit mogleg \(quantity.nn) (venta \(lowest)–\(highest))."
        case .expectedNumber(let quantity, let found):
            return "Venta eit tal (\(quantity.nn)), fann «\(found)»."
        case .expectedList(let found): return "Venta ei liste, fann \(found.nn)."
        case .unknownFormat(let value): return "Ukjent filformat «\(value)»."
        case .formatHint: return "denne versjonen av Tiltak les format 1"
        case .planIDNotFileName(let id): return "Plan-ID-en «\(id)» kan ikkje brukast i filnamn."
        case .planIDHint: return "bruk t.d. «hallingdal-2021-2024»"
        case .unknownLanguage(let text): return "Ukjent språk «\(text)»."
        case .languageHint: return "bruk nn (nynorsk), nb (bokmål) eller en (engelsk)"
        case .duplicateFocusArea(let code): return "Innsatsområdet «\(code)» står to gonger."
        case .periodEndsBeforeStart(let from, let to):
            return "Planperioden sluttar (\(to)) før han byrjar (\(from))."
        case .invalidDate(let text): return "«\(text)» er ikkje ein gyldig dato."
        case .dateExampleHint: return "skriv ÅÅÅÅ-MM-DD, t.d. 2021-04-10"
        case .dateHint: return "skriv ÅÅÅÅ-MM-DD"
        case .unknownPartyKind(let kind): return "Ukjend partstype «\(kind)»."
        case .allowedValuesHint(let values): return "lovlege: \(values.joined(separator: ", "))"
        case .duplicatePartyCode(let code): return "Partskoden «\(code)» står to gonger."
        case .memberNotParty(let member): return "Medlemen «\(member)» er ikkje ein part i registeret."
        case .shortNameNotSheetName(let name): return "Kortnamnet «\(name)» kan ikkje vere arknamn i Excel."
        case .shortNameHint: return "høgst 31 teikn og ingen av []:*?/\\"
        case .unknownTimeframeReading(let text): return "«\(text)» er ikkje ei kjend tidsramme-lesing."
        case .timeframeReadingHint:
            return
                "t.d. 2021, 2021-2022, annual, continuous, unknown, spring 2021, 2021-05, 2023-Q2, until 2025, from 2022"
        case .unknownFlag(let text): return "Ukjent flagg «\(text)»."
        case .unknownFinancingNeed(let text): return "Ukjent finansieringsbehov «\(text)»."
        case .unknownPer(let text): return "Ukjend «per»: «\(text)»."
        case .perHint: return "bruk once eller year"
        case .unknownStatus(let text): return "Ukjend status «\(text)»."
        case .reporterNotRegistered(let party): return "Parten «\(party)» er ikkje i partsregisteret."
        case .header:
            return
                "# Tiltak-planfil (format 1). Cellene står som dei vart skrivne; `reading` er det Tiltak les ut av dei."
        }
    }
}

/// YAML node kinds in nynorsk.
extension YAMLNodeKind {
    public var nn: String {
        switch self {
        case .text(let text): "teksten «\(text)»"
        case .mapping: "ein tabell med nøklar"
        case .list: "ei liste"
        case .alias: "eit alias"
        }
    }
}

/// Quantities in nynorsk.
extension Quantity {
    public var nn: String {
        switch self {
        case .year: "årstal"
        case .kroner: "beløp i kroner"
        case .persons: "tal personar"
        case .number: "tal"
        case .share: "del, t.d. 0.06"
        }
    }
}
