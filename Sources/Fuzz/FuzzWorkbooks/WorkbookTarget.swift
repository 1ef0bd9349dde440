import Foundation
import FuzzSupport
import XLSXReader

/// Fuzz target: any bytes read as a returned workbook, every sheet and cell read.
enum WorkbookTarget {
    /// Opens `data` as an XLSX package and reads every sheet; an error is a fine outcome, a crash is not.
    static func run(_ data: Data) {
        guard let document = try? XLSXDocument(data: data, fileName: "fuzz.xlsx") else { return }
        for name in document.sheetNames {
            guard let sheet = try? document.sheet(named: name) else { continue }
            for (_, cell) in sheet.cells { _ = cell.string }
        }
    }
}

/// libFuzzer's entry point: one input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    WorkbookTarget.run(FuzzInput.data(start, count))
    return 0
}

/// The executable: libFuzzer's inputs, or the files given.
@main
enum Main {
    static func main() {
        FuzzInput.main(fuzzTestOneInput)
    }
}
