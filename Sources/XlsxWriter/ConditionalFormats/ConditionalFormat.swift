internal import CXlsxWriter

/// A conditional format: a rule and the format applied where it holds (`lxw_conditional_format`).
public struct ConditionalFormat {
    /// A value in a cell rule: a number or a formula/reference ("=$B$1", "\"Ferdig\"").
    public enum Value: Hashable, Sendable, ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral {
        /// A number.
        case number(Double)
        /// A formula, reference or double-quoted string literal.
        case formula(String)

        /// A number literal.
        public init(floatLiteral value: Double) {
            self = .number(value)
        }

        /// An integer literal.
        public init(integerLiteral value: Int) {
            self = .number(Double(value))
        }
    }

    /// The condition.
    public enum Rule: Hashable, Sendable {
        /// Cell value = value.
        case equalTo(Value)
        /// Cell value ≠ value.
        case notEqualTo(Value)
        /// Cell value > value.
        case greaterThan(Value)
        /// Cell value < value.
        case lessThan(Value)
        /// Cell value ≥ value.
        case greaterThanOrEqualTo(Value)
        /// Cell value ≤ value.
        case lessThanOrEqualTo(Value)
        /// minimum ≤ cell value ≤ maximum.
        case between(Value, Value)
        /// Cell value outside minimum…maximum.
        case notBetween(Value, Value)
        /// A formula relative to the range's top-left cell, e.g. "=$C2=\"Forsinket\"".
        case formula(String)
        /// Text containing the string.
        case textContaining(String)
        /// Blank cells.
        case blanks
        /// Non-blank cells.
        case noBlanks
        /// Cells with errors.
        case errors
        /// Values occurring more than once.
        case duplicates
    }

    /// The condition.
    public var rule: Rule
    /// The format to apply (fonts, fills, borders and number formats; not alignment or size).
    public var format: Format?
    /// Skip later rules for a cell once this one holds.
    public var stopIfTrue: Bool
    /// Extra ranges, space-separated and including the primary range ("A1:A9 C1:C9").
    public var multiRange: String?

    /// Creates a conditional format.
    public init(_ rule: Rule, format: Format?, stopIfTrue: Bool = false, multiRange: String? = nil) {
        self.rule = rule
        self.format = format
        self.stopIfTrue = stopIfTrue
        self.multiRange = multiRange
    }

    /// The C struct, with strings allocated in `workbook`'s arena.
    func lxwConditionalFormat(workbook: Workbook, _ operation: String) throws -> lxw_conditional_format {
        let arena = workbook.arena
        var conditional = lxw_conditional_format()
        var type = LXW_CONDITIONAL_TYPE_CELL
        var criteria = LXW_CONDITIONAL_CRITERIA_NONE
        func setValue(_ value: Value) throws {
            switch value {
            case .number(let number): conditional.value = try Self.finite(number, operation)
            case .formula(let text): conditional.value_string = try arena.string(text, operation)
            }
        }
        func setBounds(_ minimum: Value, _ maximum: Value) throws {
            switch minimum {
            case .number(let number): conditional.min_value = try Self.finite(number, operation)
            case .formula(let text): conditional.min_value_string = try arena.string(text, operation)
            }
            switch maximum {
            case .number(let number): conditional.max_value = try Self.finite(number, operation)
            case .formula(let text): conditional.max_value_string = try arena.string(text, operation)
            }
        }
        switch rule {
        case .equalTo(let value):
            criteria = LXW_CONDITIONAL_CRITERIA_EQUAL_TO
            try setValue(value)
        case .notEqualTo(let value):
            criteria = LXW_CONDITIONAL_CRITERIA_NOT_EQUAL_TO
            try setValue(value)
        case .greaterThan(let value):
            criteria = LXW_CONDITIONAL_CRITERIA_GREATER_THAN
            try setValue(value)
        case .lessThan(let value):
            criteria = LXW_CONDITIONAL_CRITERIA_LESS_THAN
            try setValue(value)
        case .greaterThanOrEqualTo(let value):
            criteria = LXW_CONDITIONAL_CRITERIA_GREATER_THAN_OR_EQUAL_TO
            try setValue(value)
        case .lessThanOrEqualTo(let value):
            criteria = LXW_CONDITIONAL_CRITERIA_LESS_THAN_OR_EQUAL_TO
            try setValue(value)
        case .between(let minimum, let maximum):
            criteria = LXW_CONDITIONAL_CRITERIA_BETWEEN
            try setBounds(minimum, maximum)
        case .notBetween(let minimum, let maximum):
            criteria = LXW_CONDITIONAL_CRITERIA_NOT_BETWEEN
            try setBounds(minimum, maximum)
        case .formula(let formula):
            type = LXW_CONDITIONAL_TYPE_FORMULA
            conditional.value_string = try arena.string(formula, operation)
        case .textContaining(let text):
            type = LXW_CONDITIONAL_TYPE_TEXT
            criteria = LXW_CONDITIONAL_CRITERIA_TEXT_CONTAINING
            conditional.value_string = try arena.string(text, operation)
        case .blanks:
            type = LXW_CONDITIONAL_TYPE_BLANKS
        case .noBlanks:
            type = LXW_CONDITIONAL_TYPE_NO_BLANKS
        case .errors:
            type = LXW_CONDITIONAL_TYPE_ERRORS
        case .duplicates:
            type = LXW_CONDITIONAL_TYPE_DUPLICATE
        }
        conditional.type = UInt8(type.rawValue)
        conditional.criteria = UInt8(criteria.rawValue)
        conditional.format = try format.cFormat(for: workbook, operation)
        conditional.stop_if_true = stopIfTrue ? 1 : 0
        conditional.multi_range = try arena.optionalString(multiRange, operation)
        return conditional
    }

    private static func finite(_ number: Double, _ operation: String) throws -> Double {
        guard number.isFinite else {
            throw XlsxError.invalid(operation, "conditional format value \(number) is not finite")
        }
        return number
    }
}
