/// The `--help` texts of the commands and their options, as keys: what each command does, its
/// examples, what each option means and the name of its value; their texts in the language of
/// messages come from the catalogue.
public enum HelpText: Phrase, Hashable {
    // MARK: Commands

    /// `tiltak`: what the tool does.
    case tiltakAbstract
    /// `tiltak`: the default plan and examples.
    case tiltakDiscussion
    /// `validate`.
    case validateAbstract
    case validateDiscussion
    case validateOnly
    case validateSheets
    /// `list`.
    case listAbstract
    case listDiscussion
    /// `import`.
    case importAbstract
    case importDiscussion
    /// `export`; the number of actions from which the Tiltak sheet is streamed.
    case exportAbstract
    case exportDiscussion(streamingThreshold: Int)
    /// `report`.
    case reportAbstract
    case reportDiscussion
    /// `collect`.
    case collectAbstract
    case collectDiscussion
    /// `diff`.
    case diffAbstract
    case diffDiscussion
    /// `revise`.
    case reviseAbstract
    case reviseDiscussion

    // MARK: Options

    /// `--plan`.
    case plan
    /// `--base` of the plan options.
    case planBase
    /// `export --out`.
    case exportOut
    /// `export --templates`.
    case exportTemplates
    /// `export --width`.
    case exportWidth
    /// `export --only`.
    case exportOnly
    /// `export --sheets`.
    case exportSheets
    /// `export --task-workbooks`.
    case exportTaskWorkbooks
    /// `export --jobs`.
    case exportJobs
    /// `export --quiet`.
    case exportQuiet
    /// `export --pdf`.
    case exportPDF
    /// `export --paper`.
    case exportPaper
    /// `export --deadline`.
    case exportDeadline
    /// `list --responsible`.
    case listResponsible
    /// `list --direct`.
    case listDirect
    /// `list --municipality`.
    case listMunicipality
    /// `list --year`.
    case listYear
    /// `list --area`.
    case listArea
    /// `list --unfinanced`.
    case listUnfinanced
    /// `list --status`.
    case listStatus
    /// `list --format`.
    case listFormat
    /// `list --width`.
    case listWidth
    /// `import`'s table.
    case importTable
    /// `import -o`.
    case importOutput
    /// `import --base`.
    case importBase
    /// `import --sheet`.
    case importSheet
    /// `import --fill-down`.
    case importFillDown
    /// `--columns`: which header a field is read from.
    case columns
    /// `report`'s name.
    case reportName
    /// `report --year`.
    case reportYear
    /// `report --municipality`.
    case reportMunicipality
    /// `report --width` and `diff --width`'s sibling.
    case reportWidth
    /// `report -o`.
    case reportOutput
    /// `report --templates`.
    case reportTemplates
    /// `collect`'s files.
    case collectFiles
    /// `collect --plan`.
    case collectPlan
    /// `collect --year`.
    case collectYear
    /// `collect --party`.
    case collectParty
    /// `collect --date`.
    case collectDate
    /// `collect --dry-run`.
    case collectDryRun
    /// `diff`'s old revision.
    case diffOld
    /// `diff`'s new revision.
    case diffNew
    /// `diff --format`.
    case diffFormat
    /// `diff -o`.
    case diffOutput
    /// `diff --width`.
    case diffWidth
    /// `diff --templates`.
    case diffTemplates
    /// `revise --year`.
    case reviseYear
    /// `revise -o`.
    case reviseOutput
    /// `revise --force`.
    case reviseForce

    // MARK: Value names

    /// A file (`fil`).
    case valueFile
    /// A folder (`mappe`).
    case valueFolder
    /// A number (`n`).
    case valueNumber
    /// A name (`namn`).
    case valueName
    /// A year (`år`).
    case valueYear
    /// A part of the export (`del`).
    case valuePart
    /// Sheets (`ark`).
    case valueSheets
    /// A status (`status`).
    case valueStatus
    /// A table (`tabell`).
    case valueTable
    /// Value name of `--columns`.
    case valueColumns
    /// A reporting party (`part`).
    case valueParty
    /// A date (`dato`).
    case valueDate
    /// A format (`format`).
    case valueFormat
    /// The old revision (`gammal`).
    case valueOld
    /// The new revision (`ny`).
    case valueNew
}
