/// Why output could not be written, in nynorsk.
extension OutputMessage {
    public var nn: String {
        switch self {
        case .cannotWriteFile: "kan ikkje skrive fila"
        case .cannotWriteWorkbook: "kan ikkje skrive arbeidsboka"
        case .cannotCreateFolder: "kan ikkje lage mappa"
        case .noPermission: "manglar løyve til å skrive"
        case .diskFull: "disken er full"
        case .noSuchFolder: "mappa finst ikkje"
        case .readOnly: "disken er skriveverna"
        case .folderInTheWay: "det er ei mappe der fila skal vere"
        case .fileInThePath: "ein del av stien er ei fil, ikkje ei mappe"
        case .earlierFilesKept(let cause, let folder): "\(cause); dei tidlegare filene ligg i \(folder)"
        case .failed(let path, let what, let cause): "\(path): \(what): \(cause)"
        }
    }
}
