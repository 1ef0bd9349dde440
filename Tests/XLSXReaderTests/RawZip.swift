import Foundation

/// Writes ZIP archives byte by byte, so that tests can build what no ZIP library would write:
/// duplicate entry names, `../` and absolute names, local headers that disagree with the central
/// directory. Entries are stored (not compressed) unless given already deflated
/// (``Entry/init(_:deflated:size:crc:)``).
struct RawZip {
    /// One entry as it goes into the archive.
    struct Entry {
        /// The name in the central directory.
        var name: String
        /// The name in the local header; the central directory's name when nil.
        var localName: String?
        /// The bytes stored.
        var data: Data
        /// The compression method: 0 stored, 8 deflated.
        var method: UInt16 = 0
        /// For deflated data: the unpacked size and CRC-32 the archive states.
        var unpacked: (size: Int, crc: UInt32)?

        init(_ name: String, _ text: String, localName: String? = nil) {
            self.name = name
            self.localName = localName
            self.data = Data(text.utf8)
        }

        init(_ name: String, data: Data) {
            self.name = name
            self.data = data
        }

        /// An entry of deflated bytes that unpack to `size` bytes with checksum `crc`.
        init(_ name: String, deflated: Data, size: Int, crc: UInt32) {
            self.name = name
            self.data = deflated
            self.method = 8
            self.unpacked = (size, crc)
        }
    }

    var entries: [Entry]

    init(_ entries: [Entry]) {
        self.entries = entries
    }

    /// The entries of a workbook's parts in name order.
    init(parts: [String: String]) {
        entries = parts.sorted { $0.key < $1.key }.map { Entry($0.key, $0.value) }
    }

    /// The archive's bytes.
    var data: Data {
        var body = Data()
        var directory = Data()
        for entry in entries {
            let offset = body.count
            let crc = entry.unpacked?.crc ?? Self.crc32(entry.data)
            let size = UInt32(entry.unpacked?.size ?? entry.data.count)
            let localName = Data((entry.localName ?? entry.name).utf8)
            body.append(le32: 0x0403_4b50)
            body.append(le16: 20)  // version needed
            body.append(le16: 0x0800)  // UTF-8 names
            body.append(le16: entry.method)
            body.append(le16: 0)  // time
            body.append(le16: 0x21)  // date
            body.append(le32: crc)
            body.append(le32: UInt32(entry.data.count))
            body.append(le32: size)
            body.append(le16: UInt16(localName.count))
            body.append(le16: 0)
            body.append(localName)
            body.append(entry.data)

            let name = Data(entry.name.utf8)
            directory.append(le32: 0x0201_4b50)
            directory.append(le16: 20)  // version made by
            directory.append(le16: 20)
            directory.append(le16: 0x0800)
            directory.append(le16: entry.method)
            directory.append(le16: 0)
            directory.append(le16: 0x21)
            directory.append(le32: crc)
            directory.append(le32: UInt32(entry.data.count))
            directory.append(le32: size)
            directory.append(le16: UInt16(name.count))
            directory.append(le16: 0)  // extra
            directory.append(le16: 0)  // comment
            directory.append(le16: 0)  // disk
            directory.append(le16: 0)  // internal attributes
            directory.append(le32: 0)  // external attributes
            directory.append(le32: UInt32(offset))
            directory.append(name)
        }
        var archive = body
        archive.append(directory)
        archive.append(le32: 0x0605_4b50)
        archive.append(le16: 0)
        archive.append(le16: 0)
        archive.append(le16: UInt16(entries.count))
        archive.append(le16: UInt16(entries.count))
        archive.append(le32: UInt32(directory.count))
        archive.append(le32: UInt32(body.count))
        archive.append(le16: 0)
        return archive
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
    /// Appends a little-endian 16-bit value.
    mutating func append(le16 value: UInt16) {
        append(UInt8(value & 0xFF))
        append(UInt8(value >> 8))
    }

    /// Appends a little-endian 32-bit value.
    mutating func append(le32 value: UInt32) {
        append(le16: UInt16(value & 0xFFFF))
        append(le16: UInt16(value >> 16))
    }
}
