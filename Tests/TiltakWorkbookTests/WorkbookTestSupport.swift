import Foundation
import TiltakModel
import TiltakPlanFiles
import TiltakRuntime
import XLSXReader

/// The package root, found from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// Where the golden parts live.
let goldenRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

/// The Hallingdal fixture's path.
let hallingdalPath = packageRoot.appendingPathComponent("Fixtures/hallingdal-2021-2024.yaml").path

/// The Hallingdal plan, loaded once.
func hallingdal() throws -> Plan {
    try PlanFileReader.read(path: hallingdalPath)
}

/// A fixed source record, so outputs do not depend on where the checkout lives.
let fixtureSource = WorkbookSourceFixture.make()

enum WorkbookSourceFixture {
    static func make() -> (path: String, sha256: String) {
        let data = (try? Data(contentsOf: URL(fileURLWithPath: hallingdalPath))) ?? Data()
        return ("Fixtures/hallingdal-2021-2024.yaml", Checksum.sha256(data))
    }
}

/// A fresh temporary directory per test, removed when the value is released.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("TiltakWorkbookTests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Names of the files in the directory.
    func contents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// Opens a written workbook.
func open(_ path: String) throws -> XLSXDocument {
    try XLSXDocument(url: URL(fileURLWithPath: path))
}

/// A small plan for edge cases: one focus area `KM`, municipalities `GOL` and `AAL`.
func smallPlan(actions: [Action], extraParties: [Party] = []) -> Plan {
    let parties =
        [
            Party(code: "RR", name: "Regionrådet", kind: .regionalCouncil),
            Party(code: "GOL", name: "Gol", kind: .municipality),
            Party(code: "AAL", name: "Ål", kind: .municipality),
        ] + extraParties
    return Plan(
        id: "liten", title: "Liten plan & test", region: "Testdal", owner: "Testrådet",
        period: PlanPeriod(first: 2022, last: 2024),
        revision: Revision(date: CalendarDate(iso: "2022-02-03") ?? .januaryFirst(2022), label: "Test"),
        registry: PartyRegistry(parties: parties),
        focusAreas: [
            FocusArea(
                code: "KM", name: "Klima og miljø", resultGoalsTitle: "Mål", resultGoals: ["Mindre utslepp"],
                themes: ["Energi"])
        ],
        actions: actions)
}

/// An action in the small plan's focus area.
func smallAction(
    _ id: String, text: String = "Gjer noko",
    timeframe: Timeframe = Timeframe(text: "2023", kind: .year(2023, part: nil)),
    responsible: [PartyReference] = [.registered("RR")], remark: String = "", financing: Financing = .none
) -> Action {
    Action(
        id: ActionID(id), text: text, focusArea: "KM", theme: "Energi", timeframe: timeframe,
        responsible: PartyCell(text: "", parties: responsible), remark: remark, financing: financing)
}

/// Evaluates the overview's formulas (COUNTIFS, SUMIFS, COUNTA, + and -, integers) against a sheet.
struct FormulaEvaluator {
    let sheets: [String: XLSXSheet]

    func evaluate(_ formula: String) -> Double? {
        var text = Substring(formula)
        if text.first == "=" { text = text.dropFirst() }
        var total = 0.0
        for (sign, term) in splitTerms(String(text)) {
            guard let value = evaluateTerm(term) else { return nil }
            total += sign * value
        }
        return total
    }

    private func splitTerms(_ text: String) -> [(Double, String)] {
        var terms: [(Double, String)] = []
        var current = ""
        var sign = 1.0
        var depth = 0
        var inQuotes = false
        for character in text {
            if character == "\"" { inQuotes.toggle() }
            if !inQuotes {
                if character == "(" { depth += 1 }
                if character == ")" { depth -= 1 }
                if depth == 0, character == "+" || character == "-", !current.isEmpty {
                    terms.append((sign, current))
                    current = ""
                    sign = character == "+" ? 1 : -1
                    continue
                }
            }
            current.append(character)
        }
        terms.append((sign, current))
        return terms
    }

    private func evaluateTerm(_ term: String) -> Double? {
        if let number = Double(term) { return number }
        guard let open = term.firstIndex(of: "("), term.hasSuffix(")") else { return nil }
        let name = String(term[..<open])
        let args = splitArguments(String(term[term.index(after: open)..<term.index(before: term.endIndex)]))
        switch name {
        case "COUNTA":
            guard let (sheet, col) = column(args[0]) else { return nil }
            return Double(
                (1...max(sheet.maxRow, 1)).filter { !(sheet.cell(row: $0, column: col)?.isEmpty ?? true) }
                    .count)
        case "COUNTIFS":
            return Double(matchingRows(args).count)
        case "SUMIFS":
            guard let (sheet, col) = column(args[0]) else { return nil }
            return matchingRows(Array(args.dropFirst())).reduce(0) {
                $0 + (sheet.cell(row: $1, column: col)?.number ?? 0)
            }
        default:
            return nil
        }
    }

    private func matchingRows(_ args: [String]) -> [Int] {
        var rows: [Int]?
        for pair in stride(from: 0, to: args.count - 1, by: 2) {
            guard let (sheet, col) = column(args[pair]) else { return [] }
            let criterion = unquote(args[pair + 1])
            let matching = (1...max(sheet.maxRow, 1)).filter {
                matches(sheet.cell(row: $0, column: col), criterion)
            }
            rows = rows.map { existing in existing.filter(matching.contains) } ?? matching
        }
        return rows ?? []
    }

    private func matches(_ cell: XLSXCell?, _ criterion: String) -> Bool {
        let text = cell?.isEmpty == false ? (cell?.string ?? "") : ""
        if criterion.isEmpty { return text.isEmpty }
        if criterion == "<>" { return !text.isEmpty }
        for op in ["<=", ">="] where criterion.hasPrefix(op) {
            guard let limit = Double(criterion.dropFirst(2)), let value = cell?.number else { return false }
            return op == "<=" ? value <= limit : value >= limit
        }
        var pattern = Substring(criterion)
        if pattern.first == "=" { pattern = pattern.dropFirst() }
        var regex = "^"
        var escaped = false
        for character in pattern {
            if escaped {
                regex += NSRegularExpression.escapedPattern(for: String(character))
                escaped = false
            } else if character == "~" {
                escaped = true
            } else if character == "*" {
                regex += ".*"
            } else if character == "?" {
                regex += "."
            } else {
                regex += NSRegularExpression.escapedPattern(for: String(character))
            }
        }
        regex += "$"
        return text.range(of: regex, options: [.regularExpression, .caseInsensitive]) != nil
    }

    private func column(_ reference: String) -> (XLSXSheet, Int)? {
        let parts = reference.split(separator: "!")
        guard parts.count == 2, let sheet = sheets[String(parts[0])] else { return nil }
        let letters = parts[1].split(separator: ":")[0].filter { $0 != "$" }
        guard let col = CellAddress.columnNumber(String(letters)) else { return nil }
        return (sheet, col)
    }

    private func splitArguments(_ text: String) -> [String] {
        var args: [String] = []
        var current = ""
        var inQuotes = false
        var previous: Character?
        for character in text {
            if character == "\"" { inQuotes.toggle() }
            if character == ",", !inQuotes {
                args.append(current)
                current = ""
            } else {
                current.append(character)
            }
            previous = character
        }
        _ = previous
        args.append(current)
        return args
    }

    private func unquote(_ text: String) -> String {
        guard text.count >= 2, text.first == "\"", text.last == "\"" else { return text }
        return String(text.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"")
    }
}
