/// Reads what a remark says about financing, in nynorsk and bokmål.
///
/// Distinguishes needs financing (`Krev finansiering`, `Krever finansiering`, `Manglar finansiering`),
/// from a named source (`Krev kom. finansiering`), funds to apply for (`Søke midlar frå Viken`,
/// `Søke om tilskot`), applied for (`Søkt midlar frå Viken`), partly financed (`Delfinansiert frå
/// Viken`), uncertain (`Finansiering frå fylke?`, `Uavklart finansiering`), a resource need (`Krev ein
/// regional ressurs`, `Kostnad 0,5 årsverk`), a stated cost (`Prosjekt Kostnad 250 000`, `Kostnad
/// 1.mill. pr. år`) and secured funding (`Finansiert`, `Innanfor budsjett`, `Innvilga frå Viken`,
/// `Tilsagn 300 000`). A refusal (`Fekk avslag`) needs financing again. `Ingen kostnad` states no
/// cost. Other remarks are not about financing.
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
        // "Ingen kostnad", "kostnadsfritt": the remark says there is no cost.
        var costText = text
        for phrase in noCostPhrases where costText.contains(phrase) {
            costText = costText.replacing(phrase, with: "")
        }
        let speaksOfCostWords = costWords.contains { costText.contains($0) }
        // A bare number is money only where the remark speaks of money, and not a small count (`2 kommunar`).
        let speaksOfMoney = speaksOfCostWords || moneyWords.contains { text.contains($0) }
        let costAmount = amounts.first { $0.isMarked || (speaksOfMoney && $0.amount >= 1_000) }
        let cost = costAmount.map { Cost(amount: $0.amount, recurrence: isPerYear(text) ? .perYear : .once) }
        let staffing = staffing(in: text)
        let speaksOfCost = speaksOfCostWords || amounts.contains { $0.isMarked }
        let unreadable = speaksOfCost && cost == nil && staffing == nil && containsDigitOrAmountWord(costText)

        var financing: Financing
        if let need = need(in: text) {
            financing = Financing(need: need)
            if need != .needsResource { financing.source = source(in: text, remark: remark) }
            if need == .needsResource { financing.resource = resource(in: text) ?? staffing }
        } else if cost != nil {
            financing = Financing(need: .costEstimate)
        } else if let staffing {
            // "Kostnad 0,5 årsverk": the cost is a person, not money.
            financing = Financing(need: .needsResource, resource: staffing)
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
        let applyVerbs: Set<String> = [
            "søke", "søkje", "søkja", "søker", "søkjer", "søkast", "søkes", "søkjast", "søkjes",
        ]
        let willApply = words.contains(where: { applyVerbs.contains($0) || $0 == "skal" })
        if words.contains(where: { $0.hasPrefix("delfinansier") }) || text.contains("delvis finansier")
            || text.contains("delvis dekt") || text.contains("delvis dekka") || text.contains("delvis dekket")
            || text.contains("delvis innvilg") || text.contains("delvis løyv")
            || text.contains("delvis bevilg")
        {
            return .partlyFinanced
        }
        if refusalPhrases.contains(where: { text.contains($0) }) { return .needsFinancing }
        if waitingPhrases.contains(where: { text.contains($0) }) { return .fundsApplied }
        if !willApply,
            grantWords.contains(where: { word in words.contains { $0.hasPrefix(word) } })
                || grantPhrases.contains(where: { text.contains($0) })
        {
            return .financed
        }
        if words.contains(where: { ["søkt", "omsøkt", "søknad"].contains($0) })
            && !words.contains(where: { ["søke", "søkje", "søkja", "skal"].contains($0) })
        {
            return words.contains("søknad") && !(text.contains("sendt") || text.contains("levert"))
                ? .applyForFunds : .fundsApplied
        }
        if words.contains(where: { applyVerbs.contains($0) }) {
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

    /// The party to approach or that pays, named after a word that introduces it.
    ///
    /// Introducing words: `frå`/`fra`/`hos`/`via`/`gjennom`, `av`, `til` after a word of applying,
    /// and the verbs of applying (`Søkes Vestland fylkeskommune`, `Søkt Forskningsrådet`). A known
    /// name (a registered party; `fylket` for the registry's county; `staten` for a party named so)
    /// is taken after any of them. An unknown name is taken when it is a proper name (capitalised:
    /// `frå Sparebankstiftelsen`, not `av stillinga`, with the lower-case words of an organisation's
    /// name that follow: `Statens vegvesen`) after `frå`/`fra`/`hos`, a verb of applying, `til`, or
    /// `av` following a word of paying (`Finansiert av`, `Delfinansiert av`, `dekt av`); `fylket`
    /// and `staten` are taken there as written. Else the `kom.` abbreviation names the
    /// municipality group.
    private func source(in text: String, remark: String) -> PartyReference? {
        let words = text.split(whereSeparator: { $0 == " " }).map(String.init)
        for (index, word) in words.enumerated() {
            let previous = index > 0 ? words[index - 1] : ""
            guard let takesUnknown = introduces(word, after: previous) else { continue }
            let rest = words[(index + 1)...].map { $0.trimmingCharacters(in: "?.,;:!()«»\"") }.filter {
                !$0.isEmpty
            }
            for length in stride(from: min(4, rest.count), through: 1, by: -1) {
                let candidate = rest.prefix(length).joined(separator: " ")
                if let party = registry.resolve(candidate) { return .registered(party.code) }
            }
            guard let first = rest.first else { continue }
            if let alias = sourceAliases[first] {
                if let party = alias == "fylke"
                    ? registry.resolve(alias) ?? registry.parties.first(where: { $0.kind == .county })
                    : registry.resolve(alias)
                {
                    return .registered(party.code)
                }
                if takesUnknown, let written = SourceName.written(after: word, first: first, in: remark) {
                    return .unregistered(written.first)
                }
            }
            if takesUnknown, let written = SourceName.written(after: word, first: first, in: remark),
                SourceName.isProperName(written.first)
            {
                return .unregistered(written.name)
            }
        }
        if words.contains(where: { $0 == "kom." || $0.hasPrefix("kommunal") }) {
            if let group = registry.municipalityGroup { return .registered(group.code) }
        }
        return nil
    }

    /// Whether `word`, following `previous`, introduces a source: `nil` when it does not; `true`
    /// when an unknown name may follow, `false` when only a known one may. `til` introduces one
    /// only after applying (`Søknad til Viken`, not `midlar til Hyttehallingen`).
    private func introduces(_ word: String, after previous: String) -> Bool? {
        if ["frå", "fra", "hos"].contains(word) || sourceVerbs.contains(word) { return true }
        if ["via", "gjennom"].contains(word) { return false }
        if word == "av" {
            return previous.hasSuffix("finansiert") || payingWords.contains(previous)
        }
        if word == "til",
            sourceVerbs.contains(previous) || ["søknad", "søknaden", "sendt"].contains(previous)
        {
            return true
        }
        return nil
    }

    /// A staffing amount, compiled once per thread.
    private static let staffingPattern = ThreadPattern<Substring> {
        #/\d+(?:[.,]\d+)?\s*%?\s*(?:årsverk|stillingsressurs|stillingar|stillinger|stilling)/#
    }

    /// A person resource stated as a cost: `0,5 årsverk`, `50 % stilling`.
    private func staffing(in text: String) -> String? {
        return text.firstMatch(of: FinancingReader.staffingPattern.regex).map { String($0.output) }
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
            "p.a", "per year", "a year", "yearly", "annually",
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
    private let moneyWords = [
        "finansier", "midlar", "midler", "tilskot", "tilskudd", "støtte", "søk", "innvilg", "tilsagn", "løyv",
        "bevilg", "eigenandel", "egenandel",
    ]
    private let noCostPhrases = [
        "ingen kostnader", "ingen kostnad", "utan kostnader", "utan kostnad", "uten kostnader",
        "uten kostnad",
        "ingen ekstra kostnader", "ingen ekstra kostnad", "kostnadsfritt", "kostnadsfri",
    ]
    /// Funds granted: `Innvilga`, `Tilsagn 300 000`, `Løyvd i budsjettet`.
    private let grantWords = ["innvilg", "tilsagn", "løyvd", "løyvt", "løyvde", "bevilg"]
    private let grantPhrases = [
        "fått midlar", "fått midler", "fått tilskot", "fått tilskudd", "fått støtte", "fekk midlar",
        "fikk midler",
        "fekk tilskot", "fikk tilskudd",
    ]
    /// Funds refused: the need is back.
    private let refusalPhrases = [
        "avslag", "avslått", "ikkje innvilg", "ikke innvilg", "ikkje fått", "ikke fått", "fekk ikkje",
        "fikk ikke",
        "ikkje tilsagn", "ikke tilsagn",
    ]
    /// Applied for, answer pending.
    private let waitingPhrases = [
        "ventar på svar", "venter på svar", "ventar svar", "venter svar", "ventar på tilsagn",
        "venter på tilsagn",
        "til behandling", "under behandling",
    ]
    private let resourceWords = [
        "ressurs", "stilling", "årsverk", "person", "prosjektleiar", "prosjektleder", "koordinator",
        "tilsett",
        "kapasitet",
    ]
    /// Generic names of a source: the county (the registry's county, if it has one) and the state
    /// (a party named or aliased `staten`).
    private let sourceAliases: [String: String] = [
        "fylke": "fylke", "fylket": "fylke", "fylkeskommunen": "fylke", "staten": "staten", "stat": "staten",
    ]
    /// Verbs of applying, after which the source follows (`Søkt Forskningsrådet`).
    private let sourceVerbs: Set<String> = [
        "søke", "søkje", "søkja", "søker", "søkjer", "søkes", "søkast", "søkjast", "søkjes", "søkt",
        "omsøkt",
    ]
    /// Words of paying, after which `av` introduces the payer (`dekt av fylket`); every word ending
    /// in `finansiert` is one too.
    private let payingWords: Set<String> = [
        "dekt", "dekka", "dekket", "betalt", "betala", "støtta", "støttet", "sponsa", "sponset",
        "innvilga", "innvilget", "løyvd", "bevilga", "bevilget",
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
