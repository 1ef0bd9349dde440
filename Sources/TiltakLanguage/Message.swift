/// A text in every language, fixed once: a phrase rendered, or put together from phrases and the
/// values they name.
///
/// Errors and diagnostics carry a `Message` rather than a string, so that the command line prints
/// them in the language of messages and a document can show them in its own language. Put texts
/// together per language (``init(_:)-(Language)->String``), never by gluing rendered texts of
/// different languages.
public struct Message: Phrase, Hashable, CustomStringConvertible {
    public let nn: String
    public let nb: String
    public let en: String

    /// A message with its text in each language.
    public init(nn: String, nb: String, en: String) {
        self.nn = nn
        self.nb = nb
        self.en = en
    }

    /// `phrase`, rendered in every language.
    public init(_ phrase: some Phrase) {
        self.init(nn: phrase.nn, nb: phrase.nb, en: phrase.en)
    }

    /// The texts `compose` makes for each language.
    public init(_ compose: (Language) -> String) {
        self.init(nn: compose(.nynorsk), nb: compose(.bokmal), en: compose(.english))
    }

    /// The same text in every language: a name, a path, a value from a file.
    public static func verbatim(_ text: String) -> Message {
        Message(nn: text, nb: text, en: text)
    }

    /// The text in the language of messages.
    public var description: String { message }
}
