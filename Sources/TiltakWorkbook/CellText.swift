import TiltakModel

/// Checks of text before it goes into a cell: at most ``PlanValidator/maximumCellLength`` UTF-16
/// code units, Excel's limit on one cell.
enum CellText {
    /// Throws ``CellTooLongError`` when `text` does not fit in one cell.
    static func check(_ text: String, context: @autoclosure () -> String) throws {
        if let length = excessLength(text) {
            throw CellTooLongError(context: context(), length: length)
        }
    }

    /// The length of `text` in UTF-16 code units when it does not fit in one cell, else `nil`.
    static func excessLength(_ text: String) -> Int? {
        // UTF-8 never takes fewer code units than UTF-16, and its count is known without a scan.
        if text.utf8.count <= PlanValidator.maximumCellLength { return nil }
        let length = text.utf16.count
        return length > PlanValidator.maximumCellLength ? length : nil
    }
}
