import TiltakLanguage

/// The parties a plan knows, matched by code, name and aliases.
public struct PartyRegistry: Hashable, Sendable {
    /// Parties in registry order.
    public private(set) var parties: [Party]
    private var byKey: [ExactText: String]
    private var byCode: [String: Int]

    /// Creates a registry. A plan without a municipality group gets one (code `KOM`) made of its
    /// municipalities, named in `language` (`Kommunane`, `Kommunene`, `The municipalities`).
    public init(parties: [Party] = [], language: Language = .nynorsk) {
        var list = parties
        if !list.contains(where: { $0.kind == .municipalityGroup }) {
            let members = list.filter { $0.kind == .municipality }.map(\.code)
            let code = list.contains(where: { $0.code == "KOM" }) ? "KOMMUNANE" : "KOM"
            list.append(
                Party(
                    code: code, name: NewPlanText.municipalityGroup.text(language), kind: .municipalityGroup,
                    aliases: PartyRegistry.municipalityGroupAliases, members: members))
        }
        self.parties = list
        self.byKey = [:]
        self.byCode = [:]
        for (index, party) in list.enumerated() {
            byCode[party.code] = index
        }
        // Codes first, then names, then aliases: a later, weaker claim never overrides an earlier one.
        for party in list { claim(party.code, for: party.code) }
        for party in list { claim(party.name, for: party.code) }
        for party in list {
            for alias in party.aliases { claim(alias, for: party.code) }
            if party.kind == .municipalityGroup {
                for alias in PartyRegistry.municipalityGroupAliases { claim(alias, for: party.code) }
            }
            if party.kind == .municipality {
                claim(party.name + " kommune", for: party.code)
            }
        }
    }

    /// Spellings that mean "all the municipalities" in nynorsk and bokmål, including the seed's `commune`.
    public static let municipalityGroupAliases = [
        "Kommune", "Kommunane", "Kommunar", "Kommunene", "Kommuner", "commune", "communes",
        "alle kommunar", "alle kommunane", "alle kommuner", "alle kommunene", "kvar kommune",
        "hver kommune", "kommunane i regionen", "kommunene i regionen",
    ]

    private mutating func claim(_ name: String, for code: String) {
        let key = NameKey.make(name)
        guard !key.isEmpty, byKey[ExactText(key)] == nil else { return }
        byKey[ExactText(key)] = code
    }

    public static func == (a: PartyRegistry, b: PartyRegistry) -> Bool { a.parties == b.parties }
    public func hash(into hasher: inout Hasher) { hasher.combine(parties) }

    /// The party with this code.
    public func party(code: String) -> Party? {
        byCode[code].map { parties[$0] }
    }

    /// The party a name means, matched case-, space- and hyphen-insensitively.
    public func resolve(_ name: some StringProtocol) -> Party? {
        byKey[ExactText(NameKey.make(name))].flatMap { party(code: $0) }
    }

    /// A reference for `name`: registered when the registry knows it.
    public func reference(for name: String) -> PartyReference {
        if let party = resolve(name) { return .registered(party.code) }
        return .unregistered(name)
    }

    /// The municipalities, in registry order.
    public var municipalities: [Party] { parties.filter { $0.kind == .municipality } }

    /// The group that stands for all municipalities.
    public var municipalityGroup: Party? { parties.first { $0.kind == .municipalityGroup } }

    /// The display name of a reference.
    public func displayName(_ reference: PartyReference) -> String {
        switch reference {
        case .registered(let code): party(code: code)?.name ?? code
        case .unregistered(let name): name
        }
    }

    /// The display names of a cell's parties, joined with `, ` as every sheet, report and message shows them.
    public func displayNames(_ cell: PartyCell) -> String {
        cell.parties.map { displayName($0) }.joined(separator: ", ")
    }

    /// A group reference replaced by its members; other references unchanged.
    public func expand(_ reference: PartyReference) -> [PartyReference] {
        guard let code = reference.code, let party = party(code: code), !party.members.isEmpty else {
            return [reference]
        }
        return party.members.map { .registered($0) }
    }

    /// The groups a party belongs to.
    public func groups(containing code: String) -> [Party] {
        parties.filter { $0.members.contains(code) }
    }

    /// Whether `reference` is `code` itself or a group that has `code` as member.
    public func reference(_ reference: PartyReference, covers code: String) -> Bool {
        guard let own = reference.code else { return false }
        if own == code { return true }
        return party(code: own)?.members.contains(code) ?? false
    }

    /// Adds or replaces a party.
    public func adding(_ party: Party) -> PartyRegistry {
        var list = parties.filter { $0.code != party.code }
        list.append(party)
        return PartyRegistry(parties: list)
    }

    /// The longest number of words in any known name; bounds the run matcher.
    var longestNameWords: Int {
        parties.flatMap { party -> [String] in [party.name] + party.aliases }.map {
            $0.split(separator: " ").count
        }.max() ?? 1
    }
}

extension PartyRegistry {
    /// The names of the parties `codes` name, joined with `, `, in the order given, with a group's
    /// name standing for its members when all of them are among the codes (`Kommunane i
    /// Hallingdal, Regionrådet for Hallingdal`): a list of hundreds of municipalities stays one name.
    public func compactNames(_ codes: [String]) -> String {
        let present = Set(codes)
        var covered: [String: String] = [:]
        for group in parties where !group.members.isEmpty && group.members.allSatisfy(present.contains) {
            for member in group.members where covered[member] == nil { covered[member] = group.code }
        }
        var names: [String] = []
        var shownGroups: Set<String> = []
        for code in codes {
            if let group = covered[code] {
                if shownGroups.insert(group).inserted { names.append(displayName(.registered(group))) }
            } else {
                names.append(displayName(.registered(code)))
            }
        }
        return names.joined(separator: ", ")
    }
}
