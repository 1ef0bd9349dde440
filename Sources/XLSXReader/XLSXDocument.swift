import Foundation
import ZIPFoundation

/// An XLSX workbook read back from a file: its parts, sheets, defined names, shared strings
/// and styles.
///
/// Handles what Excel, LibreOffice and libxlsxwriter write: shared strings with rich-text
/// runs, inline strings, formula results, booleans, errors, cells without `r` attributes,
/// shared formulas, namespace prefixes, absolute or relative relationship targets, hidden
/// sheets and defined names. The whole package is unpacked into memory when opened (up to
/// ``defaultMaximumSize`` bytes); sheets are parsed when asked for. Every error thrown is an
/// ``XLSXReaderError`` naming the file and, where it applies, the part and element.
///
/// ```
/// let document = try XLSXDocument(url: url)
/// let sheet = try document.sheet(named: "Tiltak")
/// print(sheet.value("B2")?.string ?? "")
/// ```
public struct XLSXDocument: Sendable {
    /// The most bytes an archive may unpack to unless the caller allows more: 512 MiB.
    public static let defaultMaximumSize = 512 * 1024 * 1024

    /// The file's name, used in error messages.
    public let fileName: String
    /// The workbook part, usually `xl/workbook.xml`.
    public let workbookPartPath: String
    /// The sheets in tab order.
    public let sheets: [XLSXSheetInfo]
    /// The defined names in workbook order.
    public let definedNameList: [XLSXDefinedName]
    /// The shared strings table, as plain text.
    public let sharedStrings: [String]
    /// The cell styles.
    public let styles: XLSXStyles
    /// Whether the workbook uses the 1904 date system.
    public let usesDate1904: Bool

    private let parts: [String: Data]

    /// Opens the XLSX file at `url`.
    public init(url: URL, maximumSize: Int = XLSXDocument.defaultMaximumSize) throws {
        let fileName = url.lastPathComponent
        guard FileManager.default.isReadableFile(atPath: url.path) else {
            let exists = FileManager.default.fileExists(atPath: url.path)
            throw XLSXReaderError.unreadable(
                file: fileName, reason: exists ? "permission denied" : "no such file")
        }
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw XLSXReaderError.notAZip(file: fileName)
        }
        try self.init(archive: archive, fileName: fileName, maximumSize: maximumSize)
    }

    /// Reads an XLSX file held in memory; `fileName` is used in error messages.
    public init(
        data: Data, fileName: String = "workbook.xlsx", maximumSize: Int = XLSXDocument.defaultMaximumSize
    ) throws {
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw XLSXReaderError.notAZip(file: fileName)
        }
        try self.init(archive: archive, fileName: fileName, maximumSize: maximumSize)
    }

    private init(archive: Archive, fileName: String, maximumSize: Int) throws(XLSXReaderError) {
        self.fileName = fileName
        parts = try Self.unpack(archive, fileName: fileName, maximumSize: maximumSize)
        let package = PackageReader(fileName: fileName, parts: parts)

        let rootRelationships = try package.relationships(of: "")
        let workbookPath =
            rootRelationships.first { $0.isKind("officeDocument") && !$0.isExternal }?.target
            ?? "xl/workbook.xml"
        let workbookPart = package.partName(workbookPath) ?? workbookPath
        workbookPartPath = workbookPart
        let workbook = try package.xml(workbookPart)
        let workbookRelationships = try package.relationships(of: workbookPart)

        usesDate1904 = workbook.child("workbookPr")?.boolAttribute("date1904", default: false) ?? false
        sheets = try (workbook.child("sheets")?.children("sheet") ?? []).map {
            (element) throws(XLSXReaderError) -> XLSXSheetInfo in
            try Self.sheetInfo(
                element, workbookPath: workbookPart, relationships: workbookRelationships, package: package)
        }
        let sheetNames = sheets.map(\.name)
        definedNameList = (workbook.child("definedNames")?.children("definedName") ?? []).map { element in
            let local = element.intAttribute("localSheetId").flatMap {
                sheetNames.indices.contains($0) ? sheetNames[$0] : nil
            }
            return XLSXDefinedName(
                name: element.attribute("name") ?? "", value: element.text, localSheet: local,
                isHidden: element.boolAttribute("hidden", default: false))
        }

        let sharedStringsPath =
            workbookRelationships.first { $0.isKind("sharedStrings") }?.target ?? "xl/sharedStrings.xml"
        if package.partName(sharedStringsPath) != nil {
            let table = try package.xml(sharedStringsPath)
            sharedStrings = table.children("si").map(RichText.plainText)
        } else {
            sharedStrings = []
        }
        let stylesPath = workbookRelationships.first { $0.isKind("styles") }?.target ?? "xl/styles.xml"
        styles = package.partName(stylesPath) != nil ? XLSXStyles(try package.xml(stylesPath)) : XLSXStyles()
    }

    // MARK: - Parts

    /// The names of all parts in the package, sorted.
    public var partNames: [String] { parts.keys.sorted() }

    /// Whether the package has a part with this name (leading slash and letter case ignored).
    public func hasPart(_ path: String) -> Bool {
        PackageReader(fileName: fileName, parts: parts).partName(path) != nil
    }

    /// The raw bytes of a part, such as `xl/worksheets/sheet1.xml`, for tests that compare XML.
    public func part(_ path: String) throws -> Data {
        try PackageReader(fileName: fileName, parts: parts).data(path)
    }

    /// The text of a part, decoded as UTF-8.
    public func partText(_ path: String) throws -> String {
        String(decoding: try part(path), as: UTF8.self)
    }

    // MARK: - Sheets and names

    /// The sheet names in tab order.
    public var sheetNames: [String] { sheets.map(\.name) }

    /// The sheet listed under `name`: exact match first, then ignoring case as Excel does.
    public func sheetInfo(named name: String) -> XLSXSheetInfo? {
        sheets.first { $0.name == name }
            ?? sheets.first { $0.name.compare(name, options: [.caseInsensitive]) == .orderedSame }
    }

    /// The part of the sheet named `name`, or nil if there is no such sheet.
    public func sheetPartPath(named name: String) -> String? {
        sheetInfo(named: name)?.partPath
    }

    /// Whether the sheet named `name` is hidden (or very hidden); false if there is none.
    public func isHidden(sheet name: String) -> Bool {
        sheetInfo(named: name)?.isHidden ?? false
    }

    /// Defined names and what they refer to. Workbook-wide names are keyed by name; names
    /// local to a sheet by `Sheet!name` (`Tiltak!_xlnm._FilterDatabase`).
    public var definedNames: [String: String] {
        var result: [String: String] = [:]
        for definedName in definedNameList {
            let key = definedName.localSheet.map { "\($0)!\(definedName.name)" } ?? definedName.name
            result[key] = definedName.value
        }
        return result
    }

    /// The worksheet named `name`, parsed.
    public func sheet(named name: String) throws -> XLSXSheet {
        guard let info = sheetInfo(named: name) else {
            throw XLSXReaderError.unknownSheet(file: fileName, name: name, available: sheetNames)
        }
        return try sheet(info)
    }

    /// The worksheet at a 0-based tab position, parsed.
    public func sheet(at index: Int) throws -> XLSXSheet {
        guard sheets.indices.contains(index) else {
            throw XLSXReaderError.unknownSheet(file: fileName, name: "#\(index)", available: sheetNames)
        }
        return try sheet(sheets[index])
    }

    private func sheet(_ info: XLSXSheetInfo) throws(XLSXReaderError) -> XLSXSheet {
        guard info.isWorksheet else { throw XLSXReaderError.notAWorksheet(file: fileName, sheet: info.name) }
        let package = PackageReader(fileName: fileName, parts: parts)
        let path = package.partName(info.partPath) ?? info.partPath
        let root = try package.xml(path)
        let reader = WorksheetReader(
            fileName: fileName, partPath: path, sharedStrings: sharedStrings,
            relationships: try package.relationships(of: path))
        return try reader.read(root, name: info.name)
    }

    // MARK: - Tables

    /// The tables on `sheet`, in the order of its table parts.
    public func tables(in sheet: XLSXSheet) throws -> [XLSXTable] {
        try sheet.tableParts.map { try table(atPart: $0) }
    }

    /// The table in the part at `path`, such as `xl/tables/table1.xml`.
    public func table(atPart path: String) throws -> XLSXTable {
        let package = PackageReader(fileName: fileName, parts: parts)
        let name = package.partName(path) ?? path
        return XLSXTable(try package.xml(name), partPath: name)
    }

    // MARK: - Values

    /// The cell format of `cell`, or nil if its style index is out of range.
    public func format(of cell: XLSXCell) -> XLSXCellFormat? {
        styles.format(of: cell)
    }

    /// The date in a cell: a number with a date or time format, or an ISO date (`t="d"`);
    /// nil for anything else. Dates are in UTC, since Excel dates carry no zone.
    public func date(of cell: XLSXCell) -> Date? {
        switch cell.kind {
        case .number:
            guard let number = cell.number, styles.format(of: cell)?.isDateFormat == true else { return nil }
            return ExcelDate.date(fromSerial: number, date1904: usesDate1904)
        case .date:
            return ExcelDate.date(fromISO8601: cell.string)
        default:
            return nil
        }
    }

    // MARK: - Reading the package

    /// Thrown inside the unpacking consumer when the size limit is passed.
    private struct SizeLimitExceeded: Error {}

    private static func unpack(
        _ archive: Archive, fileName: String, maximumSize: Int
    ) throws(XLSXReaderError) -> [String: Data] {
        var parts: [String: Data] = [:]
        var total = 0
        for entry in archive where entry.type == .file {
            var data = Data()
            do {
                _ = try archive.extract(entry) { chunk in
                    total += chunk.count
                    if total > maximumSize { throw SizeLimitExceeded() }
                    data.append(chunk)
                }
            } catch is SizeLimitExceeded {
                throw .tooLarge(file: fileName, limit: maximumSize)
            } catch {
                throw .damagedArchive(file: fileName, part: entry.path, reason: String(describing: error))
            }
            // Some Windows tools write backslashes in entry names.
            parts[PackagePath.normalise(entry.path.replacingOccurrences(of: "\\", with: "/"))] = data
        }
        return parts
    }

    private static func sheetInfo(
        _ element: XMLTree.Element, workbookPath: String, relationships: [Relationship],
        package: PackageReader
    ) throws(XLSXReaderError) -> XLSXSheetInfo {
        let name = element.attribute("name") ?? ""
        guard let id = element.attribute("id") else {
            throw .invalidContent(
                file: package.fileName, part: workbookPath, element: element.tag,
                reason: "sheet has no relationship id")
        }
        guard let relationship = relationships.first(where: { $0.id == id }) else {
            throw .invalidContent(
                file: package.fileName, part: PackagePath.relationshipsPart(of: workbookPath),
                element: element.tag,
                reason: "no relationship '\(id)' for sheet '\(name)'")
        }
        return XLSXSheetInfo(
            name: name, sheetId: element.intAttribute("sheetId"),
            state: element.attribute("state").flatMap(XLSXSheetState.init(rawValue:)) ?? .visible,
            partPath: relationship.target, isWorksheet: relationship.isKind("worksheet"))
    }
}
