/// A printer paper size, by Excel's paper index (`worksheet_set_paper`).
public struct PaperSize: RawRepresentable, Hashable, Sendable {
    /// Excel's paper index, 0…255 (0 = printer default).
    public let rawValue: Int

    /// Wraps an Excel paper index; out-of-range values are rejected when used.
    public init(rawValue: Int) {
        self.rawValue = rawValue
    }

    /// The printer's default paper.
    public static let printerDefault = PaperSize(rawValue: 0)
    /// US Letter, 8½ × 11 in.
    public static let letter = PaperSize(rawValue: 1)
    /// US Legal, 8½ × 14 in.
    public static let legal = PaperSize(rawValue: 5)
    /// A3, 297 × 420 mm.
    public static let a3 = PaperSize(rawValue: 8)
    /// A4, 210 × 297 mm.
    public static let a4 = PaperSize(rawValue: 9)
    /// A5, 148 × 210 mm.
    public static let a5 = PaperSize(rawValue: 11)
}
