import Foundation
import TiltakRuntime

/// Decodes a table file's bytes: UTF-8 with or without BOM, or Windows-1252 (what Excel in Norway writes).
public enum TableText {
    /// The encoding a table was read in.
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case windows1252 = "Windows-1252"
    }

    /// Bytes that Windows-1252 leaves undefined.
    static let undefinedInWindows1252: Set<UInt8> = [0x81, 0x8D, 0x8F, 0x90, 0x9D]

    /// Decodes `data`; a byte that is neither UTF-8 nor Windows-1252 is an error with line and column.
    public static func decode(_ data: Data, file: String) throws(PlanFileError) -> (String, Encoding) {
        let decoded = data.withUnsafeBytes { raw -> Result<(String, Encoding), PlanFileError> in
            var bytes = raw.bindMemory(to: UInt8.self)[...]
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
            return Result { () throws(PlanFileError) in
                try decode(UnsafeBufferPointer(rebasing: bytes), file: file)
            }
        }
        return try decoded.get()
    }

    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, file: String) throws(PlanFileError) -> (
        String, Encoding
    ) {
        if let base = bytes.baseAddress, let found = memchr(base, 0, bytes.count) {
            let nul = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            let (line, column) = SourceFile.position(of: nul, in: Array(bytes))
            throw .invalid([
                FileProblem(
                    file: file, line: line, column: column,
                    message: .binaryTable, hint: .saveAsCSVHint)
            ])
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return (text, .utf8)
        }
        if let bad = bytes.firstIndex(where: { undefinedInWindows1252.contains($0) }) {
            let (line, column) = SourceFile.position(of: bad, in: Array(bytes))
            let hex = String(bytes[bad], radix: 16, uppercase: true)
            throw .invalid([
                FileProblem(
                    file: file, line: line, column: column,
                    message: .neitherUTF8NorWindows1252(hex: hex), hint: .saveAsUTF8Hint)
            ])
        }
        return (String(bytes.map { windows1252Character($0) }), .windows1252)
    }

    static func windows1252Character(_ byte: UInt8) -> Character {
        if byte < 0x80 || byte >= 0xA0 { return Character(Unicode.Scalar(byte)) }
        let high: [UInt32] = [
            0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
            0x0152, 0xFFFD,
            0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122,
            0x0161, 0x203A,
            0x0153, 0xFFFD, 0x017E, 0x0178,
        ]
        return Character(Unicode.Scalar(high[Int(byte) - 0x80]) ?? "\u{FFFD}")
    }

    /// The delimiter of a table: the one of `;`, tab and `,` that occurs most in the header line outside quotes.
    public static func delimiter(of text: String) -> Character {
        var counts: [Character: Int] = [";": 0, "\t": 0, ",": 0]
        var quoted = false
        for c in text {
            if c == "\"" { quoted.toggle() }
            if !quoted, c == "\n" || c == "\r" { break }
            if !quoted, counts[c] != nil { counts[c, default: 0] += 1 }
        }
        let order: [Character] = [";", "\t", ","]
        return order.max { (counts[$0] ?? 0) < (counts[$1] ?? 0) } ?? ";"
    }

    /// The header and the data records of `text`, cut at `delimiter`; a table without a header or
    /// with a quote that is never closed is a problem naming `file` and the line.
    package static func records(_ text: String, delimiter: Character, file: String) throws(PlanFileError) -> (
        header: [String], rows: ArraySlice<DelimitedText.Record>
    ) {
        let records = try fields(text, delimiter: delimiter, file: file).records
        return (records[0].fields, records.dropFirst())
    }

    /// The fields of `text` cut at `delimiter` (the header is record 0); a table without a header or
    /// with a quote that is never closed is a problem naming `file` and the line.
    static func fields(_ text: String, delimiter: Character, file: String) throws(PlanFileError) -> FieldTable
    {
        let table: FieldTable
        do {
            table = try DelimitedText.fields(text, delimiter: delimiter.asciiValue ?? UInt8(ascii: ";"))
        } catch {
            throw .invalid([
                FileProblem(
                    file: file, line: error.line, part: .fieldNumber(error.field), message: .unclosedQuote,
                    hint: .quoteHint)
            ])
        }
        guard table.count > 0 else {
            throw .invalid([FileProblem(file: file, line: 1, message: .noHeader)])
        }
        return table
    }
}
