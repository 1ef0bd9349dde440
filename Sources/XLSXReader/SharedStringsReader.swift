import Foundation
import TiltakLanguage

/// Reads the shared strings part (`xl/sharedStrings.xml`) item by item, as plain text.
enum SharedStringsReader {
    /// The strings of the `<si>` items in order; more than `maximumCount` are refused.
    static func read(
        _ data: Data, fileName: String, part: String, maximumCount: Int = XLSXDocument.maximumCells
    ) throws(XLSXReaderError) -> [String] {
        try XMLScanner.scan(data, fileName: fileName, part: part) { (scanner) throws(XLSXReaderError) in
            var strings: [String] = []
            while true {
                switch try scanner.next() {
                case .startElement:
                    if scanner.depth == 2 && scanner.isNamed("si") {
                        guard strings.count < maximumCount else {
                            throw .invalidContent(
                                file: fileName, part: part, element: .element("<sst>"),
                                reason: .tooManySharedStrings(maximumCount))
                        }
                        strings.append(try RichText.read(&scanner))
                    }
                case .endOfDocument:
                    return strings
                case .text, .endElement:
                    continue
                }
            }
        }
    }
}
