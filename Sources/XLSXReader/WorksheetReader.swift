import Foundation

/// Reads a parsed worksheet part into an ``XLSXSheet``.
struct WorksheetReader {
    /// The file name, for error messages.
    var fileName: String
    /// The worksheet's part name.
    var partPath: String
    /// The workbook's shared strings.
    var sharedStrings: [String]
    /// The worksheet's relationships, for tables and hyperlinks.
    var relationships: [Relationship]

    /// The sheet named `name` from its parsed root `<worksheet>` element.
    func read(_ root: XMLTree.Element, name: String) throws(XLSXReaderError) -> XLSXSheet {
        var sheet = XLSXSheet(
            name: name, partPath: partPath, cells: [:], maxRow: 0, maxColumn: 0,
            dimension: root.child("dimension")?.attribute("ref"), mergeRanges: [], tableParts: [],
            dataValidations: [], protection: root.child("sheetProtection")?.attributes,
            pageSetup: root.child("pageSetup")?.attributes ?? [:],
            pageMargins: root.child("pageMargins")?.attributes ?? [:],
            printOptions: root.child("printOptions")?.attributes ?? [:], rowOutlineLevels: [:],
            hiddenRows: [],
            rowHeights: [:], columns: [], frozenPane: nil,
            autoFilter: root.child("autoFilter")?.attribute("ref"),
            hyperlinks: [], tabColor: root.child("sheetPr")?.child("tabColor")?.attribute("rgb"))
        if let sheetData = root.child("sheetData") {
            try readCells(sheetData, into: &sheet)
        }
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

    // MARK: - Cells

    private func readCells(_ sheetData: XMLTree.Element, into sheet: inout XLSXSheet) throws(XLSXReaderError)
    {
        var rowNumber = 0
        var sharedLeaders: [String: (address: CellAddress, formula: String)] = [:]
        var sharedFollowers: [(address: CellAddress, group: String)] = []
        for row in sheetData.children where row.name == "row" {
            if let number = row.intAttribute("r") {
                rowNumber = number
            } else {
                rowNumber += 1
            }
            guard (1...CellAddress.maxRow).contains(rowNumber) else {
                throw invalid(row, "row number \(rowNumber) is outside the sheet")
            }
            if row.boolAttribute("hidden", default: false) { sheet.hiddenRows.insert(rowNumber) }
            if let level = row.intAttribute("outlineLevel"), level > 0 {
                sheet.rowOutlineLevels[rowNumber] = level
            }
            if row.boolAttribute("customHeight", default: false), let height = row.doubleAttribute("ht") {
                sheet.rowHeights[rowNumber] = height
            }
            var columnNumber = 0
            for element in row.children where element.name == "c" {
                let address: CellAddress
                if let reference = element.attribute("r") {
                    guard let parsed = CellAddress(reference) else {
                        throw invalid(element, "'\(reference)' is not a cell reference")
                    }
                    address = parsed
                } else {
                    address = CellAddress(row: rowNumber, column: columnNumber + 1)
                    guard address.column <= CellAddress.maxColumn else {
                        throw invalid(element, "more cells in row \(rowNumber) than a sheet has columns")
                    }
                }
                columnNumber = address.column
                var cell = try readCell(element, at: address)
                if let formula = element.child("f") {
                    readFormula(formula, into: &cell)
                    if cell.formulaKind == .shared, let group = formula.attribute("si") {
                        if formula.text.isEmpty {
                            sharedFollowers.append((address, group))
                        } else {
                            sharedLeaders[group] = (address, formula.text)
                        }
                    }
                }
                sheet.cells[address] = cell
                if !cell.isEmpty {
                    sheet.maxRow = max(sheet.maxRow, address.row)
                    sheet.maxColumn = max(sheet.maxColumn, address.column)
                }
            }
        }
        for follower in sharedFollowers {
            guard let leader = sharedLeaders[follower.group] else { continue }
            sheet.cells[follower.address]?.formula = SharedFormula.translate(
                leader.formula, rows: follower.address.row - leader.address.row,
                columns: follower.address.column - leader.address.column)
        }
    }

    private func readCell(_ element: XMLTree.Element, at address: CellAddress) throws(XLSXReaderError)
        -> XLSXCell
    {
        let raw = element.child("v")?.text
        var cell = XLSXCell(
            reference: address, kind: .blank, string: "", styleIndex: element.intAttribute("s"), rawValue: raw
        )
        let type = element.attribute("t") ?? "n"
        switch type {
        case "s":
            guard let raw, !raw.isEmpty else { return cell }
            guard let index = Int(raw.trimmingCharacters(in: .whitespacesAndNewlines)) else {
                throw invalid(element, "shared string index '\(raw)' is not a number")
            }
            guard sharedStrings.indices.contains(index) else {
                throw invalid(
                    element, "shared string index \(index) is out of range (\(sharedStrings.count) strings)")
            }
            cell.kind = .string
            cell.string = sharedStrings[index]
        case "inlineStr":
            if let item = element.child("is") {
                cell.kind = .string
                cell.string = RichText.plainText(of: item)
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
                throw invalid(element, "'\(raw)' is not a boolean")
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
            let text = raw?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            guard !text.isEmpty else { return cell }
            guard let value = Double(text) else {
                throw invalid(element, "'\(text)' is not a number")
            }
            cell.kind = .number
            cell.number = value
            cell.string = NumberText.format(value)
        default:
            throw invalid(element, "unknown cell type t=\"\(type)\"")
        }
        return cell
    }

    private func readFormula(_ element: XMLTree.Element, into cell: inout XLSXCell) {
        switch element.attribute("t") {
        case "shared": cell.formulaKind = .shared
        case "array": cell.formulaKind = .array
        case "dataTable": cell.formulaKind = .dataTable
        default: cell.formulaKind = .normal
        }
        cell.formula = element.text
        cell.formulaRange = element.attribute("ref")
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
            throw invalid(element, "no relationship id")
        }
        guard let relationship = relationships.first(where: { $0.id == id }) else {
            throw invalid(
                element, "relationship '\(id)' is not in \(PackagePath.relationshipsPart(of: partPath))")
        }
        return relationship.target
    }

    private func invalid(_ element: XMLTree.Element, _ reason: String) -> XLSXReaderError {
        .invalidContent(file: fileName, part: partPath, element: element.tag, reason: reason)
    }
}
