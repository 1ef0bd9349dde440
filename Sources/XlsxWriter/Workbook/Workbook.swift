internal import CXlsxWriter
import Foundation

/// An XLSX file being written: the single Swift owner of a libxlsxwriter `lxw_workbook`.
///
/// Worksheets, formats and charts are non-owning handles that keep the workbook alive and
/// are only usable until `close()`. Closing writes the file exactly once; afterwards every
/// handle throws `.workbookClosed` instead of touching freed memory. A workbook that is
/// released without being closed is freed without writing anything.
///
/// Not thread-safe and deliberately not `Sendable`: build a workbook on one task.
public final class Workbook {
    /// The output path given at creation.
    public let path: String

    private var pointer: UnsafeMutablePointer<lxw_workbook>?
    let arena = CStringArena()
    private var formatCache: [FormatStyle: Format] = [:]
    private var worksheetHandles: [UnsafeMutablePointer<lxw_worksheet>] = []

    /// Creates an empty workbook that will be written to `path` on `close()`.
    ///
    /// The file is not opened until `close()`, so an unwritable path is reported there.
    public init(path: String, options: WorkbookOptions = WorkbookOptions()) throws {
        self.path = path
        let operation = "workbook_new_opt(\(path))"
        var cOptions = lxw_workbook_options()
        cOptions.constant_memory = options.constantMemory ? 1 : 0
        cOptions.use_zip64 = options.useZip64 ? 1 : 0
        cOptions.tmpdir = try arena.optionalString(options.tmpdir, operation)
        let created = try CString.with(path, operation) { workbook_new_opt($0, &cOptions) }
        guard let created else {
            throw XlsxError(code: .memoryMallocFailed, operation: operation, detail: "returned NULL")
        }
        pointer = created
    }

    deinit {
        guard let pointer else { return }
        // libxlsxwriter 1.1.4's lxw_workbook_free() leaves constant-memory temp files open
        // (they are already unlinked, so only the descriptors leak); close them first.
        for sheet in worksheetHandles {
            if let tmpfile = sheet.pointee.optimize_tmpfile {
                fclose(tmpfile)
                sheet.pointee.optimize_tmpfile = nil
            }
        }
        lxw_workbook_free(pointer)
    }

    /// True once `close()` has been called (successfully or not).
    public var isClosed: Bool { pointer == nil }

    /// The system error (`errno`) behind a failed `close()`, when there was one: why the file or
    /// a temporary file could not be made or written (`ENOSPC`, `EACCES`, …).
    public private(set) var closeSystemError: Int32?

    /// Writes the file and frees the C workbook; may be called only once.
    ///
    /// libxlsxwriter frees the workbook even when writing fails, so after this call the
    /// workbook is closed either way. A second call throws `.workbookClosed`.
    public func close() throws {
        let workbook = try open("workbook_close(\(path))")
        pointer = nil
        formatCache = [:]
        worksheetHandles = []
        errno = 0
        let result = workbook_close(workbook)
        let systemError = errno
        if result != LXW_NO_ERROR, systemError != 0 { closeSystemError = systemError }
        arena.freeAll()
        try XlsxError.check(
            result, "workbook_close(\(path))",
            detail: Self.closeDetail(result, errno: systemError, path: path))
    }

    /// Sets title, author, creation date etc.; the strings are copied.
    public func setProperties(_ properties: DocumentProperties) throws {
        let operation = "workbook_set_properties(\(path))"
        let workbook = try open(operation)
        var cProperties = lxw_doc_properties()
        cProperties.title = try arena.optionalString(properties.title, operation)
        cProperties.subject = try arena.optionalString(properties.subject, operation)
        cProperties.author = try arena.optionalString(properties.author, operation)
        cProperties.manager = try arena.optionalString(properties.manager, operation)
        cProperties.company = try arena.optionalString(properties.company, operation)
        cProperties.category = try arena.optionalString(properties.category, operation)
        cProperties.keywords = try arena.optionalString(properties.keywords, operation)
        cProperties.comments = try arena.optionalString(properties.comments, operation)
        cProperties.status = try arena.optionalString(properties.status, operation)
        cProperties.hyperlink_base = try arena.optionalString(properties.hyperlinkBase, operation)
        if let created = properties.created {
            let seconds = created.timeIntervalSince1970.rounded(.down)
            guard seconds.isFinite, seconds >= 1, let value = time_t(exactly: seconds) else {
                throw XlsxError.invalid(operation, "created date \(created) cannot be represented")
            }
            cProperties.created = value
        }
        try XlsxError.check(workbook_set_properties(workbook, &cProperties), operation)
    }

    /// Defines a workbook-level name ("Rate", "=0.96") or a sheet-level one ("Sheet1!Rate").
    public func defineName(_ name: String, formula: String) throws {
        let operation = "workbook_define_name(\(name))"
        let workbook = try open(operation)
        try CString.with(name, operation) { cName in
            try CString.with(formula, operation) { cFormula in
                try XlsxError.check(workbook_define_name(workbook, cName, cFormula), operation)
            }
        }
    }

    /// Adds a worksheet; nil names it "Sheet1", "Sheet2", … like Excel.
    ///
    /// The name is validated first so that a rejected name throws its precise code
    /// (`.sheetnameAlreadyUsed`, `.invalidSheetnameCharacter`, …).
    ///
    /// - Parameter constantMemory: Whether this sheet flushes its rows in order (see
    ///   ``WorkbookOptions/constantMemory``); `nil` follows the workbook's option. libxlsxwriter
    ///   reads the option only when a sheet is added, so one very long sheet can stream while the
    ///   others, written out of row order, are kept in memory.
    public func addWorksheet(name: String? = nil, constantMemory: Bool? = nil) throws -> Worksheet {
        let operation = "workbook_add_worksheet(\(name ?? "NULL"))"
        let workbook = try open(operation)
        let workbookOption = workbook.pointee.options.constant_memory
        if let constantMemory { workbook.pointee.options.constant_memory = constantMemory ? 1 : 0 }
        defer { workbook.pointee.options.constant_memory = workbookOption }
        let created = try CString.withOptional(name, operation) { cName in
            if let cName {
                try XlsxError.check(workbook_validate_sheet_name(workbook, cName), operation)
            }
            return workbook_add_worksheet(workbook, cName)
        }
        guard let created else {
            throw XlsxError(code: .memoryMallocFailed, operation: operation, detail: "returned NULL")
        }
        worksheetHandles.append(created)
        let actualName = created.pointee.name.map { String(cString: $0) } ?? name ?? ""
        return Worksheet(workbook: self, name: actualName, handle: created)
    }

    /// Adds a new cell format with `style` applied.
    ///
    /// Formats are fixed at creation because libxlsxwriter assigns a format's style index
    /// on first use; see `format(_:)` for a cached variant.
    public func addFormat(_ style: FormatStyle = FormatStyle()) throws -> Format {
        let operation = "workbook_add_format"
        let workbook = try open(operation)
        guard let created = workbook_add_format(workbook) else {
            throw XlsxError(code: .memoryMallocFailed, operation: operation, detail: "returned NULL")
        }
        try style.apply(to: created)
        return Format(workbook: self, style: style, handle: created)
    }

    /// The format for `style`, created on first request and reused for equal styles.
    public func format(_ style: FormatStyle) throws -> Format {
        if let cached = formatCache[style], !isClosed {
            return cached
        }
        let created = try addFormat(style)
        formatCache[style] = created
        return created
    }

    /// Adds a chart, to be filled with series and placed with `Worksheet.insertChart`.
    public func addChart(_ type: ChartType, subtype: ChartSubtype = .standard) throws -> Chart {
        let operation = "workbook_add_chart(\(type)\(subtype == .standard ? "" : ", \(subtype)"))"
        let workbook = try open(operation)
        let cType = try type.lxwChartType(subtype, operation)
        guard let created = workbook_add_chart(workbook, cType) else {
            throw XlsxError(code: .memoryMallocFailed, operation: operation, detail: "returned NULL")
        }
        return Chart(workbook: self, type: type, handle: created)
    }

    /// The open C workbook, or `.workbookClosed`.
    func open(_ operation: @autoclosure () -> String) throws -> UnsafeMutablePointer<lxw_workbook> {
        guard let pointer else {
            throw XlsxError(code: .workbookClosed, operation: operation())
        }
        return pointer
    }

    /// Throws `.workbookClosed` once the workbook has been closed.
    func requireOpen(_ operation: @autoclosure () -> String) throws {
        _ = try open(operation())
    }

    private static func closeDetail(_ result: lxw_error, errno systemError: Int32, path: String) -> String? {
        guard result != LXW_NO_ERROR else { return nil }
        if result == LXW_ERROR_CREATING_XLSX_FILE || result == LXW_ERROR_CREATING_TMPFILE,
            systemError != 0
        {
            return "'\(path)': system error = \(String(cString: strerror(systemError)))"
        }
        return "'\(path)'"
    }
}
