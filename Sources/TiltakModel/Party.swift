import TiltakLanguage

/// What kind of body a party is.
public enum PartyKind: String, Hashable, Sendable, CaseIterable {
    case municipality
    case municipalityGroup = "municipality-group"
    case regionalCouncil = "regional-council"
    case county
    case state
    case company
    case organisation
    case committee
    case project

    /// The kind's name in the catalogue.
    public var word: PartyKindWord {
        switch self {
        case .municipality: .municipality
        case .municipalityGroup: .municipalityGroup
        case .regionalCouncil: .regionalCouncil
        case .county: .county
        case .state: .state
        case .company: .company
        case .organisation: .organisation
        case .committee: .committee
        case .project: .project
        }
    }

    /// The kind in `language`, for sheets and reports (`Regionråd`).
    public func text(_ language: Language) -> String { word.text(language) }
}

/// A party that can be responsible for or involved in actions.
public struct Party: Hashable, Sendable {
    /// Short unique code, e.g. `RR`.
    public var code: String
    /// Display name, e.g. `Regionrådet for Hallingdal`.
    public var name: String
    /// What kind of body it is.
    public var kind: PartyKind
    /// Other names written for it.
    public var aliases: [String]
    /// For a group: the codes of its members.
    public var members: [String]

    /// Creates a party.
    public init(code: String, name: String, kind: PartyKind, aliases: [String] = [], members: [String] = []) {
        self.code = code
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.members = members
    }
}

/// A party named in a cell: a registered party by code, or a name the registry does not know.
public enum PartyReference: Hashable, Sendable, Comparable {
    /// A party in the registry, by code.
    case registered(String)
    /// A name that is not in the registry, kept as written.
    case unregistered(String)

    /// The code, for a registered party.
    public var code: String? {
        if case .registered(let code) = self { return code }
        return nil
    }

    /// The code of a registered party or the name of an unregistered one.
    public var key: String {
        switch self {
        case .registered(let code): code
        case .unregistered(let name): name
        }
    }
}

/// A responsible or involved cell: the text as written and the parties read from it.
public struct PartyCell: Hashable, Sendable {
    /// The cell as written.
    public var text: String
    /// The parties read from it, in the order written, without duplicates.
    public var parties: [PartyReference]
    /// Whether the cell marks a party with a question mark (`Berekratig reisemål?`).
    public var isUncertain: Bool

    /// Creates a cell.
    public init(text: String = "", parties: [PartyReference] = [], isUncertain: Bool = false) {
        self.text = text
        self.parties = parties
        self.isUncertain = isUncertain
    }

    /// Whether the cell names no party.
    public var isEmpty: Bool { parties.isEmpty }

    /// The names of unregistered parties in the cell.
    public var unregisteredNames: [String] {
        parties.compactMap { if case .unregistered(let name) = $0 { name } else { nil } }
    }
}
