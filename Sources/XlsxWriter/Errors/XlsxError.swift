internal import CXlsxWriter

/// An error reported by libxlsxwriter (or by the wrapper's own checks), with the call that failed.
public struct XlsxError: Error, CustomStringConvertible, Sendable {
    /// The libxlsxwriter error number.
    public let code: XlsxErrorCode
    /// The `lxw_strerror()` text for `code`.
    public let message: String
    /// The C function and its target, e.g. `worksheet_write_string(Tiltak!B2)`.
    public let operation: String
    /// Extra context the C library only printed to stderr, e.g. the system error on close.
    public let detail: String?

    /// Creates an error whose message is derived from `code`.
    public init(code: XlsxErrorCode, operation: String, detail: String? = nil) {
        self.code = code
        self.message = code.message
        self.operation = operation
        self.detail = detail
    }

    /// `operation: message (detail) [lxw_error n]`.
    public var description: String {
        var text = "\(operation): \(message)"
        if let detail {
            text += " (\(detail))"
        }
        return text + " [lxw_error \(code.rawValue)]"
    }

    /// Throws unless `result` is `LXW_NO_ERROR`; the operation text is only built on failure.
    static func check(
        _ result: lxw_error, _ operation: @autoclosure () -> String, detail: String? = nil
    ) throws {
        guard result != LXW_NO_ERROR else { return }
        throw XlsxError(code: XlsxErrorCode(result), operation: operation(), detail: detail)
    }

    /// A parameter rejected by the wrapper before reaching C.
    static func invalid(_ operation: String, _ detail: String) -> XlsxError {
        XlsxError(code: .parameterValidation, operation: operation, detail: detail)
    }
}
