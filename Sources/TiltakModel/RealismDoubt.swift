extension Action {
    /// The cells whose words raised the plan's doubt about the action's realism (`?? Realistisk` in
    /// the timeframe of IN-10), by field, as written; empty when the action has no such flag.
    public var realismDoubtCells: [(field: ActionField, text: String)] {
        guard flags.contains(.realismDoubt) else { return [] }
        let cells: [(field: ActionField, text: String)] = [
            (.text, text), (.timeframe, timeframe.text), (.responsible, responsible.text),
            (.involved, involved.text), (.remark, remark), (.remark, financingText),
        ]
        return cells.filter { !$0.text.isEmpty && FlagReader.expressesRealismDoubt($0.text) }
    }
}
