/// The words of reported status in nynorsk.
extension StatusWord {
    public var nn: String {
        switch self {
        case .notStarted: "Ikkje starta"
        case .inProgress: "Pågår"
        case .done: "Fullført"
        case .postponed: "Utsett"
        case .cancelled: "Avlyst"
        case .notReported: "Ikkje rapportert"
        case .short(let word):
            switch word {
            case .done: "Fullf."
            case .notStarted: "Ikkje st."
            case .notReported: "Ikkje rapp."
            default: word.nn
            }
        case .doneOf(let done, let expected): "\(done) av \(expected) fullført"
        case .counted(let word, let count, let expected):
            (expected.map { "\(count) av \($0)" } ?? "\(count)") + " " + word.nn.lowercased()
        case .reportedOf(let reported, let expected): "\(reported) av \(expected)"
        }
    }
}
