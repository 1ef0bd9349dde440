internal import CXlsxWriter
import Foundation

/// Cell texts packed as C strings in one buffer, made on one thread and written on another.
///
/// Writing a large sheet hands libxlsxwriter a million strings; packing a row's texts (one
/// allocation, each checked for NUL as it is added) lets the thread that prepares rows do that work,
/// and the thread that calls libxlsxwriter pass pointers into the buffer.
public struct CellStrings: Sendable {
    /// The texts' UTF-8 bytes, each followed by a NUL.
    private var storage: [CChar] = []
    /// Where each text starts in `storage`.
    private var starts: [Int] = []

    /// An empty buffer.
    public init() {}

    /// How many texts there are.
    public var count: Int { starts.count }

    /// Adds `text` and returns its index, or `nil` (adding nothing) when it holds a NUL character,
    /// which a C string cannot.
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

    /// Calls `body` with text `index` as a C string that lives for the call.
    func withCString<R>(_ index: Int, _ body: (UnsafePointer<CChar>) throws -> R) rethrows -> R {
        try storage.withUnsafeBufferPointer { buffer in
            // A buffer with a text in it is not empty: it holds the text and its NUL.
            guard let base = buffer.baseAddress else {
                preconditionFailure("no text \(index) in CellStrings")
            }
            return try body(base + starts[index])
        }
    }
}

extension Worksheet {
    /// Writes text `index` of `strings` as ``writeString(row:col:_:format:)`` writes a string.
    public func writeString(row: Int, col: Int, _ strings: CellStrings, at index: Int, format: Format? = nil)
        throws
    {
        let (cRow, cCol, cFormat) = try cell(row, col, format) {
            operation("worksheet_write_string", row: row, col: col)
        }
        let result = strings.withCString(index) { text in
            worksheet_write_string(handle, cRow, cCol, text, cFormat)
        }
        try XlsxError.check(result, operation("worksheet_write_string", row: row, col: col))
    }
}
