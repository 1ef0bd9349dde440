internal import CXlsxWriter
import Foundation

/// Cell texts packed as C strings in one buffer, made on one thread and written on another.
///
/// Writing a large sheet hands libxlsxwriter a million strings; packing a row's texts (one
/// allocation, each checked for NUL as it is added) lets the thread that prepares rows do that work,
/// and the thread that calls libxlsxwriter pass pointers into the buffer, a row at a time
/// (``Worksheet/writeStrings(row:cols:_:format:)``).
public struct CellStrings: Sendable {
    /// The texts' UTF-8 bytes, each followed by a NUL.
    private var storage: [CChar] = []
    /// Where each text starts in `storage`.
    private var starts: [Int] = []

    /// An empty buffer.
    public init() {}

    /// How many texts there are.
    public var count: Int { starts.count }

    /// Adds `text` and returns its index, or `nil` (adding nothing) when it holds a NUL character.
    ///
    /// A C string cannot hold a NUL, so such a text is refused rather than cut short.
    public mutating func append(_ text: String) -> Int? {
        let start = storage.count
        var text = text
        let clean = text.withUTF8 { bytes -> Bool in
            guard let base = bytes.baseAddress else { return true }
            if memchr(base, 0, bytes.count) != nil { return false }
            bytes.withMemoryRebound(to: CChar.self) { storage.append(contentsOf: $0) }
            return true
        }
        guard clean else { return nil }
        storage.append(0)
        starts.append(start)
        return starts.count - 1
    }

    /// Calls `body` with a function that gives each text as a C string that lives for the call.
    func withCStrings<R>(_ body: ((Int) -> UnsafePointer<CChar>) throws -> R) rethrows -> R {
        try storage.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else {
                return try body { _ in preconditionFailure("no texts") }
            }
            return try body { base + starts[$0] }
        }
    }
}

extension Worksheet {
    /// Writes text `i` of `strings` to column `cols[i]` of `row`, for every text, in order.
    ///
    /// Each text is written as ``writeString(row:col:_:format:)`` writes it, but the checks and
    /// conversions are done once for the row.
    public func writeStrings(row: Int, cols: [Int], _ strings: CellStrings, format: Format? = nil) throws {
        guard cols.count == strings.count else {
            throw XlsxError.invalid(
                operation("worksheet_write_string", row: row, col: cols.first ?? 0),
                "\(cols.count) columns for \(strings.count) strings")
        }
        guard !cols.isEmpty else { return }
        let (cRow, _, cFormat) = try cell(row, cols[0], format) {
            operation("worksheet_write_string", row: row, col: cols[0])
        }
        try strings.withCStrings { text in
            for (index, col) in cols.enumerated() {
                let cCol = try ExcelLimits.column(
                    col, operation("worksheet_write_string", row: row, col: col))
                try XlsxError.check(
                    worksheet_write_string(handle, cRow, cCol, text(index), cFormat),
                    operation("worksheet_write_string", row: row, col: col))
            }
        }
    }

    /// Writes text `index` of `strings` as ``writeString(row:col:_:format:)`` writes a string.
    public func writeString(row: Int, col: Int, _ strings: CellStrings, at index: Int, format: Format? = nil)
        throws
    {
        let (cRow, cCol, cFormat) = try cell(row, col, format) {
            operation("worksheet_write_string", row: row, col: col)
        }
        let result = strings.withCStrings { text in
            worksheet_write_string(handle, cRow, cCol, text(index), cFormat)
        }
        try XlsxError.check(result, operation("worksheet_write_string", row: row, col: col))
    }
}
