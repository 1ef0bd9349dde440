import Foundation
import TiltakLanguage
import ZIPFoundation

/// A ZIP archive held in memory, its directory read and checked before any entry is unpacked.
///
/// Every offset and size the archive states is checked against the file before it is used: the
/// end record, the central directory (and the ZIP64 records), each entry's local header and its
/// data. Entries whose names leave the package (`../`, `/x`, `C:\x`) or name the same part twice are
/// refused, as is an entry whose local header gives another name than the directory; so the reader
/// never reads one entry where another program reads another. Entries are unpacked one at a time,
/// when asked for, and checked against their stated size and CRC-32.
struct ZipArchive: Sendable {
    /// The file name, for error messages.
    let fileName: String
    /// The archive's bytes.
    let data: Data
    /// The file entries in directory order (folders left out).
    let entries: [ZipEntry]
    /// The entries by part name (normalised, see ``PackagePath/normalise(_:)``).
    let byName: [String: Int]
    /// The entries by part name in lower case.
    let byFoldedName: [String: Int]

    /// The largest central directory read: far more than any workbook has.
    static let maximumEntries = 100_000

    /// Reads the directory of the archive in `data`.
    ///
    /// - Throws: `notAZip` when there is no ZIP end record and the file does not start like a
    ///   ZIP file; `damagedArchive` for anything that does not fit in the file; `refusedEntry` for
    ///   names that may not be read; `tooCompressed` when a large entry, or all of them, unpack to more
    ///   times their packed size than `limits` allow, and `tooLarge` when the entries unpack to more
    ///   than its maximum size (see ``XLSXUnpackLimits``).
    init(data: Data, fileName: String, limits: XLSXUnpackLimits) throws(XLSXReaderError) {
        self.fileName = fileName
        self.data = data.startIndex == 0 ? data : Data(data)
        let reader = ByteView(data: self.data)
        let directory = try Self.directory(in: reader, fileName: fileName)
        var entries: [ZipEntry] = []
        var seen: Set<String> = []
        var total = 0
        var packed = 0
        var position = directory.offset
        for number in 0..<directory.count {
            let entry = try Self.entry(
                at: &position, number: number + 1, directory: directory, reader: reader, fileName: fileName)
            if let reason = ZipEntry.refusal(ofName: entry.storedName) {
                throw .refusedEntry(file: fileName, entry: entry.storedName, reason: reason)
            }
            guard seen.insert(entry.identity).inserted else {
                throw .refusedEntry(
                    file: fileName, entry: entry.storedName, reason: .nameTwice)
            }
            if entry.isDirectory { continue }
            if limits.isTooCompressed(unpacked: entry.uncompressedSize, packed: entry.compressedSize) {
                throw .tooCompressed(
                    file: fileName, part: entry.storedName, unpacked: entry.uncompressedSize,
                    packed: entry.compressedSize, limit: limits.maximumRatio)
            }
            total += entry.uncompressedSize
            packed += entry.compressedSize
            if total > limits.maximumSize { throw .tooLarge(file: fileName, limit: limits.maximumSize) }
            entries.append(entry)
        }
        // Many small parts, each under the size where the ratio counts, make a bomb too.
        if limits.isTooCompressed(unpacked: total, packed: packed) {
            throw .tooCompressed(
                file: fileName, part: nil, unpacked: total, packed: packed, limit: limits.maximumRatio)
        }
        self.entries = entries
        var byName: [String: Int] = [:]
        var byFoldedName: [String: Int] = [:]
        for (index, entry) in entries.enumerated() {
            let name = PackagePath.normalise(entry.partName)
            byName[name] = index
            byFoldedName[name.lowercased()] = index
        }
        self.byName = byName
        self.byFoldedName = byFoldedName
    }

    // MARK: - Unpacking

    /// Thrown inside the inflater's callbacks.
    private enum InflateStop: Error {
        case truncated, tooLong
    }

    /// The unpacked bytes of `entry`, checked against its stated size and CRC-32.
    func contents(of entry: ZipEntry) throws(XLSXReaderError) -> Data {
        let start = entry.dataOffset
        let end = start + entry.compressedSize
        switch entry.method {
        case 0:
            guard entry.compressedSize == entry.uncompressedSize else {
                throw damaged(entry, .sizesDiffer)
            }
            let bytes = data.subdata(in: start..<end)
            guard bytes.crc32(checksum: 0) == entry.crc32 else {
                throw damaged(entry, .checksumMismatch)
            }
            return bytes
        case 8:
            return try inflate(entry, from: start, to: end)
        default:
            throw damaged(entry, .unsupportedMethod(Int(entry.method)))
        }
    }

    private func inflate(_ entry: ZipEntry, from start: Int, to end: Int) throws(XLSXReaderError) -> Data {
        let bufferSize = 64 * 1024
        let expected = entry.uncompressedSize
        var output = Data(capacity: expected)
        let checksum: CRC32
        do {
            checksum = try Data.decompress(
                size: Int64(entry.compressedSize), bufferSize: bufferSize, skipCRC32: false,
                provider: { position, size in
                    // The inflater is handed `size` bytes each time: past the end of the packed data
                    // it gets zeros (which no deflate stream ends in), and once it has had every byte
                    // and still wants more, the data is cut short.
                    let from = start + Int(position)
                    guard from < end else { throw InflateStop.truncated }
                    var chunk = self.data.subdata(in: from..<min(from + size, end))
                    if chunk.count < size { chunk.append(Data(count: size - chunk.count)) }
                    return chunk
                },
                consumer: { chunk in
                    guard output.count + chunk.count <= expected else { throw InflateStop.tooLong }
                    output.append(chunk)
                })
        } catch InflateStop.truncated {
            throw damaged(entry, .dataEndsEarly)
        } catch InflateStop.tooLong {
            throw damaged(entry, .inflatesBeyond(Int(expected)))
        } catch {
            throw damaged(entry, .corruptData)
        }
        guard output.count == expected else {
            throw damaged(entry, .inflatesTo(output.count, expected: Int(expected)))
        }
        guard checksum == entry.crc32 else {
            throw damaged(entry, .checksumMismatch)
        }
        return output
    }

    private func damaged(_ entry: ZipEntry, _ reason: XLSXReaderMessage) -> XLSXReaderError {
        .damagedArchive(file: fileName, part: entry.storedName, reason: reason)
    }

    // MARK: - The directory

    /// Where the central directory is and how many entries it lists.
    private struct Directory {
        var offset: Int
        var size: Int
        var count: Int
        /// Where the end records start: entries and directory lie before this.
        var endOffset: Int
    }

    private static let endSignature: UInt32 = 0x0605_4b50
    private static let zip64LocatorSignature: UInt32 = 0x0706_4b50
    private static let zip64EndSignature: UInt32 = 0x0606_4b50
    private static let centralSignature: UInt32 = 0x0201_4b50
    private static let localSignature: UInt32 = 0x0403_4b50

    /// Finds and checks the end record (and the ZIP64 end record where it is used).
    private static func directory(in reader: ByteView, fileName: String) throws(XLSXReaderError) -> Directory
    {
        func damaged(_ reason: XLSXReaderMessage) -> XLSXReaderError {
            .damagedArchive(file: fileName, part: nil, reason: reason)
        }
        // The end record is 22 bytes and a comment of at most 65 535 bytes, at the end of the file.
        let lowest = max(0, reader.count - 22 - 0xFFFF)
        var candidate = reader.count - 22
        var end: Int?
        while candidate >= lowest {
            if reader.u32(candidate) == endSignature, let comment = reader.u16(candidate + 20),
                candidate + 22 + Int(comment) <= reader.count
            {
                end = candidate
                break
            }
            candidate -= 1
        }
        guard let end else {
            if reader.u32(0) == localSignature {
                throw damaged(.endMissing)
            }
            throw .notAZip(file: fileName)
        }
        guard let disk = reader.u16(end + 4), let directoryDisk = reader.u16(end + 6),
            let diskEntries = reader.u16(end + 8), let totalEntries = reader.u16(end + 10),
            let size32 = reader.u32(end + 12), let offset32 = reader.u32(end + 16)
        else { throw damaged(.endRecordIncomplete) }
        var directory = Directory(
            offset: Int(offset32), size: Int(size32), count: Int(totalEntries), endOffset: end)
        var isZip64 = false
        if offset32 == 0xFFFF_FFFF || size32 == 0xFFFF_FFFF || totalEntries == 0xFFFF {
            // ZIP64: a locator just before the end record points to the ZIP64 end record.
            let locator = end - 20
            if locator >= 0, reader.u32(locator) == zip64LocatorSignature {
                guard let recordOffset = reader.u64(locator + 8), recordOffset <= UInt64(locator) else {
                    throw damaged(.zip64RecordOutside)
                }
                let record = Int(recordOffset)
                guard reader.u32(record) == zip64EndSignature, let count = reader.u64(record + 32),
                    let size = reader.u64(record + 40), let offset = reader.u64(record + 48),
                    count <= UInt64(maximumEntries), size <= UInt64(reader.count),
                    offset <= UInt64(reader.count)
                else { throw damaged(.zip64RecordDamaged) }
                directory = Directory(
                    offset: Int(offset), size: Int(size), count: Int(count), endOffset: record)
                isZip64 = true
            }
        }
        if !isZip64 && (disk != 0 || directoryDisk != 0 || diskEntries != totalEntries) {
            throw damaged(.multiDisk)
        }
        let directoryEnd = directory.offset + directory.size
        guard directoryEnd <= directory.endOffset else {
            throw damaged(
                .directoryOutside(from: directory.offset, to: directoryEnd, available: directory.endOffset))
        }
        guard directory.count <= maximumEntries, directory.count * 46 <= directory.size else {
            throw damaged(.tooManyEntries(directory.count, room: directory.size / 46))
        }
        return directory
    }

    /// Reads the directory entry at `position` (moving it past the entry) and checks its local header.
    private static func entry(
        at position: inout Int, number: Int, directory: Directory, reader: ByteView, fileName: String
    ) throws(XLSXReaderError) -> ZipEntry {
        let directoryEnd = directory.offset + directory.size
        let start = position
        guard start + 46 <= directoryEnd, reader.u32(start) == centralSignature,
            let flags = reader.u16(start + 8), let method = reader.u16(start + 10),
            let crc = reader.u32(start + 16), let compressed32 = reader.u32(start + 20),
            let uncompressed32 = reader.u32(start + 24), let nameLength = reader.u16(start + 28),
            let extraLength = reader.u16(start + 30), let commentLength = reader.u16(start + 32),
            let disk = reader.u16(start + 34), let offset32 = reader.u32(start + 42)
        else {
            throw .damagedArchive(
                file: fileName, part: nil,
                reason: .directoryDamagedAt(number, of: directory.count))
        }
        let nameStart = start + 46
        let extraStart = nameStart + Int(nameLength)
        let next = extraStart + Int(extraLength) + Int(commentLength)
        guard next <= directoryEnd, let nameBytes = reader.bytes(nameStart, Int(nameLength)) else {
            throw .damagedArchive(
                file: fileName, part: nil,
                reason: .directoryDamagedAt(number, of: directory.count))
        }
        position = next
        let name = String(decoding: nameBytes, as: UTF8.self)
        func damaged(_ reason: XLSXReaderMessage) -> XLSXReaderError {
            .damagedArchive(file: fileName, part: name, reason: reason)
        }
        // ZIP64 extra field: the 64-bit values of the fields that are all ones, in this order.
        var compressed = UInt64(compressed32)
        var uncompressed = UInt64(uncompressed32)
        var offset = UInt64(offset32)
        let wide = [uncompressed32, compressed32, offset32].map { $0 == 0xFFFF_FFFF }
        if wide.contains(true) {
            guard
                var values = zip64Values(
                    in: reader, from: extraStart, length: Int(extraLength), count: wide.filter { $0 }.count)
            else { throw damaged(.zip64FieldsDamaged) }
            if wide[0] { uncompressed = values.removeFirst() }
            if wide[1] { compressed = values.removeFirst() }
            if wide[2] { offset = values.removeFirst() }
        }
        if flags & 1 != 0 { throw damaged(.encrypted) }
        if disk != 0 && disk != 0xFFFF { throw damaged(.otherDisk) }
        // The local header and the data must lie before the central directory.
        let limit = directory.offset
        guard limit >= 30, offset <= UInt64(limit - 30), reader.u32(Int(offset)) == localSignature,
            let localNameLength = reader.u16(Int(offset) + 26),
            let localExtraLength = reader.u16(Int(offset) + 28)
        else {
            throw damaged(.entryNotAt(offset))
        }
        let localNameStart = Int(offset) + 30
        let dataOffset = localNameStart + Int(localNameLength) + Int(localExtraLength)
        guard dataOffset <= limit, compressed <= UInt64(limit - dataOffset),
            uncompressed <= UInt64(Int.max / 4)
        else {
            throw damaged(.entryDataBeyond)
        }
        guard reader.bytes(localNameStart, Int(localNameLength)) == nameBytes else {
            let localName = reader.bytes(localNameStart, Int(localNameLength)).map {
                String(decoding: $0, as: UTF8.self)
            }
            throw damaged(.localNameDiffers(localName ?? ""))
        }
        return ZipEntry(
            storedName: name, partName: name.replacingOccurrences(of: "\\", with: "/"), method: method,
            crc32: crc, compressedSize: Int(compressed), uncompressedSize: Int(uncompressed),
            dataOffset: dataOffset)
    }

    /// The first `count` 64-bit values of a ZIP64 extra field (header 0x0001), or nil if there is none.
    private static func zip64Values(in reader: ByteView, from start: Int, length: Int, count: Int)
        -> [UInt64]?
    {
        var position = start
        let end = start + length
        while position + 4 <= end {
            guard let id = reader.u16(position), let size = reader.u16(position + 2) else { return nil }
            let body = position + 4
            guard body + Int(size) <= end else { return nil }
            if id == 0x0001 {
                guard Int(size) >= count * 8 else { return nil }
                var values: [UInt64] = []
                for index in 0..<count {
                    guard let value = reader.u64(body + index * 8) else { return nil }
                    values.append(value)
                }
                return values
            }
            position = body + Int(size)
        }
        return nil
    }
}

/// Little-endian reads from bytes, nil when a read would go past either end.
struct ByteView {
    let data: Data

    var count: Int { data.count }

    func bytes(_ offset: Int, _ length: Int) -> Data? {
        guard offset >= 0, length >= 0, offset <= data.count - length else { return nil }
        return data.subdata(in: offset..<offset + length)
    }

    func u16(_ offset: Int) -> UInt16? {
        guard offset >= 0, offset <= data.count - 2 else { return nil }
        return UInt16(data[offset]) | UInt16(data[offset + 1]) << 8
    }

    func u32(_ offset: Int) -> UInt32? {
        guard let low = u16(offset), let high = u16(offset + 2) else { return nil }
        return UInt32(low) | UInt32(high) << 16
    }

    func u64(_ offset: Int) -> UInt64? {
        guard let low = u32(offset), let high = u32(offset + 4) else { return nil }
        return UInt64(low) | UInt64(high) << 32
    }
}
