import Testing
import TextLayout

@Suite struct TerminalSafeTests {
    @Test func escapeSequencesBecomeVisible() {
        #expect(TerminalSafe.neutralise("\u{1B}[31mRED") == "␛[31mRED")
        #expect(TerminalSafe.neutralise("\u{1B}]0;tittel\u{07}") == "␛]0;tittel␇")
        #expect(TerminalSafe.neutralise("a\u{7F}b") == "a␡b")
        #expect(TerminalSafe.neutralise("a\u{0}b\u{8}c") == "a␀b␈c")
    }

    @Test func c1ControlsBecomeReplacementCharacters() {
        #expect(TerminalSafe.neutralise("\u{9B}31mX\u{85}") == "\u{FFFD}31mX\u{FFFD}")
    }

    @Test func bidiControlsAreRemoved() {
        let text = "a\u{202E}cba\u{202C} \u{2066}x\u{2069}\u{200E}\u{200F}\u{061C}!"
        #expect(TerminalSafe.neutralise(text) == "acba x!")
    }

    @Test func lineBreaksAndTabs() {
        let text = "en\r\nto\rtre\nfire\tfem"
        #expect(TerminalSafe.neutralise(text) == "en to tre fire fem")
        #expect(TerminalSafe.neutralise(text, keepNewlines: true) == "en\nto\ntre\nfire fem")
        #expect(TerminalSafe.neutralise("\r\r\n", keepNewlines: true) == "\n\n")
    }

    @Test func ordinaryTextIsUntouched() {
        let text = "Næringsliv på Ål – 日本語 👨‍👩‍👧 🇳🇴 a\u{30A} \u{200D}"
        #expect(TerminalSafe.neutralise(text).unicodeScalars.elementsEqual(text.unicodeScalars))
        #expect(!TerminalSafe.needsNeutralising(text))
        #expect(!TerminalSafe.needsNeutralising("a\nb"))
        #expect(TerminalSafe.needsNeutralising("a\u{1B}b"))
        #expect(TerminalSafe.needsNeutralising("a\u{202E}b"))
    }
}
