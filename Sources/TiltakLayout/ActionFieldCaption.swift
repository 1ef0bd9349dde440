import TiltakLanguage
import TiltakModel

extension ActionField {
    /// The column that shows the field, for its caption in a document's language (`Involvert`).
    public var columnKey: ColumnKey {
        switch self {
        case .id: .id
        case .focusArea: .focusArea
        case .theme: .theme
        case .text: .text
        case .timeframe: .timeframe
        case .responsible: .responsible
        case .involved: .involved
        case .remark: .remark
        }
    }
}
