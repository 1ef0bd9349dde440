/// Why an XLSX file cannot be read, in nynorsk.
extension XLSXReaderMessage {
    public var nn: String {
        switch self {
        case .noReadPermission: return "manglar løyve til å lese ho"
        case .fileMissing: return "ho finst ikkje"
        case .nameTwice: return "namnet finst fleire gonger i arkivet"
        case .sizesDiffer: return "storleiken som er lagra og storleiken som er oppgitt, er ulike"
        case .checksumMismatch: return "kontrollsummen (CRC-32) stemmer ikkje; dataa er øydelagde"
        case .unsupportedMethod(let a): return "komprimeringsmetode \(a) er ikkje støtta"
        case .dataEndsEarly: return "dataa sluttar før oppføringa er heil"
        case .inflatesBeyond(let a): return "pakkar ut til meir enn dei \(a) bytane innhaldslista seier"
        case .corruptData: return "dataa er øydelagde og kan ikkje pakkast ut"
        case .inflatesTo(let a, let b): return "pakkar ut til \(a) byte, men innhaldslista seier \(b)"
        case .endMissing:
            return
                "slutten av fila manglar (fann ikkje innhaldslista i arkivet); fila er truleg ikkje heilt overført"
        case .endRecordIncomplete: return "sluttposten i arkivet er ufullstendig"
        case .zip64RecordOutside: return "ZIP64-sluttposten ligg utanfor fila; starten av fila manglar truleg"
        case .zip64RecordDamaged: return "ZIP64-sluttposten i arkivet er øydelagd"
        case .multiDisk: return "arkivet er delt over fleire filer; det kan ikkje lesast"
        case .directoryOutside(let a, let b, let c):
            return
                "innhaldslista skal liggje på byte \(a)–\(b), men fila har berre \(c) byte før sluttposten; starten av fila manglar truleg"
        case .tooManyEntries(let a, let b):
            return "innhaldslista seier \(a) oppføringar, men har berre plass til \(b)"
        case .directoryDamagedAt(let a, let b): return "innhaldslista er øydelagd ved oppføring \(a) av \(b)"
        case .zip64FieldsDamaged: return "ZIP64-felta i innhaldslista er øydelagde"
        case .encrypted: return "oppføringa er kryptert"
        case .otherDisk: return "oppføringa ligg i ei anna fil av eit delt arkiv"
        case .entryNotAt(let a):
            return "oppføringa skal starte på byte \(a), men der er ho ikkje; starten av fila manglar truleg"
        case .entryDataBeyond: return "dataa til oppføringa går ut over fila"
        case .localNameDiffers(let a): return "den lokale overskrifta kallar oppføringa «\(a)»"
        case .nameEmpty: return "namnet er tomt"
        case .nameHasControl: return "namnet inneheld kontrollteikn"
        case .nameAbsolute: return "namnet er ein absolutt sti"
        case .nameDriveLetter: return "namnet byrjar med ein stasjonsbokstav"
        case .nameLeavesArchive: return "namnet peikar ut av arkivet («..»)"
        case .nameHasDotDot: return "namnet inneheld «..»"
        case .emptyDocument: return "dokumentet er tomt"
        case .endsBeforeClosing(let a): return "fila sluttar før elementet <\(a)> er lukka"
        case .contentAfterRoot: return "innhald etter rotelementet"
        case .textBeforeRoot: return "tekst før rotelementet"
        case .endsInMarkup: return "fila sluttar midt i eit merke"
        case .unterminatedProcessingInstruction: return "prosesseringsinstruksjonen vert aldri avslutta"
        case .unterminatedComment: return "kommentaren vert aldri avslutta"
        case .cdataOutsideRoot: return "CDATA utanfor rotelementet"
        case .unterminatedCDATA: return "CDATA-bolken vert aldri avslutta"
        case .doctypeNotAllowed:
            return "dokumenttypedeklarasjonar (<!DOCTYPE …>) er ikkje tillatne i XLSX-filer"
        case .unknownMarkup: return "ukjend markering «<!»"
        case .endsInTag(let a): return "fila sluttar midt i merket <\(a)>"
        case .slashWithoutGreaterThan(let a): return "«/» utan «>» i merket <\(a)>"
        case .spaceMissingBeforeAttribute(let a): return "mellomrom manglar før attributtet i merket <\(a)>"
        case .attributeWithoutValue(let a): return "attributtet «\(a)» manglar «=» og verdi"
        case .unquotedAttributeValue: return "attributtverdien står ikkje i hermeteikn"
        case .unterminatedAttributeValue: return "attributtverdien vert aldri avslutta"
        case .lessThanInAttributeValue: return "«<» i attributtverdi"
        case .nestedTooDeep(let a): return "elementa er nesta djupare enn \(a) nivå"
        case .endTagWithoutGreaterThan(let a): return "«>» manglar i sluttmerket </\(a)>"
        case .endTagWithoutElement(let a): return "sluttmerket </\(a)> har inkje element å lukke"
        case .endTagMismatch(let a, let b): return "sluttmerket </\(a)> høyrer ikkje til elementet <\(b)>"
        case .duplicateAttribute(let a): return "attributtet «\(a)» står to gonger i same element"
        case .expectedElementName(let found):
            return "venta eit elementnamn, men fann \(found.map { "«\($0)»" } ?? "slutten av fila")"
        case .expectedAttributeName(let found):
            return "venta eit attributtnamn, men fann \(found.map { "«\($0)»" } ?? "slutten av fila")"
        case .invalidUTF8Text: return "teksten er ikkje gyldig UTF-8"
        case .controlCharacterNotAllowed(let a): return "kontrollteiknet \(a) er ikkje lovleg i XML"
        case .characterNotAllowed(let a): return "teiknet \(a) er ikkje lovleg i XML"
        case .invalidUTF16: return "teksten er ikkje gyldig UTF-16"
        case .utf16WithoutBOM: return "UTF-16 utan byte-rekkjefølgjemerke (BOM) er ikkje støtta"
        case .declaresUTF16WithoutBOM: return "delen seier UTF-16, men manglar byte-rekkjefølgjemerke (BOM)"
        case .unsupportedEncoding(let a): return "teiknkodinga «\(a)» er ikkje støtta"
        case .invalidEncodedText(let a): return "teksten er ikkje gyldig \(a)"
        case .entityWithoutSemicolon: return "entitetsreferansen manglar «;»"
        case .unknownEntity(let a): return "ukjend entitet «&\(a);»"
        case .invalidCharacterReference(let a): return "teiknreferansen «&\(a);» er ikkje eit lovleg teikn"
        case .tooManyElements(let a):
            return "delen har meir enn \(a) element utanom cellene, grensa for kva Tiltak les"
        case .rowOutsideSheet(let a): return "radnummeret \(a) er utanfor arket"
        case .sharedFormulaTooLong(let a):
            return "den delte formelen er lengre enn \(a) teikn, grensa i Excel"
        case .tooManyCells(let a): return "arket har meir enn \(a) celler, grensa for kva Tiltak les"
        case .notACellReference(let a): return "«\(a)» er ikkje ein cellereferanse"
        case .rowHasTooManyCells(let a): return "rad \(a) har fleire celler enn eit ark har kolonnar"
        case .sharedStringIndexNotNumber(let a): return "indeksen «\(a)» til ein delt tekst er ikkje eit tal"
        case .sharedStringMissing(let index, let count):
            return "delt tekst nr. \(index) finst ikkje (arbeidsboka har \(count) delte tekstar)"
        case .notABoolean(let a): return "«\(a)» er ikkje ein sanningsverdi (0 eller 1)"
        case .notANumber(let a): return "«\(a)» er ikkje eit tal"
        case .unknownCellType(let a): return "ukjend celletype t=\"\(a)\""
        case .missingRelationshipID: return "manglar relasjons-id (r:id)"
        case .relationshipMissing(let a, let b): return "relasjonen «\(a)» finst ikkje i \(b)"
        case .tooManySharedStrings(let a): return "meir enn \(a) delte tekstar, grensa for kva Tiltak les"
        case .sheetWithoutRelationshipID: return "arket manglar relasjons-id (r:id)"
        case .sheetRelationshipMissing(let a, let b):
            return "arket «\(a)» viser til relasjonen «\(b)», som ikkje finst"
        case .element(let tag): return tag
        case .elementOnLine(let tag, let line): return "\(tag) på linje \(line)"
        case .cannotRead(let reason): return "fila kan ikkje lesast: \(reason.nn)"
        case .notAZip: return "fila er ikkje ei XLSX-fil (ho er ikkje eit ZIP-arkiv)"
        case .archiveDamaged(let entry, let reason):
            return entry.map { "ZIP-arkivet er skadd: oppføringa «\($0)»: \(reason.nn)" }
                ?? "ZIP-arkivet er skadd: \(reason.nn)"
        case .entryRefused(let entry, let reason):
            return "oppføringa «\(entry)» i ZIP-arkivet vert ikkje lesen: \(reason.nn)"
        case .tooCompressed(let part, let unpacked, let packed, let limit):
            func size(_ bytes: Int) -> String {
                let mebibytes = bytes / (1024 * 1024)
                return mebibytes > 0 ? "\(mebibytes) MiB (\(bytes) byte)" : "\(bytes) byte"
            }
            let what = part.map { "delen «\($0)»" } ?? "delane i fila"
            return
                "\(what) pakkar seg ut til \(size(unpacked)) frå \(size(packed)), meir enn \(limit) gonger så mykje, grensa som vernar mot ZIP-bomber; fila vert ikkje lesen"
        case .tooLarge(let limit):
            let mebibytes = limit / (1024 * 1024)
            let size = mebibytes > 0 ? "\(mebibytes) MiB (\(limit) byte)" : "\(limit) byte"
            return
                "delane i fila pakkar seg ut til meir enn \(size), grensa som vernar mot ZIP-bomber; fila vert ikkje lesen"
        case .partMissing(let part): return "delen «\(part)» manglar i arbeidsboka"
        case .malformed(let part, let line, let column, let reason):
            return "\(part) linje \(line), kolonne \(column): ugyldig XML: \(reason.nn)"
        case .invalidContent(let part, let element, let reason): return "\(part), \(element.nn): \(reason.nn)"
        case .noSuchSheet(let name, let available):
            let names = available.map { "«\($0)»" }.joined(separator: ", ")
            return
                "arbeidsboka har ikkje noko ark som heiter «\(name)» (arka: \(names.isEmpty ? "ingen" : names))"
        case .notAWorksheet(let sheet):
            return "arket «\(sheet)» er eit diagram- eller dialogark, ikkje eit rekneark"
        }
    }
}
