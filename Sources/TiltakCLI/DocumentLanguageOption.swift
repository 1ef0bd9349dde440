import ArgumentParser
import TiltakLanguage

/// The `--language` option of the commands that write documents (`export`, `report`, `list`,
/// `diff`): the documents' language instead of the plan's.
struct DocumentLanguageOption: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Språket i dokumenta: nn (nynorsk), nb (bokmål) eller en (engelsk). Standard: språket i planfila (language).",
            valueName: "språk"))
    var language: Language?
}

extension Language: ExpressibleByArgument {
    /// A code or name `Language(code:)` reads: `nn`, `nb`, `en`, `nynorsk`, `bokmål`, `english`.
    public init?(argument: String) {
        self.init(code: argument)
    }

    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
