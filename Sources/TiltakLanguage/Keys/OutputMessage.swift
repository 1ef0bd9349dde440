/// Why a file or folder could not be written, as keys: what was being done and the causes users
/// meet; their texts in a language come from the catalogue.
public enum OutputMessage: Phrase, Hashable {
    /// Writing a file failed (`kan ikkje skrive fila`).
    case cannotWriteFile
    /// Writing a workbook failed.
    case cannotWriteWorkbook
    /// Making a folder failed.
    case cannotCreateFolder
    /// No permission to write (`EACCES`, `EPERM`).
    case noPermission
    /// The disk is full (`ENOSPC`, `EDQUOT`).
    case diskFull
    /// The folder does not exist (`ENOENT`).
    case noSuchFolder
    /// The disk is read-only (`EROFS`).
    case readOnly
    /// A folder stands where the file should be (`EISDIR`).
    case folderInTheWay
    /// A part of the path is a file, not a folder (`ENOTDIR`).
    case fileInThePath
    /// A cause, after which the earlier files could not be restored: they are in `folder`.
    case earlierFilesKept(cause: String, folder: String)
    /// `path: what: cause`.
    case failed(path: String, what: String, cause: String)
}
