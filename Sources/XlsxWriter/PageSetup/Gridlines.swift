internal import CXlsxWriter

/// Which gridlines are shown on screen and printed (`worksheet_gridlines`).
///
/// libxlsxwriter only switches gridlines on, except for `.hidden`, which switches both off.
public enum Gridlines: Hashable, Sendable {
    /// Neither on screen nor in print.
    case hidden
    /// On screen only (Excel's default).
    case screenOnly
    /// In print; `LXW_SHOW_PRINT_GRIDLINES` leaves the screen gridlines as they are (on by default).
    case printOnly
    /// On screen and in print.
    case screenAndPrint

    var lxwValue: UInt8 {
        let value: lxw_gridlines
        switch self {
        case .hidden: value = LXW_HIDE_ALL_GRIDLINES
        case .screenOnly: value = LXW_SHOW_SCREEN_GRIDLINES
        case .printOnly: value = LXW_SHOW_PRINT_GRIDLINES
        case .screenAndPrint: value = LXW_SHOW_ALL_GRIDLINES
        }
        return UInt8(value.rawValue)
    }
}
