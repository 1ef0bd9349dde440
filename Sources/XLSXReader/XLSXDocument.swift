import Foundation
import TiltakLanguage

/// An XLSX workbook read back from a file: its parts, sheets, defined names, shared strings
/// and styles.
///
/// Handles what Excel, LibreOffice and libxlsxwriter write: shared strings with rich-text
/// runs, inline strings, formula results, booleans, errors, cells without `r` attributes,
/// shared formulas, namespace prefixes, absolute or relative relationship targets, hidden
/// sheets and defined names. The archive's directory is read and checked when the file is opened
/// (see ``ZipArchive``: damaged archives, duplicate entries and names outside the package are
/// refused, and so are ZIP bombs: see ``XLSXUnpackLimits``); each part is unpacked
/// when it is read and dropped afterwards, and sheets are read when asked for, their cells streamed
/// from the XML (see ``XMLScanner``). Every error thrown is an ``XLSXReaderError`` naming the file
/// and, where it applies, the part and element.
///
/// ```
/// let document = try XLSXDocument(url: url)
/// let sheet = try document.sheet(named: "Tiltak")
/// print(sheet.value("B2")?.string ?? "")
/// ```
public struct XLSXDocument: Sendable {
    /// The most cells a sheet, and shared strings a workbook, may hold: a cell read costs about
    /// 150 bytes of memory (300 while the table of cells grows), the ten bytes of `<c s="1"/>` in
    /// the file far less, so a part of nothing but such cells would fill the memory long before
    /// the size limit stops it. A council workbook of 100 000 actions has 1.1 million cells; larger
    /// sheets are read row by row (``forEachRow(inSheetNamed:_:)``), which holds no more than a row.
    public static let maximumCells = 2_000_000

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

    /// The most cells ``sheet(named:)`` and ``sheet(at:)`` read before refusing a sheet;
    /// ``maximumCells`` unless a caller (a test) sets another.
    public var cellLimit = XLSXDocument.maximumCells

    private let archive: ZipArchive

    /// Opens the XLSX file at `url`.
    public init(url: URL, limits: XLSXUnpackLimits = .standard) throws {
        let fileName = url.lastPathComponent
        guard FileManager.default.isReadableFile(atPath: url.path),
            let data = try? Data(contentsOf: url, options: .mappedIfSafe)
        else {
            let exists = FileManager.default.fileExists(atPath: url.path)
            throw XLSXReaderError.unreadable(
                file: fileName, reason: exists ? .noReadPermission : .fileMissing)
        }
        try self.init(data: data, fileName: fileName, limits: limits)
    }

    /// Reads an XLSX file held in memory; `fileName` is used in error messages.
    public init(
        data: Data, fileName: String = "workbook.xlsx", limits: XLSXUnpackLimits = .standard
    ) throws {
        try self.init(archive: ZipArchive(data: data, fileName: fileName, limits: limits), fileName: fileName)
    }

    private init(archive: ZipArchive, fileName: String) throws(XLSXReaderError) {
        self.fileName = fileName
        self.archive = archive
        let package = PackageReader(archive: archive)

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
        if let part = package.partName(sharedStringsPath) {
            sharedStrings = try SharedStringsReader.read(
                try package.data(part), fileName: fileName, part: part)
        } else {
            sharedStrings = []
        }
        let stylesPath = workbookRelationships.first { $0.isKind("styles") }?.target ?? "xl/styles.xml"
        styles = package.partName(stylesPath) != nil ? XLSXStyles(try package.xml(stylesPath)) : XLSXStyles()
    }

    // MARK: - Parts

    /// The names of all parts in the package, sorted.
    public var partNames: [String] { PackageReader(archive: archive).partNames.sorted() }

    /// Whether the package has a part with this name (leading slash and letter case ignored).
    public func hasPart(_ path: String) -> Bool {
        PackageReader(archive: archive).partName(path) != nil
    }

    /// The raw bytes of a part, such as `xl/worksheets/sheet1.xml`, for tests that compare XML.
    public func part(_ path: String) throws -> Data {
        try PackageReader(archive: archive).data(path)
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

    /// Reads the worksheet named `name` row by row in the order of the file, handing each row to
    /// `body` as soon as it is read.
    ///
    /// Unlike ``sheet(named:)`` it keeps no more than one row's cells, so it reads sheets of any
    /// number of cells (``cellLimit`` does not apply) in memory for little more than the unpacked part.
    /// It reads the cells alone: the sheet's settings, merged ranges, validations and links are not
    /// read, only checked to be well-formed XML. A shared formula's follower gets its leader's
    /// formula when the leader came first in the file, as writers put them.
    public func forEachRow(inSheetNamed name: String, _ body: (XLSXRow) -> Void) throws {
        guard let info = sheetInfo(named: name) else {
            throw XLSXReaderError.unknownSheet(file: fileName, name: name, available: sheetNames)
        }
        let (reader, path) = try worksheetReader(info)
        try reader.forEachRow(try PackageReader(archive: archive).data(path), body)
    }

    private func sheet(_ info: XLSXSheetInfo) throws(XLSXReaderError) -> XLSXSheet {
        let (reader, path) = try worksheetReader(info)
        return try reader.read(try PackageReader(archive: archive).data(path), name: info.name)
    }

    /// The reader of the worksheet `info` lists, and its part.
    private func worksheetReader(_ info: XLSXSheetInfo) throws(XLSXReaderError) -> (WorksheetReader, String) {
        guard info.isWorksheet else { throw XLSXReaderError.notAWorksheet(file: fileName, sheet: info.name) }
        let package = PackageReader(archive: archive)
        let path = package.partName(info.partPath) ?? info.partPath
        let reader = WorksheetReader(
            fileName: fileName, partPath: path, sharedStrings: sharedStrings,
            relationships: try package.relationships(of: path), maximumCells: cellLimit)
        return (reader, path)
    }

    // MARK: - Tables

    /// The tables on `sheet`, in the order of its table parts.
    public func tables(in sheet: XLSXSheet) throws -> [XLSXTable] {
        try sheet.tableParts.map { try table(atPart: $0) }
    }

    /// The table in the part at `path`, such as `xl/tables/table1.xml`.
    public func table(atPart path: String) throws -> XLSXTable {
        let package = PackageReader(archive: archive)
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

    // MARK: - Reading the workbook

    private static func sheetInfo(
        _ element: XMLTree.Element, workbookPath: String, relationships: [Relationship],
        package: PackageReader
    ) throws(XLSXReaderError) -> XLSXSheetInfo {
        let name = element.attribute("name") ?? ""
        guard let id = element.attribute("id") else {
            throw .invalidContent(
                file: package.fileName, part: workbookPath, element: element.tag,
                reason: .sheetWithoutRelationshipID)
        }
        guard let relationship = relationships.first(where: { $0.id == id }) else {
            throw .invalidContent(
                file: package.fileName, part: PackagePath.relationshipsPart(of: workbookPath),
                element: element.tag,
                reason: .sheetRelationshipMissing(sheet: name, id: id))
        }
        return XLSXSheetInfo(
            name: name, sheetId: element.intAttribute("sheetId"),
            state: element.attribute("state").flatMap(XLSXSheetState.init(rawValue:)) ?? .visible,
            partPath: relationship.target, isWorksheet: relationship.isKind("worksheet"))
    }
}
