/// What reading a plan file or a table finds wrong, and the hints given with it, as keys; and the
/// header comment of a plan file. Their texts in a language come from the catalogue.
public enum PlanFileMessage: Phrase, Hashable {
    // MARK: Files

    /// The file does not exist.
    case fileMissing
    /// Hint: check the path for typos.
    case checkPathHint
    /// A folder was given where a file was wanted.
    case isFolder
    /// The file cannot be read (no permission?).
    case unreadable
    /// The file is empty.
    case empty
    /// The folder does not exist.
    case folderMissing
    /// The file holds binary data (NUL bytes), not text.
    case binaryText
    /// Hint: is this the right file?
    case rightFileHint
    /// A byte (in hex) that is not valid UTF-8.
    case invalidUTF8(hex: String)
    /// Hint: save the file as UTF-8.
    case saveAsUTF8Hint

    // MARK: Tables

    /// The file holds binary data (NUL bytes), not a table.
    case binaryTable
    /// Hint: save the table as CSV from Excel.
    case saveAsCSVHint
    /// A byte (in hex) that is neither UTF-8 nor Windows-1252.
    case neitherUTF8NorWindows1252(hex: String)
    /// A quote that opens a field is never closed.
    case unclosedQuote
    /// Hint: how quotes work in a CSV field.
    case quoteHint
    /// The table has no header row.
    case noHeader
    /// A column that appears twice in the header.
    case duplicateColumn(String)
    /// A `--columns` choice names a header the table does not have.
    case chosenColumnMissing(field: String, header: String)
    /// Hint: how to settle a column with `--columns`.
    case columnsHint
    /// Required columns missing from the header.
    case missingColumns([String])
    /// Hint: what the header should be, and what was found.
    case actionHeaderHint(found: String)
    /// Hint: what a status table's header should be, and what was found.
    case statusHeaderHint(found: String)
    /// A row with another number of fields than the header.
    case raggedRow(fields: Int, header: Int)
    /// Hint: look for a missing or extra delimiter (`;`, `,` or `tab`).
    case delimiterHint(String)
    /// A row (numbered) without an action text.
    case rowWithoutText(Int)
    /// A row (numbered) without a focus area.
    case rowWithoutFocusArea(Int)
    /// A row of a table, as the place of a problem (`rad 12`).
    case row(Int)
    /// A field of a table's row, numbered from 1, as the place of a problem (`felt 3`).
    case fieldNumber(Int)
    /// A table's header row, as the place of a problem (`overskrift`).
    case headerRow

    // MARK: Workbooks (a secretariat's own)

    /// A workbook and one of its sheets, as the place of a problem (`plan.xlsx, ark «Tiltak»`).
    case sheetPlace(file: String, sheet: String)
    /// A column of a sheet, by its letters, as the place of a problem (`kolonne C`).
    case columnLetter(String)
    /// The sheet asked for (`--sheet`) is not in the workbook; the sheets it has.
    case sheetNotFound(String, found: [String])
    /// The workbook has no visible worksheet.
    case noVisibleSheet
    /// No row among the first rows of the sheet is a header with a column for the action text.
    case noHeaderRow(rows: Int)
    /// Hint: name the header's column for the action text `Tiltak`, and what the first rows hold.
    case headerRowHint(found: String)
    /// A cell (A1 address) holding an error value such as `#N/A`.
    case errorCell(cell: String, value: String)
    /// A cell (A1 address) whose formula has no saved value.
    case formulaWithoutValue(cell: String)
    /// Hint: open and save the workbook in Excel, so that its formulas' values are stored.
    case saveInExcelHint

    // MARK: YAML

    /// An error of the YAML library, as it describes it.
    case yamlFailure(String)
    /// Invalid YAML, with the parser's detail (ends with a full stop).
    case invalidYAML(String)
    /// Invalid YAML, as the library describes it.
    case invalidYAMLDescribed(String)
    /// Hint: look at indentation, colons and quotes on this line.
    case yamlLineHint
    /// The text cannot be read as YAML (the reader's problem).
    case notYAML(String)
    /// A control character (as `0007`) the plan file may not have.
    case controlCharacter(code: String)
    /// Hint: remove it or write it escaped (`\x07`) in a double-quoted text.
    case controlCharacterHint(escape: String)
    /// The file is not a plan.
    case invalidPlan
    /// A mapping was expected (its first keys), something else found.
    case expectedMapping(keys: [String], found: YAMLNodeKind)
    /// A key the mapping does not allow.
    case unknownKey(String)
    /// Hint: the allowed key nearest to the one written, and the allowed keys.
    case didYouMeanHint(suggestion: String, allowed: [String])
    /// Hint: the allowed keys.
    case allowedKeysHint([String])
    /// A key that appears twice.
    case duplicateKey(String)
    /// Keys that appear twice (more than one).
    case duplicateKeys([String])
    /// Hint: where the key first appeared.
    case firstOnLineHint(Int)
    /// A required key that is missing.
    case missingKey(String)
    /// A text was expected, something else found.
    case expectedText(found: YAMLNodeKind)
    /// A whole number was expected.
    case expectedInteger(Quantity, found: String)
    /// A number outside the range it may have.
    case impossibleValue(Int, Quantity, lowest: Int, highest: Int)
    /// A number was expected.
    case expectedNumber(Quantity, found: String)
    /// A list was expected, something else found.
    case expectedList(found: YAMLNodeKind)

    // MARK: Plan

    /// A file format other than 1.
    case unknownFormat(String)
    /// Hint: this version reads format 1.
    case formatHint
    /// A plan id that cannot be part of a file name.
    case planIDNotFileName(String)
    /// Hint: a plan id such as `hallingdal-2021-2024`.
    case planIDHint
    /// A language that is not nn, nb or en.
    case unknownLanguage(String)
    /// Hint: the languages.
    case languageHint
    /// A focus area code that appears twice.
    case duplicateFocusArea(String)
    /// A period that ends before it starts.
    case periodEndsBeforeStart(from: Int, to: Int)
    /// A date that is not a date.
    case invalidDate(String)
    /// Hint: write dates as `ÅÅÅÅ-MM-DD`, with an example.
    case dateExampleHint
    /// Hint: write dates as `ÅÅÅÅ-MM-DD`.
    case dateHint
    /// An unknown party kind.
    case unknownPartyKind(String)
    /// Hint: the allowed values.
    case allowedValuesHint([String])
    /// A party code that appears twice.
    case duplicatePartyCode(String)
    /// A group member that is not a party of the registry.
    case memberNotParty(String)
    /// A short name that cannot be a sheet name in Excel.
    case shortNameNotSheetName(String)
    /// Hint: what a sheet name may be.
    case shortNameHint
    /// A timeframe reading that is not one.
    case unknownTimeframeReading(String)
    /// Hint: the timeframe readings.
    case timeframeReadingHint
    /// An unknown flag.
    case unknownFlag(String)
    /// An unknown financing need.
    case unknownFinancingNeed(String)
    /// An unknown `per`.
    case unknownPer(String)
    /// Hint: `once` or `year`.
    case perHint
    /// An unknown status.
    case unknownStatus(String)
    /// A reporting party that is not in the registry.
    case reporterNotRegistered(String)

    // MARK: Writing

    /// The first line of a plan file Tiltak writes: what the file is.
    case header
}

/// What a YAML node is, as a message names it when it found one where it expected another.
public enum YAMLNodeKind: Phrase, Hashable {
    /// A text (scalar), quoted.
    case text(String)
    /// A mapping.
    case mapping
    /// A list.
    case list
    /// An alias.
    case alias
}

/// What a number in a plan file counts, as a message names it.
public enum Quantity: Phrase, Hashable, CaseIterable {
    /// A year.
    case year
    /// An amount in kroner.
    case kroner
    /// A number of persons.
    case persons
    /// A number.
    case number
    /// A share, such as 0.06.
    case share
}
