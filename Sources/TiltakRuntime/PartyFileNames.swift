import Foundation
import TiltakModel

/// The file names of the parties' own files in an export (`kommunar/<stem>.xlsx` and `.txt`): one
/// stem per party, computed once from the registry, so that a party's workbook and report share it.
///
/// The rules, all of them a pure function of the parties:
/// - the stem is the party's name made safe (``SafeFileName/component(_:fallback:)``: no path
///   separators, reserved or control characters, no leading or trailing dots and spaces, composed
///   form, at most ``SafeFileName/maximumBytes`` bytes, Windows' device names get a `_`);
/// - a name with nothing left (`..`, `.`, empty) falls back to the party's code;
/// - names that are the same ignoring case and Unicode normalisation (`Gol` and `GOL `, `Ål`
///   composed and decomposed, `a/b` and `ab`) all get their code in brackets: `Gol (GOL)` and
///   `GOL (GOL2)`, whatever their order in the registry;
/// - should two stems still be the same (codes that differ only in case), the later one in
///   registry order gets a number: `Gol (gol) 2`.
public struct PartyFileNames: Sendable, Equatable {
    /// The stem of each party, by code.
    public let stems: [String: String]

    /// The stems of the registry's municipalities (the parties that get their own files).
    public init(registry: PartyRegistry) {
        self.init(registry.municipalities)
    }

    /// The stems of `parties`, each unique among them ignoring case and normalisation.
    public init(_ parties: [Party]) {
        let bases = parties.map { party in
            SafeFileName.component(party.name, fallback: Self.codeStem(party.code))
        }
        var counts: [String: Int] = [:]
        for base in bases { counts[Self.folded(base), default: 0] += 1 }
        var taken: Set<String> = []
        var stems: [String: String] = [:]
        for (party, base) in zip(parties, bases) {
            var stem = base
            if counts[Self.folded(base), default: 0] > 1 {
                stem = "\(base) (\(Self.codeStem(party.code)))"
            }
            var candidate = stem
            var number = 2
            while taken.contains(Self.folded(candidate)) {
                candidate = "\(stem) \(number)"
                number += 1
            }
            taken.insert(Self.folded(candidate))
            stems[party.code] = candidate
        }
        self.stems = stems
    }

    /// The stem of `party`: its own when it is one of the parties, else as if it were the only one.
    public func stem(for party: Party) -> String {
        stems[party.code] ?? PartyFileNames([party]).stems[party.code] ?? Self.codeStem(party.code)
    }

    /// `name` as a file system that ignores case and Unicode normalisation compares it.
    public static func folded(_ name: String) -> String {
        name.precomposedStringWithCanonicalMapping.folding(options: [.caseInsensitive], locale: nil)
            .precomposedStringWithCanonicalMapping
    }

    /// The code as a file name part: made safe, at most 40 bytes, `kommune` when nothing is left.
    static func codeStem(_ code: String) -> String {
        var stem = SafeFileName.component(code, fallback: "kommune")
        while stem.utf8.count > 40 { stem.removeLast() }
        return stem
    }
}
