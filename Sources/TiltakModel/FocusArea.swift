/// A focus area (*innsatsområde*) of the plan with its themes and result goals.
public struct FocusArea: Hashable, Sendable {
    /// Short stable code used in action ids, e.g. `NK`.
    public var code: String
    /// Full name, e.g. `Næringsliv og kompetanseutvikling`.
    public var name: String
    /// A name of at most 31 characters, fit for a sheet name.
    public var shortName: String
    /// The heading as written in the source table, if it differs from the name.
    public var heading: String?
    /// Other names the plan uses for this area.
    public var aliases: [String]
    /// The description of the area.
    public var description: String
    /// The title line over the result goals.
    public var resultGoalsTitle: String?
    /// The result goals (*resultatmål*).
    public var resultGoals: [String]
    /// Theme names in plan order.
    public var themes: [String]

    /// Creates a focus area.
    public init(
        code: String, name: String, shortName: String? = nil, heading: String? = nil,
        aliases: [String] = [], description: String = "", resultGoalsTitle: String? = nil,
        resultGoals: [String] = [], themes: [String] = []
    ) {
        self.code = code
        self.name = name
        self.shortName = shortName ?? FocusArea.shorten(name)
        self.heading = heading
        self.aliases = aliases
        self.description = description
        self.resultGoalsTitle = resultGoalsTitle
        self.resultGoals = resultGoals
        self.themes = themes
    }

    /// Every name this area answers to: code, name, short name, heading and aliases.
    public var allNames: [String] {
        [code, name, shortName] + (heading.map { [$0] } ?? []) + aliases
    }

    /// Whether `text` names this area (case-, space- and hyphen-insensitive).
    public func isNamed(_ text: String) -> Bool {
        let key = NameKey.make(text)
        return allNames.contains { NameKey.make($0) == key }
    }

    /// Shortens a name to at most 31 characters at a word boundary.
    public static func shorten(_ name: String, limit: Int = 31) -> String {
        if name.count <= limit { return name }
        var result = ""
        for word in name.split(separator: " ") {
            let candidate = result.isEmpty ? String(word) : result + " " + word
            if candidate.count > limit { break }
            result = candidate
        }
        return result.isEmpty ? String(name.prefix(limit)) : result
    }

    /// Derives a two-letter code from an area name: initials of its main words (`Klima og miljø` → `KM`).
    public static func code(for name: String) -> String {
        let small: Set<String> = ["og", "i", "for", "av", "på", "med", "and", "the", "of"]
        let words = name.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "–" })
            .filter { !small.contains($0.lowercased()) }
        let letters = words.compactMap { $0.first(where: { $0.isLetter }) }
        if letters.count >= 2 {
            return String(letters.prefix(3)).uppercased()
        }
        let only = (words.first.map(String.init) ?? name).filter { $0.isLetter }
        return String(only.prefix(2)).uppercased()
    }
}

/// The administrative tasks a plan lists for possible cooperation.
public struct Appendix: Hashable, Sendable {
    /// The appendix heading.
    public var title: String
    /// The listed tasks, as written.
    public var items: [String]

    /// Creates an appendix.
    public init(title: String, items: [String]) {
        self.title = title
        self.items = items
    }
}
