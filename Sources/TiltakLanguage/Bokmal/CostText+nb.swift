/// The words of costs over the plan period in bokmål.
extension CostText {
    public var nb: String {
        switch self {
        case .basis: "Grunnlag"
        case .once(let year): year.map { "engangs, \($0)" } ?? "engangs, året er ikke kjent"
        case .perYear(let amount, let years, let span): "\(amount) × \(years) år (\(span))"
        case .estimate: "anslag: tidsrammen er ukjent, regnet for resten av perioden"
        case .notStated: "ikke oppgitt"
        case .needSubtotal(let need, let withCost, let actions):
            "Sum \(need) (\(withCost) av \(actions) med kostnad)"
        case .total(let withCost, let actions):
            "Sum ufinansierte tiltak (\(withCost) av \(actions) med kostnad)"
        case .byNeed: "Per finansieringsbehov"
        case .byResponsible: "Per ansvarlig"
        case .byYear: "Per år"
        case .actions: "Tiltak"
        case .withCost: "Med kostnad"
        case .overPeriod: "Over perioden"
        case .withoutYear: "Uten år (engangs, tidsramme ukjent)"
        case .estimateMark: "*"
        case .rule(let remaining):
            "Over perioden: en engangskostnad teller én gang, i det første året tiltaket er aktivt; en årlig "
                + "kostnad teller for hvert år tiltaket er aktivt i perioden. Er tidsrammen ukjent, teller en "
                + "årlig kostnad for resten av perioden (\(remaining)), som et anslag."
        case .estimateNote: "* inneholder anslag for tiltak med ukjent tidsramme."
        }
    }
}
