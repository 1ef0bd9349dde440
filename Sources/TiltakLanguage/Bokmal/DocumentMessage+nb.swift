/// Why a document could not be made, in bokmål.
extension DocumentMessage {
    public var nb: String {
        switch self {
        case .sheetTooLong(let sheet, let rows, let limit):
            return "Arket \(sheet) får \(rows) rader; et ark kan ha høyst \(limit) (Excel)."
        case .cellTooLong(let context, let length, let limit):
            return
                "\(context): teksten har \(Language.bokmal.count(length, .character)); en Excel-celle kan ha høyst \(limit)"
        case .fileNotCreated: return "filen kunne ikke opprettes"
        case .temporaryFile: return "en midlertidig fil kunne ikke lages eller leses"
        case .outOfMemory: return "ikke nok minne"
        case .archiveNotWritten: return "ZIP-arkivet kunne ikke skrives"
        case .libraryFailure(let what, let code): return "\(what) (libxlsxwriter-feil \(code))"
        case .templateSyntax(let template, let line, let column, let tag, let reason):
            let shownTag = tag.isEmpty ? "" : " ved taggen «\(tag)»"
            return
                "Malen \(template).mustache har en syntaksfeil på linje \(line), kolonne \(column)\(shownTag): \(reason.nb)."
        case .unknownVariable(let template, let line, let column, let tag, let name):
            let place = line.map { l in ", linje \(l)" + (column.map { ", kolonne \($0)" } ?? "") } ?? ""
            return
                "Malen \(template).mustache\(place) bruker den ukjente variabelen «\(name)» i taggen «\(tag)»."
        case .missingTemplate(let name): return "Fant ikke malen \(name).mustache."
        case .unreadableTemplates(let path, let reason):
            return "Kunne ikke lese malene i \(path): \(reason.nb)."
        case .unknownMunicipality(let name, let known):
            return
                "«\(name)» er ikke en kommune i planen (kjente kommuner: \(known.joined(separator: ", ")))."
        case .missingMunicipality(let known):
            return "Kommunerapporten trenger en kommune (\(known.joined(separator: ", ")))."
        case .widthOutOfRange(let width, let lowest, let highest):
            return "Bredden \(width) er utenfor det tillatte området \(lowest)–\(highest)."
        }
    }
}

/// Why templates could not be read, in bokmål.
extension TemplateProblem {
    public var nb: String {
        switch self {
        case .wrongSectionCloseName: "seksjonen lukkes med feil navn"
        case .unfinishedTag: "taggen er ikke avsluttet"
        case .unclosedSection: "seksjonen blir aldri lukket"
        case .invalidSetDelimiter: "ugyldig bytte av skilletegn"
        case .transformOnInheritedSection: "transformasjon på arvet seksjon"
        case .illegalTagInInheritedSection: "ugyldig tagg i arvet seksjon"
        case .textInInheritedSection: "tekst i arvet seksjon"
        case .invalidSetting: "ugyldig innstilling"
        case .unknownSetting: "ukjent innstilling"
        case .folderUnreadable: "mappen finnes ikke eller kan ikke leses"
        case .fileUnreadable: "filen kan ikke leses"
        case .notUTF8: "filen er ikke UTF-8"
        case .described(let text): text
        }
    }
}
