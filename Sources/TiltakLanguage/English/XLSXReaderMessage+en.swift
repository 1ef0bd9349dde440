/// Why an XLSX file cannot be read, in English.
extension XLSXReaderMessage {
    public var en: String {
        switch self {
        case .noReadPermission: return "no permission to read it"
        case .fileMissing: return "it does not exist"
        case .nameTwice: return "the name appears more than once in the archive"
        case .sizesDiffer: return "the stored size and the stated size differ"
        case .checksumMismatch: return "the checksum (CRC-32) does not match; the data are damaged"
        case .unsupportedMethod(let a): return "compression method \(a) is not supported"
        case .dataEndsEarly: return "the data end before the entry is complete"
        case .inflatesBeyond(let a): return "inflates to more than the \(a) bytes the directory says"
        case .corruptData: return "the data are damaged and cannot be inflated"
        case .inflatesTo(let a, let b): return "inflates to \(a) bytes, but the directory says \(b)"
        case .endMissing:
            return
                "the end of the file is missing (the archive's directory was not found); the file was probably not transferred completely"
        case .endRecordIncomplete: return "the archive's end record is incomplete"
        case .zip64RecordOutside:
            return "the ZIP64 end record lies outside the file; the start of the file is probably missing"
        case .zip64RecordDamaged: return "the archive's ZIP64 end record is damaged"
        case .multiDisk: return "the archive is split over several files; it cannot be read"
        case .directoryOutside(let a, let b, let c):
            return
                "the directory should lie at bytes \(a)–\(b), but the file has only \(c) bytes before the end record; the start of the file is probably missing"
        case .tooManyEntries(let a, let b):
            return "the directory says \(a) entries, but has room for only \(b)"
        case .directoryDamagedAt(let a, let b): return "the directory is damaged at entry \(a) of \(b)"
        case .zip64FieldsDamaged: return "the ZIP64 fields of the directory are damaged"
        case .encrypted: return "the entry is encrypted"
        case .otherDisk: return "the entry lies in another file of a split archive"
        case .entryNotAt(let a):
            return
                "the entry should start at byte \(a), but it is not there; the start of the file is probably missing"
        case .entryDataBeyond: return "the entry's data run past the file"
        case .localNameDiffers(let a): return "the local header calls the entry “\(a)”"
        case .nameEmpty: return "the name is empty"
        case .nameHasControl: return "the name contains control characters"
        case .nameAbsolute: return "the name is an absolute path"
        case .nameDriveLetter: return "the name starts with a drive letter"
        case .nameLeavesArchive: return "the name points out of the archive (“..”)"
        case .nameHasDotDot: return "the name contains “..”"
        case .emptyDocument: return "the document is empty"
        case .endsBeforeClosing(let a): return "the file ends before the element <\(a)> is closed"
        case .contentAfterRoot: return "content after the root element"
        case .textBeforeRoot: return "text before the root element"
        case .endsInMarkup: return "the file ends inside a tag"
        case .unterminatedProcessingInstruction: return "the processing instruction never ends"
        case .unterminatedComment: return "the comment never ends"
        case .cdataOutsideRoot: return "CDATA outside the root element"
        case .unterminatedCDATA: return "the CDATA section never ends"
        case .doctypeNotAllowed:
            return "document type declarations (<!DOCTYPE …>) are not allowed in XLSX files"
        case .unknownMarkup: return "unknown markup “<!”"
        case .endsInTag(let a): return "the file ends inside the tag <\(a)>"
        case .slashWithoutGreaterThan(let a): return "“/” without “>” in the tag <\(a)>"
        case .spaceMissingBeforeAttribute(let a):
            return "a space is missing before the attribute in the tag <\(a)>"
        case .attributeWithoutValue(let a): return "the attribute “\(a)” lacks “=” and a value"
        case .unquotedAttributeValue: return "the attribute value is not in quotes"
        case .unterminatedAttributeValue: return "the attribute value never ends"
        case .lessThanInAttributeValue: return "“<” in an attribute value"
        case .nestedTooDeep(let a): return "the elements are nested deeper than \(a) levels"
        case .endTagWithoutGreaterThan(let a): return "“>” is missing in the end tag </\(a)>"
        case .endTagWithoutElement(let a): return "the end tag </\(a)> has no element to close"
        case .endTagMismatch(let a, let b): return "the end tag </\(a)> does not belong to the element <\(b)>"
        case .duplicateAttribute(let a): return "the attribute “\(a)” appears twice in the same element"
        case .expectedElementName(let found):
            return "expected an element name, but found \(found.map { "“\($0)”" } ?? "the end of the file")"
        case .expectedAttributeName(let found):
            return "expected an attribute name, but found \(found.map { "“\($0)”" } ?? "the end of the file")"
        case .invalidUTF8Text: return "the text is not valid UTF-8"
        case .controlCharacterNotAllowed(let a): return "the control character \(a) is not allowed in XML"
        case .characterNotAllowed(let a): return "the character \(a) is not allowed in XML"
        case .invalidUTF16: return "the text is not valid UTF-16"
        case .utf16WithoutBOM: return "UTF-16 without a byte order mark (BOM) is not supported"
        case .declaresUTF16WithoutBOM: return "the part says UTF-16, but lacks a byte order mark (BOM)"
        case .unsupportedEncoding(let a): return "the encoding “\(a)” is not supported"
        case .invalidEncodedText(let a): return "the text is not valid \(a)"
        case .entityWithoutSemicolon: return "the entity reference lacks “;”"
        case .unknownEntity(let a): return "unknown entity “&\(a);”"
        case .invalidCharacterReference(let a):
            return "the character reference “&\(a);” is not an allowed character"
        case .tooManyElements(let a):
            return "the part has more than \(a) elements besides the cells, the limit of what Tiltak reads"
        case .rowOutsideSheet(let a): return "the row number \(a) is outside the sheet"
        case .sharedFormulaTooLong(let a):
            return "the shared formula is longer than \(a) characters, the limit in Excel"
        case .tooManyCells(let a): return "the sheet has more than \(a) cells, the limit of what Tiltak reads"
        case .notACellReference(let a): return "“\(a)” is not a cell reference"
        case .rowHasTooManyCells(let a): return "row \(a) has more cells than a sheet has columns"
        case .sharedStringIndexNotNumber(let a): return "the index “\(a)” of a shared string is not a number"
        case .sharedStringMissing(let index, let count):
            return "shared string no. \(index) does not exist (the workbook has \(count) shared strings)"
        case .notABoolean(let a): return "“\(a)” is not a boolean (0 or 1)"
        case .notANumber(let a): return "“\(a)” is not a number"
        case .unknownCellType(let a): return "unknown cell type t=\"\(a)\""
        case .missingRelationshipID: return "lacks a relationship id (r:id)"
        case .relationshipMissing(let a, let b): return "the relationship “\(a)” does not exist in \(b)"
        case .tooManySharedStrings(let a):
            return "more than \(a) shared strings, the limit of what Tiltak reads"
        case .sheetWithoutRelationshipID: return "the sheet lacks a relationship id (r:id)"
        case .sheetRelationshipMissing(let a, let b):
            return "the sheet “\(a)” refers to the relationship “\(b)”, which does not exist"
        case .element(let tag): return tag
        case .elementOnLine(let tag, let line): return "\(tag) on line \(line)"
        case .cannotRead(let reason): return "the file cannot be read: \(reason.en)"
        case .notAZip: return "the file is not an XLSX file (it is not a ZIP archive)"
        case .archiveDamaged(let entry, let reason):
            return entry.map { "the ZIP archive is damaged: the entry “\($0)”: \(reason.en)" }
                ?? "the ZIP archive is damaged: \(reason.en)"
        case .entryRefused(let entry, let reason):
            return "the entry “\(entry)” of the ZIP archive is not read: \(reason.en)"
        case .tooCompressed(let part, let unpacked, let packed, let limit):
            func size(_ bytes: Int) -> String {
                let mebibytes = bytes / (1024 * 1024)
                return mebibytes > 0 ? "\(mebibytes) MiB (\(bytes) bytes)" : "\(bytes) bytes"
            }
            let what = part.map { "the part “\($0)”" } ?? "the parts of the file"
            return
                "\(what) unpack to \(size(unpacked)) from \(size(packed)), more than \(limit) times as much, the limit that guards against ZIP bombs; the file is not read"
        case .tooLarge(let limit):
            let mebibytes = limit / (1024 * 1024)
            let size = mebibytes > 0 ? "\(mebibytes) MiB (\(limit) bytes)" : "\(limit) bytes"
            return
                "the parts of the file unpack to more than \(size), the limit that guards against ZIP bombs; the file is not read"
        case .partMissing(let part): return "the part “\(part)” is missing from the workbook"
        case .malformed(let part, let line, let column, let reason):
            return "\(part) line \(line), column \(column): invalid XML: \(reason.en)"
        case .invalidContent(let part, let element, let reason): return "\(part), \(element.en): \(reason.en)"
        case .noSuchSheet(let name, let available):
            let names = available.map { "“\($0)”" }.joined(separator: ", ")
            return "the workbook has no sheet named “\(name)” (the sheets: \(names.isEmpty ? "none" : names))"
        case .notAWorksheet(let sheet):
            return "the sheet “\(sheet)” is a chart or dialog sheet, not a worksheet"
        }
    }
}
