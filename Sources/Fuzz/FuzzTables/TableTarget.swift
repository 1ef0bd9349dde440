import Foundation
import FuzzSupport
import TiltakModel
import TiltakPlanFiles

/// Fuzz target: any bytes read as an action table (CSV), every cell read, the plan validated.
enum TableTarget {
    /// Reads `data` as a table; a `PlanFileError` is a fine outcome, a crash is not.
    static func run(_ data: Data) {
        guard let stream = try? TableImporter.streamTable(data: data, path: "fuzz.csv", base: nil) else {
            return
        }
        _ = PlanValidator.validate(stream.plan())
    }
}

/// libFuzzer's entry point: one input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    TableTarget.run(FuzzInput.data(start, count))
    return 0
}

/// The executable: libFuzzer's inputs, or the files given.
@main
enum Main {
    static func main() {
        FuzzInput.main(fuzzTestOneInput)
    }
}
