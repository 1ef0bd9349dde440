import Foundation
import TiltakRuntime

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
    public static func records(
        _ text: String, delimiter: UInt8, cores: Int = ProcessInfo.processInfo.activeProcessorCount
    ) throws(UnclosedQuote) -> [Record] {
        try fields(text, delimiter: delimiter, cores: cores).records
    }

    /// The fields of `text`, cut at `delimiter`, as spans of its bytes (see ``FieldTable``).
    ///
    /// A long text is cut into parts at line feeds and the parts are split on all cores. A cut is
    /// only right if it falls outside quotes, which the parts themselves show: a part before a cut
    /// inside a quoted field ends inside it. Then (and for an unclosed quote, which it names) the
    /// text is split again in one piece.
    public static func fields(
        _ text: String, delimiter: UInt8, cores: Int = ProcessInfo.processInfo.activeProcessorCount
    ) throws(UnclosedQuote) -> FieldTable {
        var text = text
        text.makeContiguousUTF8()
        let spans = text.utf8.withContiguousStorageIfAvailable { bytes -> Result<Spans, UnclosedQuote> in
            guard cores > 1, bytes.count >= minimumPart * 2 else {
                return split(bytes, delimiter: delimiter).map(\.spans)
            }
            return splitInParts(bytes, at: guessedCuts(bytes, parts: cores), delimiter: delimiter)
                .map { .success($0) } ?? split(bytes, delimiter: delimiter).map(\.spans)
        }
        return FieldTable(text: text, spans: try (spans ?? .success(Spans())).get())
    }

    /// Byte offsets that cut `bytes` into about `parts` parts of the same size, each just after a
    /// line feed (the first is 0).
    static func guessedCuts(_ bytes: UnsafeBufferPointer<UInt8>, parts: Int) -> [Int] {
        var cuts = [0]
        let size = bytes.count / parts
        for part in 1..<parts {
            var index = max(part * size, cuts[cuts.count - 1])
            while index < bytes.count, bytes[index] != lineFeed { index += 1 }
            if index + 1 < bytes.count, index + 1 > cuts[cuts.count - 1] { cuts.append(index + 1) }
        }
        return cuts
    }

    /// The spans of `bytes` split in parts starting at `cuts` (the first is 0) on all cores, or
    /// `nil` when a part ends inside quotes: a cut before the last part was not at a record boundary,
    /// or the last part has an unclosed quote, which the caller names from the whole text.
    private static func splitInParts(
        _ bytes: UnsafeBufferPointer<UInt8>, at cuts: [Int], delimiter: UInt8
    ) -> Spans? {
        let shared = SharedBytes(bytes)
        let pieces = ParallelChunks.map(cuts.count, minimumChunk: 1, cores: cuts.count) { range in
            range.map { index in
                let end = index + 1 < cuts.count ? cuts[index + 1] : shared.bytes.count
                return split(shared.bytes, from: cuts[index], to: end, delimiter: delimiter)
            }
        }
        var spans = Spans()
        // Each part counted its lines from 1: they are moved by the line breaks of the parts before.
        var linesBefore = 0
        for piece in pieces {
            guard case .success(let part) = piece else { return nil }
            spans.append(part.spans, linesBefore: linesBefore)
            linesBefore += part.nextLine - 1
        }
        return spans
    }

    /// Below this many bytes a text is split in one piece.
    static let minimumPart = 1 << 20

    /// A buffer read by several threads while its string is kept alive by the caller.
    private struct SharedBytes: @unchecked Sendable {
        // @unchecked: only read, and the caller keeps the bytes alive until every reader is done.
        let bytes: UnsafeBufferPointer<UInt8>
        init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }
    }

    /// The fields of `bytes[from..<to]` as spans of `bytes`, and the line after them (counted from 1).
    private static func split(
        _ bytes: UnsafeBufferPointer<UInt8>, from: Int = 0, to end: Int? = nil, delimiter: UInt8
    ) -> Result<(spans: Spans, nextLine: Int), UnclosedQuote> {
        let count = end ?? bytes.count
        var spans = Spans()
        var index = from
        guard count > index else { return .success((spans, 1)) }
        spans.reserve(fields: (count - index) / 16, records: (count - index) / 128)
        var line = 1
        var fieldsInRecord = 0
        spans.startRecord(line: line)
        func isFieldEnd(_ byte: UInt8) -> Bool {
            byte == delimiter || byte == lineFeed || byte == carriageReturn
        }
        while true {
            let start = index
            if index < count, bytes[index] == quote {
                let openedOn = line
                index += 1
                var closed = false
                while index < count {
                    let byte = bytes[index]
                    if byte == quote {
                        if index + 1 < count, bytes[index + 1] == quote {
                            index += 2
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
                if !closed { return .failure(UnclosedQuote(line: openedOn, field: fieldsInRecord + 1)) }
            }
            while index < count, !isFieldEnd(bytes[index]) { index += 1 }
            spans.addField(start, index)
            fieldsInRecord += 1
            if index < count, bytes[index] == delimiter {
                index += 1
                continue
            }
            guard index < count else { break }
            index +=
                bytes[index] == carriageReturn && index + 1 < count && bytes[index + 1] == lineFeed ? 2 : 1
            line += 1
            guard index < count else { break }
            spans.startRecord(line: line)
            fieldsInRecord = 0
        }
        return .success((spans, line))
    }

    /// Where the fields and records of a text are.
    struct Spans {
        /// Byte offsets where each field starts (a quoted field at its opening quote) and ends.
        var starts: [Int] = []
        var ends: [Int] = []
        /// The index of each record's first field.
        var firstFields: [Int] = []
        /// The line each record starts on.
        var lines: [Int] = []

        mutating func reserve(fields: Int, records: Int) {
            starts.reserveCapacity(fields)
            ends.reserveCapacity(fields)
            firstFields.reserveCapacity(records)
            lines.reserveCapacity(records)
        }

        mutating func startRecord(line: Int) {
            firstFields.append(starts.count)
            lines.append(line)
        }

        mutating func addField(_ start: Int, _ end: Int) {
            starts.append(start)
            ends.append(end)
        }

        /// Appends the spans of the next part, whose lines were counted from 1.
        mutating func append(_ part: Spans, linesBefore: Int) {
            if starts.isEmpty {
                self = part
                return
            }
            let fieldsBefore = starts.count
            starts += part.starts
            ends += part.ends
            firstFields.reserveCapacity(firstFields.count + part.firstFields.count)
            for first in part.firstFields { firstFields.append(first + fieldsBefore) }
            lines.reserveCapacity(lines.count + part.lines.count)
            for line in part.lines { lines.append(line + linesBefore) }
        }
    }
}
