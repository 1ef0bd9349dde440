import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Follows symbolic links to the file they name, so that a file can be replaced where it really is.
enum SymbolicLink {
    /// The most links followed before giving up, as the kernel does (`ELOOP`).
    static let maximumHops = 40

    /// The path `path` finally names: `path` itself when it is no symbolic link, else the end of its
    /// chain of links (which need not exist). A relative link is read from the link's folder.
    ///
    /// - Throws: ``OutputError`` naming `path`, for a link that cannot be read or a loop of links.
    static func finalTarget(of path: String) throws(OutputError) -> String {
        var current = path
        for _ in 0..<maximumHops {
            var info = stat()
            guard lstat(current, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return current }
            var buffer = [UInt8](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = buffer.withUnsafeMutableBufferPointer { bytes in
                bytes.baseAddress.map { base in
                    base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                        readlink(current, $0, bytes.count - 1)
                    }
                } ?? -1
            }
            guard count >= 0 else {
                throw OutputError(path: path, operation: .writeFile, cause: .system(errno: errno))
            }
            let destination = String(decoding: buffer[0..<count], as: UTF8.self)
            current = destination.hasPrefix("/") ? destination : folder(of: current) + destination
        }
        throw OutputError(path: path, operation: .writeFile, cause: .system(errno: ELOOP))
    }

    /// The folder part of `path` with its final `/`, or the empty string for a bare name.
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }
}
