import TiltakLanguage
import TiltakModel

/// A column of an action table that Tiltak reads: the plan's fields, and the separate cost,
/// financing and status columns secretariats keep beside the remark.
///
/// A header is recognised by the field's words in the catalogue (``FieldHeaderWords``) in all three
/// languages, compared case-, accent- and punctuation-insensitively (``HeaderKey``).
public enum TableField: Int, CaseIterable, Sendable {
    case id, focusArea, theme, text, timeframe, responsible, involved, remark, cost, financing, status
    case statusComment

    /// The column's place in ``allCases``, where a row keeps its cell.
    var position: Int { rawValue }

    /// The column's words in the catalogue.
    public var words: FieldHeaderWords {
        switch self {
        case .id: .id
        case .focusArea: .focusArea
        case .theme: .theme
        case .text: .text
        case .timeframe: .timeframe
        case .responsible: .responsible
        case .involved: .involved
        case .remark: .remark
        case .cost: .cost
        case .financing: .financing
        case .status: .status
        case .statusComment: .statusComment
        }
    }

    /// The column's name in messages: its first nynorsk header word (`Innsatsområde`, `Kostnad`).
    public var name: String { words.words(.nynorsk).first ?? "\(self)" }

    /// The name `--columns` takes for the column: `id`, `focus-area`, `theme`, …
    public var option: String {
        switch self {
        case .focusArea: "focus-area"
        case .statusComment: "status-comment"
        default: "\(self)"
        }
    }

    /// The column whose header words or option name include `header`, if any.
    public static func named(_ header: String) -> TableField? {
        let key = HeaderKey.make(header)
        guard !key.isEmpty else { return nil }
        if let column = allCases.first(where: { HeaderKey.make($0.option) == key }) { return column }
        return byKey[key]
    }

    /// The column whose header words include `header`, if any.
    public static func forHeader(_ header: String) -> TableField? {
        byKey[HeaderKey.make(header)]
    }

    /// Every header word's key and its column, the first column winning a word two fields share.
    private static let byKey: [String: TableField] = {
        var map: [String: TableField] = [:]
        for column in allCases {
            for word in column.words.allWords where map[HeaderKey.make(word)] == nil {
                map[HeaderKey.make(word)] = column
            }
        }
        return map
    }()
}

/// Normalises a column header for matching: ``NameKey`` without any punctuation (`Nr.`, `Frist:`,
/// `Kostnad (kr)` match `nr`, `frist`, `kostnadkr`).
public enum HeaderKey {
    /// The matching key of `header`.
    public static func make(_ header: String) -> String {
        String(NameKey.make(header).filter { $0.isLetter || $0.isNumber })
    }
}
