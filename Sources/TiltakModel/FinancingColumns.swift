extension FinancingReader {
    /// The financing of an action whose table keeps financing and cost in columns of their own.
    ///
    /// `remark` is the remark's reading. The financing column is read as a remark is (needs
    /// financing, applied for, partly financed, secured, source) and decides the need and source when
    /// it names one; the cost column is read as a stated cost (`1200000`, `1,2 mill.`,
    /// `150 000 kr per år`) and decides the cost. A cost without a need is a cost estimate.
    public func read(remark: Financing, financingColumn: String, costColumn: String) -> Financing {
        var result = remark
        let column = read(financingColumn)
        if column.need != .none {
            result.need = column.need
            result.source = column.source ?? (column.need == remark.need ? remark.source : nil)
            result.resource = column.resource
            if column.cost != nil { result.cost = column.cost }
            result.hasUnreadableAmount = column.hasUnreadableAmount
        }
        let cost = costColumn.trimmingWhitespace
        guard !cost.isEmpty else { return result }
        let stated = read("kostnad " + cost)
        if let amount = stated.cost {
            result.cost = amount
        } else {
            result.hasUnreadableAmount = true
        }
        if result.need == .none { result.need = .costEstimate }
        return result
    }

    /// Whether the remark and the financing column both name a financing need and the needs differ.
    public func conflicts(remark: String, financingColumn: String) -> (remark: Financing, column: Financing)?
    {
        guard !remark.isEmpty, !financingColumn.isEmpty else { return nil }
        let (a, b) = (read(remark), read(financingColumn))
        guard a.need != .none, b.need != .none, a.need != .costEstimate, a.need != b.need else { return nil }
        return (a, b)
    }
}
