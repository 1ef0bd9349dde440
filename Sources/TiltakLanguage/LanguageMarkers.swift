/// The words that tell nynorsk, bokmål and English apart, as ``LanguageEvidence`` counts them.
///
/// The Norwegian pairs follow Språkrådet's norms: a word counts for nynorsk when bokmål does not
/// allow it, or allows it only in another sense or as a rare side form (`vert`, `heile`), and the
/// other way round (`ikkje`/`ikke`, `frå`/`fra`, `eit`/`et`, `berre`/`bare`,
/// `kommunane`/`kommunene`, `haust`/`høst`, `løpande`/`løpende`, `utsett`/`utsatt`). Words both
/// standards allow (`også`, `derfor`, `starta`, `innsamla`, `prosjekta`) count for neither. Endings
/// catch the rest: `-leg`/`-lig` (`årleg`, `årlig`), `-heit`/`-het`, `-ingar`/`-inger`,
/// `-asjonar`/`-asjoner`, `-arar` (`innbyggjarar`), and the last part of compounds. English
/// function words that are not also Norwegian words count for English (not `to`, `by`, `is`,
/// `for`, `it`: Norwegian has them). `docs/ordliste.md` lists the terms in all three languages.
enum LanguageMarkers {
    /// What a word says.
    enum Marker: Sendable, Hashable {
        /// Only this language uses the word.
        case only(Language)
        /// Both Norwegian standards use the word, English does not.
        case norwegian
    }

    /// What the lower-case `word` says, or `nil` when it says nothing.
    ///
    /// A word not in the lists is looked up by its endings, the longest first, so that a neutral
    /// ending (`villig`) wins over a shorter one (`lig`).
    static func marker(of word: String) -> Marker? {
        if let marker = byWord[word] { return marker }
        let length = word.count
        guard length >= shortestWord else { return nil }
        var endingLength = min(length, longestEnding)
        var start = word.index(word.endIndex, offsetBy: -endingLength)
        while endingLength >= shortestEnding {
            if let rule = byEnding[String(word[start...])] {
                guard let language = rule.language else { return nil }
                if length >= rule.minimum { return .only(language) }
            }
            start = word.index(after: start)
            endingLength -= 1
        }
        return nil
    }

    /// Every ending and what it says (`nil`: a neutral ending), with the shortest word it counts in.
    private static let byEnding: [String: (minimum: Int, language: Language?)] = {
        var table: [String: (minimum: Int, language: Language?)] = [:]
        for (ending, minimum, language) in endings { table[ending] = (minimum, language) }
        for ending in neutralEndings { table[ending] = (0, nil) }
        return table
    }()
    private static let longestEnding = byEnding.keys.map(\.count).max() ?? 0
    private static let shortestEnding = byEnding.keys.map(\.count).min() ?? 0
    /// The shortest word an ending counts in.
    private static let shortestWord = endings.map(\.minimum).min() ?? 0

    /// Every listed word and what it says.
    private static let byWord: [String: Marker] = {
        var table: [String: Marker] = [:]
        for word in norwegianWords { table[word] = .norwegian }
        for word in englishWords { table[word] = .only(.english) }
        for word in nynorskWords { table[word] = .only(.nynorsk) }
        for word in bokmalWords { table[word] = .only(.bokmal) }
        return table
    }()

    /// Endings only one standard uses, with the shortest word they are counted in: suffixes, and
    /// the last part of compounds (`yrkesfagtilbod`, `fagskolen`, `arbeidsplassar`).
    private static let endings: [(ending: String, minimum: Int, language: Language)] = [
        ("leg", 5, .nynorsk), ("lege", 6, .nynorsk), ("legt", 6, .nynorsk), ("legare", 8, .nynorsk),
        ("heit", 6, .nynorsk), ("heita", 7, .nynorsk), ("heiter", 8, .nynorsk), ("heitene", 9, .nynorsk),
        ("ingar", 7, .nynorsk), ("ingane", 8, .nynorsk), ("asjonar", 9, .nynorsk),
        ("asjonane", 10, .nynorsk), ("arar", 7, .nynorsk), ("arane", 8, .nynorsk), ("leik", 7, .nynorsk),
        ("tilbod", 6, .nynorsk), ("tilboda", 7, .nynorsk), ("tilbodet", 8, .nynorsk),
        ("teneste", 7, .nynorsk), ("tenesta", 7, .nynorsk), ("tenester", 8, .nynorsk),
        ("tenestene", 9, .nynorsk), ("skule", 5, .nynorsk), ("skulen", 6, .nynorsk), ("skular", 6, .nynorsk),
        ("løysing", 7, .nynorsk), ("løysinga", 8, .nynorsk), ("plassar", 7, .nynorsk),
        ("plassane", 8, .nynorsk), ("leiar", 5, .nynorsk), ("leiing", 6, .nynorsk), ("eigar", 5, .nynorsk),
        ("utgreiing", 9, .nynorsk), ("innbyggjar", 10, .nynorsk), ("verknad", 7, .nynorsk),
        ("verknader", 9, .nynorsk),
        ("lig", 5, .bokmal), ("lige", 6, .bokmal), ("ligt", 6, .bokmal), ("ligere", 8, .bokmal),
        ("het", 6, .bokmal), ("heten", 7, .bokmal), ("heter", 7, .bokmal), ("hetene", 8, .bokmal),
        ("inger", 7, .bokmal), ("ingene", 8, .bokmal), ("asjoner", 9, .bokmal), ("asjonene", 10, .bokmal),
        ("tilbud", 6, .bokmal), ("tilbudet", 8, .bokmal), ("tilbudene", 9, .bokmal),
        ("tjeneste", 8, .bokmal), ("tjenesten", 9, .bokmal), ("tjenester", 9, .bokmal),
        ("tjenestene", 10, .bokmal), ("skole", 5, .bokmal), ("skolen", 6, .bokmal), ("skoler", 6, .bokmal),
        ("skolene", 7, .bokmal), ("løsning", 7, .bokmal), ("løsningen", 9, .bokmal),
        ("plasser", 7, .bokmal), ("plassene", 8, .bokmal), ("leder", 5, .bokmal), ("ledere", 6, .bokmal),
        ("ledelse", 7, .bokmal), ("eiere", 5, .bokmal), ("utredning", 9, .bokmal),
        ("innbygger", 9, .bokmal), ("virkning", 8, .bokmal),
    ]

    /// Endings that look like one standard's but are both's: `frivillig` is nynorsk too.
    private static let neutralEndings = ["villig", "villige", "villigt"]

    /// Words only nynorsk allows.
    private static let nynorskWords: [String] = [
        // Function words.
        "ikkje", "frå", "ein", "eit", "eitt", "berre", "mykje", "noko", "nokon", "nokre", "kva", "kvar",
        "kvart", "korleis", "kven", "kvifor", "kvarandre", "eg", "dei", "deira", "desse", "dykk", "ho",
        "hennar", "òg", "heile", "heilt", "saman", "utan", "innan", "innanfor", "utanfor", "nedanfor",
        "ovanfor", "difor", "dessutan", "sjølv", "sjølve", "meir", "fleire", "betre", "anna", "annan",
        "eige", "eigen", "eigne", "eiga", "hjå", "då", "tidlegare", "seinare", "seinast", "snarast",
        "viktigast", "naudsynt", "kvarannan",
        // Verbs.
        "vere", "vera", "vore", "vert", "vart", "verte", "verta", "sjå", "gjere", "gjera", "gjer", "auke",
        "auka", "aukar", "aukande", "kome", "koma", "kjem", "seier", "gjev", "gje", "tek", "treng", "krev",
        "manglar", "ventar", "gjeld", "finst", "ligg", "held", "veit", "byrje", "byrja", "søkje", "søkja",
        "søkjer", "søkjast", "søkast", "utgreie", "utgreia", "vidareføre", "vidareutvikle", "styrkje",
        "fremje", "fremja", "leggje", "setje", "busetje", "utsett", "påverke", "påverka", "påverkar",
        // Nouns and adjectives.
        "haust", "hausten", "løpande", "vidare", "heim", "heime", "skule", "skulen", "skular", "skulane",
        "born", "borna", "tilbod", "tilboda", "tilskot", "tilskota", "midlar", "eigar", "eigarar",
        "eigarskap", "innbyggjar", "innbyggjarar", "innbyggjarane", "busetjing", "verksemd", "verksemda",
        "verksemder", "verksemdene", "teneste", "tenesta", "tenester", "tenestene", "tenestetilbod",
        "medverknad", "verknad", "verknader", "utgreiing", "berekraft", "berekrafta", "berekraftig",
        "kommunane", "kommunar", "partar", "personar", "aktørar", "ressursar", "planar", "arbeidsplassar",
        "leiar", "leiarar", "leiing", "prosjektleiar", "ungdomane", "barnehagar", "regionane",
        "tryggleik", "oppgåve", "oppgåva", "oppgåver", "oppgåvene",
        "sommar", "ukjend", "ukjende", "avgjerd", "avgjerder", "høyring", "fagskule",
        "fagskulen", "høgskule", "høgskulen",
    ]

    /// Words only bokmål allows.
    private static let bokmalWords: [String] = [
        // Function words.
        "ikke", "fra", "en", "et", "ett", "bare", "mye", "noe", "noen", "hva", "hvor", "hver", "hvert",
        "hvordan", "hvem", "hvorfor", "hverandre", "jeg", "deres", "disse", "dere", "hun", "hennes", "hele",
        "helt", "sammen", "uten", "innen", "innenfor", "utenfor", "nedenfor", "ovenfor", "dessuten",
        "selv", "selve", "mer", "flere", "bedre", "annet", "annen", "eget", "egen", "egne", "tidligere",
        "senere", "senest", "snarest", "viktigst", "hvilke", "hvilken", "hvilket", "frem", "fremover",
        // Verbs.
        "være", "vært", "ble", "se", "gjøre", "gjør", "øke", "økt", "øker", "økende", "kommer",
        "sier", "trenger", "krever", "mangler", "venter", "gjelder", "finnes", "ligger", "holder",
        "vet", "påvirke", "påvirker", "påvirket", "søkes", "utrede", "videreføre", "videreutvikle", "fremme",
        "innsamlet",
        "startet", "utsatt",
        // Nouns and adjectives.
        "høst", "høsten", "løpende", "videre", "hjem", "hjemme", "skole", "skolen", "skoler", "skolene",
        "tilbud", "tilbudet", "tilbudene", "tilskudd", "midler", "eier", "eiere", "eierskap", "innbygger",
        "innbyggere", "innbyggerne", "bosetting", "virksomhet", "virksomheten", "virksomheter",
        "tjeneste", "tjenesten", "tjenester", "tjenestene", "tjenestetilbud", "medvirkning", "virkning",
        "virkninger", "utredning", "bærekraft", "bærekraftig", "kommunene", "kommuner", "parter",
        "personer", "aktører", "ressurser", "planer", "arbeidsplasser", "prosjektene", "leder", "ledere",
        "ledelse", "prosjektleder", "regionene", "fylkene", "trygghet", "oppgave", "oppgaven", "oppgaver",
        "oppgavene", "fremtid", "fremtiden", "vei", "veien", "sommer",
        "avgjørelse", "høring", "fagskole", "fagskolen", "høgskolen", "høyskole", "høyskolen",
    ]

    /// English words Norwegian does not use.
    private static let englishWords: [String] = [
        "the", "and", "of", "with", "will", "are", "from", "this", "that", "which", "should", "their",
        "into", "within", "between", "through", "on", "in", "or", "an", "has", "have", "been", "not",
        "our", "we", "its", "more", "other", "each", "every", "develop", "establish", "strengthen",
        "improve", "ensure", "increase", "support", "municipalities", "municipality", "council",
        "annual", "ongoing", "autumn", "spring", "funding", "needs", "applied", "partly", "financed",
        "started", "completed", "cancelled", "postponed", "work", "new", "project", "projects", "business",
        "public", "local", "people", "young", "children", "health", "services", "service",
        "cooperation", "collaboration", "tourism", "industry", "year", "years", "county", "state",
        "apply", "funds",
    ]

    /// Norwegian words both standards allow and English does not use.
    private static let norwegianWords: [String] = [
        "og", "i", "på", "å", "av", "som", "er", "det", "den", "med", "til", "ved", "om", "har", "skal",
        "kan", "må", "blir", "alle", "etter", "gjennom", "mellom", "kommune", "kommunen", "regionen",
        "tiltak", "tiltaket", "arbeid", "arbeide", "utvikle", "utvikling", "etablere", "samarbeid",
        "samarbeide", "sikre", "styrke", "bidra", "næringsliv", "næringslivet", "nye", "ny", "eller",
        "få", "kommunale", "regionale", "regionalt", "innsatsområde", "tema",
        "tidsramme", "ansvar", "merknad", "vår", "også", "derfor",
    ]
}
