import Foundation
import TiltakLanguage

/// Reads a worksheet part into an ``XLSXSheet``: the cells streamed from `<sheetData>` one at a
/// time, the rest of the part (settings, merged ranges, validations) through a small ``XMLTree``.
struct WorksheetReader {
    /// The file name, for error messages.
    var fileName: String
    /// The worksheet's part name.
    var partPath: String
    /// The workbook's shared strings.
    var sharedStrings: [String]
    /// The worksheet's relationships, for tables and hyperlinks.
    var relationships: [Relationship]
    /// The most cells read before the sheet is refused.
    var maximumCells = XLSXDocument.maximumCells

    /// The longest formula Excel writes, in characters.
    static let maximumFormulaLength = 8192

    /// The sheet named `name` from the bytes of its part.
    func read(_ data: Data, name: String) throws(XLSXReaderError) -> XLSXSheet {
        var cells = SheetBuilder(
            sheet: XLSXSheet(
                name: name, partPath: partPath, cells: [:], maxRow: 0, maxColumn: 0, dimension: nil,
                mergeRanges: [],
                tableParts: [], dataValidations: [], protection: nil, pageSetup: [:], pageMargins: [:],
                printOptions: [:], rowOutlineLevels: [:], hiddenRows: [], rowHeights: [:], columns: [],
                frozenPane: nil,
                autoFilter: nil, hyperlinks: [], tabColor: nil), reader: self)
        let root = try XMLScanner.scan(data, fileName: fileName, part: partPath) {
            (scanner) throws(XLSXReaderError) -> XMLTree.Element in
            var builder = XMLTree.Builder()
            var sheetDataRead = false
            var dimension: CellRange?
            while true {
                let event = try scanner.next()
                if event == .startElement, scanner.depth == 2, !sheetDataRead {
                    if scanner.isNamed("dimension") {
                        dimension = try scanner.attributeValue("ref").flatMap(CellRange.init)
                    } else if scanner.isNamed("sheetData") {
                        sheetDataRead = true
                        // Room for the cells the sheet says it has, as far as its bytes can hold them.
                        let stated = dimension.map { abs($0.rowCount) * abs($0.columnCount) }
                        cells.sheet.cells.reserveCapacity(min(stated ?? 0, data.count / 32, 4_000_000))
                        try readSheetData(&scanner, into: &cells)
                        cells.translateSharedFormulas()
                        continue
                    }
                }
                guard try builder.take(event, from: &scanner) else { break }
            }
            return builder.root()
        }
        var sheet = cells.sheet
        sheet.dimension = root.child("dimension")?.attribute("ref")
        sheet.protection = root.child("sheetProtection")?.attributes
        sheet.pageSetup = root.child("pageSetup")?.attributes ?? [:]
        sheet.pageMargins = root.child("pageMargins")?.attributes ?? [:]
        sheet.printOptions = root.child("printOptions")?.attributes ?? [:]
        sheet.autoFilter = root.child("autoFilter")?.attribute("ref")
        sheet.tabColor = root.child("sheetPr")?.child("tabColor")?.attribute("rgb")
        sheet.mergeRanges = (root.child("mergeCells")?.children("mergeCell") ?? []).compactMap {
            $0.attribute("ref").flatMap(CellRange.init)
        }
        sheet.columns = (root.child("cols")?.children("col") ?? []).compactMap(columnInfo)
        sheet.frozenPane = frozenPane(root)
        sheet.dataValidations = dataValidations(root)
        sheet.tableParts = try (root.child("tableParts")?.children("tablePart") ?? []).map {
            (element) throws(XLSXReaderError) -> String in
            try relationshipTarget(of: element)
        }
        sheet.hyperlinks = try (root.child("hyperlinks")?.children("hyperlink") ?? []).map {
            (element) throws(XLSXReaderError) -> XLSXHyperlink in
            XLSXHyperlink(
                ref: element.attribute("ref") ?? "",
                target: element.attribute("id") == nil ? nil : try relationshipTarget(of: element),
                location: element.attribute("location"), display: element.attribute("display"))
        }
        return sheet
    }

    // MARK: - Rows one at a time

    /// Reads the rows of the sheet in the bytes of its part in the order of the file, handing each
    /// `<row>` to `body` as soon as its end tag is read; holds one row's cells at a time, and
    /// refuses no sheet for the number of its cells. The rest of the part is checked to be well-formed
    /// XML, not read.
    func forEachRow(_ data: Data, _ body: (XLSXRow) -> Void) throws(XLSXReaderError) {
        try withoutActuallyEscaping(body) { (body) throws(XLSXReaderError) in
            try XMLScanner.scan(data, fileName: fileName, part: partPath) {
                (scanner) throws(XLSXReaderError) -> Void in
                var sheetDataRead = false
                while true {
                    switch try scanner.next() {
                    case .startElement
                    where scanner.depth == 2 && !sheetDataRead && scanner.isNamed("sheetData"):
                        sheetDataRead = true
                        var rows = RowCollector(reader: self, body: body)
                        try readSheetData(&scanner, into: &rows)
                    case .endOfDocument:
                        return
                    default:
                        continue
                    }
                }
            }
        }
    }

    // MARK: - Cells

    /// What is done with the rows and cells of `<sheetData>` as they are read.
    private protocol SheetDataVisitor {
        /// A `<row>` numbered `number` starts; its attributes are the scanner's.
        mutating func startRow(_ number: Int, _ scanner: inout XMLScanner) throws(XLSXReaderError)
        /// A cell of the current row, with its formula as stored.
        mutating func take(_ cell: XLSXCell, formula: StoredFormula?) throws(XLSXReaderError)
        /// The current row's end tag was read.
        mutating func endRow()
    }

    /// Puts the cells into an ``XLSXSheet``, refusing more than `maximumCells`.
    private struct SheetBuilder: SheetDataVisitor {
        var sheet: XLSXSheet
        let reader: WorksheetReader
        var sharedLeaders: [String: (address: CellAddress, formula: String)] = [:]
        var sharedFollowers: [(address: CellAddress, group: String)] = []

        mutating func startRow(_ number: Int, _ scanner: inout XMLScanner) throws(XLSXReaderError) {
            if WorksheetReader.bool(try scanner.attributeValue("hidden")) == true {
                sheet.hiddenRows.insert(number)
            }
            if let level = WorksheetReader.int(try scanner.attributeValue("outlineLevel")), level > 0 {
                sheet.rowOutlineLevels[number] = level
            }
            if WorksheetReader.bool(try scanner.attributeValue("customHeight")) == true,
                let height = WorksheetReader.double(try scanner.attributeValue("ht"))
            {
                sheet.rowHeights[number] = height
            }
        }

        mutating func take(_ cell: XLSXCell, formula: StoredFormula?) throws(XLSXReaderError) {
            let address = cell.reference
            if let formula, cell.formulaKind == .shared, let group = formula.group {
                if formula.text.isEmpty {
                    sharedFollowers.append((address, group))
                } else {
                    try reader.checkShared(formula.text, at: address)
                    sharedLeaders[group] = (address, formula.text)
                }
            }
            sheet.cells[address] = cell
            if sheet.cells.count > reader.maximumCells {
                throw reader.invalid(.element("<sheetData>"), .tooManyCells(reader.maximumCells))
            }
            if !cell.isEmpty {
                sheet.maxRow = max(sheet.maxRow, address.row)
                sheet.maxColumn = max(sheet.maxColumn, address.column)
            }
        }

        mutating func endRow() {}

        /// Gives each shared formula's followers the leader's formula, moved to their place.
        mutating func translateSharedFormulas() {
            for follower in sharedFollowers {
                guard let leader = sharedLeaders[follower.group] else { continue }
                sheet.cells[follower.address]?.formula = SharedFormula.translate(
                    leader.formula, rows: follower.address.row - leader.address.row,
                    columns: follower.address.column - leader.address.column)
            }
        }
    }

    /// Gathers the cells of each row and hands the row on at its end tag.
    private struct RowCollector: SheetDataVisitor {
        let body: (XLSXRow) -> Void
        let reader: WorksheetReader
        var row = XLSXRow(number: 0, cells: [])
        var sharedLeaders: [String: (address: CellAddress, formula: String)] = [:]

        init(reader: WorksheetReader, body: @escaping (XLSXRow) -> Void) {
            self.reader = reader
            self.body = body
        }

        mutating func startRow(_ number: Int, _ scanner: inout XMLScanner) throws(XLSXReaderError) {
            row.number = number
            row.cells.removeAll(keepingCapacity: true)
        }

        mutating func take(_ cell: XLSXCell, formula: StoredFormula?) throws(XLSXReaderError) {
            var cell = cell
            // A shared formula's follower gets its leader's formula when the leader came before it
            // (as every writer puts it).
            if let formula, cell.formulaKind == .shared, let group = formula.group {
                if formula.text.isEmpty {
                    if let leader = sharedLeaders[group] {
                        cell.formula = SharedFormula.translate(
                            leader.formula, rows: cell.reference.row - leader.address.row,
                            columns: cell.reference.column - leader.address.column)
                    }
                } else {
                    try reader.checkShared(formula.text, at: cell.reference)
                    sharedLeaders[group] = (cell.reference, formula.text)
                }
            }
            row.cells.append(cell)
        }

        mutating func endRow() {
            body(row)
        }
    }

    /// Refuses a shared formula longer than Excel allows: each follower gets its own copy, and a
    /// long one shared by many cells would take the reader hours to translate.
    private func checkShared(_ formula: String, at address: CellAddress) throws(XLSXReaderError) {
        guard formula.utf8.count <= Self.maximumFormulaLength * 4, formula.count <= Self.maximumFormulaLength
        else {
            throw invalid(.element("<c r=\"\(address)\">"), .sharedFormulaTooLong(Self.maximumFormulaLength))
        }
    }

    /// Reads the rows and cells of the `<sheetData>` element just started, through its end tag,
    /// handing them to `visitor`.
    private func readSheetData<Visitor: SheetDataVisitor>(
        _ scanner: inout XMLScanner, into visitor: inout Visitor
    )
        throws(XLSXReaderError)
    {
        let dataDepth = scanner.depth
        var rowNumber = 0
        var columnNumber = 0
        var inRow = false
        reading: while true {
            switch try scanner.next() {
            case .startElement:
                let depth = scanner.depth
                if depth == dataDepth + 1 {
                    inRow = scanner.isNamed("row")
                    guard inRow else { continue }
                    if let number = Self.int(try scanner.attributeValue("r")) {
                        rowNumber = number
                    } else {
                        rowNumber += 1
                    }
                    guard (1...CellAddress.maxRow).contains(rowNumber) else {
                        throw invalid(tag(&scanner, "row"), .rowOutsideSheet(rowNumber))
                    }
                    try visitor.startRow(rowNumber, &scanner)
                    columnNumber = 0
                } else if depth == dataDepth + 2 && inRow && scanner.isNamed("c") {
                    let (cell, formula) = try readCell(&scanner, row: rowNumber, after: columnNumber)
                    columnNumber = cell.reference.column
                    try visitor.take(cell, formula: formula)
                }
            case .endElement:
                if scanner.depth == dataDepth {
                    if inRow { visitor.endRow() }
                    inRow = false
                }
                if scanner.depth < dataDepth { break reading }
            case .text, .endOfDocument:
                continue
            }
        }
    }

    /// A cell's formula as stored: its text and shared-formula group.
    struct StoredFormula {
        var text: String
        var group: String?
    }

    /// Reads the `<c>` element just started, through its end tag.
    private func readCell(_ scanner: inout XMLScanner, row: Int, after previousColumn: Int)
        throws(XLSXReaderError) -> (XLSXCell, StoredFormula?)
    {
        let reference = try scanner.attributeValue("r")
        let styleIndex = Self.int(try scanner.attributeValue("s"))
        let type = try scanner.attributeValue("t") ?? "n"
        let offset = scanner.eventOffset
        /// The cell for a message, found again only when there is one to give.
        func element(_ scanner: inout XMLScanner) -> XLSXReaderMessage {
            reference.map { .element("<c r=\"\(Self.clipped($0))\">") }
                ?? .elementOnLine("<c>", line: scanner.line(at: offset))
        }
        let address: CellAddress
        if let reference {
            guard let parsed = CellAddress(reference) else {
                throw invalid(element(&scanner), .notACellReference(Self.clipped(reference)))
            }
            address = parsed
        } else {
            address = CellAddress(row: row, column: previousColumn + 1)
            guard address.column <= CellAddress.maxColumn else {
                throw invalid(element(&scanner), .rowHasTooManyCells(row))
            }
        }
        // The first <v>, <f> and <is> in the cell.
        let cellDepth = scanner.depth
        var raw: String?
        var formula: StoredFormula?
        var formulaKind: XLSXCell.FormulaKind?
        var formulaRange: String?
        var inline: String?
        reading: while true {
            switch try scanner.next() {
            case .startElement where scanner.depth == cellDepth + 1:
                if raw == nil && scanner.isNamed("v") {
                    raw = try Self.directText(&scanner)
                } else if formula == nil && scanner.isNamed("f") {
                    switch try scanner.attributeValue("t") {
                    case "shared": formulaKind = .shared
                    case "array": formulaKind = .array
                    case "dataTable": formulaKind = .dataTable
                    default: formulaKind = .normal
                    }
                    formulaRange = try scanner.attributeValue("ref")
                    let group = try scanner.attributeValue("si")
                    formula = StoredFormula(text: try Self.directText(&scanner), group: group)
                } else if inline == nil && scanner.isNamed("is") {
                    inline = try RichText.read(&scanner)
                }
            case .endElement where scanner.depth < cellDepth:
                break reading
            default:
                continue
            }
        }
        var cell: XLSXCell
        do throws(CellProblem) {
            cell = try value(type: type, raw: raw, inline: inline, at: address, styleIndex: styleIndex)
        } catch {
            throw invalid(element(&scanner), error.reason)
        }
        if let formula {
            cell.formulaKind = formulaKind
            cell.formula = formula.text
            cell.formulaRange = formulaRange
        }
        return (cell, formula)
    }

    /// Why a cell's value cannot be read.
    private struct CellProblem: Error {
        var reason: XLSXReaderMessage
    }

    /// The value of a cell of type `type` (the `t` attribute) stored as `raw` (its `<v>`) or
    /// `inline` (its `<is>`).
    private func value(type: String, raw: String?, inline: String?, at address: CellAddress, styleIndex: Int?)
        throws(CellProblem) -> XLSXCell
    {
        var cell = XLSXCell(
            reference: address, kind: .blank, string: "", styleIndex: styleIndex, rawValue: raw)
        switch type {
        case "s":
            guard let raw, !raw.isEmpty else { return cell }
            guard let index = Self.int(raw) else {
                throw CellProblem(reason: .sharedStringIndexNotNumber(Self.clipped(raw)))
            }
            guard sharedStrings.indices.contains(index) else {
                throw CellProblem(reason: .sharedStringMissing(index, count: sharedStrings.count))
            }
            cell.kind = .string
            cell.string = sharedStrings[index]
        case "inlineStr":
            if let inline {
                cell.kind = .string
                cell.string = inline
            } else if let raw {
                cell.kind = .string
                cell.string = RichText.decodeEscapes(raw)
            }
        case "str":
            guard let raw else { return cell }
            cell.kind = .string
            cell.string = RichText.decodeEscapes(raw)
        case "b":
            guard let raw, !raw.isEmpty else { return cell }
            guard let value = XMLTree.bool(raw) else {
                throw CellProblem(reason: .notABoolean(Self.clipped(raw)))
            }
            cell.kind = .boolean
            cell.boolean = value
            cell.string = value ? "TRUE" : "FALSE"
        case "e":
            guard let raw else { return cell }
            cell.kind = .error
            cell.string = raw
        case "d":
            guard let raw, !raw.isEmpty else { return cell }
            cell.kind = .date
            cell.string = raw
        case "n":
            let text = raw.map(Self.trimmed) ?? ""
            guard !text.isEmpty else { return cell }
            guard let value = Double(text) else {
                throw CellProblem(reason: .notANumber(Self.clipped(text)))
            }
            cell.kind = .number
            cell.number = value
            cell.string = NumberText.format(value)
        default:
            throw CellProblem(reason: .unknownCellType(Self.clipped(type)))
        }
        return cell
    }

    /// The text directly inside the element just started, read through its end tag; empty when
    /// the element has child elements (as in ``XMLTree``).
    private static func directText(_ scanner: inout XMLScanner) throws(XLSXReaderError) -> String {
        let depth = scanner.depth
        var text = ""
        var hasChildren = false
        while true {
            switch try scanner.next() {
            case .startElement:
                if scanner.depth == depth + 1 { hasChildren = true }
            case .text:
                if !hasChildren && scanner.depth == depth { text += try scanner.text() }
            case .endElement:
                if scanner.depth < depth { return hasChildren ? "" : text }
            case .endOfDocument:
                return text
            }
        }
    }

    /// The current start tag for a message: `<c r="B2">`, or `<row> på linje 3` without a reference.
    private func tag(_ scanner: inout XMLScanner, _ name: String) -> XLSXReaderMessage {
        if let reference = try? scanner.attributeValue("r") {
            return .element("<\(name) r=\"\(Self.clipped(reference))\">")
        }
        return .elementOnLine("<\(name)>", line: scanner.line(at: scanner.eventOffset))
    }

    static func int(_ text: String?) -> Int? {
        guard let text else { return nil }
        return Int(trimmed(text))
    }

    static func double(_ text: String?) -> Double? {
        guard let text else { return nil }
        return Double(trimmed(text))
    }

    /// `text` without white space at either end (cheap when there is none, as nearly always).
    private static func trimmed(_ text: String) -> String {
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last else { return text }
        guard Byte.isWhitespace(first) || Byte.isWhitespace(last) else { return text }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func bool(_ text: String?) -> Bool? {
        text.flatMap(XMLTree.bool)
    }

    /// At most 40 characters of `text`, for a message.
    static func clipped(_ text: String) -> String {
        text.count > 40 ? String(text.prefix(39)) + "…" : text
    }

    // MARK: - Sheet settings

    private func columnInfo(_ element: XMLTree.Element) -> XLSXColumnInfo? {
        guard let min = element.intAttribute("min") else { return nil }
        return XLSXColumnInfo(
            min: min, max: element.intAttribute("max") ?? min, width: element.doubleAttribute("width"),
            isHidden: element.boolAttribute("hidden", default: false),
            outlineLevel: element.intAttribute("outlineLevel") ?? 0, styleIndex: element.intAttribute("style")
        )
    }

    private func frozenPane(_ root: XMLTree.Element) -> XLSXFrozenPane? {
        for view in root.child("sheetViews")?.children("sheetView") ?? [] {
            guard let pane = view.child("pane"), let state = pane.attribute("state"),
                state == "frozen" || state == "frozenSplit"
            else { continue }
            return XLSXFrozenPane(
                xSplit: Int(pane.doubleAttribute("xSplit") ?? 0),
                ySplit: Int(pane.doubleAttribute("ySplit") ?? 0),
                topLeftCell: pane.attribute("topLeftCell"))
        }
        return nil
    }

    /// The data validations, from `<dataValidations>` and from Excel's x14 extension, where it
    /// puts lists that refer to other sheets.
    private func dataValidations(_ root: XMLTree.Element) -> [XLSXDataValidation] {
        var containers = root.children("dataValidations")
        for ext in root.child("extLst")?.children("ext") ?? [] {
            containers += ext.children("dataValidations")
        }
        return containers.flatMap { $0.children("dataValidation") }.map { element in
            /// A formula element holds its text directly, or in an `<xm:f>` child in the extension.
            func formula(_ name: String) -> String? {
                guard let child = element.child(name) else { return nil }
                return child.child("f")?.text ?? child.text
            }
            return XLSXDataValidation(
                sqref: element.attribute("sqref") ?? element.child("sqref")?.text ?? "",
                type: element.attribute("type"), formula1: formula("formula1"), formula2: formula("formula2"),
                operatorName: element.attribute("operator"),
                allowsBlank: element.boolAttribute("allowBlank", default: false),
                attributes: element.attributes)
        }
    }

    // MARK: - Helpers

    private func relationshipTarget(of element: XMLTree.Element) throws(XLSXReaderError) -> String {
        guard let id = element.attribute("id") else {
            throw invalid(element, .missingRelationshipID)
        }
        guard let relationship = relationships.first(where: { $0.id == id }) else {
            throw invalid(
                element, .relationshipMissing(id, part: PackagePath.relationshipsPart(of: partPath)))
        }
        return relationship.target
    }

    private func invalid(_ element: XMLTree.Element, _ reason: XLSXReaderMessage) -> XLSXReaderError {
        invalid(element.tag, reason)
    }

    func invalid(_ element: XLSXReaderMessage, _ reason: XLSXReaderMessage) -> XLSXReaderError {
        .invalidContent(file: fileName, part: partPath, element: element, reason: reason)
    }
}
