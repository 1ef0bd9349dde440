internal import CXlsxWriter

/// A cell format owned by its workbook; pass it to worksheet writes, rows, columns and tables.
///
/// A non-owning handle: it keeps its `Workbook` alive and is usable until the workbook is
/// closed. Using it with another workbook's worksheet throws `.parameterValidation`. A class, so
/// that passing it to each of a large sheet's cells costs one reference count, not a copy of its style.
public final class Format {
    /// The workbook that owns the format.
    public let workbook: Workbook
    /// The style the format was created with.
    public let style: FormatStyle

    let handle: UnsafeMutablePointer<lxw_format>

    init(workbook: Workbook, style: FormatStyle, handle: UnsafeMutablePointer<lxw_format>) {
        self.workbook = workbook
        self.style = style
        self.handle = handle
    }
}

extension Optional where Wrapped == Format {
    /// The C format for use in `workbook`, NULL for nil; throws for a closed or foreign workbook.
    func cFormat(
        for workbook: Workbook, _ operation: @autoclosure () -> String
    ) throws -> UnsafeMutablePointer<lxw_format>? {
        guard let format = self else { return nil }
        return try format.cFormat(for: workbook, operation())
    }
}

extension Format {
    /// The C format, after checking it belongs to `workbook` and that it is still open.
    func cFormat(
        for workbook: Workbook, _ operation: @autoclosure () -> String
    ) throws -> UnsafeMutablePointer<lxw_format> {
        guard self.workbook === workbook else {
            throw XlsxError.invalid(operation(), "the format belongs to a different workbook")
        }
        try workbook.requireOpen(operation())
        return handle
    }
}
