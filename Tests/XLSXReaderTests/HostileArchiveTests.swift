import Foundation
import Testing
import TiltakLanguage

@testable import XLSXReader

/// Damaged and hostile ZIP containers: refused with an error naming the file (and the entry),
/// never a crash, never an entry read in place of another.
@Suite struct HostileArchiveTests {
    /// Opens `data` and every sheet in it; a damaged file must fail with an ``XLSXReaderError``.
    static func openEverything(_ data: Data, fileName: String = "skadd.xlsx") throws {
        let document = try XLSXDocument(data: data, fileName: fileName)
        for index in document.sheets.indices {
            _ = try document.sheet(at: index)
        }
        for name in document.partNames {
            _ = try document.part(name)
        }
    }

    /// The error opening `data` throws; records an issue when it opens.
    static func refusal(_ data: Data, _ label: String) -> XLSXReaderError? {
        do {
            try openEverything(data)
            Issue.record("\(label): opened without an error")
            return nil
        } catch let error as XLSXReaderError {
            return error
        } catch {
            Issue.record("\(label): \(error) is not an XLSXReaderError")
            return nil
        }
    }

    @Test func theEndOfAWorkbookWithoutItsBeginningIsRefused() throws {
        // What is left of a workbook that lost its beginning (`tail -c N`): the end record still
        // points to a central directory, or to entries, that are no longer there.
        let data = try XLSXFixture.archive(XLSXFixture.workbookParts)
        for length in [22, 30, 46, 60, 100, 300, 1000, 2000, data.count / 2, data.count - 30, data.count - 1]
        {
            let tail = data.suffix(length)
            guard let error = Self.refusal(Data(tail), "tail \(length)") else { continue }
            #expect(error.text(.nynorsk).hasPrefix("skadd.xlsx: "), "tail \(length): \(error)")
            switch error {
            case .damagedArchive, .notAZip: break
            default: Issue.record("tail \(length): \(error)")
            }
        }
        let error = try #require(Self.refusal(Data(data.suffix(22)), "tail 22"))
        #expect(
            error.text(.nynorsk).contains("ZIP-arkivet er skadd")
                && error.text(.nynorsk).contains("starten av fila"),
            "\(error)")
    }

    @Test func aWorkbookCutShortIsRefused() throws {
        let data = try XLSXFixture.archive(XLSXFixture.workbookParts)
        for length in [
            1, 4, 22, 30, 100, 1000, data.count / 2, data.count - 22, data.count - 10, data.count - 1,
        ] {
            let head = data.prefix(length)
            guard let error = Self.refusal(Data(head), "head \(length)") else { continue }
            #expect(error.text(.nynorsk).hasPrefix("skadd.xlsx: "), "head \(length): \(error)")
        }
        let error = try #require(Self.refusal(Data(data.prefix(data.count / 2)), "half"))
        #expect(error == .damagedArchive(file: "skadd.xlsx", part: nil, reason: .endMissing), "\(error)")
        #expect(
            error.text(.nynorsk)
                == "skadd.xlsx: ZIP-arkivet er skadd: slutten av fila manglar (fann ikkje innhaldslista i arkivet); fila er truleg ikkje heilt overført"
        )
    }

    @Test func everyByteOfTheDirectoryDamagedIsRefusedOrRead() throws {
        // Each byte of the central directory and end record, and a sample of the entries, set to
        // values that break sizes and offsets: the reader throws or reads, and never crashes.
        let data = try XLSXFixture.archive(XLSXFixture.workbookParts)
        let directoryStart = try #require(Self.lastSignature(0x0201_4b50, in: data, first: true))
        var positions = Array(directoryStart..<data.count)
        positions += stride(from: 0, to: directoryStart, by: 7)
        for position in positions {
            for value: UInt8 in [0x00, 0xFF, 0x7F] {
                var damaged = data
                damaged[position] = value
                do {
                    try Self.openEverything(damaged)
                } catch is XLSXReaderError {
                    continue
                } catch {
                    Issue.record("byte \(position) = \(value): \(error)")
                }
            }
        }
    }

    /// The offset of the first (or last) occurrence of a 32-bit little-endian signature.
    static func lastSignature(_ signature: UInt32, in data: Data, first: Bool = false) -> Int? {
        let bytes = [UInt8](data)
        let pattern: [UInt8] = [
            UInt8(signature & 0xFF), UInt8(signature >> 8 & 0xFF), UInt8(signature >> 16 & 0xFF),
            UInt8(signature >> 24),
        ]
        let range = Array(0...(bytes.count - 4))
        let order = first ? range : range.reversed()
        return order.first { Array(bytes[$0..<$0 + 4]) == pattern }
    }

    @Test func aDuplicatedEntryIsRefusedNamingIt() throws {
        // A second `sheet3.xml` would shadow the first in one reader and not in another.
        var zip = RawZip(parts: XLSXFixture.workbookParts)
        zip.entries.append(
            RawZip.Entry(
                "xl/worksheets/sheet3.xml",
                #"<worksheet xmlns="\#(XLSXFixture.mainNamespace)"><sheetData/></worksheet>"#))
        let error = try #require(Self.refusal(zip.data, "duplicate"))
        #expect(
            error.text(.nynorsk)
                == "skadd.xlsx: oppføringa «xl/worksheets/sheet3.xml» i ZIP-arkivet vert ikkje lesen: namnet finst fleire gonger i arkivet"
        )

        // Part names are case-insensitive: another spelling is the same part.
        var folded = RawZip(parts: XLSXFixture.workbookParts)
        folded.entries.append(RawZip.Entry("XL/Worksheets/Sheet3.xml", "<worksheet/>"))
        let foldedError = try #require(Self.refusal(folded.data, "case"))
        #expect(foldedError.text(.nynorsk).contains("XL/Worksheets/Sheet3.xml"), "\(foldedError)")
    }

    @Test func entryNamesLeavingThePackageAreRefusedNamingThem() throws {
        for name in [
            "../xl/worksheets/sheet3.xml", "xl/../../etc/passwd", "/xl/worksheets/sheet9.xml",
            "C:/temp/a.xml",
            "xl\\..\\..\\b.xml", "xl/./worksheets/../../../c.xml",
        ] {
            var zip = RawZip(parts: XLSXFixture.workbookParts)
            zip.entries.append(RawZip.Entry(name, "<worksheet/>"))
            guard let error = Self.refusal(zip.data, name) else { continue }
            #expect(
                error.text(.nynorsk).hasPrefix(
                    "skadd.xlsx: oppføringa «\(name)» i ZIP-arkivet vert ikkje lesen: "),
                "\(error)")
        }
    }

    @Test func aLocalHeaderNamingAnotherEntryIsRefused() throws {
        // Readers that go by the local headers would see another name than the directory gives.
        var zip = RawZip(parts: XLSXFixture.workbookParts)
        let index = try #require(zip.entries.firstIndex { $0.name == "xl/worksheets/sheet3.xml" })
        zip.entries[index].localName = "xl/worksheets/sheet1.xml"
        let error = try #require(Self.refusal(zip.data, "local name"))
        guard case .damagedArchive(_, let part?, _) = error else {
            Issue.record("\(error)")
            return
        }
        #expect(part == "xl/worksheets/sheet3.xml")
    }

    @Test func storedEntriesWrittenByHandAreRead() throws {
        // The raw writer above makes valid archives too: the reader is not refusing them for that.
        let document = try XLSXDocument(
            data: RawZip(parts: XLSXFixture.workbookParts).data, fileName: "a.xlsx")
        #expect(try document.sheet(named: "Lister").rows == [["Ja"], ["Nei"], ["Veit ikkje"]])
    }
}
