import Foundation
import FuzzSupport
import TiltakModel
import TiltakPlanFiles

/// Fuzz target: any bytes read as a plan file (YAML), validated, written and read again.
enum PlanFileTarget {
    /// Reads `data` as a plan file; a `PlanFileError` is a fine outcome, a crash is not. A plan that
    /// reads must survive being written and read again.
    static func run(_ data: Data) {
        guard let text = String(data: data, encoding: .utf8),
            let plan = try? PlanFileReader.read(yaml: text, file: "fuzz.yaml")
        else { return }
        _ = PlanValidator.validate(plan)
        guard let written = try? PlanFileWriter.yaml(for: plan) else { return }
        _ = try? PlanFileReader.read(yaml: written, file: "fuzz-again.yaml")
    }
}

/// libFuzzer's entry point: one input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    PlanFileTarget.run(FuzzInput.data(start, count))
    return 0
}

/// The executable: libFuzzer's inputs, or the files given.
@main
enum Main {
    static func main() {
        FuzzInput.main(fuzzTestOneInput)
    }
}
