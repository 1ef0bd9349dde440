/// Why an XLSX file cannot be read, in detail: the reasons of the ZIP archive, the XML and the
/// cells; their texts in a language come from the catalogue (``XLSXReaderError`` puts them in
/// the sentence that names the file and the part).
public enum XLSXReaderMessage: Phrase, Hashable {
    /// No permission to read the file.
    case noReadPermission
    /// The file does not exist.
    case fileMissing
    /// An entry name that appears more than once in the archive.
    case nameTwice
    /// The stored and the stated size differ.
    case sizesDiffer
    /// The CRC-32 does not match.
    case checksumMismatch
    /// A compression method that is not supported.
    case unsupportedMethod(Int)
    /// The data end before the entry is whole.
    case dataEndsEarly
    /// The entry inflates to more bytes than the directory says.
    case inflatesBeyond(Int)
    /// The data are damaged and cannot be inflated.
    case corruptData
    /// The entry inflates to another size than the directory says.
    case inflatesTo(Int, expected: Int)
    /// The end of the file is missing (no central directory found).
    case endMissing
    /// The end record is incomplete.
    case endRecordIncomplete
    /// The ZIP64 end record lies outside the file.
    case zip64RecordOutside
    /// The ZIP64 end record is damaged.
    case zip64RecordDamaged
    /// The archive is split over several files.
    case multiDisk
    /// The central directory lies beyond the bytes before the end record.
    case directoryOutside(from: Int, to: Int, available: Int)
    /// The directory claims more entries than it has room for.
    case tooManyEntries(Int, room: Int)
    /// The directory is damaged at an entry.
    case directoryDamagedAt(Int, of: Int)
    /// The ZIP64 fields of the directory are damaged.
    case zip64FieldsDamaged
    /// The entry is encrypted.
    case encrypted
    /// The entry lies in another file of a split archive.
    case otherDisk
    /// The entry is not where the directory says.
    case entryNotAt(UInt64)
    /// The entry's data run past the file.
    case entryDataBeyond
    /// The local header names the entry otherwise.
    case localNameDiffers(String)
    /// An empty entry name.
    case nameEmpty
    /// An entry name with control characters.
    case nameHasControl
    /// An absolute entry name.
    case nameAbsolute
    /// An entry name with a drive letter.
    case nameDriveLetter
    /// An entry name that points out of the archive.
    case nameLeavesArchive
    /// An entry name with `..`.
    case nameHasDotDot
    /// An empty XML part.
    case emptyDocument
    /// The file ends before an element is closed.
    case endsBeforeClosing(String)
    /// Content after the root element.
    case contentAfterRoot
    /// Text before the root element.
    case textBeforeRoot
    /// The file ends inside markup.
    case endsInMarkup
    /// A processing instruction that never ends.
    case unterminatedProcessingInstruction
    /// A comment that never ends.
    case unterminatedComment
    /// CDATA outside the root element.
    case cdataOutsideRoot
    /// A CDATA section that never ends.
    case unterminatedCDATA
    /// A document type declaration.
    case doctypeNotAllowed
    /// Unknown `<!` markup.
    case unknownMarkup
    /// The file ends inside a tag.
    case endsInTag(String)
    /// A `/` without `>` in a tag.
    case slashWithoutGreaterThan(String)
    /// No space before an attribute.
    case spaceMissingBeforeAttribute(String)
    /// An attribute without `=` and value.
    case attributeWithoutValue(String)
    /// An attribute value not in quotes.
    case unquotedAttributeValue
    /// An attribute value that never ends.
    case unterminatedAttributeValue
    /// A `<` in an attribute value.
    case lessThanInAttributeValue
    /// Elements nested deeper than allowed.
    case nestedTooDeep(Int)
    /// An end tag without `>`.
    case endTagWithoutGreaterThan(String)
    /// An end tag with no element to close.
    case endTagWithoutElement(String)
    /// An end tag that does not belong to the open element.
    case endTagMismatch(String, open: String)
    /// An attribute twice in one element.
    case duplicateAttribute(String)
    /// A name was expected (an element's); `nil` found means the end of the file.
    case expectedElementName(found: String?)
    /// An attribute's name was expected; `nil` found means the end of the file.
    case expectedAttributeName(found: String?)
    /// Text that is not valid UTF-8.
    case invalidUTF8Text
    /// A control character XML does not allow.
    case controlCharacterNotAllowed(String)
    /// A character XML does not allow.
    case characterNotAllowed(String)
    /// Text that is not valid UTF-16.
    case invalidUTF16
    /// UTF-16 without a byte order mark.
    case utf16WithoutBOM
    /// A part that declares UTF-16 without a byte order mark.
    case declaresUTF16WithoutBOM
    /// An encoding that is not supported.
    case unsupportedEncoding(String)
    /// Text that is not valid in its declared encoding.
    case invalidEncodedText(String)
    /// An entity reference without `;`.
    case entityWithoutSemicolon
    /// An unknown entity.
    case unknownEntity(String)
    /// A character reference to a character that is not allowed.
    case invalidCharacterReference(String)
    /// More elements than Tiltak reads.
    case tooManyElements(Int)
    /// A row number outside the sheet.
    case rowOutsideSheet(Int)
    /// A shared formula longer than Excel allows.
    case sharedFormulaTooLong(Int)
    /// More cells than Tiltak reads.
    case tooManyCells(Int)
    /// A cell reference that is not one.
    case notACellReference(String)
    /// A row with more cells than a sheet has columns.
    case rowHasTooManyCells(Int)
    /// A shared-string index that is not a number.
    case sharedStringIndexNotNumber(String)
    /// A shared string that does not exist.
    case sharedStringMissing(Int, count: Int)
    /// A boolean that is not 0 or 1.
    case notABoolean(String)
    /// A number that is not one.
    case notANumber(String)
    /// An unknown cell type.
    case unknownCellType(String)
    /// An element without a relationship id.
    case missingRelationshipID
    /// A relationship the part does not have.
    case relationshipMissing(String, part: String)
    /// More shared strings than Tiltak reads.
    case tooManySharedStrings(Int)
    /// A sheet without a relationship id.
    case sheetWithoutRelationshipID
    /// A sheet that points to a relationship that does not exist.
    case sheetRelationshipMissing(sheet: String, id: String)

    // MARK: The sentences that name the part

    /// An element, named by its tag as the file has it (`<c r="B2">`).
    case element(String)
    /// An element without a reference, named by its tag and line (`<row> på linje 3`).
    case elementOnLine(String, line: Int)

    /// The file cannot be read at all.
    indirect case cannotRead(reason: XLSXReaderMessage)
    /// The file is not a ZIP archive.
    case notAZip
    /// The ZIP archive is damaged (at an entry, if known).
    indirect case archiveDamaged(entry: String?, reason: XLSXReaderMessage)
    /// An entry that is not read.
    indirect case entryRefused(entry: String, reason: XLSXReaderMessage)
    /// The archive unpacks to more than the limit, in bytes.
    case tooLarge(limit: Int)
    /// A part (all parts together when `part` is nil) unpacks to more than `limit` times its packed
    /// size: a ZIP bomb.
    case tooCompressed(part: String?, unpacked: Int, packed: Int, limit: Int)
    /// A part the workbook needs is missing.
    case partMissing(String)
    /// A part is not well-formed XML.
    indirect case malformed(part: String, line: Int, column: Int, reason: XLSXReaderMessage)
    /// A part's content is not what the format allows.
    indirect case invalidContent(part: String, element: XLSXReaderMessage, reason: XLSXReaderMessage)
    /// No sheet has the name (the sheets listed).
    case noSuchSheet(String, available: [String])
    /// A chart or dialog sheet, which has no cells.
    case notAWorksheet(String)
}
