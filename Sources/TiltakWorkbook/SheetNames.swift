/// Makes sheet names Excel accepts: at most 31 characters, none of `[]:*?/\`, unique in the workbook.
struct SheetNames {
    /// Excel's limit on the length of a sheet name.
    static let maximumLength = 31

    private var used: Set<String> = []
    /// For each name asked for whose numbering has begun, the lowest number that may still be free.
    private var nextNumber: [String: Int] = [:]

    /// Reserves a fixed name (e.g. `Oversikt`) so that later names do not clash with it.
    mutating func reserve(_ name: String) {
        used.insert(name.lowercased())
    }

    /// A safe, unique name made from `wanted`; `fallback` is used when nothing usable remains.
    mutating func unique(_ wanted: String, fallback: String = "Ark") -> String {
        var base = Self.sanitise(wanted)
        if base.isEmpty { base = fallback }
        var candidate = base
        if used.contains(candidate.lowercased()) {
            // The numbers before `nextNumber[base]` are taken: many areas of the same short name
            // are numbered without trying every number again.
            var number = nextNumber[base] ?? 2
            repeat {
                let suffix = " (\(number))"
                candidate = String(base.prefix(Self.maximumLength - suffix.count)) + suffix
                number += 1
            } while used.contains(candidate.lowercased())
            nextNumber[base] = number
        }
        used.insert(candidate.lowercased())
        return candidate
    }

    /// `name` without forbidden and control characters, trimmed, not starting or ending with `'`, cut to 31.
    static func sanitise(_ name: String) -> String {
        let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
        var cleaned = String(
            name.filter { character in
                !forbidden.contains(character)
                    && !character.unicodeScalars.contains { $0.properties.generalCategory == .control }
            })
        cleaned = cleaned.trimming([" ", "'"])
        cleaned = String(cleaned.prefix(maximumLength))
        return cleaned.trimming([" ", "'"])
    }
}

extension String {
    /// The string without leading and trailing characters from `set`.
    func trimming(_ set: Set<Character>) -> String {
        var result = Substring(self)
        while let first = result.first, set.contains(first) { result = result.dropFirst() }
        while let last = result.last, set.contains(last) { result = result.dropLast() }
        return String(result)
    }
}
