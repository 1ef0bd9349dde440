import Foundation
import TiltakModel
import TiltakRuntime

/// Loads a plan from a plan file (YAML) or a flat table (CSV, or a sheet of a workbook), and finds the
/// default plan.
public enum PlanLoader {
    /// The file name of the plan used when none is given.
    public static let defaultPlanFile = "hallingdal-2021-2024.yaml"

    /// A loaded plan and where it came from.
    public struct Loaded: Sendable {
        /// The plan.
        public var plan: Plan
        /// The path it was read from.
        public var path: String
        /// The file's bytes (for checksums).
        public var data: Data
        /// For a table: the plan file whose registry and metadata were used, if any.
        public var basePath: String?
        /// For a table: which column each field was read from.
        public var columns: ColumnMap?
        /// For a plan file: the status ledger beside it, as read (already applied to ``plan``).
        public var ledger: StatusLedger?
    }

    /// Loads `path`: a `.csv`/`.tsv`/`.txt` table, otherwise a YAML plan file.
    ///
    /// A table takes its metadata, focus areas and party registry from `base`, or else from a plan
    /// file with the same name beside it (`plan.csv` → `plan.yaml`).
    ///
    /// A workbook (`.xlsx`, `.xlsm`) is read as a table from the sheet `sheet` names (see ``SheetTable``);
    /// `choices` settles a table's columns that its header words do not (`--columns`).
    public static func load(
        path: String, base: String? = nil, sheet: SheetTable.Options = .init(), choices: ColumnChoices = [:]
    )
        throws(PlanFileError) -> Loaded
    {
        let data = try SourceFile.bytes(of: path)
        if isWorkbook(path) {
            let (basePath, basePlan) = try tableBase(of: path, given: base)
            let result = try TableImporter.importSheet(
                data: data, path: path, base: basePlan, options: sheet, choices: choices)
            return Loaded(plan: result.plan, path: path, data: data, basePath: basePath)
        }
        if isTable(path) {
            let (basePath, basePlan) = try tableBase(of: path, given: base)
            let result = try TableImporter.importTable(
                data: data, path: path, base: basePlan, choices: choices)
            return Loaded(
                plan: result.plan, path: path, data: data, basePath: basePath, columns: result.columns)
        }
        let text = try SourceFile.utf8Text(data, file: path)
        let plan = try PlanFileReader.read(yaml: text, file: path)
        let ledger = try ledger(of: path, for: plan)
        return Loaded(
            plan: ledger?.applied(to: plan) ?? plan, path: path, data: data, basePath: nil, ledger: ledger)
    }

    /// The status ledger beside the plan file at `path` (see ``StatusLedger``), or `nil` when there is
    /// none (a folder in its place is none: writing the ledger reports it).
    public static func ledger(of path: String, for plan: Plan) throws(PlanFileError) -> StatusLedger? {
        let ledger = StatusLedger.path(for: path)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: ledger, isDirectory: &isFolder), !isFolder.boolValue
        else { return nil }
        return try StatusLedger.read(path: ledger, for: plan)
    }

    /// Reads the plan file at `path` with its status ledger (see ``StatusLedger``).
    public static func readPlanFile(path: String) throws(PlanFileError) -> Plan {
        try withLedger(try PlanFileReader.read(path: path), of: path)
    }

    /// `plan`, read from the plan file at `path`, with the status ledger beside it applied, if there is one.
    public static func withLedger(_ plan: Plan, of path: String) throws(PlanFileError) -> Plan {
        try ledger(of: path, for: plan)?.applied(to: plan) ?? plan
    }

    /// A plan being loaded and where it comes from.
    public struct Streamed: Sendable {
        /// The plan's actions, read while they are used (see ``ActionStream``).
        public var actions: ActionStream
        /// The path it is read from.
        public var path: String
        /// The file's bytes (for checksums).
        public var data: Data
    }

    /// Loads `path` as ``load(path:base:sheet:)`` does (a workbook is read whole), except that a table with a plan file for its details
    /// returns as soon as its rows are checked: its cells are read on other threads meanwhile.
    public static func stream(
        path: String, base: String? = nil, sheet: SheetTable.Options = .init(), choices: ColumnChoices = [:]
    )
        throws(PlanFileError) -> Streamed
    {
        guard isTable(path), !isWorkbook(path) else {
            let loaded = try load(path: path, base: base, sheet: sheet, choices: choices)
            return Streamed(actions: ActionStream(plan: loaded.plan), path: path, data: loaded.data)
        }
        let data = try SourceFile.bytes(of: path)
        let basePlan = try tableBase(of: path, given: base).plan
        return Streamed(
            actions: try TableImporter.streamTable(data: data, path: path, base: basePlan, choices: choices),
            path: path,
            data: data)
    }

    /// The plan file that gives the table at `path` its details: `base`, or else the one beside it.
    private static func tableBase(of path: String, given base: String?) throws(PlanFileError) -> (
        path: String?, plan: Plan?
    ) {
        let basePath = base ?? sibling(of: path)
        let plan: Plan? = try basePath.map { p throws(PlanFileError) in try readPlanFile(path: p) }
        return (basePath, plan)
    }

    /// Whether the path names a table (or a workbook read as one) rather than a plan file.
    public static func isTable(_ path: String) -> Bool {
        ["csv", "tsv", "txt"].contains(URL(fileURLWithPath: path).pathExtension.lowercased())
            || isWorkbook(path)
    }

    /// Whether the path names a workbook (`.xlsx`, `.xlsm`), read as a table.
    public static func isWorkbook(_ path: String) -> Bool {
        ["xlsx", "xlsm"].contains(URL(fileURLWithPath: path).pathExtension.lowercased())
    }

    /// A `.yaml` or `.yml` file with the same name beside a table.
    package static func sibling(of path: String) -> String? {
        let url = URL(fileURLWithPath: path).deletingPathExtension()
        for ext in ["yaml", "yml"] {
            let candidate = url.appendingPathExtension(ext).path
            if FileManager.default.fileExists(atPath: candidate) {
                return path.hasPrefix("/") ? candidate : relative(candidate)
            }
        }
        return nil
    }

    static func relative(_ absolute: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath + "/"
        return absolute.hasPrefix(cwd) ? String(absolute.dropFirst(cwd.count)) : absolute
    }

    /// The default plan: `$TILTAK_DEFAULT_PLAN`, else `Fixtures/hallingdal-2021-2024.yaml` in the current
    /// folder or in a folder above the executable (where the package's checkout is).
    public static func defaultPlanPath() -> String? {
        if let env = ProcessInfo.processInfo.environment["TILTAK_DEFAULT_PLAN"], !env.isEmpty { return env }
        return ProjectResources.path(of: "Fixtures/" + defaultPlanFile)
    }
}
