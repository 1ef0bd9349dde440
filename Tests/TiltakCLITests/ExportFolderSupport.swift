import Foundation
import Testing
import XLSXReader

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Runs `tiltak export` with its own environment or in the background, and takes snapshots of
/// output folders, for the tests of an all-or-nothing export.
enum ExportFolder {
    /// The Hallingdal plan.
    static let fixture = TiltakRunner.root.appendingPathComponent("Fixtures/hallingdal-2021-2024.yaml")

    /// The Hallingdal plan with another revision label, copied to `folder`; its path.
    ///
    /// - Parameter extra: Actions to add to the first theme, and the party responsible for them.
    static func revision(_ label: String, extra: (count: Int, responsible: String)? = nil, in folder: URL)
        throws -> String
    {
        let text = try String(contentsOf: fixture, encoding: .utf8)
        var changed = text.replacingOccurrences(
            of: "label: Utkast pr. 10. april 2021", with: "label: \(label)")
        try #require(changed != text)
        if let extra, let first = changed.range(of: "        actions:\n") {
            let actions = (0..<extra.count).map { index in
                "          - {id: NK-\(100 + index), text: Ekstra tiltak nummer \(index) i regionen, "
                    + "timeframe: \"2022\", responsible: \(extra.responsible)}\n"
            }
            changed.insert(contentsOf: actions.joined(), at: first.upperBound)
        }
        let url = folder.appendingPathComponent("plan-\(label.filter(\.isLetter)).yaml")
        try changed.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// A `tiltak` process started with `arguments`, its output collected until it ends.
    final class Running: @unchecked Sendable {
        // @unchecked: `stderrText` is only touched while `lock` is held.
        let process = Process()
        private let lock = NSLock()
        private var stderrText = Data()
        private var stdoutText = Data()
        private let done = DispatchGroup()

        init(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws {
            process.executableURL = URL(fileURLWithPath: TiltakRunner.binary)
            process.arguments = arguments
            process.currentDirectoryURL = directory
            var env = TiltakRunner.environment(["TILTAK_DEFAULT_PLAN": ExportFolder.fixture.path])
            for (key, value) in environment { env[key] = value }
            process.environment = env
            let out = Pipe()
            let err = Pipe()
            process.standardOutput = out
            process.standardError = err
            try process.run()
            for (pipe, isError) in [(out, false), (err, true)] {
                done.enter()
                Thread.detachNewThread { [self] in
                    while case let chunk = pipe.fileHandleForReading.availableData, !chunk.isEmpty {
                        lock.lock()
                        if isError { stderrText.append(chunk) } else { stdoutText.append(chunk) }
                        lock.unlock()
                    }
                    done.leave()
                }
            }
        }

        /// What the process has written to standard error so far.
        var stderr: String {
            lock.lock()
            defer { lock.unlock() }
            return String(decoding: stderrText, as: UTF8.self)
        }

        /// Waits until the process ends; its outcome.
        func wait() -> TiltakRunner.Outcome {
            process.waitUntilExit()
            done.wait()
            lock.lock()
            defer { lock.unlock() }
            return TiltakRunner.Outcome(
                status: process.terminationStatus, stdout: String(decoding: stdoutText, as: UTF8.self),
                stderr: String(decoding: stderrText, as: UTF8.self))
        }
    }

    /// Runs `tiltak arguments…` with `environment` added, to the end.
    static func run(
        _ arguments: [String], in directory: URL, environment: [String: String] = [:]
    ) throws -> TiltakRunner.Outcome {
        try Running(arguments, in: directory, environment: environment).wait()
    }

    /// Every file and folder under `folder` with its bytes (folders as `nil`), by relative path.
    static func snapshot(_ folder: URL) -> [String: Data?] {
        var result: [String: Data?] = [:]
        let paths = FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []
        for path in paths {
            let url = folder.appendingPathComponent(path)
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder)
            result[path] = isFolder.boolValue ? .some(nil) : try? Data(contentsOf: url)
        }
        return result
    }

    /// The XML parts of the workbooks under `folder` that are not well-formed (`file: part`).
    static func malformedParts(in folder: URL) throws -> [String] {
        var malformed: [String] = []
        for name in snapshot(folder).keys.sorted() where name.hasSuffix(".xlsx") {
            let document = try XLSXDocument(url: folder.appendingPathComponent(name))
            for part in document.partNames where part.hasSuffix(".xml") || part.hasSuffix(".rels") {
                let parser = XMLParser(data: try document.part(part))
                if !parser.parse() { malformed.append("\(name): \(part)") }
            }
        }
        return malformed
    }

    /// Whether `command` with `arguments` runs and exits 0 (e.g. `mount`, `chattr`).
    @discardableResult
    static func system(_ command: String, _ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return false
        }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    /// Whether this process may mount a tmpfs (root, and a kernel that allows it here).
    static let canMount: Bool = {
        guard let folder = try? TiltakRunner.scratch() else { return false }
        defer { try? FileManager.default.removeItem(at: folder) }
        guard system("/usr/bin/mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", folder.path]) else {
            return false
        }
        return system("/usr/bin/umount", [folder.path])
    }()

    /// Whether `chattr +i` works here (root on a file system with the immutable flag, e.g. ext4).
    static let canMakeImmutable: Bool = {
        guard let folder = try? TiltakRunner.scratch() else { return false }
        defer { try? FileManager.default.removeItem(at: folder) }
        let sub = folder.appendingPathComponent("sub")
        guard (try? FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)) != nil,
            system("/usr/bin/chattr", ["+i", sub.path])
        else { return false }
        let refused = FileManager.default.createFile(
            atPath: sub.appendingPathComponent("x").path, contents: nil)
        system("/usr/bin/chattr", ["-i", sub.path])
        return !refused
    }()
}
