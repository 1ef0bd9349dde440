/// The words of reported status in bokmål.
extension StatusWord {
    public var nb: String {
        switch self {
        case .notStarted: "Ikke startet"
        case .inProgress: "Pågår"
        case .done: "Fullført"
        case .postponed: "Utsatt"
        case .cancelled: "Avlyst"
        case .notReported: "Ikke rapportert"
        case .short(let word):
            switch word {
            case .done: "Fullf."
            case .notStarted: "Ikke st."
            case .notReported: "Ikke rapp."
            default: word.nb
            }
        case .doneOf(let done, let expected): "\(done) av \(expected) fullført"
        case .counted(let word, let count, let expected):
            (expected.map { "\(count) av \($0)" } ?? "\(count)") + " " + word.nb.lowercased()
        case .reportedOf(let reported, let expected): "\(reported) av \(expected)"
        }
    }
}
