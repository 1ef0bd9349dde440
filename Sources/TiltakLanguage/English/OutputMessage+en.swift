/// Why output could not be written, in English.
extension OutputMessage {
    public var en: String {
        switch self {
        case .cannotWriteFile: "cannot write the file"
        case .cannotWriteWorkbook: "cannot write the workbook"
        case .cannotCreateFolder: "cannot create the folder"
        case .noPermission: "no permission to write"
        case .diskFull: "the disk is full"
        case .noSuchFolder: "the folder does not exist"
        case .readOnly: "the disk is read-only"
        case .folderInTheWay: "there is a folder where the file should be"
        case .fileInThePath: "a part of the path is a file, not a folder"
        case .earlierFilesKept(let cause, let folder): "\(cause); the earlier files are in \(folder)"
        case .failed(let path, let what, let cause): "\(path): \(what): \(cause)"
        }
    }
}
