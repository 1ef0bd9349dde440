internal import CXlsxWriter

/// A numeric comparison for data validation (`lxw_validation_criteria`).
public enum ValidationCriterion: Hashable, Sendable {
    /// minimum ≤ value ≤ maximum.
    case between(Double, Double)
    /// value < minimum or value > maximum.
    case notBetween(Double, Double)
    /// value = limit.
    case equalTo(Double)
    /// value ≠ limit.
    case notEqualTo(Double)
    /// value > limit.
    case greaterThan(Double)
    /// value < limit.
    case lessThan(Double)
    /// value ≥ limit.
    case greaterThanOrEqualTo(Double)
    /// value ≤ limit.
    case lessThanOrEqualTo(Double)

    /// Fills criteria and limits into `validation`.
    func apply(to validation: inout lxw_data_validation) {
        let criteria: lxw_validation_criteria
        switch self {
        case .between(let minimum, let maximum), .notBetween(let minimum, let maximum):
            if case .between = self {
                criteria = LXW_VALIDATION_CRITERIA_BETWEEN
            } else {
                criteria = LXW_VALIDATION_CRITERIA_NOT_BETWEEN
            }
            validation.minimum_number = minimum
            validation.maximum_number = maximum
        case .equalTo(let limit):
            criteria = LXW_VALIDATION_CRITERIA_EQUAL_TO
            validation.value_number = limit
        case .notEqualTo(let limit):
            criteria = LXW_VALIDATION_CRITERIA_NOT_EQUAL_TO
            validation.value_number = limit
        case .greaterThan(let limit):
            criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN
            validation.value_number = limit
        case .lessThan(let limit):
            criteria = LXW_VALIDATION_CRITERIA_LESS_THAN
            validation.value_number = limit
        case .greaterThanOrEqualTo(let limit):
            criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO
            validation.value_number = limit
        case .lessThanOrEqualTo(let limit):
            criteria = LXW_VALIDATION_CRITERIA_LESS_THAN_OR_EQUAL_TO
            validation.value_number = limit
        }
        validation.criteria = UInt8(criteria.rawValue)
    }

    var limits: [Double] {
        switch self {
        case .between(let minimum, let maximum), .notBetween(let minimum, let maximum): [minimum, maximum]
        case .equalTo(let limit), .notEqualTo(let limit), .greaterThan(let limit), .lessThan(let limit),
            .greaterThanOrEqualTo(let limit), .lessThanOrEqualTo(let limit):
            [limit]
        }
    }
}
