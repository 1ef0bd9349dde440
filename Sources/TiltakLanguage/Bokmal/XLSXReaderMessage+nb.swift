/// Why an XLSX file cannot be read, in bokmål.
extension XLSXReaderMessage {
    public var nb: String {
        switch self {
        case .noReadPermission: return "mangler tillatelse til å lese den"
        case .fileMissing: return "den finnes ikke"
        case .nameTwice: return "navnet finnes flere ganger i arkivet"
        case .sizesDiffer: return "størrelsen som er lagret og størrelsen som er oppgitt, er ulike"
        case .checksumMismatch: return "kontrollsummen (CRC-32) stemmer ikke; dataene er ødelagt"
        case .unsupportedMethod(let a): return "komprimeringsmetode \(a) støttes ikke"
        case .dataEndsEarly: return "dataene slutter før oppføringen er hel"
        case .inflatesBeyond(let a): return "pakker ut til mer enn de \(a) bytene innholdslisten sier"
        case .corruptData: return "dataene er ødelagt og kan ikke pakkes ut"
        case .inflatesTo(let a, let b): return "pakker ut til \(a) byte, men innholdslisten sier \(b)"
        case .endMissing:
            return
                "slutten av filen mangler (fant ikke innholdslisten i arkivet); filen er trolig ikke helt overført"
        case .endRecordIncomplete: return "sluttposten i arkivet er ufullstendig"
        case .zip64RecordOutside:
            return "ZIP64-sluttposten ligger utenfor filen; starten av filen mangler trolig"
        case .zip64RecordDamaged: return "ZIP64-sluttposten i arkivet er ødelagt"
        case .multiDisk: return "arkivet er delt over flere filer; det kan ikke leses"
        case .directoryOutside(let a, let b, let c):
            return
                "innholdslisten skal ligge på byte \(a)–\(b), men filen har bare \(c) byte før sluttposten; starten av filen mangler trolig"
        case .tooManyEntries(let a, let b):
            return "innholdslisten sier \(a) oppføringer, men har bare plass til \(b)"
        case .directoryDamagedAt(let a, let b): return "innholdslisten er ødelagt ved oppføring \(a) av \(b)"
        case .zip64FieldsDamaged: return "ZIP64-feltene i innholdslisten er ødelagt"
        case .encrypted: return "oppføringen er kryptert"
        case .otherDisk: return "oppføringen ligger i en annen fil av et delt arkiv"
        case .entryNotAt(let a):
            return
                "oppføringen skal starte på byte \(a), men der er den ikke; starten av filen mangler trolig"
        case .entryDataBeyond: return "dataene til oppføringen går ut over filen"
        case .localNameDiffers(let a): return "den lokale overskriften kaller oppføringen «\(a)»"
        case .nameEmpty: return "navnet er tomt"
        case .nameHasControl: return "navnet inneholder kontrolltegn"
        case .nameAbsolute: return "navnet er en absolutt sti"
        case .nameDriveLetter: return "navnet begynner med en stasjonsbokstav"
        case .nameLeavesArchive: return "navnet peker ut av arkivet («..»)"
        case .nameHasDotDot: return "navnet inneholder «..»"
        case .emptyDocument: return "dokumentet er tomt"
        case .endsBeforeClosing(let a): return "filen slutter før elementet <\(a)> er lukket"
        case .contentAfterRoot: return "innhold etter rotelementet"
        case .textBeforeRoot: return "tekst før rotelementet"
        case .endsInMarkup: return "filen slutter midt i et merke"
        case .unterminatedProcessingInstruction: return "prosesseringsinstruksjonen blir aldri avsluttet"
        case .unterminatedComment: return "kommentaren blir aldri avsluttet"
        case .cdataOutsideRoot: return "CDATA utenfor rotelementet"
        case .unterminatedCDATA: return "CDATA-blokken blir aldri avsluttet"
        case .doctypeNotAllowed:
            return "dokumenttypedeklarasjoner (<!DOCTYPE …>) er ikke tillatt i XLSX-filer"
        case .unknownMarkup: return "ukjent markering «<!»"
        case .endsInTag(let a): return "filen slutter midt i merket <\(a)>"
        case .slashWithoutGreaterThan(let a): return "«/» uten «>» i merket <\(a)>"
        case .spaceMissingBeforeAttribute(let a): return "mellomrom mangler før attributtet i merket <\(a)>"
        case .attributeWithoutValue(let a): return "attributtet «\(a)» mangler «=» og verdi"
        case .unquotedAttributeValue: return "attributtverdien står ikke i anførselstegn"
        case .unterminatedAttributeValue: return "attributtverdien blir aldri avsluttet"
        case .lessThanInAttributeValue: return "«<» i attributtverdi"
        case .nestedTooDeep(let a): return "elementene er nestet dypere enn \(a) nivåer"
        case .endTagWithoutGreaterThan(let a): return "«>» mangler i sluttmerket </\(a)>"
        case .endTagWithoutElement(let a): return "sluttmerket </\(a)> har ikke noe element å lukke"
        case .endTagMismatch(let a, let b): return "sluttmerket </\(a)> hører ikke til elementet <\(b)>"
        case .duplicateAttribute(let a): return "attributtet «\(a)» står to ganger i samme element"
        case .expectedElementName(let found):
            return "ventet et elementnavn, men fant \(found.map { "«\($0)»" } ?? "slutten av filen")"
        case .expectedAttributeName(let found):
            return "ventet et attributtnavn, men fant \(found.map { "«\($0)»" } ?? "slutten av filen")"
        case .invalidUTF8Text: return "teksten er ikke gyldig UTF-8"
        case .controlCharacterNotAllowed(let a): return "kontrolltegnet \(a) er ikke tillatt i XML"
        case .characterNotAllowed(let a): return "tegnet \(a) er ikke tillatt i XML"
        case .invalidUTF16: return "teksten er ikke gyldig UTF-16"
        case .utf16WithoutBOM: return "UTF-16 uten byte-rekkefølgemerke (BOM) støttes ikke"
        case .declaresUTF16WithoutBOM: return "delen sier UTF-16, men mangler byte-rekkefølgemerke (BOM)"
        case .unsupportedEncoding(let a): return "tegnkodingen «\(a)» støttes ikke"
        case .invalidEncodedText(let a): return "teksten er ikke gyldig \(a)"
        case .entityWithoutSemicolon: return "entitetsreferansen mangler «;»"
        case .unknownEntity(let a): return "ukjent entitet «&\(a);»"
        case .invalidCharacterReference(let a): return "tegnreferansen «&\(a);» er ikke et tillatt tegn"
        case .tooManyElements(let a):
            return "delen har mer enn \(a) elementer utenom cellene, grensen for hva Tiltak leser"
        case .rowOutsideSheet(let a): return "radnummeret \(a) er utenfor arket"
        case .sharedFormulaTooLong(let a):
            return "den delte formelen er lengre enn \(a) tegn, grensen i Excel"
        case .tooManyCells(let a): return "arket har mer enn \(a) celler, grensen for hva Tiltak leser"
        case .notACellReference(let a): return "«\(a)» er ikke en cellereferanse"
        case .rowHasTooManyCells(let a): return "rad \(a) har flere celler enn et ark har kolonner"
        case .sharedStringIndexNotNumber(let a): return "indeksen «\(a)» til en delt tekst er ikke et tall"
        case .sharedStringMissing(let index, let count):
            return "delt tekst nr. \(index) finnes ikke (arbeidsboken har \(count) delte tekster)"
        case .notABoolean(let a): return "«\(a)» er ikke en sannhetsverdi (0 eller 1)"
        case .notANumber(let a): return "«\(a)» er ikke et tall"
        case .unknownCellType(let a): return "ukjent celletype t=\"\(a)\""
        case .missingRelationshipID: return "mangler relasjons-id (r:id)"
        case .relationshipMissing(let a, let b): return "relasjonen «\(a)» finnes ikke i \(b)"
        case .tooManySharedStrings(let a): return "mer enn \(a) delte tekster, grensen for hva Tiltak leser"
        case .sheetWithoutRelationshipID: return "arket mangler relasjons-id (r:id)"
        case .sheetRelationshipMissing(let a, let b):
            return "arket «\(a)» viser til relasjonen «\(b)», som ikke finnes"
        case .element(let tag): return tag
        case .elementOnLine(let tag, let line): return "\(tag) på linje \(line)"
        case .cannotRead(let reason): return "filen kan ikke leses: \(reason.nb)"
        case .notAZip: return "filen er ikke en XLSX-fil (den er ikke et ZIP-arkiv)"
        case .archiveDamaged(let entry, let reason):
            return entry.map { "ZIP-arkivet er skadet: oppføringen «\($0)»: \(reason.nb)" }
                ?? "ZIP-arkivet er skadet: \(reason.nb)"
        case .entryRefused(let entry, let reason):
            return "oppføringen «\(entry)» i ZIP-arkivet blir ikke lest: \(reason.nb)"
        case .tooCompressed(let part, let unpacked, let packed, let limit):
            func size(_ bytes: Int) -> String {
                let mebibytes = bytes / (1024 * 1024)
                return mebibytes > 0 ? "\(mebibytes) MiB (\(bytes) byte)" : "\(bytes) byte"
            }
            let what = part.map { "delen «\($0)»" } ?? "delene i filen"
            return
                "\(what) pakker seg ut til \(size(unpacked)) fra \(size(packed)), mer enn \(limit) ganger så mye, grensen som beskytter mot ZIP-bomber; filen blir ikke lest"
        case .tooLarge(let limit):
            let mebibytes = limit / (1024 * 1024)
            let size = mebibytes > 0 ? "\(mebibytes) MiB (\(limit) byte)" : "\(limit) byte"
            return
                "delene i filen pakker seg ut til mer enn \(size), grensen som beskytter mot ZIP-bomber; filen blir ikke lest"
        case .partMissing(let part): return "delen «\(part)» mangler i arbeidsboken"
        case .malformed(let part, let line, let column, let reason):
            return "\(part) linje \(line), kolonne \(column): ugyldig XML: \(reason.nb)"
        case .invalidContent(let part, let element, let reason): return "\(part), \(element.nb): \(reason.nb)"
        case .noSuchSheet(let name, let available):
            let names = available.map { "«\($0)»" }.joined(separator: ", ")
            return
                "arbeidsboken har ikke noe ark som heter «\(name)» (arkene: \(names.isEmpty ? "ingen" : names))"
        case .notAWorksheet(let sheet):
            return "arket «\(sheet)» er et diagram- eller dialogark, ikke et regneark"
        }
    }
}
