import Foundation

/// The plan file a workbook was made from, recorded on the overview sheet.
public struct WorkbookSource: Sendable {
    /// Path of the plan file as given.
    public var path: String
    /// SHA-256 of the plan file's bytes, 64 lowercase hex digits, computed when first asked for.
    public var sha256: String { digest.value }
    private let digest: Digest

    /// Creates a source record.
    public init(path: String, sha256: String) {
        self.path = path
        digest = Digest { sha256 }
    }

    /// Creates a source record whose checksum is computed only if a sheet shows it, once.
    ///
    /// Hashing a large table takes as long as reading part of it; a workbook of the `Tiltak` sheet
    /// alone never shows the checksum.
    public init(path: String, computing sha256: @escaping @Sendable () -> String) {
        self.path = path
        digest = Digest(sha256)
    }

    /// A checksum computed on first use; workbooks written in parallel share one.
    private final class Digest: @unchecked Sendable {
        // @unchecked: `compute` and `computed` are only touched while `lock` is held.
        private let lock = NSLock()
        private var compute: (@Sendable () -> String)?
        private var computed: String?

        init(_ compute: @escaping @Sendable () -> String) {
            self.compute = compute
        }

        var value: String {
            lock.lock()
            defer { lock.unlock() }
            if let computed { return computed }
            let value = compute?() ?? ""
            computed = value
            compute = nil
            return value
        }
    }
}
