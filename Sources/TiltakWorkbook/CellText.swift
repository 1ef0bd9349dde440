/// Checks of text before it goes into a cell.
enum CellText {
    /// Excel's limit on one cell, in UTF-16 code units.
    static let maximumLength = 32_767

    /// Throws ``CellTooLongError`` when `text` does not fit in one cell.
    static func check(_ text: String, context: @autoclosure () -> String) throws {
        if let length = excessLength(text) {
            throw CellTooLongError(context: context(), length: length)
        }
    }

    /// The length of `text` in UTF-16 code units when it does not fit in one cell, else `nil`.
    static func excessLength(_ text: String) -> Int? {
        // UTF-8 never takes fewer code units than UTF-16, and its count is known without a scan.
        if text.utf8.count <= maximumLength { return nil }
        let length = text.utf16.count
        return length > maximumLength ? length : nil
    }
}
