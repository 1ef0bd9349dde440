internal import CXlsxWriter

/// An RGB colour for fonts, fills, borders, tabs and chart elements.
public struct Color: Hashable, Sendable, CustomStringConvertible {
    /// The 24-bit value 0xRRGGBB.
    public let rgb: UInt32

    /// A colour from 0xRRGGBB; bits above the low 24 are ignored.
    public init(rgb: UInt32) {
        self.rgb = rgb & 0xFF_FFFF
    }

    /// A colour from its components.
    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.init(rgb: UInt32(red) << 16 | UInt32(green) << 8 | UInt32(blue))
    }

    /// A colour from "#RRGGBB" or "RRGGBB"; nil for anything else.
    public init?(hex: String) {
        var digits = Substring(hex)
        if digits.first == "#" {
            digits = digits.dropFirst()
        }
        guard digits.count == 6, digits.allSatisfy(\.isHexDigit), let value = UInt32(digits, radix: 16) else {
            return nil
        }
        self.init(rgb: value)
    }

    /// "#RRGGBB".
    public var description: String {
        let hex = String(rgb, radix: 16, uppercase: true)
        return "#" + String(repeating: "0", count: max(0, 6 - hex.count)) + hex
    }

    /// The libxlsxwriter value: black needs the special `LXW_COLOR_BLACK`, since 0 means "unset".
    var lxwColor: lxw_color_t {
        rgb == 0 ? lxw_color_t(LXW_COLOR_BLACK.rawValue) : rgb
    }

    /// Black (#000000).
    public static let black = Color(rgb: 0x00_0000)
    /// White (#FFFFFF).
    public static let white = Color(rgb: 0xFF_FFFF)
    /// Red (#FF0000).
    public static let red = Color(rgb: 0xFF_0000)
    /// Green (#008000).
    public static let green = Color(rgb: 0x00_8000)
    /// Blue (#0000FF).
    public static let blue = Color(rgb: 0x00_00FF)
    /// Yellow (#FFFF00).
    public static let yellow = Color(rgb: 0xFF_FF00)
    /// Orange (#FF6600).
    public static let orange = Color(rgb: 0xFF_6600)
    /// Gray (#808080).
    public static let gray = Color(rgb: 0x80_8080)
    /// Silver (#C0C0C0).
    public static let silver = Color(rgb: 0xC0_C0C0)
    /// Navy (#000080).
    public static let navy = Color(rgb: 0x00_0080)
}
