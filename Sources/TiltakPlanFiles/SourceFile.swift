import Foundation
import TiltakRuntime

/// Reads a file's bytes with clear errors for the usual mistakes.
public enum SourceFile {
    /// The file's bytes; throws for a missing file, a directory, an unreadable or an empty file.
    public static func bytes(of path: String) throws(PlanFileError) -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadable(FileProblem(file: path, message: .fileMissing, hint: .checkPathHint))
        }
        if isDirectory.boolValue {
            throw .unreadable(FileProblem(file: path, message: .isFolder))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(FileProblem(file: path, message: .unreadable))
        }
        if data.isEmpty || data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw .invalid([FileProblem(file: path, message: .empty)])
        }
        return data
    }

    /// Checks that `path` is an existing folder; throws an unreadable problem otherwise.
    @discardableResult
    public static func directoryCheck(_ path: String) throws(PlanFileError) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            throw .unreadable(FileProblem(file: path, message: .folderMissing))
        }
        return path
    }

    /// Decodes UTF-8 text (a BOM is dropped); an invalid byte or a NUL is reported with its line and column.
    public static func utf8Text(_ data: Data, file: String) throws(PlanFileError) -> String {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let nul = bytes.firstIndex(of: 0) {
            let (line, column) = position(of: nul, in: bytes)
            throw .invalid([
                FileProblem(
                    file: file, line: line, column: column,
                    message: .binaryText, hint: .rightFileHint)
            ])
        }
        if let bad = firstInvalidUTF8(bytes) {
            let (line, column) = position(of: bad, in: bytes)
            let hex = String(bytes[bad], radix: 16, uppercase: true)
            throw .invalid([
                FileProblem(
                    file: file, line: line, column: column,
                    message: .invalidUTF8(hex: hex), hint: .saveAsUTF8Hint)
            ])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The 1-based line and column (in characters) of byte `offset`.
    static func position(of offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        var line = 1
        var lineStart = 0
        for i in 0..<offset where bytes[i] == 0x0A {
            line += 1
            lineStart = i + 1
        }
        let prefix = bytes[lineStart..<offset]
        let column = String(decoding: prefix, as: UTF8.self).count + 1
        return (line, column)
    }

    /// The offset of the first byte that breaks UTF-8, or `nil`.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length: Int
            switch b {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return i
            }
            if i + length > bytes.count { return i }
            for j in 1..<length where bytes[i + j] & 0xC0 != 0x80 { return i }
            if length == 3 {
                if b == 0xE0 && bytes[i + 1] < 0xA0 { return i }
                if b == 0xED && bytes[i + 1] > 0x9F { return i }
            }
            if length == 4 {
                if b == 0xF0 && bytes[i + 1] < 0x90 { return i }
                if b == 0xF4 && bytes[i + 1] > 0x8F { return i }
            }
            i += length
        }
        return nil
    }
}
