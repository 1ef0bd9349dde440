import TiltakLanguage
import TiltakModel
import TiltakRuntime

/// The plain-text reports Tiltak writes for the council.
public enum ReportKind: String, CaseIterable, Sendable {
    /// The council overview (`moteoversikt.txt`).
    case moteoversikt
    /// One municipality's actions (`kommunar/<Kommune>.txt`; `kommuner/`, `municipalities/`).
    case kommune
    /// The audit of unfinanced actions (`ufinansiert.txt`).
    case ufinansiert
    /// The agenda for the annual revision meeting (`revisjon-<år>.txt`).
    case revisjon
    /// Who has returned their status reports for a year (`innsamling.txt`).
    case innsamling

    /// The name of the template that renders this report (without `.mustache`).
    public var templateName: String { rawValue }

    /// The file name `tiltak export` writes the report to, relative to the export folder, in the
    /// report's language (``ReportOptions/language(for:)``): `moteoversikt.txt`, `revisjon-2021.txt`,
    /// `meeting-overview.txt`.
    ///
    /// For ``kommune`` the municipality of `options` is resolved against the plan's registry,
    /// so an unknown municipality throws ``ReportError/unknownMunicipality(_:known:)``; its file is
    /// named by ``PartyFileNames``, as its workbook is, in the folder of the municipalities.
    public func fileName(plan: Plan, options: ReportOptions) throws(ReportError) -> String {
        let language = options.language(for: plan)
        switch self {
        case .moteoversikt: return DocumentName.meetingOverview.text(language) + ".txt"
        case .ufinansiert: return DocumentName.unfinanced.text(language) + ".txt"
        case .revisjon:
            return DocumentName.revision(year: options.year ?? plan.revision.date.year).text(language)
                + ".txt"
        case .innsamling: return DocumentName.returns.text(language) + ".txt"
        case .kommune:
            let municipality = try MunicipalityLookup.resolve(options.municipality, in: plan)
            let stem = PartyFileNames(registry: plan.registry).stem(for: municipality)
            return "\(DocumentName.municipalityFolder.text(language))/\(stem).txt"
        }
    }
}
