/// Plan-file and table messages in English.
extension PlanFileMessage {
    public var en: String {
        func quoted(_ items: [String]) -> String { items.map { "“\($0)”" }.joined(separator: ", ") }
        switch self {
        case .fileMissing: return "The file does not exist."
        case .checkPathHint: return "check the path for typing errors"
        case .isFolder: return "This is a folder, not a file."
        case .unreadable: return "The file cannot be read (no permission?)."
        case .empty: return "The file is empty."
        case .folderMissing: return "The folder does not exist."
        case .binaryText: return "The file holds binary data (NUL bytes), not text."
        case .rightFileHint: return "is this the right file?"
        case .invalidUTF8(let hex): return "Byte 0x\(hex) is not valid UTF-8."
        case .saveAsUTF8Hint: return "save the file as UTF-8"
        case .binaryTable: return "The file holds binary data (NUL bytes), not a table."
        case .saveAsCSVHint: return "save the table as CSV (semicolon-separated) from Excel"
        case .neitherUTF8NorWindows1252(let hex): return "Byte 0x\(hex) is neither UTF-8 nor Windows-1252."
        case .unclosedQuote: return "The quote that opens the field is never closed."
        case .quoteHint:
            return "a field that starts with \" must end with \"; write \"\" for a quote inside the field"
        case .noHeader: return "The table has no header row."
        case .chosenColumnMissing(let field, let header):
            return "The table has no column “\(header)” (chosen for “\(field)” with --columns)."
        case .columnsHint:
            return "choose the column with --columns field=Header, e.g. --columns focus-area=Goal"
        case .duplicateColumn(let name): return "The column “\(name)” appears twice."
        case .missingColumns(let names):
            return "The table lacks the \(Language.english.forms(.column, names.count)) \(quoted(names))."
        case .actionHeaderHint(let found):
            return
                "the header should be e.g. ID;Innsatsområde;Tema;Tiltak;Tidsramme;Ansvar;Involvering;Merknad or ID;Focus area;Theme;Action;Timeframe;Responsible;Involved;Remark (found: \(found)); choose columns with --columns field=Header"
        case .statusHeaderHint(let found): return "the header should be ID;Status;Comment (found: \(found))"
        case .raggedRow(let fields, let header):
            return "The row has \(Language.english.count(fields, .field)), the header has \(header)."
        case .delimiterHint(let delimiter): return "look for a missing or extra delimiter “\(delimiter)”"
        case .rowWithoutText(let row): return "Row \(row) has no action text."
        case .rowWithoutFocusArea(let row): return "Row \(row) has no focus area."
        case .row(let row): return "row \(row)"
        case .fieldNumber(let field): return "field \(field)"
        case .headerRow: return "header"
        case .sheetPlace(let file, let sheet): return "\(file), sheet “\(sheet)”"
        case .columnLetter(let letters): return "column \(letters)"
        case .sheetNotFound(let sheet, let found):
            return "The workbook has no sheet “\(sheet)” (it has \(quoted(found)))."
        case .noVisibleSheet: return "The workbook has no visible sheet."
        case .noHeaderRow(let rows):
            return "None of the first \(rows) rows is a header with a column for the action text."
        case .headerRowHint(let found):
            return "name the column with the action text “Action” or “Tiltak” (first rows: \(found))"
        case .errorCell(let cell, let value): return "Cell \(cell) holds the error value \(value)."
        case .formulaWithoutValue(let cell): return "The formula in cell \(cell) has no saved value."
        case .saveInExcelHint: return "open and save the workbook in Excel"
        case .yamlFailure(let detail): return "YAML error: \(detail)"
        case .invalidYAML(let detail): return "Invalid YAML: \(detail)."
        case .invalidYAMLDescribed(let detail): return "Invalid YAML: \(detail)"
        case .yamlLineHint: return "check indentation, colons and quotes on this line"
        case .notYAML(let problem): return "The text cannot be read as YAML (\(problem))."
        case .controlCharacter(let code):
            return "The character U+\(code) is a control character, which a plan file may not have."
        case .controlCharacterHint(let escape):
            return "remove it, or write it as \(escape) in a double-quoted text"
        case .invalidPlan: return "Invalid plan."
        case .expectedMapping(let keys, let found):
            return "Expected a mapping with keys (\(keys.joined(separator: ", ")) …), found \(found.en)."
        case .unknownKey(let name): return "Unknown key “\(name)”."
        case .didYouMeanHint(let suggestion, let allowed):
            return "did you mean “\(suggestion)”? Allowed keys: \(allowed.joined(separator: ", "))"
        case .allowedKeysHint(let allowed): return "allowed keys: \(allowed.joined(separator: ", "))"
        case .duplicateKey(let name): return "The key “\(name)” appears twice."
        case .duplicateKeys(let names): return "The keys \(quoted(names)) appear twice."
        case .firstOnLineHint(let line): return "first on line \(line)"
        case .missingKey(let name): return "The key “\(name)” is missing."
        case .expectedText(let found): return "Expected a text, found \(found.en)."
        case .expectedInteger(let quantity, let found):
            return "Expected a whole number (\(quantity.en)), found “\(found)”."
        case .impossibleValue(let value, let quantity, let lowest, let highest):
            return "\(value) is not a possible \(quantity.en) (expected \(lowest)–\(highest))."
        case .expectedNumber(let quantity, let found):
            return "Expected a number (\(quantity.en)), found “\(found)”."
        case .expectedList(let found): return "Expected a list, found \(found.en)."
        case .unknownFormat(let value): return "Unknown file format “\(value)”."
        case .formatHint: return "this version of Tiltak reads format 1"
        case .planIDNotFileName(let id): return "The plan ID “\(id)” cannot be used in file names."
        case .planIDHint: return "use e.g. “hallingdal-2021-2024”"
        case .unknownLanguage(let text): return "Unknown language “\(text)”."
        case .languageHint: return "use nn (Nynorsk), nb (Bokmål) or en (English)"
        case .duplicateFocusArea(let code): return "The focus area “\(code)” appears twice."
        case .periodEndsBeforeStart(let from, let to):
            return "The plan period ends (\(to)) before it starts (\(from))."
        case .invalidDate(let text): return "“\(text)” is not a valid date."
        case .dateExampleHint: return "write YYYY-MM-DD, e.g. 2021-04-10"
        case .dateHint: return "write YYYY-MM-DD"
        case .unknownPartyKind(let kind): return "Unknown party kind “\(kind)”."
        case .allowedValuesHint(let values): return "allowed: \(values.joined(separator: ", "))"
        case .duplicatePartyCode(let code): return "The party code “\(code)” appears twice."
        case .memberNotParty(let member): return "The member “\(member)” is not a party of the registry."
        case .shortNameNotSheetName(let name):
            return "The short name “\(name)” cannot be a sheet name in Excel."
        case .shortNameHint: return "at most 31 characters and none of []:*?/\\"
        case .unknownTimeframeReading(let text): return "“\(text)” is not a known timeframe reading."
        case .timeframeReadingHint:
            return
                "e.g. 2021, 2021-2022, annual, continuous, unknown, spring 2021, 2021-05, 2023-Q2, until 2025, from 2022"
        case .unknownFlag(let text): return "Unknown flag “\(text)”."
        case .unknownFinancingNeed(let text): return "Unknown financing need “\(text)”."
        case .unknownPer(let text): return "Unknown “per”: “\(text)”."
        case .perHint: return "use once or year"
        case .unknownStatus(let text): return "Unknown status “\(text)”."
        case .reporterNotRegistered(let party): return "The party “\(party)” is not in the party registry."
        case .header:
            return
                "# Tiltak plan file (format 1). Raw cells as written; `reading` holds what Tiltak reads from them."
        }
    }
}

/// YAML node kinds in English.
extension YAMLNodeKind {
    public var en: String {
        switch self {
        case .text(let text): "the text “\(text)”"
        case .mapping: "a mapping"
        case .list: "a list"
        case .alias: "an alias"
        }
    }
}

/// Quantities in English.
extension Quantity {
    public var en: String {
        switch self {
        case .year: "year"
        case .kroner: "amount in kroner"
        case .persons: "number of persons"
        case .number: "number"
        case .share: "share, e.g. 0.06"
        }
    }
}
