/// The counted nouns in English.
extension Noun {
    /// The singular and plural in English.
    public var enForms: NounForms {
        switch self {
        case .action: NounForms("action", "actions")
        case .file: NounForms("file", "files")
        case .error: NounForms("error", "errors")
        case .warning: NounForms("warning", "warnings")
        case .conflict: NounForms("conflict", "conflicts")
        case .row: NounForms("row", "rows")
        case .report: NounForms("report", "reports")
        case .change: NounForms("change", "changes")
        case .party: NounForms("party", "parties")
        case .municipality: NounForms("municipality", "municipalities")
        case .focusArea: NounForms("focus area", "focus areas")
        case .finding: NounForms("finding", "findings")
        case .year: NounForms("year", "years")
        case .character: NounForms("character", "characters")
        case .codePoint: NounForms("code point", "code points")
        case .cell: NounForms("cell", "cells")
        case .field: NounForms("field", "fields")
        case .column: NounForms("column", "columns")
        }
    }
}
