import TiltakLanguage

/// How serious a validation finding is.
public enum Severity: String, Hashable, Sendable, Comparable {
    /// Makes the plan unusable.
    case error
    /// Worth a look; the plan still works.
    case warning

    /// The word for it in the catalogue.
    public var word: SeverityWord {
        switch self {
        case .error: .error
        case .warning: .warning
        }
    }

    /// The word in `language` (`feil`, `åtvaring`).
    public func text(_ language: Language) -> String { word.text(language) }

    public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }
}

/// The field of an action a finding concerns, named as the plan's columns.
///
/// The raw value is the column's header in a table (`tiltak import`); ``caption(_:)`` is its name in
/// the workbooks, in a language.
public enum ActionField: String, Hashable, Sendable, CaseIterable {
    case id = "ID"
    case focusArea = "Innsatsområde"
    case theme = "Tema"
    case text = "Tiltak"
    case timeframe = "Tidsramme"
    case responsible = "Ansvar"
    case involved = "Involvering"
    case remark = "Merknad"

    /// The workbooks' column of the field.
    public var column: ColumnKey {
        switch self {
        case .id: .id
        case .focusArea: .focusArea
        case .theme: .theme
        case .text: .text
        case .timeframe: .timeframe
        case .responsible: .responsible
        case .involved: .involved
        case .remark: .remark
        }
    }

    /// The field's name in `language`, as the workbooks' column caption (`Involvert`).
    public func caption(_ language: Language) -> String { column.text(language) }
}

/// One validation finding.
public struct ValidationIssue: Hashable, Sendable, CustomStringConvertible {
    /// Error or warning.
    public var severity: Severity
    /// The action concerned, if any.
    public var actionID: ActionID?
    /// The field concerned, if any.
    public var field: ActionField?
    /// Where in the plan the text concerned is, when it is not an action's field
    /// (`Partsregisteret, GOL, namn`).
    public var place: ValidationPlace?
    /// What is wrong, in every language.
    public var phrase: ValidationMessage
    /// A stable machine-readable code, e.g. `unknown-timeframe`.
    public var code: String

    /// Creates a finding.
    public init(
        _ severity: Severity, _ code: String, action: ActionID?, field: ActionField?,
        place: ValidationPlace? = nil, _ phrase: ValidationMessage
    ) {
        self.severity = severity
        self.code = code
        self.actionID = action
        self.field = field
        self.place = place
        self.phrase = phrase
    }

    /// What is wrong in `language`, after its place when it has one: `Tittel: Teksten har …`.
    public func text(_ language: Language) -> String {
        guard let place else { return phrase.text(language) }
        return "\(place.text(language)): \(phrase.text(language))"
    }

    /// What is wrong, in nynorsk (``text(_:)`` gives it in any language).
    public var message: String { text(.nynorsk) }

    /// The finding in `language`: `feil: NK-01 Tidsramme: …`.
    public func line(_ language: Language) -> String {
        let place = [actionID?.rawValue, field?.caption(language)].compactMap { $0 }.joined(separator: " ")
        return "\(severity.text(language)): \(place.isEmpty ? "" : place + ": ")\(text(language))"
    }

    /// The finding in the language of messages (``line(_:)``).
    public var description: String { line(.messages) }
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
        // Reads the financing and cost columns again where they need a second look.
        let financingReader = FinancingReader(registry: plan.registry)
        for action in plan.actions {
            let id = action.id
            func add(
                _ severity: Severity, _ code: String, _ field: ActionField?, _ message: ValidationMessage
            ) {
                issues.append(ValidationIssue(severity, code, action: id, field: field, message))
            }
            if id.rawValue.trimmingWhitespace.isEmpty {
                add(.error, "missing-id", .id, .missingID)
            } else if !seenIDs.insert(id).inserted {
                add(.error, "duplicate-id", .id, .duplicateID(id.rawValue))
            }
            if action.text.trimmingWhitespace.isEmpty {
                add(.error, "missing-text", .text, .missingText)
            } else {
                let key = NameKey.searchable(action.text)
                if let first = firstWithText[key] {
                    add(.warning, "duplicate-text", .text, .duplicateText(firstID: first.rawValue))
                } else {
                    firstWithText[key] = id
                }
            }
            if let area = areas[action.focusArea] {
                if !area.themes.contains(action.theme) {
                    add(
                        .warning, "unknown-theme", .theme,
                        .unknownTheme(theme: action.theme, area: area.name))
                }
            } else {
                add(.error, "unknown-focus-area", .focusArea, .unknownFocusArea(action.focusArea))
            }
            for (field, value) in [(ActionField.text, action.text), (.remark, action.remark)]
            where value.utf8.count > maximumCellLength && value.count > maximumCellLength {
                add(
                    .error, "cell-too-long", field,
                    .cellTooLong(length: value.count, limit: maximumCellLength))
            }
            if action.responsible.isEmpty {
                add(.warning, "no-responsible", .responsible, .noResponsible)
            }
            switch action.timeframe.kind {
            case .unknown:
                add(
                    .warning, "unknown-timeframe", .timeframe,
                    action.timeframe.text.isEmpty
                        ? .missingTimeframe : .vagueTimeframe(action.timeframe.text))
            case .unrecognised:
                add(
                    .warning, "unreadable-timeframe", .timeframe,
                    .unreadableTimeframe(action.timeframe.text))
            default:
                if action.timeframe.reachesOutside(plan.period) {
                    add(
                        .warning, "timeframe-outside-period", .timeframe,
                        .timeframeOutsidePeriod(timeframe: action.timeframe.text, period: plan.period.text))
                }
                if let end = plan.overdueEnd(of: action, reports: reports[id] ?? []) {
                    add(
                        .warning, "overdue", .timeframe,
                        OverdueAction(actionID: id, timeframe: action.timeframe.text, endYear: end).warning)
                }
            }
            for (field, cell) in [
                (ActionField.responsible, action.responsible), (.involved, action.involved),
            ] {
                for name in cell.unregisteredNames {
                    add(.warning, "unregistered-party", field, .unregisteredParty(name))
                }
            }
            if case .registered(let code)? = action.financing.source, plan.registry.party(code: code) == nil {
                add(.warning, "unregistered-party", .remark, .unregisteredSource(code))
            }
            if action.flags.contains(.realismDoubt) {
                add(.warning, "realism-doubt", .remark, .realismDoubt)
            }
            if action.financing.hasUnreadableAmount {
                if !action.costText.isEmpty, financingReader.read("kostnad " + action.costText).cost == nil {
                    add(.warning, "unreadable-amount", .remark, .unreadableCost(action.costText))
                } else {
                    add(
                        .warning, "unreadable-amount", .remark,
                        .unreadableAmount(remark: action.remark))
                }
            }
            if let conflict = financingReader.conflicts(
                remark: action.remark, financingColumn: action.financingText)
            {
                add(
                    .warning, "financing-conflict", .remark,
                    .financingConflict(remark: conflict.remark.need.word, column: conflict.column.need.word))
            }
        }
        issues += WritabilityCheck.issues(plan)
        issues += LanguageCheck.issues(plan)
        if plan.focusAreas.isEmpty {
            issues.append(
                ValidationIssue(
                    .error, "no-focus-areas", action: nil, field: nil, .noFocusAreas))
        }
        if let estimate = plan.partTimeResidents {
            for d in estimate.discrepancies {
                issues.append(
                    ValidationIssue(
                        .warning, "part-time-figures", action: nil, field: nil,
                        .partTimeFigure(name: d.name, stated: d.stated, computed: d.computed))
                )
            }
        }
        return issues.enumerated().sorted { a, b in
            a.element.severity != b.element.severity
                ? a.element.severity < b.element.severity : a.offset < b.offset
        }.map(\.element)
    }
}
