extension StringProtocol {
    /// Whether the text holds `other`, compared as UTF-8 bytes.
    ///
    /// Inside the model this overload is chosen over Foundation's `StringProtocol.contains(_:)`, which
    /// goes through `NSString` and UTF-16 and was the largest single cost of reading a large plan's
    /// remarks. The readers search text folded by ``NameKey`` (NFC) for phrases written in NFC, where
    /// comparing bytes finds the same matches. As in Foundation, the empty string is not contained.
    func contains(_ other: String) -> Bool {
        let needleCount = other.utf8.count
        guard needleCount > 0, needleCount <= utf8.count else { return false }
        if let found = utf8.withContiguousStorageIfAvailable({ haystack in
            other.utf8.withContiguousStorageIfAvailable { needle in
                StringSearch.find(needle, in: haystack)
            }
        }), let found {
            return found
        }
        return StringSearch.find(Array(other.utf8), in: Array(utf8))
    }
}

/// Byte-string search behind ``Swift/StringProtocol/contains(_:)``.
enum StringSearch {
    /// Whether `needle` (not empty) occurs in `haystack`.
    static func find(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return false }
        let last = haystack.count - needle.count
        var start = 0
        while start <= last {
            if haystack[start] == first {
                var matched = 1
                while matched < needle.count, haystack[start + matched] == needle[matched] { matched += 1 }
                if matched == needle.count { return true }
            }
            start += 1
        }
        return false
    }

    /// Whether `needle` (not empty) occurs in `haystack`.
    static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        needle.withUnsafeBufferPointer { n in haystack.withUnsafeBufferPointer { h in find(n, in: h) } }
    }
}
