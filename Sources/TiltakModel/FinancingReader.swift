/// Reads what a remark says about financing, in nynorsk and bokmål.
///
/// Distinguishes needs financing (`Krev finansiering`, `Krever finansiering`, `Manglar finansiering`),
/// from a named source (`Krev kom. finansiering`), funds to apply for (`Søke midlar frå Viken`,
/// `Søke om tilskot`), applied for (`Søkt midlar frå Viken`), partly financed (`Delfinansiert frå
/// Viken`), uncertain (`Finansiering frå fylke?`, `Uavklart finansiering`), a resource need (`Krev ein
/// regional ressurs`), a stated cost (`Prosjekt Kostnad 250 000`, `Kostnad 1.mill. pr. år`) and
/// secured funding (`Finansiert`, `Innanfor budsjett`). Other remarks are not about financing.
public struct FinancingReader: Sendable {
    /// Resolves sources (`Viken`, `fylke`, `kom.`) to parties.
    public let registry: PartyRegistry

    /// Creates a reader.
    public init(registry: PartyRegistry) {
        self.registry = registry
    }

    /// Reads `remark`.
    public func read(_ remark: String) -> Financing {
        let text = NameKey.searchable(remark).replacingDashJoins()
        if text.isEmpty { return .none }
        let amounts = AmountReader.amounts(in: remark)
        // A bare number is money only where the remark speaks of money, and not a small count (`2 kommunar`).
        let speaksOfMoney =
            costWords.contains { text.contains($0) } || moneyWords.contains { text.contains($0) }
        let costAmount = amounts.first { $0.isMarked || (speaksOfMoney && $0.amount >= 1_000) }
        let cost = costAmount.map { Cost(amount: $0.amount, recurrence: isPerYear(text) ? .perYear : .once) }
        let speaksOfCost = costWords.contains { text.contains($0) } || amounts.contains { $0.isMarked }
        let unreadable = speaksOfCost && cost == nil && containsDigitOrAmountWord(text)

        var financing: Financing
        if let need = need(in: text) {
            financing = Financing(need: need)
            if need != .needsResource, need != .financed { financing.source = source(in: text) }
            if need == .needsResource { financing.resource = resource(in: text) }
        } else if cost != nil {
            financing = Financing(need: .costEstimate)
        } else if speaksOfCost {
            financing = Financing(need: .costEstimate)
        } else {
            return .none
        }
        financing.cost = cost
        financing.hasUnreadableAmount = unreadable || (financing.need == .costEstimate && cost == nil)
        return financing
    }

    // MARK: - Needs

    private func need(in text: String) -> Financing.Need? {
        let words = Set(text.split(whereSeparator: { !$0.isLetter }).map(String.init))
        if words.contains(where: { $0.hasPrefix("delfinansier") }) || text.contains("delvis finansier")
            || text.contains("delvis dekt") || text.contains("delvis dekka")
        {
            return .partlyFinanced
        }
        if words.contains(where: { ["søkt", "omsøkt", "søknad"].contains($0) })
            && !words.contains(where: { ["søke", "søkje", "søkja", "skal"].contains($0) })
        {
            return words.contains("søknad") && !(text.contains("sendt") || text.contains("levert"))
                ? .applyForFunds : .fundsApplied
        }
        if words.contains(where: { ["søke", "søkje", "søkja", "søker", "søkjer"].contains($0) }) {
            return .applyForFunds
        }
        if (text.contains("finansier") || text.contains("midlar") || text.contains("midler"))
            && (text.hasSuffix("?") || text.contains("uavklar") || text.contains("usikker")
                || text.contains("uviss")
                || text.contains("uklar"))
        {
            return .uncertain
        }
        if [
            "ufinansiert", "ikkje finansiert", "ikke finansiert", "manglar finansiering",
            "mangler finansiering",
            "behov for finansiering", "treng finansiering", "trenger finansiering", "krev finansiering",
            "krever finansiering", "må finansierast", "må finansieres", "krev kom. finansiering",
            "krev kommunal finansiering", "krever kommunal finansiering", "krev midlar", "krever midler",
            "treng midlar", "trenger midler",
        ].contains(where: { text.contains($0) })
            || (words.contains(where: { ["krev", "krever", "treng", "trenger"].contains($0) })
                && text.contains("finansiering"))
        {
            return .needsFinancing
        }
        if words.contains(where: { ["krev", "krever", "treng", "trenger", "behov"].contains($0) })
            && resourceWords.contains(where: { text.contains($0) })
        {
            return .needsResource
        }
        if [
            "innanfor budsjett", "innenfor budsjett", "innanfor ramma", "innenfor rammen",
            "innarbeidd i budsjett",
            "innarbeidet i budsjett", "finansiering på plass", "fullfinansiert", "dekt av", "dekket av",
            "dekka av",
            "finansiert",
        ].contains(where: { text.contains($0) }) {
            return .financed
        }
        return nil
    }

    /// The party to approach: after `frå`/`fra`/`av`/`hos`/`i`, or the `kom.` abbreviation.
    private func source(in text: String) -> PartyReference? {
        if text.contains("kom.") || text.contains("kommunal") {
            if let group = registry.municipalityGroup { return .registered(group.code) }
        }
        let words = text.split(whereSeparator: { $0 == " " }).map(String.init)
        for (index, word) in words.enumerated()
        where ["frå", "fra", "hos", "av", "via", "gjennom"].contains(word) {
            let rest = words[(index + 1)...].map { $0.trimmingCharacters(in: "?.,;:!()") }.filter {
                !$0.isEmpty
            }
            for length in stride(from: min(4, rest.count), through: 1, by: -1) {
                let candidate = rest.prefix(length).joined(separator: " ")
                if let party = registry.resolve(candidate) { return .registered(party.code) }
                if let alias = sourceAliases[candidate],
                    let party = registry.resolve(alias) ?? registry.parties.first(where: {
                        $0.kind == .county && alias == "fylke"
                    }) ?? registry.parties.first(where: { $0.kind == .state && alias == "staten" })
                {
                    return .registered(party.code)
                }
            }
            if let first = rest.first { return .unregistered(first.capitalisedFirst) }
        }
        return nil
    }

    private func resource(in text: String) -> String? {
        let words = text.split(separator: " ").map(String.init)
        guard
            let index = words.firstIndex(where: {
                ["krev", "krever", "treng", "trenger", "behov"].contains($0)
            })
        else { return nil }
        var rest = Array(words[(index + 1)...])
        if rest.first == "for" { rest.removeFirst() }
        if let first = rest.first, ["ein", "en", "ei", "eit", "et"].contains(first) { rest.removeFirst() }
        let phrase = rest.joined(separator: " ").trimmingCharacters(in: "?.,;:!")
        return phrase.isEmpty ? nil : phrase
    }

    private func isPerYear(_ text: String) -> Bool {
        [
            "pr. år", "pr år", "per år", "/år", "årleg", "årlig", "i året", "pr. år.", "kvart år", "hvert år",
            "p.a",
        ]
        .contains { text.contains($0) }
    }

    private func containsDigitOrAmountWord(_ text: String) -> Bool {
        text.contains(where: \.isNumber) || ["mill", "tusen", "kr"].contains { text.contains($0) }
    }

    private let costWords = [
        "kostnad", "kostar", "koster", "kroner", "budsjett:", "beløp", "beløpet", "sum ", " nok", "kr ",
        "kr.",
        "mill", "tusen", "prislapp", "estimat",
    ]
    private let moneyWords = ["finansier", "midlar", "midler", "tilskot", "tilskudd", "støtte", "søk"]
    private let resourceWords = [
        "ressurs", "stilling", "årsverk", "person", "prosjektleiar", "prosjektleder", "koordinator",
        "tilsett",
        "kapasitet",
    ]
    private let sourceAliases: [String: String] = [
        "fylke": "fylke", "fylket": "fylke", "fylkeskommunen": "fylke", "staten": "staten", "stat": "staten",
    ]
}

extension String {
    /// Joins words broken by a hyphen and a space (`Arbeids- gruppe` → `Arbeidsgruppe`).
    func replacingDashJoins() -> String {
        var out = ""
        var chars = Array(self)[...]
        while let c = chars.first {
            chars = chars.dropFirst()
            if c == "-", let next = chars.first, next == " ", let prev = out.last, prev.isLetter {
                chars = chars.dropFirst()
                continue
            }
            out.append(c)
        }
        return out
    }

    /// The string with leading and trailing characters from `set` removed.
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }

    var capitalisedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
