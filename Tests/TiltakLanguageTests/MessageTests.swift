import Testing

@testable import TiltakLanguage

/// The messages of the commands, validation, plan files, returned files and output: every one has a
/// text in every language, and numbers agree with their nouns.
@Suite("Messages")
struct MessageTests {
    /// One sample of every kind of message, with values where a message names some.
    static let samples: [any Phrase] =
        SeverityWord.allCases.map { $0 as any Phrase } + ReportChange.allCases.map { $0 }
        + ExportPhase.allCases.map { $0 } + RawTextPlace.allCases.map { $0 } + Quantity.allCases.map { $0 }
        + commandMessages + validationMessages + planFileMessages + returnMessages + outputMessages
        + documentMessages + xlsxReaderMessages + helpTexts

    static let helpTexts: [HelpText] = [
        .tiltakAbstract, .tiltakDiscussion, .validateAbstract, .validateDiscussion, .listAbstract,
        .listDiscussion,
        .importAbstract, .importDiscussion, .exportAbstract, .exportDiscussion(streamingThreshold: 200_000),
        .reportAbstract, .reportDiscussion, .collectAbstract, .collectDiscussion, .diffAbstract,
        .diffDiscussion,
        .reviseAbstract, .reviseDiscussion, .plan, .planBase, .exportOut, .exportTemplates, .exportWidth,
        .exportOnly, .exportSheets, .listResponsible, .listDirect, .listMunicipality, .listYear, .listArea,
        .listUnfinanced, .listStatus, .listFormat, .listWidth, .importTable, .importOutput, .importBase,
        .reportName, .reportYear, .reportMunicipality, .reportWidth, .reportOutput, .reportTemplates,
        .collectFiles, .collectPlan, .collectYear, .collectParty, .collectDate, .collectDryRun, .diffOld,
        .diffNew,
        .diffFormat, .diffOutput, .diffWidth, .diffTemplates, .reviseYear, .reviseOutput, .reviseForce,
        .valueFile, .valueFolder, .valueNumber, .valueName, .valueYear, .valuePart, .valueSheets,
        .valueStatus,
        .valueTable, .valueParty, .valueDate, .valueFormat, .valueOld, .valueNew,
    ]

    static let commandMessages: [CommandMessage] = [
        .validated(path: "p.yaml", actions: 2, errors: 1, warnings: 0),
        .exported(files: 2, folder: "ut", actions: 1, municipalities: 2),
        .exported(files: 1, folder: "ut/", actions: 3, municipalities: nil),
        .imported(
            output: "p.yaml", actions: 2, focusAreas: 1, base: "b.yaml", newIDs: ["A-1"], changedIDs: ["B"]),
        .cellsNotRead(2), .statusRowsNotImported(1), .statusRowsNotImported(2), .dryRun(plan: "p.yaml"),
        .collected(reports: 2, year: 2022, files: 1, new: 1, changed: 1, unchanged: 0), .nothingChanged,
        .collectWrote(plan: "p.yaml", backup: "p.yaml.bak"),
        .replacedReport(
            party: "Gol", actionID: "A-1", year: 2022, collected: "2022-06-30", oldStatus: "Pågår",
            newStatus: "Fullført"),
        .change(.new), .changedComment(old: "a", new: "b"),
        .revised(output: "p.yaml", label: "Revisjon 2022", date: "2022-04-10", actions: 3),
        .closedActions([]), .closedActions(["A-1"]), .overdueActions([]), .overdueActions(["A-1", "A-2"]),
        .unreportedActions(year: 2021, ids: []), .unreportedActions(year: 2021, ids: ["A-1"]),
        .diffWritten(output: "d.xlsx", summary: "1 nytt", rows: 2),
        .finding(actionID: "A-1", field: "ID", text: "x"), .finding(actionID: nil, field: nil, text: "x"),
        .waitingForExport(folder: "ut"), .waitingForPlanFile(path: "p.yaml"),
        .timing(.reading, milliseconds: 3), .planHasErrors(2),
        .collectWroteNothing(plan: "p.yaml", errors: 0, conflicts: 1), .importSameFile,
        .outputNotPlanFile("x.csv"), .baseNotPlanFile("x.csv"),
        .workbookWithoutBase(input: "x.xlsx", stem: "x"),
        .collectNeedsPlan, .collectPlanNotPlanFile("x.csv"), .collectNeedsFiles, .invalidYear(3000),
        .unknownReporter(party: "X", municipalities: ["Gol", "Ål"]), .invalidDate("i går"),
        .invalidDeadline("2024-02-30"),
        .tableNeedsParty("x.csv"), .reviseIntoPlan("p.yaml"),
        .yearNotAfterRevision(year: 2020, current: 2021),
        .xlsxNeedsOutput, .defaultPlanNotFound("p.yaml"), .templatesNotFound,
        .notAMunicipality(name: "RR", municipalities: ["Gol"]),
        .unknownFocusArea(name: "X", areas: ["NK (N)"]),
        .unknownStatus(name: "x", allowed: ["Pågår"]), .unknownParty(name: "X", suggestions: []),
        .unknownParty(name: "Xy", suggestions: ["Xyz"]), .widthOutOfRange(10), .listYearOutOfRange(10),
        .notAYear(10), .unknownReport(name: "x", reports: ["kommune"]), .municipalityReportNeedsMunicipality,
    ]

    static let validationMessages: [any Phrase] =
        [
            ValidationMessage.missingID, .duplicateID("A-1"), .missingText, .duplicateText(firstID: "A-1"),
            .unknownTheme(theme: "T", area: "A"), .unknownFocusArea("X"),
            .cellTooLong(length: 40000, limit: 32767),
            .namesTooLong(length: 40000, limit: 32767), .noResponsible, .missingTimeframe,
            .vagueTimeframe("Snart"),
            .unreadableTimeframe("?"), .timeframeOutsidePeriod(timeframe: "2030", period: "2021–2024"),
            .overdue(timeframe: "2021", endYear: 2021), .unregisteredParty("X"), .unregisteredSource("X"),
            .realismDoubt, .unreadableAmount(remark: "mykje"), .noFocusAreas,
            .partTimeFigure(name: "guestNightsPerDay", stated: 1, computed: 2),
            .tooManyActions(count: 2_000_000, limit: 1_048_575), .unwritableCharacter("U+FFFE"),
            .controlCharacter("U+0001", outside: .workbookProperties),
            .sheetNameUnwritable(character: "U+0000 (NUL)"), .sheetNameInvalid("a/b"),
            .sheetNameTooLong(name: "x", length: 40, limit: 31),
            .tipTooLong(cut: 200, length: 300, limit: 255),
            .other(Message.verbatim("x")),
        ]
        + [
            ValidationPlace.planID, .title, .region, .owner, .revision, .actionSheet, .partyName(code: "GOL"),
            .partyCode(code: "GOL"), .areaName(code: "NK"), .areaGoalsTitle(code: "NK"),
            .areaGoal(code: "NK", number: 1), .areaShortName(code: "NK"),
            .commentFrom(party: "Gol", year: 2022),
            .actionSheetComment,
        ]

    static let planFileMessages: [any Phrase] =
        [
            PlanFileMessage.fileMissing, .checkPathHint, .isFolder, .unreadable, .empty, .folderMissing,
            .binaryText,
            .rightFileHint, .invalidUTF8(hex: "FF"), .saveAsUTF8Hint, .binaryTable, .saveAsCSVHint,
            .neitherUTF8NorWindows1252(hex: "81"), .unclosedQuote, .quoteHint, .noHeader,
            .duplicateColumn("Tema"),
            .missingColumns(["Tema"]), .missingColumns(["Tema", "Tiltak"]), .actionHeaderHint(found: "a; b"),
            .statusHeaderHint(found: "a"), .raggedRow(fields: 1, header: 2), .raggedRow(fields: 3, header: 2),
            .delimiterHint(";"), .rowWithoutText(2), .rowWithoutFocusArea(2), .row(2), .fieldNumber(3),
            .headerRow,
            .yamlFailure("x"), .invalidYAML("x"), .invalidYAMLDescribed("x"), .yamlLineHint, .notYAML("x"),
            .controlCharacter(code: "0007"), .controlCharacterHint(escape: "\\x07"), .invalidPlan,
            .expectedMapping(keys: ["id"], found: .list), .unknownKey("x"),
            .didYouMeanHint(suggestion: "title", allowed: ["title"]), .allowedKeysHint(["id"]),
            .duplicateKey("id"),
            .duplicateKeys(["a", "b"]), .firstOnLineHint(3), .missingKey("id"),
            .expectedText(found: .mapping),
            .expectedInteger(.year, found: "x"), .impossibleValue(5, .persons, lowest: 0, highest: 3),
            .expectedNumber(.share, found: "x"), .expectedList(found: .text("x")), .unknownFormat("2"),
            .formatHint,
            .planIDNotFileName("a/b"), .planIDHint, .unknownLanguage("sv"), .languageHint,
            .duplicateFocusArea("NK"),
            .periodEndsBeforeStart(from: 2024, to: 2021), .invalidDate("x"), .dateExampleHint, .dateHint,
            .unknownPartyKind("x"), .allowedValuesHint(["a"]), .duplicatePartyCode("GOL"),
            .memberNotParty("X"),
            .shortNameNotSheetName("a/b"), .shortNameHint, .unknownTimeframeReading("x"),
            .timeframeReadingHint,
            .unknownFlag("x"), .unknownFinancingNeed("x"), .unknownPer("x"), .perHint, .unknownStatus("x"),
            .reporterNotRegistered("X"), .header,
        ] + [YAMLNodeKind.alias]

    static let returnMessages: [ReturnMessage] = [
        .workbookRow(file: "Ål.xlsx", sheet: "Oppgåver", row: 3), .fileForOtherPlan(filePlan: "a", plan: "b"),
        .fileForOtherRevision(
            fileRevision: "2021-04-10", planRevision: "2022-04-10", label: "Revisjon 2022", earlier: []),
        .municipalityNotRegistered(code: "X", name: "X"),
        .fileFromOtherParty(name: "Gol", code: "GOL", party: "Ål"),
        .tableWithoutParty, .statusWithoutID, .unknownID(id: "X-1", plan: "p"),
        .protectedCellChanged(found: "a", wanted: "b"), .notATask(id: "X-1", party: "Gol"),
        .commentWithoutStatus,
        .invalidStatus("x", allowed: ["Pågår"]),
        .conflict(actionID: "A-1", year: 2022, party: "GOL", sides: ["a", "b"]),
        .notATaskWorkbook(sheet: "Om"), .sendTaskWorkbookHint,
        .sheetMissingColumns(sheet: "Oppgåver", columns: ["ID"]),
        .formulaInCell(column: "Status"), .typeValueHint, .sheetMissing(sheet: "Tiltak", found: ["Ark1"]),
        .councilWorkbookHint, .notAWorkbook(reason: "x"), .saveAsXLSXHint, .damagedHint, .resaveHint,
    ]

    static let outputMessages: [OutputMessage] = [
        .cannotWriteFile, .cannotWriteWorkbook, .cannotCreateFolder, .noPermission, .diskFull, .noSuchFolder,
        .readOnly, .folderInTheWay, .fileInThePath, .earlierFilesKept(cause: "x", folder: "y"),
        .failed(path: "p", what: "w", cause: "c"),
    ]

    static let documentMessages: [any Phrase] =
        [
            DocumentMessage.cellTooLong(context: "x", length: 40000, limit: 32767), .fileNotCreated,
            .temporaryFile,
            .outOfMemory, .archiveNotWritten, .libraryFailure(what: "x", code: 2),
            .templateSyntax(template: "t", line: 1, column: 2, tag: "{{x", reason: .unfinishedTag),
            .unknownVariable(template: "t", line: 1, column: nil, tag: "{{x}}", name: "x"),
            .missingTemplate("t"),
            .unreadableTemplates(path: "p", reason: .notUTF8), .unknownMunicipality("X", known: ["Gol"]),
            .missingMunicipality(known: ["Gol"]), .widthOutOfRange(10, lowest: 60, highest: 200),
        ]
        + [
            TemplateProblem.wrongSectionCloseName, .unclosedSection, .invalidSetDelimiter,
            .transformOnInheritedSection,
            .illegalTagInInheritedSection, .textInInheritedSection, .invalidSetting, .unknownSetting,
            .folderUnreadable, .fileUnreadable, .described("x"),
        ]

    static let xlsxReaderMessages: [XLSXReaderMessage] = [
        .noReadPermission, .fileMissing, .nameTwice, .sizesDiffer, .checksumMismatch, .unsupportedMethod(99),
        .dataEndsEarly, .inflatesBeyond(10), .corruptData, .inflatesTo(11, expected: 10), .endMissing,
        .endRecordIncomplete, .zip64RecordOutside, .zip64RecordDamaged, .multiDisk,
        .directoryOutside(from: 1, to: 2, available: 1), .tooManyEntries(9, room: 1),
        .directoryDamagedAt(1, of: 2),
        .zip64FieldsDamaged, .encrypted, .otherDisk, .entryNotAt(7), .entryDataBeyond, .localNameDiffers("x"),
        .nameEmpty, .nameHasControl, .nameAbsolute, .nameDriveLetter, .nameLeavesArchive, .nameHasDotDot,
        .emptyDocument, .endsBeforeClosing("a"), .contentAfterRoot, .textBeforeRoot, .endsInMarkup,
        .unterminatedProcessingInstruction, .unterminatedComment, .cdataOutsideRoot, .unterminatedCDATA,
        .doctypeNotAllowed, .unknownMarkup, .endsInTag("a"), .slashWithoutGreaterThan("a"),
        .spaceMissingBeforeAttribute("a"), .attributeWithoutValue("a"), .unquotedAttributeValue,
        .unterminatedAttributeValue, .lessThanInAttributeValue, .nestedTooDeep(256),
        .endTagWithoutGreaterThan("a"),
        .endTagWithoutElement("a"), .endTagMismatch("a", open: "b"), .duplicateAttribute("a"),
        .expectedElementName(found: "1"), .expectedElementName(found: nil),
        .expectedAttributeName(found: nil),
        .invalidUTF8Text, .controlCharacterNotAllowed("U+0001"), .characterNotAllowed("U+FFFE"),
        .invalidUTF16,
        .utf16WithoutBOM, .declaresUTF16WithoutBOM, .unsupportedEncoding("x"), .invalidEncodedText("x"),
        .entityWithoutSemicolon, .unknownEntity("x"), .invalidCharacterReference("#0"), .tooManyElements(9),
        .rowOutsideSheet(0), .sharedFormulaTooLong(8192), .tooManyCells(9), .notACellReference("x"),
        .rowHasTooManyCells(1), .sharedStringIndexNotNumber("x"), .sharedStringMissing(9, count: 5),
        .notABoolean("x"), .notANumber("x"), .unknownCellType("x"), .missingRelationshipID,
        .relationshipMissing("rId1", part: "p"), .tooManySharedStrings(9), .sheetWithoutRelationshipID,
        .sheetRelationshipMissing(sheet: "s", id: "rId1"), .cannotRead(reason: .fileMissing), .notAZip,
        .archiveDamaged(entry: nil, reason: .encrypted), .archiveDamaged(entry: "a", reason: .encrypted),
        .entryRefused(entry: "a", reason: .nameEmpty), .tooLarge(limit: 1 << 30), .tooLarge(limit: 100),
        .partMissing("p"), .malformed(part: "p", line: 1, column: 2, reason: .emptyDocument),
        .invalidContent(part: "p", element: .elementOnLine("<c>", line: 3), reason: .notANumber("x")),
        .element("<c>"),
        .noSuchSheet("s", available: []),
        .notAWorksheet("s"),
    ]

    @Test(arguments: Language.allCases)
    func everyMessageHasATextInEveryLanguage(language: Language) {
        for phrase in Self.samples {
            let text = phrase.text(language)
            #expect(!text.isEmpty, "\(phrase) has no \(language) text")
            #expect(text == text.trimmingSpaces().description, "\(phrase): spaces around «\(text)»")
        }
    }

    @Test func englishIsNotNorwegian() {
        // Nynorsk and bokmål may share a sentence («Ugyldig plan.»); English shares none of any length.
        for phrase in Self.samples {
            let (nn, en) = (phrase.nn, phrase.en)
            if nn.count > 25 { #expect(nn != en, "\(phrase): the same in nynorsk and English") }
        }
    }

    @Test func messagePluralsAgreeForZeroOneAndTwo() {
        func collected(_ n: Int, _ language: Language) -> String {
            CommandMessage.collected(reports: n, year: 2022, files: n, new: n, changed: 0, unchanged: 0)
                .text(language)
        }
        #expect(collected(0, .nynorsk) == "0 rapportar for 2022 frå 0 filer: 0 nye, 0 endra, 0 uendra.")
        #expect(collected(1, .nynorsk) == "1 rapport for 2022 frå 1 fil: 1 ny, 0 endra, 0 uendra.")
        #expect(collected(2, .nynorsk) == "2 rapportar for 2022 frå 2 filer: 2 nye, 0 endra, 0 uendra.")
        #expect(collected(1, .bokmal) == "1 rapport for 2022 fra 1 fil: 1 ny, 0 endret, 0 uendret.")
        #expect(collected(2, .bokmal) == "2 rapporter for 2022 fra 2 filer: 2 nye, 0 endret, 0 uendret.")
        #expect(collected(0, .english) == "0 reports for 2022 from 0 files: 0 new, 0 changed, 0 unchanged.")
        #expect(collected(1, .english) == "1 report for 2022 from 1 file: 1 new, 0 changed, 0 unchanged.")

        func nothing(_ errors: Int, _ conflicts: Int, _ language: Language) -> String {
            CommandMessage.collectWroteNothing(plan: "p.yaml", errors: errors, conflicts: conflicts).text(
                language)
        }
        #expect(nothing(0, 1, .nynorsk) == "Ingenting er skrive til p.yaml: 0 feil, 1 konflikt.")
        #expect(nothing(2, 0, .nynorsk) == "Ingenting er skrive til p.yaml: 2 feil, 0 konfliktar.")
        #expect(nothing(1, 2, .bokmal) == "Ingenting er skrevet til p.yaml: 1 feil, 2 konflikter.")
        #expect(nothing(1, 1, .english) == "Nothing was written to p.yaml: 1 error, 1 conflict.")
        #expect(nothing(0, 2, .english) == "Nothing was written to p.yaml: 0 errors, 2 conflicts.")

        #expect(
            CommandMessage.statusRowsNotImported(1).nn
                == "1 rad har Status eller Kommentar; ho er ikkje importert (samle dei inn som sekretariatet sine rapportar: «tiltak collect ARBEIDSBOK --plan PLAN»)."
        )
        #expect(
            CommandMessage.statusRowsNotImported(2).nn
                == "2 rader har Status eller Kommentar; dei er ikkje importerte (samle dei inn som sekretariatet sine rapportar: «tiltak collect ARBEIDSBOK --plan PLAN»)."
        )
        #expect(CommandMessage.statusRowsNotImported(0).en.hasPrefix("0 rows have Status or Comment"))
        #expect(CommandMessage.cellsNotRead(1).nn == "1 celle kunne ikkje tolkast fullt ut (sjå over).")
        #expect(CommandMessage.cellsNotRead(2).nb == "2 celler kunne ikke tolkes fullt ut (se over).")

        func validated(_ n: Int, _ language: Language) -> String {
            CommandMessage.validated(path: "p.yaml", actions: n, errors: n, warnings: n).text(language)
        }
        #expect(validated(0, .nynorsk) == "p.yaml: 0 tiltak, 0 feil, 0 åtvaringar.")
        #expect(validated(1, .nynorsk) == "p.yaml: 1 tiltak, 1 feil, 1 åtvaring.")
        #expect(validated(2, .bokmal) == "p.yaml: 2 tiltak, 2 feil, 2 advarsler.")
        #expect(validated(1, .english) == "p.yaml: 1 action, 1 error, 1 warning.")
        #expect(validated(2, .english) == "p.yaml: 2 actions, 2 errors, 2 warnings.")
    }

    @Test func anExportSaysWhereItWroteWithOneSlash() {
        let message = CommandMessage.exported(files: 16, folder: "ut/", actions: 69, municipalities: 6)
        #expect(message.nn == "Skreiv 16 filer til ut/ (69 tiltak, 6 kommunar).")
        #expect(message.nb == "Skrev 16 filer til ut/ (69 tiltak, 6 kommuner).")
        #expect(message.en == "Wrote 16 files to ut/ (69 actions, 6 municipalities).")
        let one = CommandMessage.exported(files: 1, folder: "ut", actions: 1, municipalities: nil)
        #expect(one.nn == "Skreiv 1 fil til ut/ (1 tiltak).")
        #expect(one.en == "Wrote 1 file to ut/ (1 action).")
    }

    @Test func aWorkbookReasonIsOneSentenceInEachLanguage() {
        let reason = XLSXReaderMessage.invalidContent(
            part: "xl/worksheets/sheet1.xml", element: .elementOnLine("<c>", line: 3),
            reason: .notANumber("x"))
        #expect(reason.nn == "xl/worksheets/sheet1.xml, <c> på linje 3: «x» er ikkje eit tal")
        #expect(reason.nb == "xl/worksheets/sheet1.xml, <c> på linje 3: «x» er ikke et tall")
        #expect(reason.en == "xl/worksheets/sheet1.xml, <c> on line 3: “x” is not a number")
    }

    @Test func aMessageComposedPerLanguageKeepsEachLanguage() {
        let message = Message { language in
            "\(ValidationPlace.title.text(language)): \(ValidationMessage.missingText.text(language))"
        }
        #expect(message.nn == "Tittel: Tiltaket har ingen tekst.")
        #expect(message.nb == "Tittel: Tiltaket har ingen tekst.")
        #expect(message.en == "Title: The action has no text.")
        #expect(Message(SeverityWord.warning).nb == "advarsel")
        #expect(Message.verbatim("x").en == "x")
    }
}
