import TiltakModel

/// The focus areas of a table being read, found by any of their names, and the codes they take.
///
/// A look-up costs the same however many areas the plan has: the names are kept by their
/// ``NameKey``, and each derived code remembers how far its numbering has come (`OM`, `OM2`, …).
struct AreaNames {
    /// The first area (by position) each name key means.
    private var areaOfKey: [String: Int] = [:]
    /// The codes in use.
    private var codes: Set<String> = []
    /// For each derived code that is taken, the lowest number after it that may still be free.
    private var nextNumber: [String: Int] = [:]

    /// The names and codes of `areas`, in order.
    init(_ areas: [FocusArea]) {
        for (position, area) in areas.enumerated() { add(area, at: position) }
    }

    /// Adds `area`, at `position` in the plan's areas, after the ones added so far.
    mutating func add(_ area: FocusArea, at position: Int) {
        codes.insert(area.code)
        for name in area.allNames {
            let key = NameKey.make(name)
            if areaOfKey[key] == nil { areaOfKey[key] = position }
        }
    }

    /// The position of the first area that `name` names (see ``FocusArea/isNamed(_:)``).
    func area(named name: String) -> Int? {
        areaOfKey[NameKey.make(name)]
    }

    /// `code` when it is free, now in use; else ``newCode(for:)`` of `name`.
    mutating func code(_ code: String?, orNewFor name: String) -> String {
        if let code, !code.isEmpty, codes.insert(code).inserted { return code }
        return newCode(for: name)
    }

    /// A code for a new area named `name`, now in use: the derived code (``FocusArea/code(for:)``),
    /// or that code with the lowest number from 2 that is free (`OM2`).
    mutating func newCode(for name: String) -> String {
        let derived = FocusArea.code(for: name)
        var candidate = derived
        if codes.contains(candidate) {
            var number = nextNumber[derived] ?? 2
            repeat {
                candidate = derived + "\(number)"
                number += 1
            } while codes.contains(candidate)
            nextNumber[derived] = number
        }
        codes.insert(candidate)
        return candidate
    }
}
