/// How serious a validation finding is.
public enum Severity: String, Hashable, Sendable, Comparable {
    /// Makes the plan unusable.
    case error
    /// Worth a look; the plan still works.
    case warning

    /// The nynorsk word.
    public var nynorsk: String {
        switch self {
        case .error: "feil"
        case .warning: "åtvaring"
        }
    }

    public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }
}

/// The field of an action a finding concerns, named as the plan's columns.
public enum ActionField: String, Hashable, Sendable, CaseIterable {
    case id = "ID"
    case focusArea = "Innsatsområde"
    case theme = "Tema"
    case text = "Tiltak"
    case timeframe = "Tidsramme"
    case responsible = "Ansvar"
    case involved = "Involvering"
    case remark = "Merknad"
}

/// One validation finding.
public struct ValidationIssue: Hashable, Sendable, CustomStringConvertible {
    /// Error or warning.
    public var severity: Severity
    /// The action concerned, if any.
    public var actionID: ActionID?
    /// The field concerned, if any.
    public var field: ActionField?
    /// What is wrong, in nynorsk.
    public var message: String
    /// A stable machine-readable code, e.g. `unknown-timeframe`.
    public var code: String

    /// Creates a finding.
    public init(
        _ severity: Severity, _ code: String, action: ActionID?, field: ActionField?, _ message: String
    ) {
        self.severity = severity
        self.code = code
        self.actionID = action
        self.field = field
        self.message = message
    }

    public var description: String {
        let place = [actionID?.rawValue, field?.rawValue].compactMap { $0 }.joined(separator: " ")
        return "\(severity.nynorsk): \(place.isEmpty ? "" : place + ": ")\(message)"
    }
}

/// Checks a plan for errors (it cannot be used) and warnings (it deserves a look).
public enum PlanValidator {
    /// Excel's limit on the characters of one cell.
    public static let maximumCellLength = 32_767

    /// All findings for `plan`, errors first, then by action order.
    public static func validate(_ plan: Plan) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        var seenIDs: Set<ActionID> = []
        var firstWithText: [String: ActionID] = [:]
        // Looked up for every action: the first area with each code and its themes, each action's
        // status reports.
        var areas: [String: (name: String, themes: Set<String>)] = [:]
        for area in plan.focusAreas where areas[area.code] == nil {
            areas[area.code] = (area.name, Set(area.themes))
        }
        let reports = Dictionary(grouping: plan.statusReports, by: \.actionID)
        for action in plan.actions {
            let id = action.id
            func add(_ severity: Severity, _ code: String, _ field: ActionField?, _ message: String) {
                issues.append(ValidationIssue(severity, code, action: id, field: field, message))
            }
            if id.rawValue.trimmingWhitespace.isEmpty {
                add(.error, "missing-id", .id, "Tiltaket manglar ID.")
            } else if !seenIDs.insert(id).inserted {
                add(.error, "duplicate-id", .id, "ID-en \(id) er brukt på fleire tiltak.")
            }
            if action.text.trimmingWhitespace.isEmpty {
                add(.error, "missing-text", .text, "Tiltaket har ingen tekst.")
            } else {
                let key = NameKey.searchable(action.text)
                if let first = firstWithText[key] {
                    add(.warning, "duplicate-text", .text, "Same tiltakstekst som \(first).")
                } else {
                    firstWithText[key] = id
                }
            }
            if let area = areas[action.focusArea] {
                if !area.themes.contains(action.theme) {
                    add(
                        .warning, "unknown-theme", .theme,
                        "Temaet «\(action.theme)» er ikkje eit tema i \(area.name).")
                }
            } else {
                add(.error, "unknown-focus-area", .focusArea, "Ukjent innsatsområde «\(action.focusArea)».")
            }
            for (field, value) in [(ActionField.text, action.text), (.remark, action.remark)]
            where value.utf8.count > maximumCellLength && value.count > maximumCellLength {
                add(
                    .error, "cell-too-long", field,
                    "Teksten har \(value.count) teikn; ei Excel-celle kan ha høgst \(maximumCellLength).")
            }
            if action.responsible.isEmpty {
                add(.warning, "no-responsible", .responsible, "Tiltaket har ingen ansvarleg.")
            }
            switch action.timeframe.kind {
            case .unknown:
                add(
                    .warning, "unknown-timeframe", .timeframe,
                    action.timeframe.text.isEmpty
                        ? "Tidsramme manglar." : "Tidsramma «\(action.timeframe.text)» seier ikkje når.")
            case .unrecognised:
                add(
                    .warning, "unreadable-timeframe", .timeframe,
                    "Tidsramma «\(action.timeframe.text)» kunne ikkje lesast (venta t.d. «2022», «2021–2022», «Årleg», «Vår 2023»)."
                )
            default:
                if action.timeframe.reachesOutside(plan.period) {
                    add(
                        .warning, "timeframe-outside-period", .timeframe,
                        "Tidsramma «\(action.timeframe.text)» går utanfor planperioden \(plan.period.text).")
                }
                if let end = plan.overdueEnd(of: action, reports: reports[id] ?? []) {
                    add(
                        .warning, "overdue", .timeframe,
                        OverdueAction(actionID: id, timeframe: action.timeframe.text, endYear: end).message)
                }
            }
            for (field, cell) in [
                (ActionField.responsible, action.responsible), (.involved, action.involved),
            ] {
                for name in cell.unregisteredNames {
                    add(.warning, "unregistered-party", field, "«\(name)» er ikkje i partsregisteret.")
                }
            }
            if case .registered(let code)? = action.financing.source, plan.registry.party(code: code) == nil {
                add(.warning, "unregistered-party", .remark, "Kjelda «\(code)» er ikkje i partsregisteret.")
            }
            if action.flags.contains(.realismDoubt) {
                add(.warning, "realism-doubt", .remark, "Planen tvilar på om tiltaket er realistisk.")
            }
            if action.financing.hasUnreadableAmount {
                add(
                    .warning, "unreadable-amount", .remark,
                    "Beløpet i merknaden «\(action.remark)» kunne ikkje lesast (venta t.d. «250 000», «1,5 mill.»)."
                )
            }
        }
        issues += WritabilityCheck.issues(plan)
        issues += LanguageCheck.issues(plan)
        if plan.focusAreas.isEmpty {
            issues.append(
                ValidationIssue(
                    .error, "no-focus-areas", action: nil, field: nil, "Planen har ingen innsatsområde."))
        }
        if let estimate = plan.partTimeResidents {
            for d in estimate.discrepancies {
                issues.append(
                    ValidationIssue(
                        .warning, "part-time-figures", action: nil, field: nil,
                        "Deltidsinnbyggjarar: planen seier \(d.stated) for \(d.name), utrekna \(d.computed).")
                )
            }
        }
        return issues.enumerated().sorted { a, b in
            a.element.severity != b.element.severity
                ? a.element.severity < b.element.severity : a.offset < b.offset
        }.map(\.element)
    }
}
