/// The words of reported status in English.
extension StatusWord {
    public var en: String {
        switch self {
        case .notStarted: "Not started"
        case .inProgress: "In progress"
        case .done: "Done"
        case .postponed: "Postponed"
        case .cancelled: "Cancelled"
        case .notReported: "Not reported"
        case .short(let word):
            switch word {
            case .inProgress: "In progr."
            case .notStarted: "Not st."
            case .postponed: "Postp."
            case .cancelled: "Canc."
            case .notReported: "Not rep."
            default: word.en
            }
        case .doneOf(let done, let expected): "\(done) of \(expected) done"
        case .counted(let word, let count, let expected):
            (expected.map { "\(count) of \($0)" } ?? "\(count)") + " " + word.en.lowercased()
        case .reportedOf(let reported, let expected): "\(reported) of \(expected)"
        }
    }
}
