internal import CXlsxWriter

/// Horizontal text alignment in a cell (`format_set_align`).
public enum HorizontalAlignment: Hashable, Sendable {
    /// Left-aligned.
    case left
    /// Centred.
    case center
    /// Right-aligned.
    case right
    /// Repeat the content to fill the cell.
    case fill
    /// Justified.
    case justify
    /// Centred across the selection (adjacent empty cells with the same format).
    case centerAcross
    /// Distributed.
    case distributed

    var lxwValue: UInt8 {
        let value: lxw_format_alignments
        switch self {
        case .left: value = LXW_ALIGN_LEFT
        case .center: value = LXW_ALIGN_CENTER
        case .right: value = LXW_ALIGN_RIGHT
        case .fill: value = LXW_ALIGN_FILL
        case .justify: value = LXW_ALIGN_JUSTIFY
        case .centerAcross: value = LXW_ALIGN_CENTER_ACROSS
        case .distributed: value = LXW_ALIGN_DISTRIBUTED
        }
        return UInt8(value.rawValue)
    }
}

/// Vertical text alignment in a cell (`format_set_align`).
public enum VerticalAlignment: Hashable, Sendable {
    /// Top.
    case top
    /// Centred.
    case center
    /// Bottom (Excel's default).
    case bottom
    /// Justified.
    case justify
    /// Distributed.
    case distributed

    var lxwValue: UInt8 {
        let value: lxw_format_alignments
        switch self {
        case .top: value = LXW_ALIGN_VERTICAL_TOP
        case .center: value = LXW_ALIGN_VERTICAL_CENTER
        case .bottom: value = LXW_ALIGN_VERTICAL_BOTTOM
        case .justify: value = LXW_ALIGN_VERTICAL_JUSTIFY
        case .distributed: value = LXW_ALIGN_VERTICAL_DISTRIBUTED
        }
        return UInt8(value.rawValue)
    }
}
