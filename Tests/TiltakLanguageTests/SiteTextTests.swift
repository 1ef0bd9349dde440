import Testing

@testable import TiltakLanguage

/// The web site's words: every one in every language, the default folder as the issue names it.
@Suite("Site words")
struct SiteTextTests {
    /// Every site phrase, with sample values.
    static let phrases: [SiteText] = [
        .folder, .skipLink, .navigation, .frontPage, .focusAreas, .parties, .unfinancedPage,
        .revisionPage(year: 2024), .goal, .progress(year: 2024), .areaTableCaption(year: 2024),
        .unfinancedCount,
        .total, .actionTableCaption("Samferdsel"), .partyStatus, .history, .historyCaption(id: "KM-04"),
        .year,
        .collected, .noReports, .partyIntro(responsible: 3, involved: 2), .actionTitle(id: "KM-04"),
        .partyTitle("Gol"), .partyTableCaption("Gol"), .partiesCaption, .filterHeading, .all, .municipality,
        .onlyUnfinanced, .shownTemplate, .factsCaption, .footer(plan: "Plan", revision: "Utkast"),
        .costTotals,
        .needCaption("Krev finansiering"), .sumsCaption, .noActions, .agendaCaption("1. Fullførte tiltak"),
        .publishAbstract, .publishDiscussion, .publishOut, .publishYear, .publishTemplates,
        .published(files: 3, folder: "nettstad", actions: 2), .removedPages(["tiltak/NK-22.html"]),
        .removedPages(["a.html", "b.html"]), .party, .kind,
        .throughGroup(group: "Kommunane", actions: 4),
    ]

    @Test(arguments: Language.allCases)
    func everySiteWordHasATextInEveryLanguage(language: Language) {
        for phrase in Self.phrases {
            let text = phrase.text(language)
            #expect(!text.isEmpty, "\(phrase) has no \(language) text")
            #expect(text == text.trimmingSpaces().description, "\(phrase): spaces around «\(text)»")
        }
    }

    @Test func siteWordsInEachLanguage() {
        #expect(SiteText.folder.text(.nynorsk) == "nettstad")
        #expect(SiteText.folder.text(.bokmal) == "nettstad")
        #expect(SiteText.folder.text(.english) == "site")
        #expect(SiteText.skipLink.text(.bokmal) == "Gå til hovedinnholdet")
        #expect(SiteText.shownTemplate.text(.english).contains("{n}"))
        #expect(
            SiteText.published(files: 3, folder: "nettstad", actions: 2).text(.nynorsk)
                == "Skreiv 3 filer til nettstad/ (2 tiltak).")
    }
}
