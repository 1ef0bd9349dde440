import Foundation
import TiltakLanguage

/// Brings a part to UTF-8 before it is scanned: a part in UTF-16 (with its byte order mark) or in
/// one of the 8-bit encodings an XML declaration may name is converted; UTF-8 is passed on as it is.
enum XMLEncoding {
    /// The 8-bit encodings read, by their lower-cased declared names.
    static let eightBit: [String: String.Encoding] = [
        "iso-8859-1": .isoLatin1, "latin1": .isoLatin1, "iso_8859-1": .isoLatin1,
        "windows-1252": .windowsCP1252,
        "cp1252": .windowsCP1252, "us-ascii": .ascii, "ascii": .ascii,
    ]

    /// `data` in UTF-8.
    static func utf8(_ data: Data, fileName: String, part: String) throws(XLSXReaderError) -> Data {
        func failure(_ reason: XLSXReaderMessage) -> XLSXReaderError {
            .malformedXML(file: fileName, part: part, line: 1, column: 1, reason: reason)
        }
        let prefix = [UInt8](data.prefix(200))
        if prefix.starts(with: [0xFF, 0xFE]) || prefix.starts(with: [0xFE, 0xFF]) {
            let encoding: String.Encoding = prefix[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            guard let text = String(data: data.dropFirst(2), encoding: encoding) else {
                throw failure(.invalidUTF16)
            }
            return Data(text.utf8)
        }
        if prefix.starts(with: [0x3C, 0x00]) || prefix.starts(with: [0x00, 0x3C]) {
            throw failure(.utf16WithoutBOM)
        }
        guard let declared = declaredEncoding(prefix) else { return data }
        let name = declared.lowercased()
        if name == "utf-8" || name == "utf8" { return data }
        if name == "utf-16" { throw failure(.declaresUTF16WithoutBOM) }
        guard let encoding = eightBit[name] else {
            throw failure(.unsupportedEncoding(String(declared.prefix(40))))
        }
        guard let text = String(data: data, encoding: encoding) else {
            throw failure(.invalidEncodedText(declared))
        }
        return Data(text.utf8)
    }

    /// The `encoding` of an XML declaration at the start of `bytes`, if it names one.
    static func declaredEncoding(_ bytes: [UInt8]) -> String? {
        var start = bytes[...]
        if start.starts(with: [0xEF, 0xBB, 0xBF]) { start = start.dropFirst(3) }
        guard start.starts(with: Array("<?xml".utf8)), let end = start.firstIndex(of: UInt8(ascii: ">"))
        else {
            return nil
        }
        let declaration = String(decoding: start[..<end], as: UTF8.self)
        guard let key = declaration.range(of: "encoding") else { return nil }
        let rest = declaration[key.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        return String(rest.dropFirst().prefix { $0 != quote })
    }
}
