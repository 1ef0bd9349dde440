import TiltakLanguage

/// Finds what the workbooks of `tiltak export` cannot hold, so that validation reports it as an
/// error before anything is written, instead of the export failing half-way.
///
/// What is checked, and why (libxlsxwriter 1.1.4 and Excel's file format):
/// - **Characters.** NUL cannot be passed to libxlsxwriter at all (C strings), and U+FFFE and
///   U+FFFF cannot stand in XML: in any text a workbook writes they are errors. Other control
///   characters (U+0001–U+001F but tab, line feed and carriage return) are escaped in cells
///   (`_x0001_`) but written raw elsewhere, where they make the file unreadable: they are errors in
///   the texts that also go into document properties (plan id, title, region, owner, revision label,
///   municipality names), page headers (title, revision label, party names), formulas and charts (focus-area names, responsible
///   parties' names) and the Finansiering sheet's tip (the first 200 characters of a remark whose
///   amount could not be read).
/// - **Cell length.** A cell holds at most ``PlanValidator/maximumCellLength`` UTF-16 units, also
///   where the workbooks join texts (responsible and involved parties, the Tiltak sheet's comment of
///   a shared action, the Ansvar sheet's headings).
/// - **Page header.** Needs no check: `PageLayout` cuts each part (party, title, revision) to code
///   points so that the whole stays within the 255 Excel allows.
/// - **Sheet names.** A focus area's sheet name (its short name cleaned and cut to 31 characters,
///   made unique) must be at most 31 code points and hold none of `[]:*?/\`.
/// - **Rows.** The Tiltak sheet, which every export writes, holds at most ``maximumRows`` rows.
///   The other sheets' rows depend on which sheets an export writes (`--sheets tiltak` leaves them
///   out, `--only council` the task workbooks): `ExportValidation` in TiltakOperations checks them
///   with the counts of `SheetRows` in TiltakWorkbook, from the layouts the sheet writers use.
/// - **Data-validation tips.** The Finansiering sheet's tip on an amount that could not be read
///   quotes the remark's first 200 characters and must be at most 255 code points.
///
/// File names need no check: ``PartyFileNames`` and `SafeFileName` in TiltakRuntime make every
/// name the export uses valid and unique.
enum WritabilityCheck {
    /// The most code points of a sheet name and a data-validation tip.
    static let maximumSheetNameLength = 31
    static let maximumTipLength = 255
    /// The tip quotes this many characters of the remark (`FinancingSheet`), after 29 code points
    /// of text (`Beløpet kunne ikkje lesast: «`) and before one (`»`).
    static let tipCut = 200
    static let tipOverhead = 30

    /// Excel's rows per sheet (libxlsxwriter's `LXW_ROW_MAX`): the Tiltak sheet, which every export
    /// writes, holds a header and one row per action.
    static let maximumRows = 1_048_576

    /// The findings for `plan`, all errors, in plan order; `maximumRows` for tests.
    static func issues(_ plan: Plan, maximumRows: Int = maximumRows) -> [ValidationIssue] {
        var check = Findings()
        if plan.actions.count + 1 > maximumRows {
            check.add(
                "too-many-actions", .plan(.actionSheet),
                .tooManyActions(count: plan.actions.count, limit: maximumRows - 1))
        }
        check.longestName = plan.registry.parties.map(\.name.utf8.count).max() ?? 0
        let properties = RawTextPlace.workbookProperties
        check.text(plan.id, .plan(.planID), outsideCells: properties)
        check.text(plan.title, .plan(.title), outsideCells: .propertiesAndHeaders)
        check.text(plan.region, .plan(.region), inCell: false, outsideCells: properties)
        check.text(plan.owner, .plan(.owner), inCell: false, outsideCells: properties)
        check.text(plan.revision.label, .plan(.revision), outsideCells: properties)
        checkRegistry(plan, &check)
        checkFocusAreas(plan, &check)
        for action in plan.actions { checkAction(action, plan, &check) }
        checkComments(plan, &check)
        return check.issues
    }

    /// Party names: in cells and headings everywhere, in the properties of a municipality's
    /// workbook, and in the overview's formulas when the party is responsible for something.
    private static func checkRegistry(_ plan: Plan, _ check: inout Findings) {
        // How many actions each party is responsible for matters only for a name with control
        // characters (formulas) or near the cell limit (the Ansvar sheet's heading): count only then.
        let needsCounts = plan.registry.parties.contains { party in
            party.name.utf8.count > PlanValidator.maximumCellLength - 32
                || Characters.control(in: party.name) != nil
        }
        var responsibleFor: [String: Int] = [:]
        for action in plan.actions where needsCounts {
            for case .registered(let code) in action.responsible.parties {
                responsibleFor[code, default: 0] += 1
            }
        }
        for party in plan.registry.parties {
            let place = Place.plan(.partyName(code: party.code))
            let count = responsibleFor[party.code]
            let outside: RawTextPlace? =
                party.kind == .municipality
                ? .municipalityProperties : count == nil ? nil : .overviewFormulas
            // The Ansvar sheet's heading: `<name> (<n> tiltak)`, in the plan's language.
            let heading =
                count.map {
                    DocumentWord.withCount("", actions: $0).text(plan.language).utf16.count
                } ?? 0
            check.text(party.name, place, outsideCells: outside, extra: heading)
            if party.kind == .municipality {
                check.text(party.code, .plan(.partyCode(code: party.code)))
            }
        }
    }

    /// Focus areas: names in cells, formulas and charts; short names as sheet names; result goals.
    private static func checkFocusAreas(_ plan: Plan, _ check: inout Findings) {
        var used: Set<String> = []
        for area in plan.focusAreas {
            let code = area.code
            check.text(area.name, .plan(.areaName(code: code)), outsideCells: .overviewFormulasAndCharts)
            if let title = area.resultGoalsTitle {
                check.text(title, .plan(.areaGoalsTitle(code: code)))
            }
            for (index, goal) in area.resultGoals.enumerated() {
                check.text(goal, .plan(.areaGoal(code: code, number: index + 1)))
            }
            // As `SheetNames.unique` in TiltakWorkbook makes the sheet name.
            var base = SheetNameText.sanitise(area.shortName)
            if base.isEmpty { base = area.code }
            var name = base
            var number = 2
            while used.contains(name.lowercased()) {
                let suffix = " (\(number))"
                name = String(base.prefix(maximumSheetNameLength - suffix.count)) + suffix
                number += 1
            }
            used.insert(name.lowercased())
            check.sheetName(name, .plan(.areaShortName(code: code)))
        }
    }

    /// An action's cells, its parties joined, and the tip the Finansiering sheet adds to its remark.
    private static func checkAction(_ action: Action, _ plan: Plan, _ check: inout Findings) {
        let id = action.id
        // Validation reports text and remark over the limit in characters; this check the rest.
        func counted(_ text: String) -> Bool {
            text.utf8.count > PlanValidator.maximumCellLength && text.count > PlanValidator.maximumCellLength
        }
        check.text(id.rawValue, .action(id, .id))
        check.text(action.theme, .action(id, .theme))
        check.text(action.text, .action(id, .text), checksLength: !counted(action.text))
        check.text(action.timeframe.text, .action(id, .timeframe))
        let tip = action.financing.isUnfinanced && action.financing.hasUnreadableAmount
        check.text(
            action.remark, .action(id, .remark), checksLength: !counted(action.remark),
            outsideCells: tip ? .financingTip : nil, outsidePrefix: tipCut)
        if tip { check.tip(action.remark, .action(id, .remark)) }
        for case .unregistered(let name) in action.responsible.parties {
            check.text(name, .action(id, .responsible), outsideCells: .overviewFormulas)
        }
        check.joined(action.responsible, plan.registry, .action(id, .responsible))
        for case .unregistered(let name) in action.involved.parties {
            check.text(name, .action(id, .involved))
        }
        check.joined(action.involved, plan.registry, .action(id, .involved))
        if case .unregistered(let name)? = action.financing.source {
            check.text(name, .action(id, .remark))
        }
    }

    /// Status comments of the plan's status year: each municipality's own on its Oppgåver sheet,
    /// and the Tiltak sheet's comment (a single reporter's, or a shared action's breakdown).
    private static func checkComments(_ plan: Plan, _ check: inout Findings) {
        guard !plan.statusReports.isEmpty else { return }
        let board = StatusBoard(plan: plan)
        guard board.hasReports else { return }
        let registry = plan.registry
        for action in plan.actions {
            let reports = board.reports(action)
            guard !reports.isEmpty else { continue }
            func place(_ report: StatusReport) -> Place {
                .comment(
                    action.id,
                    .commentFrom(party: registry.displayName(.registered(report.party)), year: board.year))
            }
            let before = check.issues.count
            for report in reports where registry.party(code: report.party)?.kind == .municipality {
                let assigned = (action.responsible.parties + action.involved.parties).contains {
                    registry.reference($0, covers: report.party)
                }
                if assigned { check.text(report.comment, place(report)) }
            }
            guard check.issues.count == before else { continue }
            let comment = board.comment(action, plan.language)
            let single = reports.first { $0.comment == comment }
            check.text(comment, single.map(place) ?? .comment(action.id, .actionSheetComment))
        }
    }

    /// Where a text belongs, as a finding names it: an action's field, or a plan-level label.
    fileprivate enum Place {
        /// A field of an action.
        case action(ActionID, ActionField)
        /// A text of an action with no column of its own (a status comment), with its label.
        case comment(ActionID, ValidationPlace)
        /// A text of the plan, with its label (`Plan-ID`, `Partsregisteret, GOL, namn`).
        case plan(ValidationPlace)
    }

    /// The findings of ``WritabilityCheck``, gathered text by text.
    fileprivate struct Findings {
        private(set) var issues: [ValidationIssue] = []
        /// The most UTF-8 bytes of any party's name in the registry.
        var longestName = 0

        mutating func add(_ code: String, _ place: Place, _ message: ValidationMessage) {
            switch place {
            case .action(let id, let field):
                issues.append(ValidationIssue(.error, code, action: id, field: field, message))
            case .comment(let id, let label):
                issues.append(ValidationIssue(.error, code, action: id, field: nil, place: label, message))
            case .plan(let label):
                issues.append(ValidationIssue(.error, code, action: nil, field: nil, place: label, message))
            }
        }

        /// Checks a text's characters and, when it goes into a cell, its length.
        ///
        /// - Parameters:
        ///   - inCell: Whether the text is written as (part of) a cell.
        ///   - checksLength: Whether to check the length (validation may already have).
        ///   - outsideCells: Where else the text is written raw (properties, formulas), where control
        ///     characters cannot stand; `nil` for cells only.
        ///   - outsidePrefix: How many characters of the text go there, if not all.
        ///   - extra: UTF-16 units the cell adds to the text (a heading's count).
        mutating func text(
            _ text: String, _ place: @autoclosure () -> Place, inCell: Bool = true, checksLength: Bool = true,
            outsideCells: RawTextPlace? = nil, outsidePrefix: Int? = nil, extra: Int = 0
        ) {
            if let scalar = Characters.unwritable(in: text) {
                add(
                    "unwritable-character", place(), .unwritableCharacter(Characters.name(scalar)))
                return
            }
            if let outsideCells {
                let part = outsidePrefix.map { String(text.prefix($0)) } ?? text
                if let scalar = Characters.control(in: part) {
                    add(
                        "unwritable-character", place(),
                        .controlCharacter(Characters.name(scalar), outside: outsideCells))
                    return
                }
            }
            guard inCell, checksLength else { return }
            let limit = PlanValidator.maximumCellLength
            guard text.utf8.count + extra > limit else { return }
            let length = text.utf16.count + extra
            if length > limit {
                add("cell-too-long", place(), .cellTooLong(length: length, limit: limit))
            }
        }

        /// Checks the length of a cell's parties joined with `, ` (names checked on their own elsewhere).
        mutating func joined(_ cell: PartyCell, _ registry: PartyRegistry, _ place: @autoclosure () -> Place)
        {
            let limit = PlanValidator.maximumCellLength
            // Without looking names up: no name is longer than the longest in the registry.
            let bound = cell.parties.reduce(0) { sum, party in
                sum + 2 + (party.code == nil ? party.key.utf8.count : longestName)
            }
            guard bound > limit else { return }
            let length = registry.displayNames(cell).utf16.count
            if length > limit {
                add("cell-too-long", place(), .namesTooLong(length: length, limit: limit))
            }
        }

        /// Checks a focus area's sheet name.
        mutating func sheetName(_ name: String, _ place: Place) {
            let limit = WritabilityCheck.maximumSheetNameLength
            if let scalar = Characters.unwritable(in: name) {
                add("unwritable-character", place, .sheetNameUnwritable(character: Characters.name(scalar)))
            } else if name.isEmpty || name.contains(where: { "[]:*?/\\".contains($0) }) || name.hasPrefix("'")
                || name.hasSuffix("'")
            {
                add("sheet-name-invalid", place, .sheetNameInvalid(name))
            } else if name.unicodeScalars.count > limit {
                add(
                    "sheet-name-too-long", place,
                    .sheetNameTooLong(name: name, length: name.unicodeScalars.count, limit: limit))
            }
        }

        /// Checks the Finansiering sheet's tip on a remark whose amount could not be read.
        mutating func tip(_ remark: String, _ place: Place) {
            let length =
                WritabilityCheck.tipOverhead + remark.prefix(WritabilityCheck.tipCut).unicodeScalars.count
            if length > WritabilityCheck.maximumTipLength {
                add(
                    "input-message-too-long", place,
                    .tipTooLong(
                        cut: WritabilityCheck.tipCut, length: length, limit: WritabilityCheck.maximumTipLength
                    ))
            }
        }
    }

    /// The characters a workbook cannot hold.
    private enum Characters {
        /// The first NUL, U+FFFE or U+FFFF in `text`: never writable.
        static func unwritable(in text: String) -> Unicode.Scalar? {
            // Fast path on the bytes: NUL is 0x00, U+FFFE and U+FFFF start with 0xEF.
            let suspect = text.utf8.withContiguousStorageIfAvailable { bytes in
                bytes.contains { $0 == 0 || $0 == 0xEF }
            }
            guard suspect ?? true else { return nil }
            return text.unicodeScalars.first { $0.value == 0 || $0.value == 0xFFFE || $0.value == 0xFFFF }
        }

        /// The first control character but tab, line feed and carriage return in `text`: escaped in
        /// cells, but not elsewhere in a workbook.
        static func control(in text: String) -> Unicode.Scalar? {
            let suspect = text.utf8.withContiguousStorageIfAvailable { bytes in
                bytes.contains { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
            }
            guard suspect ?? true else { return nil }
            return text.unicodeScalars.first { $0.value < 0x20 && $0 != "\t" && $0 != "\n" && $0 != "\r" }
        }

        /// `U+0001`, and `U+0000 (NUL)`.
        static func name(_ scalar: Unicode.Scalar) -> String {
            var hex = String(scalar.value, radix: 16, uppercase: true)
            while hex.count < 4 { hex = "0" + hex }
            return "U+\(hex)" + (scalar.value == 0 ? " (NUL)" : "")
        }
    }

    /// Sheet names as `SheetNames.sanitise` in TiltakWorkbook cleans them.
    private enum SheetNameText {
        /// `name` without `[]:*?/\` and control characters, trimmed of spaces and `'`, cut to 31
        /// characters and trimmed again.
        static func sanitise(_ name: String) -> String {
            let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
            let cleaned = String(
                name.filter { character in
                    !forbidden.contains(character)
                        && !character.unicodeScalars.contains { $0.properties.generalCategory == .control }
                })
            return trim(String(trim(cleaned).prefix(WritabilityCheck.maximumSheetNameLength)))
        }

        private static func trim(_ text: String) -> String {
            var result = Substring(text)
            while let first = result.first, first == " " || first == "'" { result = result.dropFirst() }
            while let last = result.last, last == " " || last == "'" { result = result.dropLast() }
            return String(result)
        }
    }
}
