/// A string that hashes and compares by its UTF-8 bytes, for caches keyed by cell text.
///
/// `String`'s own `Hashable` follows Unicode canonical equivalence: hashing or comparing text
/// with `æ`, `ø` or `å` first checks (and if need be computes) its NFC form, which made the
/// dictionary look-ups of the readers' caches a large part of reading a table. A cache only needs
/// to find the same cell text again: two spellings of one text in different normal forms are then
/// two entries with the same reading, never a wrong one. Keys that are normalised before they are
/// stored (``NameKey``) compare the same as strings do.
public struct ExactText: Hashable, Sendable {
    /// The text.
    public let text: String

    /// Wraps `text`.
    public init(_ text: String) {
        self.text = text
    }

    public static func == (a: ExactText, b: ExactText) -> Bool {
        var left = a.text
        var right = b.text
        return left.withUTF8 { l in right.withUTF8 { r in l.elementsEqual(r) } }
    }

    public func hash(into hasher: inout Hasher) {
        var text = self.text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
