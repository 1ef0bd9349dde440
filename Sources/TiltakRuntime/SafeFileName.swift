/// Makes names from plan data safe as one component of a file path.
public enum SafeFileName {
    private static let forbidden: Set<Character> = ["/", "\\", ":", "*", "?", "\"", "<", ">", "|"]

    /// `name` without path separators, reserved characters (`:*?"<>|`) or control characters, and
    /// without leading or trailing spaces and dots, cut to 120 characters; `fallback` when nothing is left.
    public static func component(_ name: String, fallback: String) -> String {
        var result = String(
            name.filter { character in
                !forbidden.contains(character)
                    && !character.unicodeScalars.contains { $0.properties.generalCategory == .control }
            })
        while let first = result.first, first == " " || first == "." { result.removeFirst() }
        while let last = result.last, last == " " || last == "." { result.removeLast() }
        return result.isEmpty ? fallback : String(result.prefix(120))
    }
}
