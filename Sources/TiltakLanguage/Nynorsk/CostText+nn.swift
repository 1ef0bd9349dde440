/// The words of costs over the plan period in nynorsk.
extension CostText {
    public var nn: String {
        switch self {
        case .basis: "Grunnlag"
        case .once(let year): year.map { "eingongs, \($0)" } ?? "eingongs, året er ikkje kjent"
        case .perYear(let amount, let years, let span): "\(amount) × \(years) år (\(span))"
        case .estimate: "anslag: tidsramma er ukjend, rekna for resten av perioden"
        case .notStated: "ikkje oppgitt"
        case .needSubtotal(let need, let withCost, let actions):
            "Sum \(need) (\(withCost) av \(actions) med kostnad)"
        case .total(let withCost, let actions):
            "Sum ufinansierte tiltak (\(withCost) av \(actions) med kostnad)"
        case .byNeed: "Per finansieringsbehov"
        case .byResponsible: "Per ansvarleg"
        case .byYear: "Per år"
        case .actions: "Tiltak"
        case .withCost: "Med kostnad"
        case .overPeriod: "Over perioden"
        case .withoutYear: "Utan år (eingongs, tidsramme ukjend)"
        case .estimateMark: "*"
        case .rule(let remaining):
            "Over perioden: ein eingongskostnad tel éin gong, i det fyrste året tiltaket er aktivt; ein årleg "
                + "kostnad tel for kvart år tiltaket er aktivt i perioden. Er tidsramma ukjend, tel ein årleg "
                + "kostnad for resten av perioden (\(remaining)), som eit anslag."
        case .estimateNote: "* inneheld anslag for tiltak med ukjend tidsramme."
        }
    }
}
