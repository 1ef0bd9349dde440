/// Why a document could not be made, in nynorsk.
extension DocumentMessage {
    public var nn: String {
        switch self {
        case .sheetTooLong(let sheet, let rows, let limit):
            return "Arket \(sheet) får \(rows) rader; eit ark kan ha høgst \(limit) (Excel)."
        case .cellTooLong(let context, let length, let limit):
            return
                "\(context): teksten har \(Language.nynorsk.count(length, .character)); ei Excel-celle kan ha høgst \(limit)"
        case .fileNotCreated: return "fila kunne ikkje opprettast"
        case .temporaryFile: return "ei mellombels fil kunne ikkje lagast eller lesast"
        case .outOfMemory: return "ikkje nok minne"
        case .archiveNotWritten: return "ZIP-arkivet kunne ikkje skrivast"
        case .libraryFailure(let what, let code): return "\(what) (libxlsxwriter-feil \(code))"
        case .templateSyntax(let template, let line, let column, let tag, let reason):
            let shownTag = tag.isEmpty ? "" : " ved taggen «\(tag)»"
            return
                "Malen \(template).mustache har ein syntaksfeil på linje \(line), kolonne \(column)\(shownTag): \(reason.nn)."
        case .unknownVariable(let template, let line, let column, let tag, let name):
            let place = line.map { l in ", linje \(l)" + (column.map { ", kolonne \($0)" } ?? "") } ?? ""
            return
                "Malen \(template).mustache\(place) brukar den ukjende variabelen «\(name)» i taggen «\(tag)»."
        case .missingTemplate(let name): return "Fann ikkje malen \(name).mustache."
        case .unreadableTemplates(let path, let reason):
            return "Kunne ikkje lese malane i \(path): \(reason.nn)."
        case .unknownMunicipality(let name, let known):
            return
                "«\(name)» er ikkje ein kommune i planen (kjende kommunar: \(known.joined(separator: ", ")))."
        case .missingMunicipality(let known):
            return "Kommunerapporten treng ein kommune (\(known.joined(separator: ", ")))."
        case .widthOutOfRange(let width, let lowest, let highest):
            return "Breidda \(width) er utanfor det tillatne området \(lowest)–\(highest)."
        }
    }
}

/// Why templates could not be read, in nynorsk.
extension TemplateProblem {
    public var nn: String {
        switch self {
        case .wrongSectionCloseName: "seksjonen vert lukka med feil namn"
        case .unfinishedTag: "taggen er ikkje avslutta"
        case .unclosedSection: "seksjonen vert aldri lukka"
        case .invalidSetDelimiter: "ugyldig skifte av skiljeteikn"
        case .transformOnInheritedSection: "transformasjon på arva seksjon"
        case .illegalTagInInheritedSection: "ugyldig tagg i arva seksjon"
        case .textInInheritedSection: "tekst i arva seksjon"
        case .invalidSetting: "ugyldig innstilling"
        case .unknownSetting: "ukjend innstilling"
        case .folderUnreadable: "mappa finst ikkje eller kan ikkje lesast"
        case .fileUnreadable: "fila kan ikkje lesast"
        case .notUTF8: "fila er ikkje UTF-8"
        case .described(let text): text
        }
    }
}
