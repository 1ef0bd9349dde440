import TiltakModel
import TiltakRuntime

/// The records of delimited text as spans of its bytes: a field becomes a string only when it is read.
///
/// Splitting a large table into strings made most of the time before its first row could be
/// written; the spans are found on all cores and each row's strings are made by the thread that
/// reads the row.
public final class FieldTable: @unchecked Sendable {
    // @unchecked: nothing changes after init; the spans point into `text`, which the table owns.
    // Immutable after init; `text` is contiguous UTF-8 and owns the bytes the spans point into.
    private let text: String
    private let spans: DelimitedText.Spans
    /// The row number of each record when the records are rows of a sheet, not lines of a text.
    private let rowNumbers: [Int]?

    init(text: String, spans: DelimitedText.Spans, rowNumbers: [Int]? = nil) {
        self.text = text
        self.spans = spans
        self.rowNumbers = rowNumbers
    }

    /// The same records as the rows `rows` of a sheet: each record's line and row number is its row's.
    func numbered(_ rows: [Int]) -> FieldTable {
        var spans = spans
        spans.lines = rows
        return FieldTable(text: text, spans: spans, rowNumbers: rows)
    }

    /// The number messages give record `record`: its row in the sheet it came from, or else its place
    /// in the table counting the header as row 1.
    public func rowNumber(_ record: Int) -> Int {
        rowNumbers?[record] ?? record + 1
    }

    /// How many records there are.
    public var count: Int { spans.lines.count }

    /// The line each record starts on (1-based).
    public var lines: [Int] { spans.lines }

    /// How many fields record `record` has.
    public func fieldCount(_ record: Int) -> Int {
        let end = record + 1 < spans.firstFields.count ? spans.firstFields[record + 1] : spans.starts.count
        return end - spans.firstFields[record]
    }

    /// The fields of record `record`, as written (not trimmed).
    public func fields(_ record: Int) -> [String] {
        (0..<fieldCount(record)).map { field(record, $0) }
    }

    /// Every record with its fields as strings.
    public var records: [DelimitedText.Record] {
        (0..<count).map { DelimitedText.Record(line: spans.lines[$0], fields: fields($0)) }
    }

    /// Field `index` of record `record`, as written (not trimmed); quotes removed and `""` read as `"`.
    public func field(_ record: Int, _ index: Int) -> String {
        let field = spans.firstFields[record] + index
        return bytes {
            Self.string(UnsafeBufferPointer(rebasing: $0[spans.starts[field]..<spans.ends[field]]))
        }
    }

    /// Whether field `index` of record `record` holds nothing but white space.
    public func isBlank(_ record: Int, _ index: Int) -> Bool {
        let field = spans.firstFields[record] + index
        let plain = bytes { bytes -> Bool? in
            let raw = bytes[spans.starts[field]..<spans.ends[field]]
            // A quoted field is read as a string first.
            if raw.first == UInt8(ascii: "\"") { return nil }
            for byte in raw {
                switch byte {
                case 0x20, 0x09, 0x0B, 0x0C: continue
                case 0x80...: return nil  // white space such as U+00A0 is for String to judge
                default: return false
                }
            }
            return true
        }
        return plain ?? self.field(record, index).trimmingWhitespace.isEmpty
    }

    /// Whether field `index` has the same bytes, as written, in records `record` and `other`.
    public func hasSameBytes(_ record: Int, _ other: Int, field index: Int) -> Bool {
        let a = spans.firstFields[record] + index
        let b = spans.firstFields[other] + index
        return bytes { bytes in
            bytes[spans.starts[a]..<spans.ends[a]].elementsEqual(bytes[spans.starts[b]..<spans.ends[b]])
        }
    }

    /// Feeds the bytes of field `index` of record `record`, as written, to `hasher`.
    public func hashBytes(_ record: Int, _ index: Int, into hasher: inout Hasher) {
        let field = spans.firstFields[record] + index
        bytes { bytes in
            let span = UnsafeBufferPointer(rebasing: bytes[spans.starts[field]..<spans.ends[field]])
            hasher.combine(bytes: UnsafeRawBufferPointer(span))
        }
    }

    private func bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// The text of a field's bytes: a quoted field without its quotes, `""` read as `"`, and the text
    /// after its closing quote kept.
    private static func string(_ raw: UnsafeBufferPointer<UInt8>) -> String {
        let quote = UInt8(ascii: "\"")
        guard raw.first == quote else { return String(decoding: raw, as: UTF8.self) }
        var buffer: [UInt8] = []
        buffer.reserveCapacity(raw.count)
        var index = 1
        while index < raw.count {
            let byte = raw[index]
            if byte == quote {
                if index + 1 < raw.count, raw[index + 1] == quote {
                    buffer.append(quote)
                    index += 2
                    continue
                }
                buffer.append(contentsOf: raw[(index + 1)...])
                break
            }
            buffer.append(byte)
            index += 1
        }
        return String(decoding: buffer, as: UTF8.self)
    }
}
