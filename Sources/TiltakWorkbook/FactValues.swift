import TiltakLanguage
import TiltakLayout
import TiltakModel

/// The values of the labelled facts (``FactKey``) the `Om` and `Oversikt` sheets show.
enum FactValues {
    /// The value of `fact` for a workbook of `plan` made from `source`, for `municipality` if it is
    /// one municipality's or other party's task workbook (else the party's facts are empty).
    static func value(
        of fact: FactKey, _ plan: Plan, source: WorkbookSource, municipality: Party? = nil
    ) -> String {
        switch fact {
        case .planID: plan.id
        case .plan: plan.title
        case .period: plan.period.text
        case .revision: plan.revision.label
        case .revisionDate: plan.revision.date.iso
        case .municipalityCode: municipality?.code ?? ""
        case .municipality: municipality?.name ?? ""
        case .partyCode: municipality?.code ?? ""
        case .party: municipality?.name ?? ""
        case .sourceFile: source.path
        case .sha256: source.sha256
        case .deadline: plan.revision.deadline?.iso ?? ""
        case .contact: plan.contact
        }
    }
}
