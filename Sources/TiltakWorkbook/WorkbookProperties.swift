import Foundation
import TiltakLanguage
import TiltakModel
import XlsxWriter

/// Document properties derived from the plan, with the revision date as creation time for reproducible files.
enum WorkbookProperties {
    /// Title, subject, author (the plan owner), keywords, comments (`Plan-ID <id>, <revision>`, the
    /// label in `language`) and creation date.
    static func make(_ plan: Plan, subject: String, keywords: [String], language: Language)
        -> DocumentProperties
    {
        DocumentProperties(
            title: plan.title, subject: subject, author: plan.owner.isEmpty ? nil : plan.owner,
            keywords: keywords.filter { !$0.isEmpty }.joined(separator: ", "),
            comments: "\(FactKey.planID.text(language)) \(plan.id), \(plan.revision.label)",
            created: Date(timeIntervalSince1970: TimeInterval(plan.revision.date.unixNoonUTC)))
    }

    /// The council workbook's properties in `language`.
    static func council(_ plan: Plan, language: Language) -> DocumentProperties {
        make(
            plan, subject: WorkbookText.councilSubject(period: plan.period.text).text(language),
            keywords: [
                WorkbookText.programmeKeyword.text(language), plan.region, plan.period.text,
                WorkbookText.actionsKeyword.text(language),
            ], language: language)
    }
}
