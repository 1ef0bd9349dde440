import TiltakModel

/// Finds the municipality a report option means.
enum MunicipalityLookup {
    /// The municipality with this code or name (case-insensitive, aliases included).
    static func resolve(_ name: String?, in plan: Plan) throws(ReportError) -> Party {
        let known = plan.registry.municipalities.map(\.name)
        guard let name, !name.isEmpty else { throw .missingMunicipality(known: known) }
        let municipalities = plan.registry.municipalities
        if let byCode = municipalities.first(where: { $0.code.uppercased() == name.uppercased() }) {
            return byCode
        }
        if let party = plan.registry.resolve(name), party.kind == .municipality {
            return party
        }
        throw .unknownMunicipality(name, known: known)
    }
}
