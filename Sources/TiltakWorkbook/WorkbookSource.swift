/// The plan file a workbook was made from, recorded on the overview sheet.
public struct WorkbookSource: Sendable {
    /// Path of the plan file as given.
    public var path: String
    /// SHA-256 of the plan file's bytes, 64 lowercase hex digits.
    public var sha256: String

    /// Creates a source record.
    public init(path: String, sha256: String) {
        self.path = path
        self.sha256 = sha256
    }
}
