/// Options fixed when a workbook is created (`lxw_workbook_options`).
public struct WorkbookOptions: Hashable, Sendable {
    /// Flush finished rows to a temp file instead of keeping the whole sheet in memory.
    ///
    /// A row is flushed once a later row is written, so rows must be written in order, and
    /// merged ranges and some row features are unavailable.
    public var constantMemory: Bool
    /// Directory for libxlsxwriter's temporary files; nil uses the system default.
    public var tmpdir: String?
    /// Allow ZIP64 extensions for files or parts larger than 4 GB.
    public var useZip64: Bool

    /// Creates options; the defaults match libxlsxwriter's.
    public init(constantMemory: Bool = false, tmpdir: String? = nil, useZip64: Bool = false) {
        self.constantMemory = constantMemory
        self.tmpdir = tmpdir
        self.useZip64 = useZip64
    }
}
