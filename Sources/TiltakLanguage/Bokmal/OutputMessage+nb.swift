/// Why output could not be written, in bokmål.
extension OutputMessage {
    public var nb: String {
        switch self {
        case .cannotWriteFile: "kan ikke skrive filen"
        case .cannotWriteWorkbook: "kan ikke skrive arbeidsboken"
        case .cannotCreateFolder: "kan ikke lage mappen"
        case .noPermission: "mangler tillatelse til å skrive"
        case .diskFull: "disken er full"
        case .noSuchFolder: "mappen finnes ikke"
        case .readOnly: "disken er skrivebeskyttet"
        case .folderInTheWay: "det er en mappe der filen skal være"
        case .fileInThePath: "en del av stien er en fil, ikke en mappe"
        case .earlierFilesKept(let cause, let folder): "\(cause); de tidligere filene ligger i \(folder)"
        case .failed(let path, let what, let cause): "\(path): \(what): \(cause)"
        }
    }
}
