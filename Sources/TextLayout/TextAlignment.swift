/// Where a text sits within a wider field: left, right or centre.
public enum TextAlignment: Sendable, Hashable, CaseIterable {
    /// Text starts at the field's first column; padding goes after it.
    case left
    /// Text ends at the field's last column; padding goes before it.
    case right
    /// Text sits in the middle; an odd column of padding goes after it.
    case centre
}
