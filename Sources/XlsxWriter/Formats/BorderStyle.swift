internal import CXlsxWriter

/// A cell border line style (`lxw_format_borders`).
public enum BorderStyle: Hashable, Sendable {
    /// No border.
    case none
    /// Thin line.
    case thin
    /// Medium line.
    case medium
    /// Dashed line.
    case dashed
    /// Dotted line.
    case dotted
    /// Thick line.
    case thick
    /// Double line.
    case double
    /// Hairline.
    case hair

    var lxwValue: UInt8 {
        let value: lxw_format_borders
        switch self {
        case .none: value = LXW_BORDER_NONE
        case .thin: value = LXW_BORDER_THIN
        case .medium: value = LXW_BORDER_MEDIUM
        case .dashed: value = LXW_BORDER_DASHED
        case .dotted: value = LXW_BORDER_DOTTED
        case .thick: value = LXW_BORDER_THICK
        case .double: value = LXW_BORDER_DOUBLE
        case .hair: value = LXW_BORDER_HAIR
        }
        return UInt8(value.rawValue)
    }
}
