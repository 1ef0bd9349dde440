import Foundation

/// Makes names from plan data safe as one component of a file path, on Linux, macOS and Windows.
public enum SafeFileName {
    private static let forbidden: Set<Character> = ["/", "\\", ":", "*", "?", "\"", "<", ">", "|"]

    /// The most UTF-8 bytes a name from ``component(_:fallback:)`` has, so that the name with an
    /// extension, a suffix and a temporary file's prefix and suffix stays within the 255 bytes most
    /// file systems allow.
    public static let maximumBytes = 150

    /// Windows' device names, which it reserves with any extension (`CON`, `con.txt`, `COM1`).
    public static let reservedNames: Set<String> = {
        var names: Set<String> = ["con", "prn", "aux", "nul"]
        for device in ["com", "lpt"] {
            for number in ["1", "2", "3", "4", "5", "6", "7", "8", "9", "¹", "²", "³"] {
                names.insert(device + number)
            }
        }
        return names
    }()

    /// `name` as a file name: without path separators, reserved characters (`:*?"<>|`) or control
    /// characters, without leading or trailing spaces and dots, in composed form (NFC), cut to 120
    /// characters and ``maximumBytes`` bytes, and with `_` after a Windows device name (`CON` →
    /// `CON_`, `nul.txt` → `nul_.txt`); `fallback` when nothing is left.
    public static func component(_ name: String, fallback: String) -> String {
        var result = String(
            name.precomposedStringWithCanonicalMapping.filter { character in
                !forbidden.contains(character)
                    && !character.unicodeScalars.contains { $0.properties.generalCategory == .control }
            })
        trimSpacesAndDots(&result)
        result = String(result.prefix(120))
        while result.utf8.count > maximumBytes { result.removeLast() }
        trimSpacesAndDots(&result)
        if result.isEmpty { return fallback }
        return avoidingDeviceNames(result)
    }

    /// Whether Windows reserves `name` for a device: its part before the first dot, trailing spaces
    /// ignored, is one of ``reservedNames`` in any case.
    public static func isReserved(_ name: String) -> Bool {
        var device = Substring(name.prefix { $0 != "." })
        while device.last == " " { device = device.dropLast() }
        return reservedNames.contains(device.lowercased())
    }

    /// `name` with `_` after its device part when Windows reserves it, else `name`.
    static func avoidingDeviceNames(_ name: String) -> String {
        guard isReserved(name) else { return name }
        let device = name.prefix { $0 != "." }
        return device + "_" + name.dropFirst(device.count)
    }

    private static func trimSpacesAndDots(_ text: inout String) {
        while let first = text.first, first == " " || first == "." { text.removeFirst() }
        while let last = text.last, last == " " || last == "." { text.removeLast() }
    }
}
