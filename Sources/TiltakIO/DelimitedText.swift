import Foundation

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
    ///
    /// A long text is cut into parts at record boundaries (line breaks outside quotes, found by one
    /// quick pass over the bytes) and the parts are split on all cores.
    public static func records(
        _ text: String, delimiter: UInt8, cores: Int = ProcessInfo.processInfo.activeProcessorCount
    ) throws(UnclosedQuote) -> [Record] {
        var text = text
        let result = text.withUTF8 { bytes in
            let parts =
                cores > 1 && bytes.count >= minimumPart * 2
                ? boundaries(bytes, delimiter: delimiter, parts: cores) : nil
            guard let parts else { return split(bytes, delimiter: delimiter) }
            let shared = SharedBytes(bytes)
            let pieces = ParallelChunks.map(parts.count, minimumChunk: 1, cores: parts.count) { range in
                range.map { index in
                    let part = parts[index]
                    let end = index + 1 < parts.count ? parts[index + 1].offset : shared.bytes.count
                    return split(
                        UnsafeBufferPointer(rebasing: shared.bytes[part.offset..<end]), delimiter: delimiter,
                        firstLine: part.line)
                }
            }
            var records: [Record] = []
            for piece in pieces {
                switch piece {
                case .success(let part): records += part
                case .failure(let error): return .failure(error)
                }
            }
            return .success(records)
        }
        return try result.get()
    }

    /// Below this many bytes a text is split in one piece.
    static let minimumPart = 1 << 20

    /// A buffer read by several threads while its string is kept alive by the caller.
    private struct SharedBytes: @unchecked Sendable {
        let bytes: UnsafeBufferPointer<UInt8>
        init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }
    }

    /// Where `parts` parts of about the same size start (byte offset and line), each at the start of a
    /// record, read with the same rules as ``split(_:delimiter:firstLine:)``; `nil` when the text ends
    /// inside quotes (the whole text is then split in one piece, which reports the unclosed quote).
    static func boundaries(_ bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8, parts: Int) -> [(
        offset: Int, line: Int
    )]? {
        var result: [(offset: Int, line: Int)] = [(0, 1)]
        let size = bytes.count / parts
        var quoted = false
        var fieldStart = true
        var line = 1
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let crlf = byte == carriageReturn && index + 1 < bytes.count && bytes[index + 1] == lineFeed
            if quoted {
                if byte == quote {
                    if index + 1 < bytes.count, bytes[index + 1] == quote {
                        index += 1
                    } else {
                        quoted = false
                    }
                } else if byte == lineFeed || byte == carriageReturn {
                    if crlf { index += 1 }
                    line += 1
                }
            } else if byte == quote, fieldStart {
                quoted = true
                fieldStart = false
            } else if byte == delimiter {
                fieldStart = true
            } else if byte == lineFeed || byte == carriageReturn {
                if crlf { index += 1 }
                line += 1
                fieldStart = true
                if result.count < parts, index + 1 >= result.count * size, index + 1 < bytes.count {
                    result.append((index + 1, line))
                }
            } else {
                fieldStart = false
            }
            index += 1
        }
        return quoted ? nil : result
    }

    private static func split(
        _ bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8, firstLine: Int = 1
    ) -> Result<[Record], UnclosedQuote> {
        let count = bytes.count
        var records: [Record] = []
        guard count > 0 else { return .success(records) }
        var fields: [String] = []
        var buffer: [UInt8] = []
        var line = firstLine
        var recordLine = firstLine
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
                fields.append(
                    String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
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
            index +=
                bytes[index] == carriageReturn && index + 1 < count && bytes[index + 1] == lineFeed ? 2 : 1
            line += 1
            recordLine = line
            guard index < count else { break }
        }
        return .success(records)
    }
}
