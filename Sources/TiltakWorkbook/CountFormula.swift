import TiltakLanguage
import TiltakLayout

/// Builds COUNTIFS/SUMIFS formulas over the `Tiltak` sheet with literal criteria made safe.
enum CountFormula {
    /// A criterion matching `value` exactly: wildcards escaped, a leading operator neutralised, quoted.
    static func exact(_ value: String) -> String {
        var escaped = escapeWildcards(value)
        if let first = escaped.first, "<>=".contains(first) { escaped = "=" + escaped }
        return quoted(escaped)
    }

    /// `~`, `*` and `?` prefixed with `~`, as COUNTIFS reads them literally then.
    static func escapeWildcards(_ value: String) -> String {
        var result = ""
        for character in value {
            if "~*?".contains(character) { result.append("~") }
            result.append(character)
        }
        return result
    }

    /// A formula string literal: in double quotes with inner quotes doubled.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingAll("\"", with: "\"\"") + "\""
    }

    /// `=COUNTIFS(range1,crit1,range2,crit2,…)` over the columns of the `Tiltak` sheet in `language`;
    /// criteria are already quoted.
    static func countIfs(
        _ conditions: [(column: ActionTableLayout.Column, criterion: String)], _ language: Language
    ) -> String {
        "=COUNTIFS("
            + conditions.map { "\(ActionTableSheet.columnReference($0.column, language)),\($0.criterion)" }
            .joined(separator: ",") + ")"
    }

    /// Counts rows whose `column` (of the `Tiltak` sheet in `language`) is a `, `-separated list that
    /// contains `name` as an element.
    static func listContains(_ column: ActionTableLayout.Column, _ name: String, _ language: Language)
        -> String
    {
        let range = ActionTableSheet.columnReference(column, language)
        let item = escapeWildcards(name)
        let patterns = [
            exact(name), quoted(item + ", *"), quoted("*, " + item), quoted("*, " + item + ", *"),
        ]
        return "=" + patterns.map { "COUNTIFS(\(range),\($0))" }.joined(separator: "+")
    }
}
