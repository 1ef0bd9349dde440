import Foundation

/// Scoped C-string access for arguments libxlsxwriter copies during the call.
///
/// Checked against libxlsxwriter 1.1.4: cell strings, formulas and their string results,
/// URLs, sheet names, defined names, header/footer text, number formats and font names
/// (fixed arrays in `lxw_format`), chart series ranges, names and axis/chart titles are all
/// duplicated by the library, so a pointer that lives only for the call is enough.
enum CString {
    /// Throws `.parameterValidation` for an embedded NUL, which C would silently truncate at.
    static func rejectNUL(_ text: String, _ operation: @autoclosure () -> String) throws {
        if text.utf8.contains(0) {
            throw XlsxError.invalid(operation(), "string contains a NUL character")
        }
    }

    /// Calls `body` with a temporary C string for `text`.
    static func with<R>(
        _ text: String, _ operation: @autoclosure () -> String, _ body: (UnsafePointer<CChar>) throws -> R
    ) throws -> R {
        return try text.withCString { pointer in
            // A NUL inside the text shows as a C string shorter than the text.
            if strlen(pointer) != text.utf8.count {
                throw XlsxError.invalid(operation(), "string contains a NUL character")
            }
            return try body(pointer)
        }
    }

    /// Calls `body` with a temporary C string for `text`, or NULL when `text` is nil.
    static func withOptional<R>(
        _ text: String?, _ operation: @autoclosure () -> String, _ body: (UnsafePointer<CChar>?) throws -> R
    ) throws -> R {
        guard let text else { return try body(nil) }
        return try with(text, operation()) { try body($0) }
    }
}
