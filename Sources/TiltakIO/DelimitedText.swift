/// Splits delimited text (CSV as Excel and LibreOffice write it, RFC 4180) into records of fields.
///
/// Works on the UTF-8 bytes: the delimiter, quotes and line breaks are ASCII, so fields are cut
/// without decoding characters one by one (CSV.swift, which the tests use as the reference, reads
/// a scalar at a time and was the largest cost of loading a 100 000-row table). Rules:
/// - records end at LF, CRLF or a lone CR outside quotes; a final line break ends the last record;
/// - a field that starts with `"` is quoted: it may hold delimiters and line breaks, and `""`
///   stands for one `"`; text between the closing quote and the next delimiter is kept as written
///   (as LibreOffice does); a quote that is never closed is an error;
/// - a `"` inside an unquoted field is an ordinary character;
/// - an empty line is a record with one empty field.
public enum DelimitedText {
    /// One record and the line it starts on (1-based; line breaks inside quoted fields count).
    public struct Record: Sendable, Equatable {
        /// The line the record starts on.
        public var line: Int
        /// The fields, as written (not trimmed).
        public var fields: [String]
    }

    /// A quoted field without its closing quote.
    public struct UnclosedQuote: Error, Equatable {
        /// The line the field starts on.
        public var line: Int
        /// The field's position in its record (1-based).
        public var field: Int
    }

    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    /// The records of `text`, cut at `delimiter` (an ASCII character such as `;`, `,` or tab).
    public static func records(_ text: String, delimiter: UInt8) throws(UnclosedQuote) -> [Record] {
        var text = text
        let result = text.withUTF8 { split($0, delimiter: delimiter) }
        return try result.get()
    }

    private static func split(_ bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8) -> Result<
        [Record], UnclosedQuote
    > {
        let count = bytes.count
        var records: [Record] = []
        guard count > 0 else { return .success(records) }
        var fields: [String] = []
        var buffer: [UInt8] = []
        var line = 1
        var recordLine = 1
        var index = 0
        func isFieldEnd(_ byte: UInt8) -> Bool {
            byte == delimiter || byte == lineFeed || byte == carriageReturn
        }
        while true {
            if index < count, bytes[index] == quote {
                let openedOn = line
                index += 1
                buffer.removeAll(keepingCapacity: true)
                var segment = index
                var closed = false
                while index < count {
                    let byte = bytes[index]
                    if byte == quote {
                        buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segment..<index]))
                        if index + 1 < count, bytes[index + 1] == quote {
                            buffer.append(quote)
                            index += 2
                            segment = index
                            continue
                        }
                        index += 1
                        closed = true
                        break
                    }
                    if byte == lineFeed {
                        line += 1
                    } else if byte == carriageReturn, !(index + 1 < count && bytes[index + 1] == lineFeed) {
                        line += 1
                    }
                    index += 1
                }
                if !closed { return .failure(UnclosedQuote(line: openedOn, field: fields.count + 1)) }
                let rest = index
                while index < count, !isFieldEnd(bytes[index]) { index += 1 }
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[rest..<index]))
                fields.append(String(decoding: buffer, as: UTF8.self))
            } else {
                let start = index
                while index < count, !isFieldEnd(bytes[index]) { index += 1 }
                fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
            }
            if index < count, bytes[index] == delimiter {
                index += 1
                continue
            }
            let width = fields.count
            records.append(Record(line: recordLine, fields: fields))
            fields = []
            fields.reserveCapacity(width)
            guard index < count else { break }
            index += bytes[index] == carriageReturn && index + 1 < count && bytes[index + 1] == lineFeed ? 2 : 1
            line += 1
            recordLine = line
            guard index < count else { break }
        }
        return .success(records)
    }
}
