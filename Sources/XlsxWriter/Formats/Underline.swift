internal import CXlsxWriter

/// Font underline styles (`lxw_format_underlines`).
public enum Underline: Hashable, Sendable {
    /// Single underline.
    case single
    /// Double underline.
    case double
    /// Single accounting underline.
    case singleAccounting
    /// Double accounting underline.
    case doubleAccounting

    var lxwValue: UInt8 {
        let value: lxw_format_underlines
        switch self {
        case .single: value = LXW_UNDERLINE_SINGLE
        case .double: value = LXW_UNDERLINE_DOUBLE
        case .singleAccounting: value = LXW_UNDERLINE_SINGLE_ACCOUNTING
        case .doubleAccounting: value = LXW_UNDERLINE_DOUBLE_ACCOUNTING
        }
        return UInt8(value.rawValue)
    }
}
