internal import CXlsxWriter

/// A data-validation rule with its prompts (`lxw_data_validation`).
public struct DataValidation: Hashable, Sendable {
    /// What input is allowed.
    public enum Rule: Hashable, Sendable {
        /// A dropdown of the values in a range formula, e.g. "=Lister!$A$1:$A$5".
        case list(source: String)
        /// A dropdown of literal values (joined with commas, at most 255 characters in total).
        case listValues([String])
        /// Whole numbers matching the criterion.
        case wholeNumber(ValidationCriterion)
        /// Decimal numbers matching the criterion.
        case decimal(ValidationCriterion)
        /// Text whose length matches the criterion.
        case textLength(ValidationCriterion)
        /// Input for which a formula such as "=ISNUMBER(A1)" is true.
        case custom(formula: String)
        /// Anything (useful for an input message alone).
        case any
    }

    /// The style of the error dialog.
    public enum ErrorStyle: Hashable, Sendable {
        /// Reject the input.
        case stop
        /// Warn, allowing the input.
        case warning
        /// Inform, allowing the input.
        case information
    }

    /// The rule.
    public var rule: Rule
    /// Allow blank cells.
    public var ignoreBlank = true
    /// Show the in-cell dropdown for list rules.
    public var dropdown = true
    /// Title of the message shown when the cell is selected (at most 32 characters).
    public var inputTitle: String?
    /// Message shown when the cell is selected (at most 255 characters).
    public var inputMessage: String?
    /// Title of the error dialog (at most 32 characters).
    public var errorTitle: String?
    /// Text of the error dialog (at most 255 characters).
    public var errorMessage: String?
    /// Kind of error dialog.
    public var errorStyle: ErrorStyle = .stop

    /// Creates a validation; prompts are optional.
    public init(
        _ rule: Rule, inputTitle: String? = nil, inputMessage: String? = nil, errorTitle: String? = nil,
        errorMessage: String? = nil, errorStyle: ErrorStyle = .stop
    ) {
        self.rule = rule
        self.inputTitle = inputTitle
        self.inputMessage = inputMessage
        self.errorTitle = errorTitle
        self.errorMessage = errorMessage
        self.errorStyle = errorStyle
    }

    /// The C struct, with strings and the value list allocated in `arena`.
    func lxwValidation(arena: CStringArena, _ operation: String) throws -> lxw_data_validation {
        var validation = lxw_data_validation()
        let type: lxw_validation_types
        switch rule {
        case .list(let source):
            type = LXW_VALIDATION_TYPE_LIST_FORMULA
            validation.value_formula = try arena.string(source, operation)
        case .listValues(let values):
            guard !values.isEmpty else {
                throw XlsxError.invalid(operation, "a validation list needs at least one value")
            }
            type = LXW_VALIDATION_TYPE_LIST
            var pointers: [UnsafeMutablePointer<CChar>?] = try values.map { try arena.string($0, operation) }
            pointers.append(nil)
            validation.value_list = arena.array(pointers)
        case .wholeNumber(let criterion), .decimal(let criterion), .textLength(let criterion):
            guard criterion.limits.allSatisfy(\.isFinite) else {
                throw XlsxError.invalid(operation, "validation limits must be finite: \(criterion)")
            }
            switch rule {
            case .wholeNumber: type = LXW_VALIDATION_TYPE_INTEGER
            case .decimal: type = LXW_VALIDATION_TYPE_DECIMAL
            default: type = LXW_VALIDATION_TYPE_LENGTH
            }
            criterion.apply(to: &validation)
        case .custom(let formula):
            type = LXW_VALIDATION_TYPE_CUSTOM_FORMULA
            validation.value_formula = try arena.string(formula, operation)
        case .any:
            type = LXW_VALIDATION_TYPE_ANY
        }
        validation.validate = UInt8(type.rawValue)
        validation.ignore_blank = Self.flag(ignoreBlank)
        validation.dropdown = Self.flag(dropdown)
        validation.input_title = try arena.optionalString(inputTitle, operation)
        validation.input_message = try arena.optionalString(inputMessage, operation)
        validation.error_title = try arena.optionalString(errorTitle, operation)
        validation.error_message = try arena.optionalString(errorMessage, operation)
        let errorType: lxw_validation_error_types
        switch errorStyle {
        case .stop: errorType = LXW_VALIDATION_ERROR_TYPE_STOP
        case .warning: errorType = LXW_VALIDATION_ERROR_TYPE_WARNING
        case .information: errorType = LXW_VALIDATION_ERROR_TYPE_INFORMATION
        }
        validation.error_type = UInt8(errorType.rawValue)
        return validation
    }

    /// libxlsxwriter's tri-state: 0 means "default (on)", so "off" must be explicit.
    private static func flag(_ value: Bool) -> UInt8 {
        UInt8((value ? LXW_VALIDATION_ON : LXW_VALIDATION_OFF).rawValue)
    }
}
