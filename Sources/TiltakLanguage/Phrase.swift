/// Something a user reads, with its text in each language.
///
/// A kind of phrase is a key type (an enum, its cases the phrases, payloads for the values a
/// message names) conforming to `Phrase`; its texts are the properties ``nn``, ``nb`` and ``en``,
/// each defined in that language's folder (`Nynorsk/`, `Bokmal/`, `English/`). A language that
/// lacks a text does not compile, so no key can be missing in any language.
public protocol Phrase: Sendable {
    /// The text in nynorsk.
    var nn: String { get }
    /// The text in bokmål.
    var nb: String { get }
    /// The text in English.
    var en: String { get }
}

extension Phrase {
    /// The text in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .nynorsk: nn
        case .bokmal: nb
        case .english: en
        }
    }

    /// The text in the language of messages (``Language/messages``).
    public var message: String { text(.messages) }
}
