import TiltakModel
import TiltakRuntime

/// The plain-text reports Tiltak writes for the council.
public enum ReportKind: String, CaseIterable, Sendable {
    /// The council overview (`moteoversikt.txt`).
    case moteoversikt
    /// One municipality's actions (`kommunar/<Kommune>.txt`).
    case kommune
    /// The audit of unfinanced actions (`ufinansiert.txt`).
    case ufinansiert
    /// The agenda for the annual revision meeting (`revisjon-<år>.txt`).
    case revisjon

    /// The name of the template that renders this report (without `.mustache`).
    public var templateName: String { rawValue }

    /// The file name `tiltak export` writes the report to, relative to the export folder.
    ///
    /// For ``kommune`` the municipality of `options` is resolved against the plan's registry,
    /// so an unknown municipality throws ``ReportError/unknownMunicipality(_:known:)``; its file is
    /// named by ``PartyFileNames``, as its workbook is.
    public func fileName(plan: Plan, options: ReportOptions) throws(ReportError) -> String {
        switch self {
        case .moteoversikt: return "moteoversikt.txt"
        case .ufinansiert: return "ufinansiert.txt"
        case .revisjon: return "revisjon-\(options.year ?? plan.revision.date.year).txt"
        case .kommune:
            let municipality = try MunicipalityLookup.resolve(options.municipality, in: plan)
            return "kommunar/\(PartyFileNames(registry: plan.registry).stem(for: municipality)).txt"
        }
    }
}
