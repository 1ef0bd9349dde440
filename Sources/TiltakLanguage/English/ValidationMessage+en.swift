/// The validator's findings in English.
extension ValidationMessage {
    public var en: String {
        let language = Language.english
        switch self {
        case .missingID: return "The action has no ID."
        case .duplicateID(let id): return "The ID \(id) is used by more than one action."
        case .missingText: return "The action has no text."
        case .duplicateText(let first): return "Same action text as \(first)."
        case .unknownTheme(let theme, let area): return "The theme “\(theme)” is not a theme of \(area)."
        case .unknownFocusArea(let name): return "Unknown focus area “\(name)”."
        case .cellTooLong(let length, let limit):
            return "The text has \(language.count(length, .character)); an Excel cell holds at most \(limit)."
        case .namesTooLong(let length, let limit):
            return
                "The names together have \(language.count(length, .character)); an Excel cell holds at most \(limit)."
        case .noResponsible: return "The action has no responsible party."
        case .missingTimeframe: return "The timeframe is missing."
        case .vagueTimeframe(let text): return "The timeframe “\(text)” does not say when."
        case .unreadableTimeframe(let text):
            return
                "The timeframe “\(text)” could not be read (expected e.g. “2022”, “2021–2022”, “Annual”, “Spring 2023”)."
        case .timeframeOutsidePeriod(let text, let period):
            return "The timeframe “\(text)” reaches outside the plan period \(period)."
        case .overdue(let text, let endYear):
            return "The timeframe “\(text)” ended in \(endYear), but the action is not completed."
        case .unregisteredParty(let name): return "“\(name)” is not in the party registry."
        case .unregisteredSource(let code): return "The source “\(code)” is not in the party registry."
        case .realismDoubt: return "The plan doubts whether the action is realistic."
        case .unreadableAmount(let remark):
            return
                "The amount in the remark “\(remark)” could not be read (expected e.g. “250 000”, “1,5 mill.”)."
        case .unreadableCost(let cost):
            return
                "The cost “\(cost)” could not be read (expected e.g. “250 000”, “1,5 mill.”, “150 000 kr per år”)."
        case .financingConflict(let remark, let column):
            return
                "The remark says “\(remark.en)” but the financing column “\(column.en)”; the column applies."
        case .noFocusAreas: return "The plan has no focus areas."
        case .partTimeFigure(let name, let stated, let computed):
            return "Part-time residents: the plan states \(stated) for \(name), computed \(computed)."
        case .tooManyActions(let count, let limit):
            return
                "The plan has \(language.count(count, .action)); the \(SheetKey.actionTable.en) sheet holds at most \(limit) (Excel's rows less the header). Split the plan."
        case .sheetTooLong(let workbook, let sheet, let rows, let limit, let councilOnlyHelps):
            return
                "\(workbook): the sheet \(sheet) would get \(rows) rows; a sheet can have at most \(limit) (Excel). "
                + (councilOnlyHelps
                    ? "Split the plan, or write the council workbook alone (--only council)."
                    : "Split the plan, or write the Tiltak sheet alone (--sheets tiltak).")
        case .unwritableCharacter(let character):
            return "The text has the character \(character), which a workbook cannot hold."
        case .controlCharacter(let character, let outside):
            return "The text has the control character \(character), which cannot stand in \(outside.en)."
        case .sheetNameUnwritable(let character):
            return "The sheet name has the character \(character), which a workbook cannot hold."
        case .sheetNameInvalid(let name):
            return
                "The sheet name “\(name)” cannot be used (empty, or with [ ] : * ? / \\ or ' first or last); give the focus area a short name."
        case .sheetNameTooLong(let name, let length, let limit):
            return
                "The sheet name “\(name)” becomes \(language.count(length, .codePoint)); Excel allows at most \(limit). Write the short name with composed letters (NFC) or shorter."
        case .tipTooLong(let cut, let length, let limit):
            return
                "The tip on the \(SheetKey.financing.en) sheet (with the first \(cut) characters of the remark) becomes \(language.count(length, .codePoint)); Excel allows at most \(limit). Write the remark with composed letters (NFC)."
        case .other(let message): return message.en
        }
    }
}

/// Where workbooks write texts outside cells, in English.
extension RawTextPlace {
    public var en: String {
        switch self {
        case .workbookProperties: "the workbooks' document properties"
        case .propertiesAndHeaders: "the document properties and page headers"
        case .municipalityProperties: "the workbook's document properties"
        case .overviewFormulas: "the formulas on the \(SheetKey.overview.en) sheet"
        case .overviewFormulasAndCharts: "the formulas and charts on the \(SheetKey.overview.en) sheet"
        case .financingTip: "the tip on the \(SheetKey.financing.en) sheet"
        }
    }
}

/// The places of findings in English.
extension ValidationPlace {
    public var en: String {
        switch self {
        case .planID: "Plan ID"
        case .title: "Title"
        case .region: "Region"
        case .owner: "Owner"
        case .revision: "Revision"
        case .actionSheet: SheetKey.actionTable.en
        case .partyName(let code): "Party registry, \(code), name"
        case .partyCode(let code): "Party registry, \(code), code"
        case .areaName(let code): "Focus area \(code), name"
        case .areaGoalsTitle(let code): "Focus area \(code), title of the result goals"
        case .areaGoal(let code, let number): "Focus area \(code), result goal \(number)"
        case .areaShortName(let code): "Focus area \(code), short name"
        case .commentFrom(let party, let year): "Comment from \(party) (\(year))"
        case .actionSheetComment: "Comment on the \(SheetKey.actionTable.en) sheet"
        }
    }
}
