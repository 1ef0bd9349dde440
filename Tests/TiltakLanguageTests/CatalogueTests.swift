import Testing

@testable import TiltakLanguage

/// Every key has a text in every language, and the language follows the environment.
@Suite("Language catalogue")
struct CatalogueTests {
    /// Every phrase that has no payload, of every kind, and each phrase with a payload with sample
    /// values.
    static let phrases: [any Phrase] =
        SheetKey.allCases.map { $0 as any Phrase } + ColumnKey.allCases.map { $0 }
        + FactKey.allCases.map { $0 } + documentPhrases + languagePhrases + ledgerPhrases + taskSheetPhrases
        + AboutPlanText.allCases.map { $0 }

    /// The task sheet's title block, with sample values (deadline and contact set and not).
    static let taskSheetPhrases: [any Phrase] =
        ([
            .title(party: "Gol"), .plan(title: "Plan", revision: "Revisjon 2022"),
            .plan(title: "Plan", revision: ""),
            .deadline("1. mars 2024"), .deadline(nil), .contact("post@hallingdal.no"), .contact(nil),
            .statusHelp(statuses: ["Ikkje starta", "Pågår"]), .commentHelp,
            .returnHelp(to: "Regionrådet", by: "1. mars 2024"), .returnHelp(to: nil, by: nil),
            .date(day: 1, month: 3, year: 2024), .date(day: 31, month: 12, year: 2024),
        ] as [TaskSheetText]).map { $0 as any Phrase }

    /// What Tiltak says about the status ledger, with sample values.
    static let ledgerPhrases: [any Phrase] =
        ([
            .fileHeader, .ledgerForOtherPlan(ledger: "a", plan: "b"), .ledgerForOtherPlanHint,
            .collectWrote(ledger: "p.status.yaml", reports: 1, backup: nil),
            .collectWrote(ledger: "p.status.yaml", reports: 2, backup: "p.status.yaml.x.bak"),
            .lateReturn(file: "Gol.xlsx", revision: "2021-04-10", year: 2021),
            .councilWorkbookNeedsParty(file: "møte.xlsx"), .noRegionalCouncil(file: "møte.xlsx"),
            .councilWorkbookOtherRevision(
                file: "møte.xlsx", fileRevision: "2020-01-01", planRevision: "2021-04-10"),
            .councilWorkbooksOfDifferentRevisions, .migrateAbstract, .migrateDiscussion, .migratePlan,
            .migrated(plan: "p.yaml", reports: 2, ledger: "p.status.yaml", backup: "p.yaml.x.bak"),
            .nothingToMigrate(plan: "p.yaml"), .migrateNeedsPlanFile("p.csv"), .statusNotMovable(line: 3),
            .statusNotMovableHint, .revisionNotEditable(line: 13), .revisionNotEditableHint,
            .reviseWroteLedger(ledger: "p.status.yaml", reports: 2),
        ] as [LedgerMessage]).map { $0 as any Phrase }

    /// The words of documents: status, financing, timeframes, roles, flags, kinds of party, changes,
    /// the workbooks' and reports' texts, file names.
    static let documentPhrases: [any Phrase] =
        ([.notStarted, .inProgress, .done, .postponed, .cancelled, .notReported] as [StatusWord]).flatMap {
            [$0, StatusWord.short($0)] as [any Phrase]
        } + [
            StatusWord.doneOf(done: 2, expected: 6), .counted(.cancelled, count: 1, expected: 6),
            .counted(.notReported, count: 3, expected: nil), .reportedOf(reported: 1, expected: 6),
        ]
        + ([
            .noRemark, .needsFinancing, .applyForFunds, .fundsApplied, .partlyFinanced, .uncertain,
            .needsResource,
            .costEstimate, .financed, .once, .perYear, .amount(250_000), .oneOffCost(300_000),
            .yearlyCost(1_000_000), .source("Viken"), .resource("ein person"), .cost("250 000 kr"),
        ] as [FinancingWord]).map { $0 as any Phrase }
        + ([
            .annual, .continuous, .unknown, .until(2025), .starting(2022), .spring(2021), .summer(2021),
            .autumn(2021), .winter(2021), .month(5, year: 2021), .quarter(2, year: 2023),
            .half(1, year: 2024),
        ] as [TimeframeWord]).map { $0 as any Phrase }
        + RoleWord.allCases.map { $0 as any Phrase } + FlagWord.allCases.map { $0 }
        + PartyKindWord.allCases.map { $0 }
        + ([
            .added, .removed, .moved, .changed, .placement, .closed, .yes, .no, .uncertain, .report,
            .reportOf(year: 2021, party: "Gol"), .summary(added: 1, removed: 2, moved: 0, changed: 3),
            .summary(added: 0, removed: 0, moved: 0, changed: 0),
        ] as [ChangeWord]).map { $0 as any Phrase }
        + ([
            .sum, .field, .before, .after, .none, .note, .responsibleParty, .noResponsible, .noTheme,
            .actions,
            .actionCount, .withCount("Krev finansiering", actions: 3), .progressByArea(year: 2021),
            .progressByResponsible(year: 2021), .owner,
        ] as [DocumentWord]).map { $0 as any Phrase }
        + ([.municipalityFolder, .meetingOverview, .unfinanced, .revision(year: 2021), .returns]
        as [DocumentName]).map {
            $0 as any Phrase
        }
        + workbookTexts + reportTexts + agendaTexts + costTexts
        + ([.raisedBy, .cell(field: "Tidsramme", text: "?? Realistisk")] as [DoubtText]).map {
            $0 as any Phrase
        }

    static let costTexts: [any Phrase] =
        ([
            .basis, .once(year: 2025), .once(year: nil),
            .perYear(amount: "1 kr", years: 2, span: "2022–2023"),
            .estimate, .notStated, .needSubtotal(need: "krev finansiering", withCost: 1, actions: 2),
            .total(withCost: 1, actions: 2), .byNeed, .byResponsible, .byYear, .actions, .withCost,
            .overPeriod,
            .withoutYear, .estimateMark, .rule(remaining: "2022–2024"), .estimateNote,
        ] as [CostText]).map { $0 as any Phrase }

    static let workbookTexts: [any Phrase] =
        ([
            .councilSubject(period: "2021–2024"), .tasksSubject(municipality: "Ål", period: "2021–2024"),
            .changesSubject(old: "A", new: "B"), .programmeKeyword, .actionsKeyword, .tasksKeyword,
            .changesKeyword,
            .pageFooter, .oneOffCosts, .yearlyCosts, .actionsByAreaAndNeed, .activeActionsPerYear, .year,
            .activeActions, .unknownOrOutsidePeriod, .actionsByResponsible,
            .unreadableAmount, .noActionsInArea, .goalNumber, .resultGoal, .severity,
            .message,
            .noFindings, .chooseStatus, .invalidStatus, .chooseFromList, .change,
        ] as [WorkbookText]).map { $0 as any Phrase }

    /// The agenda's and the returns report's texts, with sample values.
    static let agendaTexts: [any Phrase] =
        ([
            .finishedHeading(number: 1), .finishedIntro(year: 2021), .inProgressHeading(number: 2),
            .inProgressIntro(year: 2021), .stoppedHeading(number: 3), .stoppedIntro(year: 2021),
            .notReportedHeading(number: 4), .notReportedIntro(year: 2021), .overdueHeading(number: 5),
            .overdueIntro(year: 2021), .unsettledHeading(number: 6), .doubtsHeading(number: 7),
            .duplicatesHeading(number: 8), .findingsHeading(number: 9), .reports, .endedIn(2021),
            .returnsTitle(year: 2021, plan: "P"), .statusYear, .returnsHeading,
            .returnsIntro(returned: 1, parties: 1, year: 2021),
            .returnsIntro(returned: 2, parties: 8, year: 2021),
            .owingHeading, .owingIntro(year: 2021), .nothingOwed, .returned, .returnedOn(date: "2021-11-03"),
            .notReturned, .party, .delivery,
            .date, .file, .reportCount, .missingCount, .section,
        ] as [AgendaText]).map { $0 as any Phrase }
        + AgendaSectionWord.allCases.map { AgendaText.sectionName($0) as any Phrase }

    static let reportTexts: [any Phrase] =
        ([
            .meetingOverviewTitle(plan: "P"), .summaryByArea, .withResponsible, .withTimeframe, .unfinanced,
            .noKnownFocusArea, .notSettled, .notStated, .unreadableAmount, .cost, .overPeriod, .resource,
            .missing,
            .lacks(timeframe: true, responsible: true), .lacks(timeframe: false, responsible: true),
            .sameText,
            .breakdown, .quoted("snart"), .municipalityTitle(municipality: "Ål", plan: "P"),
            .municipalityIntro(municipality: "Ål", responsible: 1, involved: 2, throughGroup: 1),
            .municipalityIntro(municipality: "Ål", responsible: 0, involved: 0, throughGroup: 0),
            .roleThrough(role: "Ansvar", group: "Kommunane"), .pilot(municipality: "Gol"),
            .revisionYear(2021),
            .ongoing, .noTimeframe, .earlierYears, .unfinancedTitle(plan: "P"), .ofActions(1, total: 2),
            .responsibleGroup("RR"), .unfinancedCosts, .realismDoubts, .unreadableAmounts, .oneOffCosts,
            .yearlyCosts, .overPlanPeriod("2021–2024"), .amount, .costNote(actionsWithCost: 1),
            .costNote(actionsWithCost: 3), .revisionTitle(year: 2021, plan: "P"), .meetingYear,
            .plannedHeading(year: 2021), .plannedIntro(year: 2021), .overdueHeading,
            .overdueIntro(year: 2021),
            .ongoingHeading, .ongoingIntro, .unsettledHeading, .unsettledIntro, .doubtsHeading, .doubtsIntro,
            .duplicatesHeading, .duplicatesIntro, .findingsHeading, .findingsIntro(1), .findingsIntro(2),
            .wholePlan,
            .errorMark, .changesTitle(plan: "P"), .changes, .changeSection(.added, count: 1),
            .changeSection(.removed, count: 2), .changeSection(.moved, count: 1),
            .changeSection(.changed, count: 3),
            .noChanges,
        ] as [ReportText]).map { $0 as any Phrase }

    /// The phrases about a plan's language and the words of a new plan, with sample values.
    static let languagePhrases: [any Phrase] =
        Language.allCases.flatMap { found in
            Language.allCases.map { declared in
                LanguageCheckMessage.textsLookLike(
                    found: found, declared: declared, examples: ["ikke", "fra"])
                    as any Phrase
            }
        }
        + Language.allCases.flatMap { [LanguageCheckMessage.tableLanguage($0), .tableLanguageUndecided($0)] }
        + [NewPlanText.importedFrom(file: "tiltak.csv"), NewPlanText.municipalityGroup]

    @Test(arguments: Language.allCases)
    func everyKeyHasATextInEveryLanguage(language: Language) {
        for phrase in Self.phrases {
            let text = phrase.text(language)
            #expect(!text.isEmpty, "\(phrase) has no \(language) text")
            #expect(text == text.trimmingSpaces().description, "\(phrase): spaces around «\(text)»")
        }
        for noun in Noun.allCases {
            let forms = language.forms(of: noun)
            #expect(!forms.one.isEmpty && !forms.other.isEmpty, "\(noun) in \(language)")
        }
    }

    @Test(arguments: Language.allCases)
    func sheetNamesAreDistinctAndFitExcel(language: Language) {
        let names = SheetKey.allCases.map { $0.text(language) }
        #expect(Set(names.map { $0.lowercased() }).count == names.count, "\(names)")
        for name in names {
            #expect(name.count <= 31 && !name.contains(where: { "[]:*?/\\".contains($0) }), "\(name)")
        }
    }

    /// The readers take a sheet name, caption or label of any language: no text may mean one key in
    /// one language and another key in another.
    @Test func namesCaptionsAndLabelsMeanOneKeyInEveryLanguage() {
        func check<Key: Phrase & Hashable>(_ keys: [Key]) {
            var meaning: [String: Key] = [:]
            for language in Language.allCases {
                for key in keys {
                    let text = key.text(language)
                    if let other = meaning[text] { #expect(other == key, "«\(text)»: \(other) and \(key)") }
                    meaning[text] = key
                }
            }
        }
        check(SheetKey.allCases)
        check(ColumnKey.allCases)
        check(FactKey.allCases)
        check([StatusWord.notStarted, .inProgress, .done, .postponed, .cancelled, .notReported])
    }

    @Test func documentWordsInEachLanguage() {
        #expect(StatusWord.notStarted.text(.bokmal) == "Ikke startet")
        #expect(StatusWord.postponed.text(.nynorsk) == "Utsett")
        #expect(StatusWord.postponed.text(.bokmal) == "Utsatt")
        #expect(StatusWord.doneOf(done: 2, expected: 6).text(.english) == "2 of 6 done")
        #expect(StatusWord.counted(.cancelled, count: 1, expected: 6).text(.nynorsk) == "1 av 6 avlyst")
        #expect(
            StatusWord.counted(.notReported, count: 3, expected: nil).text(.bokmal) == "3 ikke rapportert")
        #expect(StatusWord.counted(.notStarted, count: 2, expected: nil).text(.english) == "2 not started")
        #expect(StatusWord.reportedOf(reported: 1, expected: 6).text(.english) == "1 of 6")
        #expect(ChangeWord.reportOf(year: 2021, party: "Gol").text(.nynorsk) == "Rapport 2021, Gol")
        #expect(TimeframeWord.autumn(2024).text(.nynorsk) == "Haust 2024")
        #expect(TimeframeWord.autumn(2024).text(.bokmal) == "Høst 2024")
        #expect(TimeframeWord.autumn(2024).text(.english) == "Autumn 2024")
        #expect(TimeframeWord.month(5, year: 2021).text(.nynorsk) == "mai 2021")
        #expect(TimeframeWord.month(5, year: 2021).text(.english) == "May 2021")
        #expect(TimeframeWord.continuous.text(.bokmal) == "Løpende")
        #expect(FinancingWord.amount(1_250_000).text(.nynorsk) == "1 250 000 kr")
        #expect(FinancingWord.amount(1_250_000).text(.english) == "NOK 1,250,000")
        #expect(FinancingWord.oneOffCost(300_000).text(.bokmal) == "300 000 kr (engangs)")
        #expect(DocumentName.municipalityFolder.text(.nynorsk) == "kommunar")
        #expect(DocumentName.municipalityFolder.text(.bokmal) == "kommuner")
        #expect(DocumentName.municipalityFolder.text(.english) == "municipalities")
        #expect(
            ChangeWord.summary(added: 1, removed: 1, moved: 0, changed: 2).text(.nynorsk)
                == "1 nytt, 1 fjerna, 2 endra")
        #expect(
            ChangeWord.summary(added: 2, removed: 0, moved: 1, changed: 0).text(.bokmal) == "2 nye, 1 flyttet"
        )
        #expect(ChangeWord.summary(added: 0, removed: 0, moved: 0, changed: 0).text(.english) == "No changes")
        #expect(
            DocumentWord.withCount("Needs financing", actions: 1).text(.english)
                == "Needs financing (1 action)")
        #expect(ReportText.findingsIntro(1).text(.nynorsk) == "1 merknad frå kontrollen av planfila.")
        #expect(ReportText.findingsIntro(2).text(.english) == "2 findings from the check of the plan file.")
        #expect(
            ReportText.costNote(actionsWithCost: 1).text(.nynorsk).hasPrefix(
                "Summane gjeld det eine tiltaket "))
    }

    @Test func numbersAgreeWithTheirNouns() {
        #expect(Language.nynorsk.count(0, .file) == "0 filer")
        #expect(Language.nynorsk.count(1, .file) == "1 fil")
        #expect(Language.nynorsk.count(2, .file) == "2 filer")
        #expect(Language.nynorsk.count(1, .conflict) == "1 konflikt")
        #expect(Language.nynorsk.count(0, .conflict) == "0 konfliktar")
        #expect(Language.bokmal.count(2, .conflict) == "2 konflikter")
        #expect(Language.nynorsk.count(1, .row) == "1 rad")
        #expect(Language.nynorsk.count(3, .row) == "3 rader")
        #expect(Language.english.count(1, .municipality) == "1 municipality")
        #expect(Language.english.count(0, .municipality) == "0 municipalities")
        #expect(Language.english.count(2, .error) == "2 errors")
        #expect(Language.bokmal.count(1, .error) == "1 feil")
    }

    @Test func theLanguageOfMessagesFollowsTheEnvironment() {
        #expect(Language.messages(environment: [:]) == .nynorsk)
        #expect(Language.messages(environment: ["LANG": "nb_NO.UTF-8"]) == .bokmal)
        #expect(Language.messages(environment: ["LANG": "no_NO"]) == .bokmal)
        #expect(Language.messages(environment: ["LANG": "nn_NO.UTF-8"]) == .nynorsk)
        #expect(Language.messages(environment: ["LANG": "en_GB.UTF-8"]) == .english)
        #expect(Language.messages(environment: ["LANG": "C.UTF-8"]) == .nynorsk)
        #expect(Language.messages(environment: ["LANG": "de_DE.UTF-8"]) == .nynorsk)
        // LC_ALL before LC_MESSAGES before LANG; TILTAK_LANGUAGE before them all.
        #expect(Language.messages(environment: ["LC_ALL": "en_US", "LANG": "nb_NO"]) == .english)
        #expect(Language.messages(environment: ["LC_MESSAGES": "nb_NO", "LANG": "en_US"]) == .bokmal)
        #expect(Language.messages(environment: ["LC_ALL": "", "LANG": "en_US"]) == .english)
        #expect(Language.messages(environment: ["TILTAK_LANGUAGE": "nb", "LC_ALL": "en_US"]) == .bokmal)
        #expect(Language.messages(environment: ["TILTAK_LANGUAGE": "en"]) == .english)
        // An unknown TILTAK_LANGUAGE falls back to the locale.
        #expect(Language.messages(environment: ["TILTAK_LANGUAGE": "sv", "LANG": "nb_NO"]) == .bokmal)
    }

    @Test func languageCodesAndNamesAreRead() {
        #expect(Language(code: "nn") == .nynorsk)
        #expect(Language(code: " NB ") == .bokmal)
        #expect(Language(code: "Bokmål") == .bokmal)
        #expect(Language(code: "english") == .english)
        #expect(Language(code: "sv") == nil)
    }
}
