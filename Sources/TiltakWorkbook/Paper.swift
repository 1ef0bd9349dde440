import XlsxWriter

/// The paper the workbooks print on: A4 (the default) or A3.
public enum Paper: String, Sendable, CaseIterable {
    case a4, a3

    /// Excel's paper size.
    var size: PaperSize {
        switch self {
        case .a4: .a4
        case .a3: .a3
        }
    }

    /// The short and the long side, in inches.
    var sides: (short: Double, long: Double) {
        switch self {
        case .a4: (8.27, 11.69)
        case .a3: (11.69, 16.54)
        }
    }
}
