import Foundation

/// What libFuzzer calls with each input: its bytes and their count; returns 0.
public typealias FuzzCallback = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

#if FUZZING
    /// libFuzzer's driver, which runs `callback` on generated inputs (from libclang_rt.fuzzer).
    @_silgen_name("LLVMFuzzerRunDriver")
    private func LLVMFuzzerRunDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ callback: FuzzCallback
    ) -> CInt
#endif

/// Runs a fuzz target: under libFuzzer, or on saved inputs.
///
/// A fuzz target is an executable whose `main` calls ``main(_:)``. Built with `-sanitize=fuzzer
/// -DFUZZING` (see `Scripts/fuzz`), it hands the callback to libFuzzer's driver, which takes
/// libFuzzer's options and corpus folders as arguments; built as usual, it replays the files it is
/// given, so a crash libFuzzer saved can be rerun under a debugger, and the targets build with the
/// rest of the package.
public enum FuzzInput {
    /// Runs `callback` on libFuzzer's inputs (when fuzzing) or on the files named on the command line.
    public static func main(_ callback: FuzzCallback) -> Never {
        #if FUZZING
            var argc = CommandLine.argc
            var argv = CommandLine.unsafeArgv
            exit(LLVMFuzzerRunDriver(&argc, &argv, callback))
        #else
            for path in CommandLine.arguments.dropFirst() {
                guard let data = FileManager.default.contents(atPath: path) else {
                    FileHandle.standardError.write(Data("fuzz: cannot read \(path)\n".utf8))
                    exit(64)
                }
                _ = data.withUnsafeBytes { bytes in
                    callback(bytes.bindMemory(to: UInt8.self).baseAddress, bytes.count)
                }
            }
            exit(0)
        #endif
    }

    /// The bytes of one input, as `Data`.
    public static func data(_ start: UnsafePointer<UInt8>?, _ count: Int) -> Data {
        guard let start, count > 0 else { return Data() }
        return Data(bytes: start, count: count)
    }
}
