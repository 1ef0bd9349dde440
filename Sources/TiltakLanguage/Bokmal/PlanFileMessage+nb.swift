/// Plan-file and table messages in bokmål.
extension PlanFileMessage {
    public var nb: String {
        func quoted(_ items: [String]) -> String { items.map { "«\($0)»" }.joined(separator: ", ") }
        switch self {
        case .fileMissing: return "Filen finnes ikke."
        case .checkPathHint: return "se etter skrivefeil i stien"
        case .isFolder: return "Dette er en mappe, ikke en fil."
        case .unreadable: return "Filen kan ikke leses (mangler tillatelse?)."
        case .empty: return "Filen er tom."
        case .folderMissing: return "Mappen finnes ikke."
        case .binaryText: return "Filen inneholder binære data (NUL-byte), ikke tekst."
        case .rightFileHint: return "er dette riktig fil?"
        case .invalidUTF8(let hex): return "Byte 0x\(hex) er ikke gyldig UTF-8."
        case .saveAsUTF8Hint: return "lagre filen som UTF-8"
        case .binaryTable: return "Filen inneholder binære data (NUL-byte), ikke en tabell."
        case .saveAsCSVHint: return "lagre tabellen som CSV (semikolonseparert) fra Excel"
        case .neitherUTF8NorWindows1252(let hex): return "Byte 0x\(hex) er verken UTF-8 eller Windows-1252."
        case .unclosedQuote: return "Anførselstegnet som åpner feltet, blir aldri lukket."
        case .quoteHint:
            return
                "et felt som begynner med \" må avsluttes med \"; skriv \"\" for et anførselstegn inne i feltet"
        case .noHeader: return "Tabellen har ingen overskriftsrad."
        case .chosenColumnMissing(let field, let header):
            return "Tabellen har ingen kolonne «\(header)» (valgt for «\(field)» med --columns)."
        case .columnsHint:
            return "velg kolonnen med --columns felt=Overskrift, f.eks. --columns focus-area=Hovedmål"
        case .duplicateColumn(let name): return "Kolonnen «\(name)» står to ganger."
        case .missingColumns(let names): return "Tabellen mangler kolonne \(quoted(names))."
        case .actionHeaderHint(let found):
            return
                "overskriften skal være f.eks. ID;Innsatsområde;Tema;Tiltak;Tidsramme;Ansvar;Involvering;Merknad (fant: \(found)); velg kolonner med --columns felt=Overskrift"
        case .statusHeaderHint(let found):
            return "overskriften skal være ID;Status;Kommentar (fant: \(found))"
        case .raggedRow(let fields, let header):
            return "Raden har \(Language.bokmal.count(fields, .field)), overskriften har \(header)."
        case .delimiterHint(let delimiter): return "se etter manglende eller ekstra skilletegn «\(delimiter)»"
        case .rowWithoutText(let row): return "Rad \(row) har ingen tiltakstekst."
        case .rowWithoutFocusArea(let row): return "Rad \(row) har ikke innsatsområde."
        case .row(let row): return "rad \(row)"
        case .fieldNumber(let field): return "felt \(field)"
        case .headerRow: return "overskrift"
        case .sheetPlace(let file, let sheet): return "\(file), ark «\(sheet)»"
        case .columnLetter(let letters): return "kolonne \(letters)"
        case .sheetNotFound(let sheet, let found):
            return "Arbeidsboken har ikke arket «\(sheet)» (den har \(quoted(found)))."
        case .noVisibleSheet: return "Arbeidsboken har ikke noe synlig ark."
        case .noHeaderRow(let rows):
            return "Fant ingen overskriftsrad med kolonne for tiltaksteksten i de \(rows) første radene."
        case .headerRowHint(let found):
            return "kall kolonnen med tiltaksteksten «Tiltak» (første rader: \(found))"
        case .errorCell(let cell, let value): return "Cellen \(cell) har feilverdien \(value)."
        case .formulaWithoutValue(let cell): return "Formelen i cellen \(cell) har ingen lagret verdi."
        case .saveInExcelHint: return "åpne og lagre arbeidsboken i Excel"
        case .yamlFailure(let detail): return "YAML-feil: \(detail)"
        case .invalidYAML(let detail): return "Ugyldig YAML: \(detail)."
        case .invalidYAMLDescribed(let detail): return "Ugyldig YAML: \(detail)"
        case .yamlLineHint: return "se etter innrykk, kolon og anførselstegn på denne linjen"
        case .notYAML(let problem): return "Teksten kan ikke leses som YAML (\(problem))."
        case .controlCharacter(let code):
            return "Tegnet U+\(code) er et kontrolltegn, og det er ikke tillatt i en planfil."
        case .controlCharacterHint(let escape):
            return "fjern det, eller skriv det som \(escape) i en tekst i doble anførselstegn"
        case .invalidPlan: return "Ugyldig plan."
        case .expectedMapping(let keys, let found):
            return "Ventet en tabell med nøkler (\(keys.joined(separator: ", ")) …), fant \(found.nb)."
        case .unknownKey(let name): return "Ukjent nøkkel «\(name)»."
        case .didYouMeanHint(let suggestion, let allowed):
            return "mente du «\(suggestion)»? Gyldige nøkler: \(allowed.joined(separator: ", "))"
        case .allowedKeysHint(let allowed): return "gyldige nøkler: \(allowed.joined(separator: ", "))"
        case .duplicateKey(let name): return "Nøkkelen «\(name)» står to ganger."
        case .duplicateKeys(let names): return "Nøklene \(quoted(names)) står to ganger."
        case .firstOnLineHint(let line): return "første gang på linje \(line)"
        case .missingKey(let name): return "Nøkkelen «\(name)» mangler."
        case .expectedText(let found): return "Ventet en tekst, fant \(found.nb)."
        case .expectedInteger(let quantity, let found):
            return "Ventet et heltall (\(quantity.nb)), fant «\(found)»."
        case .impossibleValue(let value, let quantity, let lowest, let highest):
            return "\(value) er ikke et mulig \(quantity.nb) (ventet \(lowest)–\(highest))."
        case .expectedNumber(let quantity, let found):
            return "Ventet et tall (\(quantity.nb)), fant «\(found)»."
        case .expectedList(let found): return "Ventet en liste, fant \(found.nb)."
        case .unknownFormat(let value): return "Ukjent filformat «\(value)»."
        case .formatHint: return "denne versjonen av Tiltak leser format 1"
        case .planIDNotFileName(let id): return "Plan-ID-en «\(id)» kan ikke brukes i filnavn."
        case .planIDHint: return "bruk f.eks. «hallingdal-2021-2024»"
        case .unknownLanguage(let text): return "Ukjent språk «\(text)»."
        case .languageHint: return "bruk nn (nynorsk), nb (bokmål) eller en (engelsk)"
        case .duplicateFocusArea(let code): return "Innsatsområdet «\(code)» står to ganger."
        case .periodEndsBeforeStart(let from, let to):
            return "Planperioden slutter (\(to)) før den begynner (\(from))."
        case .invalidDate(let text): return "«\(text)» er ikke en gyldig dato."
        case .dateExampleHint: return "skriv ÅÅÅÅ-MM-DD, f.eks. 2021-04-10"
        case .dateHint: return "skriv ÅÅÅÅ-MM-DD"
        case .unknownPartyKind(let kind): return "Ukjent partstype «\(kind)»."
        case .allowedValuesHint(let values): return "gyldige: \(values.joined(separator: ", "))"
        case .duplicatePartyCode(let code): return "Partskoden «\(code)» står to ganger."
        case .memberNotParty(let member): return "Medlemmet «\(member)» er ikke en part i registeret."
        case .shortNameNotSheetName(let name): return "Kortnavnet «\(name)» kan ikke være arknavn i Excel."
        case .shortNameHint: return "høyst 31 tegn og ingen av []:*?/\\"
        case .unknownTimeframeReading(let text): return "«\(text)» er ikke en kjent tidsrammelesing."
        case .timeframeReadingHint:
            return
                "f.eks. 2021, 2021-2022, annual, continuous, unknown, spring 2021, 2021-05, 2023-Q2, until 2025, from 2022"
        case .unknownFlag(let text): return "Ukjent flagg «\(text)»."
        case .unknownFinancingNeed(let text): return "Ukjent finansieringsbehov «\(text)»."
        case .unknownPer(let text): return "Ukjent «per»: «\(text)»."
        case .perHint: return "bruk once eller year"
        case .unknownStatus(let text): return "Ukjent status «\(text)»."
        case .reporterNotRegistered(let party): return "Parten «\(party)» er ikke i partsregisteret."
        case .header:
            return
                "# Tiltak-planfil (format 1). Cellene står slik de ble skrevet; `reading` er det Tiltak leser ut av dem."
        }
    }
}

/// YAML node kinds in bokmål.
extension YAMLNodeKind {
    public var nb: String {
        switch self {
        case .text(let text): "teksten «\(text)»"
        case .mapping: "en tabell med nøkler"
        case .list: "en liste"
        case .alias: "et alias"
        }
    }
}

/// Quantities in bokmål.
extension Quantity {
    public var nb: String {
        switch self {
        case .year: "årstall"
        case .kroner: "beløp i kroner"
        case .persons: "antall personer"
        case .number: "tall"
        case .share: "andel, f.eks. 0.06"
        }
    }
}
