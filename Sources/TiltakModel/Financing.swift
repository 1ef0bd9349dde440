import TiltakLanguage

/// What an action's remark says about money.
public struct Financing: Hashable, Sendable {
    /// The financing need read from the remark.
    public enum Need: String, Hashable, Sendable, CaseIterable {
        /// The remark is not about financing.
        case none
        /// Needs financing; a source may be named (`Krev finansiering`, `Krev kom. finansiering`).
        case needsFinancing = "needs-financing"
        /// Funds are to be applied for (`Søke midlar frå Viken`).
        case applyForFunds = "apply-for-funds"
        /// Funds were applied for; the answer is pending (`Søkt midlar frå Viken`).
        case fundsApplied = "funds-applied"
        /// Partly financed (`Delfinansiert frå Viken`).
        case partlyFinanced = "partly-financed"
        /// Financing is uncertain (`Finansiering frå fylke?`).
        case uncertain
        /// Needs a resource (a person, a position) rather than money (`Krev ein regional ressurs`).
        case needsResource = "needs-resource"
        /// Only a cost is stated (`Prosjekt Kostnad 250 000`); funding is not secured.
        case costEstimate = "cost-estimate"
        /// Funding is secured (`Finansiert`, `Innanfor budsjett`).
        case financed

        /// The need's name in the catalogue.
        public var word: FinancingWord {
            switch self {
            case .none: .noRemark
            case .needsFinancing: .needsFinancing
            case .applyForFunds: .applyForFunds
            case .fundsApplied: .fundsApplied
            case .partlyFinanced: .partlyFinanced
            case .uncertain: .uncertain
            case .needsResource: .needsResource
            case .costEstimate: .costEstimate
            case .financed: .financed
            }
        }

        /// The need in `language`, as sheets and reports name it (`Krev finansiering`).
        public func text(_ language: Language) -> String { word.text(language) }

        /// Whether an action with this need lacks secured funding.
        public var isUnfinanced: Bool {
            switch self {
            case .none, .financed: false
            default: true
            }
        }
    }

    /// The need.
    public var need: Need
    /// Who to approach for the money, if the remark names it (`Viken`, `kom.`).
    public var source: PartyReference?
    /// The resource asked for, for ``Need/needsResource``.
    public var resource: String?
    /// The cost, if the remark states one.
    public var cost: Cost?
    /// Whether the remark speaks of an amount that could not be read.
    public var hasUnreadableAmount: Bool

    /// Creates a financing reading.
    public init(
        need: Need, source: PartyReference? = nil, resource: String? = nil, cost: Cost? = nil,
        hasUnreadableAmount: Bool = false
    ) {
        self.need = need
        self.source = source
        self.resource = resource
        self.cost = cost
        self.hasUnreadableAmount = hasUnreadableAmount
    }

    /// No financing remark.
    public static let none = Financing(need: .none)

    /// Whether the action lacks secured funding (including stated costs and resource needs).
    public var isUnfinanced: Bool { need.isUnfinanced }

    /// The need, source, resource and cost in `language`, parties by their names in `registry`:
    /// `Krev finansiering, kjelde: Viken, kostnad: 250 000 kr`.
    public func summary(registry: PartyRegistry, _ language: Language) -> String {
        var parts = [need.text(language)]
        if let source { parts.append(FinancingWord.source(registry.displayName(source)).text(language)) }
        if let resource, !resource.isEmpty { parts.append(FinancingWord.resource(resource).text(language)) }
        if let cost { parts.append(FinancingWord.cost(Kroner.format(cost, language)).text(language)) }
        return parts.joined(separator: ", ")
    }
}

/// A cost in Norwegian kroner, one-off or per year.
public struct Cost: Hashable, Sendable {
    /// How often the cost falls.
    public enum Recurrence: String, Hashable, Sendable {
        /// Once.
        case once
        /// Every year the action runs.
        case perYear = "year"

        /// The cost type in `language` (`Eingongs`, `Per år`).
        public func text(_ language: Language) -> String {
            switch self {
            case .once: FinancingWord.once.text(language)
            case .perYear: FinancingWord.perYear.text(language)
            }
        }
    }

    /// Whole kroner.
    public var amount: Int
    /// How often it falls.
    public var recurrence: Recurrence

    /// Creates a cost.
    public init(amount: Int, recurrence: Recurrence) {
        self.amount = amount
        self.recurrence = recurrence
    }
}
