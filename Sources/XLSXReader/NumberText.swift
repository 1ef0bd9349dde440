/// Plain text for cell numbers, as a person would type them.
enum NumberText {
    /// `value` without a trailing `.0`: 3 → `"3"`, 2.5 → `"2.5"`, -0.0 → `"0"`; very large and
    /// very small magnitudes use Swift's shortest round-trip form (`1e+20`).
    static func format(_ value: Double) -> String {
        if value.isNaN || value.isInfinite { return String(describing: value) }
        if value == value.rounded(), abs(value) < 1e15 {
            return String(Int64(value))
        }
        return String(describing: value)
    }
}
