#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A language Tiltak writes documents and messages in: nynorsk, bokmål or English.
///
/// Every word a user sees comes from the catalogue of one language: the texts of each ``Phrase``
/// (sheet names, captions, status and financing words, messages) live in the folders `Nynorsk/`,
/// `Bokmal/` and `English/` of this module, one file per kind of phrase, and numbers agree with
/// their nouns through ``count(_:_:)``. Documents follow the plan's language (or `--language`);
/// messages follow ``messages``.
public enum Language: String, Sendable, Hashable, CaseIterable {
    /// Nynorsk, the default.
    case nynorsk = "nn"
    /// Bokmål.
    case bokmal = "nb"
    /// English.
    case english = "en"

    /// The language a code names: `nn`, `nb` (or `no`), `en`, or the language's name in any of the
    /// three (`nynorsk`, `bokmål`, `english`, `engelsk`), in any case; `nil` for anything else.
    public init?(code: String) {
        let folded = code.trimmingSpaces().lowercased()
        switch folded {
        case "nn", "nno", "nynorsk", "norwegian nynorsk": self = .nynorsk
        case "nb", "no", "nob", "bokmål", "bokmal", "norwegian bokmål", "norwegian bokmal": self = .bokmal
        case "en", "eng", "english", "engelsk": self = .english
        default: return nil
        }
    }

    /// The language of messages: `TILTAK_LANGUAGE`, else the locale, else nynorsk (see
    /// ``messages(environment:)``), read once per process.
    public static let messages: Language = messages(environment: processEnvironment())

    /// The language of messages for `environment`: `TILTAK_LANGUAGE` when it names one of the three
    /// languages; else the first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set and not empty,
    /// when it is a Norwegian or English locale (`nb_NO.UTF-8`, `nn_NO`, `no_NO`, `en_GB`); else
    /// nynorsk (also for `C` and `POSIX`).
    public static func messages(environment: [String: String]) -> Language {
        if let chosen = environment["TILTAK_LANGUAGE"], let language = Language(code: chosen) {
            return language
        }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return Language(locale: value) ?? .nynorsk
        }
        return .nynorsk
    }

    /// The language of a POSIX locale name such as `nb_NO.UTF-8` or `en_US@euro`; `nil` for
    /// other languages and for `C` and `POSIX`.
    public init?(locale: String) {
        let languagePart = locale.prefix { $0 != "_" && $0 != "." && $0 != "@" && $0 != "-" }
        switch languagePart.lowercased() {
        case "nn": self = .nynorsk
        case "nb", "no": self = .bokmal
        case "en": self = .english
        default: return nil
        }
    }

    /// The process's environment, read with `getenv` so that the module needs no Foundation.
    private static func processEnvironment() -> [String: String] {
        var environment: [String: String] = [:]
        for name in ["TILTAK_LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = getenv(name) { environment[name] = String(cString: value) }
        }
        return environment
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    func trimmingSpaces() -> Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) })
        else { return "" }
        return self[first...last]
    }
}
