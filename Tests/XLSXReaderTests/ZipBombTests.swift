import Foundation
import Testing
import ZIPFoundation

@testable import XLSXReader

/// ZIP bombs — small files whose parts unpack to far more than any workbook of their size — are
/// refused when the file is opened, before anything is unpacked; large workbooks, whose parts pack
/// 5 to 15 to one, are not (see ``XLSXUnpackLimits``).
@Suite struct ZipBombTests {
    /// `size` bytes of a sheet's rows, deflated, with their CRC-32: about a thousand to one.
    static func deflatedSheet(size: Int) throws -> (data: Data, crc: UInt32) {
        let head = Data("<worksheet xmlns=\"\(XLSXFixture.mainNamespace)\"><sheetData>".utf8)
        let chunk = Data(repeating: UInt8(ascii: " "), count: 1 << 16)
        var deflated = Data()
        let crc = try Data.compress(
            size: Int64(size), bufferSize: 1 << 16,
            provider: { position, length in
                let bytes = position == 0 ? head + chunk : chunk
                return bytes.prefix(length)
            },
            consumer: { deflated.append($0) })
        return (deflated, crc)
    }

    /// 24 MiB of a sheet packed about a thousand to one: a bomb, if a small one (deflating more takes
    /// a debug build seconds).
    static let bomb: (data: Data, crc: UInt32, size: Int) = {
        let size = 24 << 20
        // swift-format-ignore: NeverUseForceTry
        let sheet = try! deflatedSheet(size: size)
        return (sheet.data, sheet.crc, size)
    }()

    /// The fixture workbook with its first sheet replaced by `data`, which the directory says unpacks to `size` bytes.
    static func workbook(sheet data: Data, size: Int, crc: UInt32) throws -> Data {
        var zip = RawZip(parts: XLSXFixture.workbookParts)
        let index = try #require(zip.entries.firstIndex { $0.name == "xl/worksheets/sheet1.xml" })
        zip.entries[index] = RawZip.Entry("xl/worksheets/sheet1.xml", deflated: data, size: size, crc: crc)
        return zip.data
    }

    @Test func aSmallWorkbookUnpackingToMuchMoreIsRefusedWhenOpened() throws {
        let file = try Self.workbook(sheet: Self.bomb.data, size: Self.bomb.size, crc: Self.bomb.crc)
        #expect(file.count < 64 << 10)
        // Refused by XLSXDocument's initialiser, which unpacks nothing but the workbook's small parts.
        let error = try #require(throws: XLSXReaderError.self) {
            try XLSXDocument(data: file, fileName: "bombe.xlsx")
        }
        let packed = Self.bomb.data.count
        #expect(
            error
                == .tooCompressed(
                    file: "bombe.xlsx", part: "xl/worksheets/sheet1.xml", unpacked: Self.bomb.size,
                    packed: packed,
                    limit: 100))
        #expect(
            error.description
                == "bombe.xlsx: delen «xl/worksheets/sheet1.xml» pakkar seg ut til 24 MiB (25165824 byte) frå \(packed) byte, meir enn 100 gonger så mykje, grensa som vernar mot ZIP-bomber; fila vert ikkje lesen"
        )
        // A bomb of hundreds of megabytes is refused the same way, from the sizes in the directory.
        let large = try Self.workbook(sheet: Self.bomb.data, size: 600 << 20, crc: Self.bomb.crc)
        #expect(throws: XLSXReaderError.self) { try XLSXDocument(data: large, fileName: "bombe.xlsx") }
    }

    @Test func aBombThatUnderstatesItsSizeStopsWhereItSaidItWouldEnd() throws {
        // Stating 1 MiB, it passes when opened; unpacking stops after 1 MiB, and the part is refused.
        let file = try Self.workbook(sheet: Self.bomb.data, size: 1 << 20, crc: Self.bomb.crc)
        let document = try XLSXDocument(data: file, fileName: "løgn.xlsx")
        let error = try #require(throws: XLSXReaderError.self) { try document.sheet(named: "Tiltak") }
        #expect(
            error
                == .damagedArchive(
                    file: "løgn.xlsx", part: "xl/worksheets/sheet1.xml",
                    reason: .inflatesBeyond(1_048_576)))
    }

    @Test func aBombUnderTheRatioFreeSizeIsReadWithinItsStatedSize() throws {
        // 8 MiB from a few kilobytes is no threat: the part is unpacked, never past its stated size.
        let size = 8 << 20
        let sheet = try Self.deflatedSheet(size: size)
        let file = try Self.workbook(sheet: sheet.data, size: size, crc: sheet.crc)
        let document = try XLSXDocument(data: file, fileName: "lita.xlsx")
        #expect(try document.part("xl/worksheets/sheet1.xml").count == size)
    }

    @Test func manySmallPartsThatPackTooTightlyTogetherAreRefused() throws {
        // Each part is under the size where the ratio counts; all of them together are not.
        let limits = XLSXUnpackLimits(maximumRatio: 100, ratioFreeSize: 100_000)
        var parts = XLSXFixture.workbookParts
        for number in 1...40 {
            parts["xl/media/fyll\(number).xml"] = String(repeating: "<a/>", count: 20_000)
        }
        let data = try XLSXFixture.archive(parts)
        let error = try #require(throws: XLSXReaderError.self) {
            try XLSXDocument(data: data, fileName: "mange.xlsx", limits: limits)
        }
        guard case .tooCompressed(let file, let part, let unpacked, let packed, 100) = error else {
            Issue.record("\(error)")
            return
        }
        #expect(file == "mange.xlsx" && part == nil && unpacked > 100 * packed)
        #expect(error.reason.hasPrefix("delane i fila pakkar seg ut til "))
    }

    @Test func workbooksWithinTheRatioAreRead() throws {
        // Held to the ratio from the first byte: the fixture's parts pack far less than 10 to one.
        let data = try XLSXFixture.archive(XLSXFixture.workbookParts)
        let document = try XLSXDocument(
            data: data, fileName: "vanleg.xlsx", limits: XLSXUnpackLimits(maximumRatio: 10, ratioFreeSize: 0))
        #expect(try document.sheet(named: "Lister").rows == [["Ja"], ["Nei"], ["Veit ikkje"]])
        // At two to one, some part packs more tightly than that.
        let error = try #require(throws: XLSXReaderError.self) {
            try XLSXDocument(
                data: data, fileName: "vanleg.xlsx",
                limits: XLSXUnpackLimits(maximumRatio: 2, ratioFreeSize: 0))
        }
        guard case .tooCompressed(_, let part, _, _, 2) = error else {
            Issue.record("\(error)")
            return
        }
        #expect(part != nil)
    }

    @Test func theLimitsLetTheLargestWorkbooksTiltakWritesThrough() {
        let limits = XLSXUnpackLimits.standard
        #expect(
            limits.maximumSize == 4 << 30 && limits.maximumRatio == 100 && limits.ratioFreeSize == 16 << 20)
        // Measured: the Tiltak sheet of 1 000 000 actions (constant-memory mode) and of 100 000
        // actions (shared strings), and the shared strings of 100 000 actions.
        #expect(!limits.isTooCompressed(unpacked: 800_683_421, packed: 75_042_964))
        #expect(!limits.isTooCompressed(unpacked: 47_530_805, packed: 4_910_275))
        #expect(!limits.isTooCompressed(unpacked: 6_546_294, packed: 909_088))
        // Deflate's best, about 1 000 to one, is not let through above 16 MiB.
        #expect(limits.isTooCompressed(unpacked: 300 << 20, packed: 300 << 10))
        #expect(!limits.isTooCompressed(unpacked: 16 << 20, packed: 16 << 10))
    }
}
