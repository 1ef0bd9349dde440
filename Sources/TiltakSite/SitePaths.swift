import Foundation
import TiltakModel
import TiltakRuntime

/// The site's file names: fixed folders (`tiltak/`, `innsatsomrade/`, `part/`) whatever the
/// language, so that an address stays the same; in them one file per action, focus area and party,
/// named from its id, code or name made safe (``SafeFileName``) and unique ignoring case.
struct SitePaths: Sendable {
    /// The folder of the action pages.
    static let actionFolder = "tiltak"
    /// The folder of the focus area pages.
    static let areaFolder = "innsatsomrade"
    /// The folder of the party pages.
    static let partyFolder = "part"
    /// The front page.
    static let frontPage = "index.html"
    /// The list of parties.
    static let partyList = "part/index.html"
    /// The unfinanced actions.
    static let unfinancedPage = "ufinansiert.html"
    /// The revision agenda.
    static let revisionPage = "revisjon.html"
    /// The style sheet.
    static let styleSheet = "stil.css"
    /// The filter script.
    static let script = "filter.js"

    /// The file stem of each action, by position in the plan (ids may repeat in a plan with errors).
    let actionStems: [String]
    /// The file stem of each focus area, by code.
    let areaStems: [String: String]
    /// The file stem of each party, by code.
    let partyStems: [String: String]

    /// The names of `plan`'s actions and areas and of `parties`.
    init(plan: Plan, parties: [Party]) {
        actionStems = Self.unique(
            plan.actions.map { SafeFileName.component($0.id.rawValue, fallback: "tiltak") })
        var areas: [String: String] = [:]
        let areaNames = Self.unique(
            plan.focusAreas.map { SafeFileName.component($0.code, fallback: "omrade") })
        for (area, stem) in zip(plan.focusAreas, areaNames) where areas[area.code] == nil {
            areas[area.code] = stem
        }
        areaStems = areas
        let names = PartyFileNames(parties)
        partyStems = Dictionary(
            uniqueKeysWithValues: parties.map { ($0.code, names.stem(for: $0)) })
    }

    /// `stems` with a number after each that a file system ignoring case would take for an
    /// earlier one (`KM-04`, `km-04 2`); the index page's name is never used.
    static func unique(_ stems: [String]) -> [String] {
        var taken: Set<String> = ["index"]
        return stems.map { stem in
            var candidate = stem
            var number = 2
            while taken.contains(PartyFileNames.folded(candidate)) {
                candidate = "\(stem) \(number)"
                number += 1
            }
            taken.insert(PartyFileNames.folded(candidate))
            return candidate
        }
    }

    /// The action page of the action at `index` in the plan.
    func action(_ index: Int) -> String { "\(Self.actionFolder)/\(actionStems[index]).html" }

    /// The focus area page of `code`, if the plan has that area.
    func area(_ code: String) -> String? { areaStems[code].map { "\(Self.areaFolder)/\($0).html" } }

    /// The page of the party `code`, if it has one.
    func party(_ code: String) -> String? { partyStems[code].map { "\(Self.partyFolder)/\($0).html" } }

    /// `path` as a link from a page at `depth` folders below the site's root: each segment
    /// percent-encoded except for ASCII letters, digits and `-._~`.
    static func href(_ path: String, depth: Int) -> String {
        let prefix = String(repeating: "../", count: depth)
        return prefix
            + path.split(separator: "/", omittingEmptySubsequences: false).map(encode).joined(separator: "/")
    }

    /// Characters a path segment keeps as they are.
    private static let unreserved = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    private static func encode(_ segment: Substring) -> String {
        String(segment).addingPercentEncoding(withAllowedCharacters: unreserved) ?? String(segment)
    }
}
