import Foundation

/// The pages of a PDF as a reader sees them: each page's words with their boxes, read with
/// `pdftotext -bbox` (poppler-utils), and the type size a page is set in.
struct PDFPages {
    /// One page: its size in points and its words with their heights.
    struct Page {
        var width: Double
        var height: Double
        var words: [(text: String, height: Double)]

        /// The page's text, the words joined by spaces.
        var text: String { words.map(\.text).joined(separator: " ") }

        /// The type size of the page's body, in points: the median height of the words' boxes
        /// divided by 1.23, the box-to-type ratio of the fonts LibreOffice prints with on Debian
        /// (Carlito, DejaVu); as `../shared/tools/pdf-type-size` measures it.
        var typeSize: Double {
            let heights = words.map(\.height).sorted()
            guard !heights.isEmpty else { return 0 }
            let middle = heights.count / 2
            let median =
                heights.count % 2 == 1 ? heights[middle] : (heights[middle - 1] + heights[middle]) / 2
            return median / 1.23
        }
    }

    /// The pages, in order.
    let pages: [Page]

    /// Reads the pages of the PDF at `url`.
    init(_ url: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        process.arguments = ["-bbox", url.path, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let html = String(decoding: data, as: UTF8.self)
        var pages: [Page] = []
        for chunk in html.components(separatedBy: "<page ").dropFirst() {
            var page = Page(
                width: Self.attribute("width", in: chunk) ?? 0,
                height: Self.attribute("height", in: chunk) ?? 0,
                words: [])
            for word in chunk.components(separatedBy: "<word ").dropFirst() {
                guard let top = Self.attribute("yMin", in: word),
                    let bottom = Self.attribute("yMax", in: word),
                    let open = word.firstIndex(of: ">"), let close = word.range(of: "</word>")
                else { continue }
                let text = String(word[word.index(after: open)..<close.lowerBound])
                page.words.append((Self.unescaped(text), bottom - top))
            }
            pages.append(page)
        }
        self.pages = pages
    }

    /// `text` with the entities pdftotext writes replaced by their characters.
    private static func unescaped(_ text: String) -> String {
        [("&apos;", "'"), ("&quot;", "\""), ("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&")].reduce(text) {
            $0.replacingOccurrences(of: $1.0, with: $1.1)
        }
    }

    /// The number in `name="…"` in `text`.
    private static func attribute(_ name: String, in text: String) -> Double? {
        guard let start = text.range(of: name + "=\"") else { return nil }
        let rest = text[start.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return Double(rest[..<end])
    }
}
