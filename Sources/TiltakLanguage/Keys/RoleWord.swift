/// How a municipality takes part in an action, as task workbooks and reports name it.
public enum RoleWord: Phrase, Hashable, CaseIterable {
    /// Responsible (`Ansvar`).
    case responsible
    /// Involved (`Involvert`).
    case involved
    /// A pilot's mark after its role (`pilot`: `Ansvar (pilot)`).
    case pilot
}
