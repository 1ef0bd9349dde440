import Foundation
import TiltakModel
import XlsxWriter

/// Document properties derived from the plan, with the revision date as creation time for reproducible files.
enum WorkbookProperties {
    /// Title, subject, author (the plan owner), keywords and creation date.
    static func make(_ plan: Plan, subject: String, keywords: [String]) -> DocumentProperties {
        DocumentProperties(
            title: plan.title, subject: subject, author: plan.owner.isEmpty ? nil : plan.owner,
            keywords: keywords.filter { !$0.isEmpty }.joined(separator: ", "),
            comments: "Plan-ID \(plan.id), \(plan.revision.label)",
            created: Date(timeIntervalSince1970: TimeInterval(plan.revision.date.unixNoonUTC)))
    }
}
