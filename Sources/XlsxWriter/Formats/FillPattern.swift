internal import CXlsxWriter

/// A cell fill pattern (`lxw_format_patterns`); a background colour alone implies `.solid`.
public enum FillPattern: Hashable, Sendable {
    /// No fill.
    case none
    /// Solid fill in the background colour.
    case solid
    /// 50 % gray dots.
    case mediumGray
    /// 75 % gray dots.
    case darkGray
    /// 25 % gray dots.
    case lightGray
    /// 12.5 % gray dots.
    case gray125
    /// Light diagonal stripes.
    case lightDown
    /// Light horizontal lines.
    case lightHorizontal

    var lxwValue: UInt8 {
        let value: lxw_format_patterns
        switch self {
        case .none: value = LXW_PATTERN_NONE
        case .solid: value = LXW_PATTERN_SOLID
        case .mediumGray: value = LXW_PATTERN_MEDIUM_GRAY
        case .darkGray: value = LXW_PATTERN_DARK_GRAY
        case .lightGray: value = LXW_PATTERN_LIGHT_GRAY
        case .gray125: value = LXW_PATTERN_GRAY_125
        case .lightDown: value = LXW_PATTERN_LIGHT_DOWN
        case .lightHorizontal: value = LXW_PATTERN_LIGHT_HORIZONTAL
        }
        return UInt8(value.rawValue)
    }
}
