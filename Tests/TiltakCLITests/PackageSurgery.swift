import Foundation
import XLSXReader

/// Takes an exported workbook apart and puts it together again with changed, added or hostile
/// entries, byte by byte (entries stored, not compressed), as no spreadsheet program would.
struct PackageSurgery {
    /// The entries in archive order: name and bytes.
    var entries: [(name: String, data: Data)]

    /// The parts of the workbook at `url`.
    init(_ url: URL) throws {
        let document = try XLSXDocument(url: url)
        entries = try document.partNames.map { ($0, try document.part($0)) }
    }

    /// The text of the entry `name`.
    func text(_ name: String) -> String? {
        entries.first { $0.name == name }.map { String(decoding: $0.data, as: UTF8.self) }
    }

    /// Replaces the entry `name` with `text`.
    mutating func replace(_ name: String, with text: String) {
        for index in entries.indices where entries[index].name == name {
            entries[index].data = Data(text.utf8)
        }
    }

    /// Adds an entry at the end (a duplicate name is kept as a second entry).
    mutating func append(_ name: String, _ text: String) {
        entries.append((name, Data(text.utf8)))
    }

    /// Writes the archive to `url`.
    func write(to url: URL) throws {
        var body = Data()
        var directory = Data()
        for entry in entries {
            let name = Data(entry.name.utf8)
            let crc = Self.crc32(entry.data)
            var common = Data()
            common.appendLE16(20)
            common.appendLE16(0x0800)
            common.appendLE16(0)
            common.appendLE16(0)
            common.appendLE16(0x21)
            common.appendLE32(crc)
            common.appendLE32(UInt32(entry.data.count))
            common.appendLE32(UInt32(entry.data.count))
            common.appendLE16(UInt16(name.count))
            common.appendLE16(0)

            directory.appendLE32(0x0201_4b50)
            directory.appendLE16(20)
            directory.append(common)
            directory.appendLE16(0)
            directory.appendLE16(0)
            directory.appendLE16(0)
            directory.appendLE32(0)
            directory.appendLE32(UInt32(body.count))
            directory.append(name)

            body.appendLE32(0x0403_4b50)
            body.append(common)
            body.append(name)
            body.append(entry.data)
        }
        var archive = body
        archive.append(directory)
        archive.appendLE32(0x0605_4b50)
        archive.appendLE16(0)
        archive.appendLE16(0)
        archive.appendLE16(UInt16(entries.count))
        archive.appendLE16(UInt16(entries.count))
        archive.appendLE32(UInt32(directory.count))
        archive.appendLE32(UInt32(body.count))
        archive.appendLE16(0)
        try archive.write(to: url)
    }

    /// The CRC-32 of `data`, as ZIP uses it.
    static func crc32(_ data: Data) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 {
                crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1
            }
        }
        return ~crc
    }
}

extension Data {
    fileprivate mutating func appendLE16(_ value: UInt16) {
        append(UInt8(value & 0xFF))
        append(UInt8(value >> 8))
    }

    fileprivate mutating func appendLE32(_ value: UInt32) {
        appendLE16(UInt16(value & 0xFFFF))
        appendLE16(UInt16(value >> 16))
    }
}
