/// A cell of a column Tiltak does not read (`Prioritet`, `Kommentar frå styret`), kept under its
/// header as written so that it goes back into plan files, workbooks and JSON.
public struct ExtraColumn: Hashable, Sendable {
    /// The column's header, as written.
    public var header: String
    /// The cell, as written (trimmed).
    public var value: String

    /// Creates a kept cell.
    public init(header: String, value: String) {
        self.header = header
        self.value = value
    }
}

extension Plan {
    /// The headers of the kept columns of the plan's actions, in the order they first occur.
    public var extraHeaders: [String] {
        var seen: Set<String> = []
        var headers: [String] = []
        for action in actions {
            for extra in action.extras where seen.insert(extra.header).inserted {
                headers.append(extra.header)
            }
        }
        return headers
    }
}

extension Action {
    /// The kept cell under `header`, or an empty string.
    public func extra(_ header: String) -> String {
        extras.first { $0.header == header }?.value ?? ""
    }
}
