import Testing

@testable import TiltakModel

@Suite("Substring search")
struct StringSearchTests {
    @Test(arguments: [
        ("krev finansiering", "finans", true),
        ("krev finansiering", "Finans", false),
        ("søkt midlar frå viken", "frå viken", true),
        ("søkt midlar frå viken", "fra", false),
        ("ab", "abc", false),
        ("abc", "", false),
        ("", "a", false),
        ("aaab", "aab", true),
        ("🙂 ok", "ok", true),
    ])
    func findsExactlyTheBytes(haystack: String, needle: String, expected: Bool) {
        #expect(haystack.contains(needle) == expected)
        #expect(haystack[...].contains(needle) == expected)
    }
}
