import Foundation
import Testing
import TiltakModel
import Yams

@testable import TiltakPlanFiles

/// The plan writer writes its text itself, and must write what it wrote through Yams and libyaml, to
/// the byte: the quoting decision for every kind of text, every scalar in every place, whole plans.
@Suite struct PlanFileWriterTests {
    /// Texts YAML reads in other ways than as themselves, and texts that look like them.
    static let tricky: [String] = [
        "", " ", "  ", "a", "A", "abc", "Årleg", "ÅRLEG", "ærfugl", "Tråkk'n Roll", "Tråkk’n Roll", "NK-01",
        // Numbers.
        "0", "1", "2023", "02023", "0123", "089", "1_000", "-1", "+1", "1.5", "-1.5", ".5", "5.", "1e3",
        "1E-3",
        "1e999", "0x1F", "0x", "0b101", "0b2", "0o17", "0o19", "99999999999999999999", "123456789012345678",
        "1234567890123456789", "12345678901234567890", "1:30", "190:20:30", "1:60", "-1:30", "1:30.5", ".inf",
        "-.Inf", ".NaN", ".nan", "+.inf", "inf", "nan", "1_", "_1", "1__0", "0.", "00", "0_", "+", "-", ".",
        "..",
        "...", "....", "---", "--- a", "---a", "-a", "- a", "-- a", "...a", "... a", "1 000", "250 000 kr",
        // Booleans and nulls.
        "yes", "Yes", "YES", "yEs", "no", "No", "NO", "true", "True", "TRUE", "tRUE", "false", "False",
        "FALSE",
        "on", "On", "ON", "off", "Off", "OFF", "y", "Y", "n", "N", "null", "Null", "NULL", "nULL", "~", "~a",
        "a~", "<<", "<<a", "=", "==", "nei", "ja", "Nei", "none", "None",
        // Dates.
        "2021-04-10", "2021-4-1", "2021-13-45", "0000-00-00", "2021-04-10T12:00:00", "2021-04-10 12:00:00",
        "2021-04-10t1:00:00.5Z", "2021-04-10 12:00:00 +01:00", "2021-04-10T25:61:61", "2021 - 2022",
        "2021-2022",
        "2023-24", "Vår 2023", "Q2 2023", "Innan 2025", "Frå 2022", "10.04.2021",
        // Indicators and punctuation.
        "?", "??", "? a", "?a", ":", ":a", ": a", "a:", "a: b", "a:b", "a :b", "a::", "a:\tb",
        "http://x.no/a?b=c#d",
        "a #b", "a#b", "#a", "# a", "a\t#b", "a,b", ",a", "[a]", "a[b]", "{a}", "a{b}", "a}", "]a", "}a",
        "&a",
        "a&b", "*a", "a*b", "!a", "!!str a", "a!", "|", "|a", "a|b", ">", ">a", "a>b", "'a'", "'a", "a'",
        "a'b",
        "\"a\"", "\"a", "a\"b", "%a", "a%", "@a", "a@b", "`a", "a`", "a ,b", "a, b", "a\\b", "\\",
        "Kostnad 250 000",
        "Krev kom. finansiering", "Kommune, RR", "RR (?)", "Gol og Ål", "(RR)", "-RR", "a - b", "a -", "a ?",
        // White space.
        " a", "a ", " a ", "a  b", "a\tb", "\ta", "a\t", "a \tb", "\u{A0}a", "a\u{A0}", "a\u{A0}b",
        "\u{3000}a",
        "a\u{2003}b", "\t",
        // Line breaks and control characters.
        "a\nb", "\na", "a\n", "a\n\n", "\n", "\n\n", "a\rb", "a\r\nb", "a\u{0B}b", "a\u{0C}b", "a\u{85}b",
        "a\u{2028}b", "a\u{2029}b", "a \nb", "a\n b", "a\u{0}b", "\u{0}", "a\u{1}b", "a\u{7}", "a\u{8}",
        "a\u{1B}b", "a\u{7F}b", "a\u{80}b", "a\u{9F}b", "\u{FEFF}a", "a\u{FEFF}b", "a\u{FFFE}b", "a\u{FFFF}",
        "a\u{FFFD}b", "a\u{E000}b", "a\u{D7FF}", "\u{85}",
        // Unicode.
        "😀", "a😀b", "😀a", "é", "e\u{301}", "\u{301}a", "日本語", "مرحبا", "a\u{200E}b", "\u{202E}abc", "Ω", "ß",
        "İ", "–", "— a", "«a»", "a…", "€ 100", "100 €", "\u{10FFFF}",
        // Long.
        String(repeating: "a", count: 2000), String(repeating: "ab ", count: 500) + "c",
        String(repeating: "9", count: 300), String(repeating: "æ", count: 129),
    ]

    /// Texts of one to six characters drawn from those YAML treats specially.
    static let random: [String] = {
        let alphabet: [String] = [
            "a", "b", "Å", "0", "1", "9", " ", "\t", ":", "#", "-", "?", ",", "[", "]", "{", "}", "&", "*",
            "!",
            "|", ">", "'", "\"", "%", "@", "`", ".", "~", "=", "<", "+", "_", "e", "x", "\n", "\r", "\u{0}",
            "\u{85}", "\u{A0}", "\u{FEFF}", "😀", "\\", "y", "n", "o",
        ]
        var generator = SplitMix(seed: 2024)
        return (0..<3000).map { _ in
            let length = 1 + Int(generator.next() % 6)
            return (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }.joined()
        }
    }()

    /// The question the writer once asked YAML for every text.
    static func readsBackThroughYams(_ value: String) -> Bool {
        !value.isEmpty && (try? Yams.load(yaml: value) as? String) == value
            && !value.contains(where: { $0.isNewline })
    }

    @Test func thePlainDecisionIsYAMLs() {
        let plain = PlainScalar()
        for value in Self.tricky + Self.random {
            let expected = Self.readsBackThroughYams(value)
            #expect(plain.readsBack(value) == expected, "\(value.debugDescription)")
            // A decision from the characters alone is never another than YAML's.
            if let decided = PlainScalar.decided(value) {
                #expect(decided == expected, "\(value.debugDescription)")
            }
        }
        // The common texts are decided without asking YAML.
        for value in ["Årleg", "Kostnad 250 000", "Kommune, RR", "NK-01", "2023", "0", " a", "a "] {
            #expect(PlainScalar.decided(value) != nil, "\(value.debugDescription)")
        }
    }

    /// `body`'s events through the emitter, and the same document through Yams.
    static func compare(
        _ node: Node, _ body: (inout YAMLEmitter) -> Void, sourceLocation: SourceLocation = #_sourceLocation
    )
        throws
    {
        var data = Data()
        var emitter = YAMLEmitter { data.append(contentsOf: $0) }
        body(&emitter)
        emitter.finish()
        let written = String(decoding: data, as: UTF8.self)
        let expected = try Yams.serialize(node: node, indent: 2, width: -1, allowUnicode: true)
        #expect(written == expected, sourceLocation: sourceLocation)
    }

    @Test func scalarsAreWrittenAsLibyamlWritesThem() throws {
        let styles: [(Node.Scalar.Style, YAMLEmitter.Style)] = [
            (.any, .any), (.doubleQuoted, .doubleQuoted), (.literal, .literal),
        ]
        for value in Self.tricky + Self.random.prefix(600) {
            for (yamsStyle, style) in styles {
                let scalar = Node(value, Tag(.str), yamsStyle)
                // A block mapping's value.
                try Self.compare(Node([(Node("k"), scalar), (Node("z"), Node("1", Tag(.int)))])) {
                    $0.mappingStart(flow: false)
                    $0.scalar("k")
                    $0.scalar(value, style)
                    $0.scalar("z")
                    $0.scalar("1")
                    $0.mappingEnd()
                }
                // In a flow sequence and a flow mapping.
                try Self.compare(
                    Node([
                        (Node("k"), Node([scalar, scalar], Tag(.seq), .flow)),
                        (Node("m"), Node([(Node("a"), scalar), (Node("b"), scalar)], Tag(.map), .flow)),
                    ])
                ) {
                    $0.mappingStart(flow: false)
                    $0.scalar("k")
                    $0.sequenceStart(flow: true)
                    $0.scalar(value, style)
                    $0.scalar(value, style)
                    $0.sequenceEnd()
                    $0.scalar("m")
                    $0.mappingStart(flow: true)
                    $0.scalar("a")
                    $0.scalar(value, style)
                    $0.scalar("b")
                    $0.scalar(value, style)
                    $0.mappingEnd()
                    $0.mappingEnd()
                }
                // Block sequences: under a key, and of mappings, nested.
                try Self.compare(
                    Node([
                        (Node("k"), Node([scalar, scalar])),
                        (
                            Node("n"),
                            Node([Node([(Node("a"), scalar), (Node("b"), Node([scalar]))]), Node([scalar])])
                        ),
                    ])
                ) {
                    $0.mappingStart(flow: false)
                    $0.scalar("k")
                    $0.sequenceStart(flow: false)
                    $0.scalar(value, style)
                    $0.scalar(value, style)
                    $0.sequenceEnd()
                    $0.scalar("n")
                    $0.sequenceStart(flow: false)
                    $0.mappingStart(flow: false)
                    $0.scalar("a")
                    $0.scalar(value, style)
                    $0.scalar("b")
                    $0.sequenceStart(flow: false)
                    $0.scalar(value, style)
                    $0.sequenceEnd()
                    $0.mappingEnd()
                    $0.sequenceStart(flow: false)
                    $0.scalar(value, style)
                    $0.sequenceEnd()
                    $0.sequenceEnd()
                    $0.mappingEnd()
                }
            }
            // A literal block as the plan's goal is written: the text and a line break, then more keys.
            try Self.compare(
                Node([(Node("goal"), Node(value + "\n", Tag(.str), .literal)), (Node("z"), Node([Node]()))])
            ) {
                $0.mappingStart(flow: false)
                $0.scalar("goal")
                $0.scalar(value + "\n", .literal)
                $0.scalar("z")
                $0.sequenceStart(flow: false)
                $0.sequenceEnd()
                $0.mappingEnd()
            }
        }
    }

    @Test func emptyCollectionsAreWrittenInFlowStyle() throws {
        try Self.compare(
            Node([
                (Node("a"), Node([Node]())), (Node("b"), Node([(Node, Node)]())),
                (Node("c"), Node([Node([Node]()), Node([(Node, Node)](), Tag(.map), .flow)])),
            ])
        ) {
            $0.mappingStart(flow: false)
            $0.scalar("a")
            $0.sequenceStart(flow: false)
            $0.sequenceEnd()
            $0.scalar("b")
            $0.mappingStart(flow: false)
            $0.mappingEnd()
            $0.scalar("c")
            $0.sequenceStart(flow: false)
            $0.sequenceStart(flow: false)
            $0.sequenceEnd()
            $0.mappingStart(flow: true)
            $0.mappingEnd()
            $0.sequenceEnd()
            $0.mappingEnd()
        }
    }

    static func hallingdal() throws -> Plan {
        try PlanFileReader.read(path: TestFiles.hallingdalYAML)
    }

    @Test func theHallingdalPlanIsWrittenAsBefore() throws {
        let plan = try Self.hallingdal()
        #expect(try PlanFileWriter.yaml(for: plan) == (try ReferencePlanFileWriter.yaml(for: plan)))
    }

    @Test func planOfTrickyTextsIsWrittenAsBefore() throws {
        var plan = try Self.hallingdal()
        let texts = Self.tricky + Self.random.prefix(400)
        var next = 0
        func text() -> String {
            defer { next += 1 }
            return texts[next % texts.count]
        }
        plan.title = text()
        plan.region = text()
        plan.owner = text()
        plan.revision.label = text()
        plan.goal = "Første linje  \n\nAndre linje\t😀\n"
        plan.registry = PartyRegistry(
            parties: plan.registry.parties.map { party in
                var party = party
                party.name = text()
                party.aliases = party.aliases.map { _ in text() } + [text()]
                return party
            })
        for index in plan.focusAreas.indices {
            plan.focusAreas[index].name = text()
            plan.focusAreas[index].heading = text()
            plan.focusAreas[index].description = text()
            plan.focusAreas[index].aliases.append(text())
            plan.focusAreas[index].resultGoals.append(text())
        }
        // One area without actions or themes.
        plan.focusAreas.append(
            FocusArea(
                code: "TOM", name: "Tom", shortName: "Tom", aliases: [], description: "", resultGoals: [],
                themes: []))
        for index in plan.actions.indices {
            plan.actions[index].text = text()
            plan.actions[index].remark = text()
            plan.actions[index].timeframe.text = text()
            plan.actions[index].responsible.text = text()
            plan.actions[index].isClosed = index % 7 == 0
            let id = plan.actions[index].id
            plan.statusReports.append(
                StatusReport(
                    actionID: id, year: 2022, party: text(), status: .done, comment: text(),
                    collected: plan.revision.date, source: index % 2 == 0 ? text() : nil))
        }
        plan.appendix?.items.append(contentsOf: [text(), text(), ""])
        #expect(try PlanFileWriter.yaml(for: plan) == (try ReferencePlanFileWriter.yaml(for: plan)))

        // Goals ending in several line breaks (libyaml then ends the document with `...`), or in spaces.
        for goal in ["Mål\n", "\n", "  innrykk", "Mål ", "a\u{85}b", "a\r\nb"] {
            plan.goal = goal
            plan.appendix = nil
            plan.partTimeResidents = nil
            #expect(
                try PlanFileWriter.yaml(for: plan) == (try ReferencePlanFileWriter.yaml(for: plan)),
                "\(goal.debugDescription)")
        }
    }
}

/// A small seeded random number generator (SplitMix64), so that the random texts are the same in
/// every run.
struct SplitMix {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
