/// The `--help` texts in English.
extension HelpText {
    public var en: String {
        switch self {
        case .tiltakAbstract:
            return "Turns a regional action programme into documents for the regional council."
        case .tiltakDiscussion:
            return """
                Without --plan every command uses the Hallingdal plan (Fixtures/hallingdal-2021-2024.yaml).

                Examples:
                  tiltak validate
                  tiltak list --municipality Ål --year 2022
                  tiltak import tiltak.csv -o plan.yaml
                  tiltak export --out out/
                """
        case .validateAbstract: return "Check the plan: errors and warnings, one a line."
        case .validateOnly:
            return "Check for an export of only this: council (the council workbook)."
        case .validateSheets:
            return "Check for an export with these sheets in the council workbook: all (default) or tiltak."
        case .validateDiscussion:
            return """
                Prints one line per finding: severity, action ID, field and message. Exits with 0 when the plan has no errors, 1 when it has errors (warnings alone give 0). Errors are what tiltak export would refuse: with --only and --sheets as in the export, only the sheets it writes are checked (for example the number of rows of each sheet).

                Examples:
                  tiltak validate
                  tiltak validate --plan myplan.yaml
                  tiltak validate --plan actions.csv --base myplan.yaml
                  tiltak validate --plan big.csv --only council --sheets tiltak
                """
        case .listAbstract:
            return "List actions, filtered by responsibility, municipality, year, focus area or financing."
        case .listDiscussion:
            return """
                Names are looked up in the party registry with their aliases, regardless of case, spaces and hyphens ("Nærings-forum" = "Næringsforum", "RR" = Regionrådet).

                Examples:
                  tiltak list --responsible RR
                  tiltak list --municipality Ål --year 2022
                  tiltak list --area "Klima og miljø" --unfinanced --format csv
                  tiltak list --status in-progress
                  tiltak list --format json > actions.json
                """
        case .importAbstract:
            return "Turns an action table (CSV) or a council workbook (XLSX) into a plan file (YAML)."
        case .importDiscussion:
            return """
                The table needs the columns Innsatsområde, Tema and Tiltak (focus area, theme, action); ID, Tidsramme, Ansvar, Involvering and Merknad (timeframe, responsible, involved, remark) are optional. The delimiter (; , tab) and the encoding (UTF-8, Windows-1252) are detected. Actions without an ID get one after their focus area (NK-01, NK-02, …). Tiltak prints what it could not interpret (timeframes, parties, amounts).

                A workbook (.xlsx) from "tiltak export" is read from its action sheet, also after it was edited in Excel (new rows without ID, changed texts). The party registry and the plan details come from --base, else from the YAML file of the same name beside the workbook. Cells that are as before keep the cells and reading of the base plan; status and comment are not imported: "tiltak collect WORKBOOK --plan PLAN" collects them as the secretariat's reports.

                Any other workbook (the secretariat's own) is read as a table from its first visible sheet, or --sheet NAME: the header row is found under title rows, a row with text in its first cell only (or merged across the row) names the focus area of the rows below ("Focus area 1: Tourism" gives the code 1), cells merged down apply to each row, and --fill-down fills blank focus area and theme cells from the row above.

                Examples:
                  tiltak import actions.csv -o plan.yaml
                  tiltak import out/hallingdal-2021-2024.xlsx --base Fixtures/hallingdal-2021-2024.yaml -o new.yaml
                  tiltak import actions.csv --base Fixtures/hallingdal-2021-2024.yaml -o plan.yaml
                """
        case .exportAbstract: return "Write the plan's workbooks and text reports."
        case .exportDiscussion(let streamingThreshold):
            return """
                Writes DIR/<plan-id>.xlsx (the council workbook), a workbook and a .txt for each municipality in the municipalities folder, a workbook for every other party responsible for an action in the parties folder (--task-workbooks), and the meeting overview, the unfinanced actions and the revision agenda as text. All files are written in full into a hidden folder in DIR and moved into place together, only when the plan has no errors (see tiltak validate): if anything goes wrong, DIR is as before. One export at a time writes into a folder; another waits.

                Examples:
                  tiltak export
                  tiltak export --plan myplan.yaml --out reports/
                  tiltak export --templates my-templates/
                  tiltak export --plan large.csv --only council --sheets tiltak

                --only council writes only the council workbook (no municipality workbooks or text reports). --sheets tiltak writes the council workbook with only the action sheet (and the hidden sheet with the status values). In plans of \(streamingThreshold) actions or more, the action sheet is written row by row in little memory (with --sheets tiltak, the whole workbook): the sheet then gets an autofilter instead of an Excel table, and text is stored in each cell instead of in one shared string table.
                """
        case .reportAbstract:
            return "Write a text report: moteoversikt, kommune, ufinansiert, revisjon or innsamling."
        case .reportDiscussion:
            return """
                The reports are Mustache templates in Templates/; --templates FOLDER replaces templates of the same name. Without -o the report goes to standard output.

                Examples:
                  tiltak report moteoversikt
                  tiltak report kommune --municipality Ål -o Ål.txt
                  tiltak report ufinansiert --width 72
                  tiltak report revisjon --year 2022
                """
        case .collectAbstract:
            return
                "Collects status from returned task workbooks (XLSX) and tables (CSV) into the plan's status ledger."
        case .collectDiscussion:
            return """
                Reads the task workbooks the municipalities sent back (from "tiltak export", saved again in Excel or LibreOffice) and CSV tables with the columns ID;Status;Comment. Who reports, and for which plan and revision, is in the task workbook's hidden attribution sheet (not in the file name); for a CSV table you give it with --party.

                Before anything is written, every error is reported with file, row and field: unknown IDs, files for another plan or revision, protected cells that were changed, invalid status values and conflicts (the same party with a different status or comment for the same action and year in two files). With errors or conflicts nothing is written (exit 65). A new report from the same party for the same year replaces the old one. The reports go to the status ledger <plan>.status.yaml beside the plan file; the plan file itself is never written. The previous ledger is kept with the date and time in its name; when no report is new or changed, nothing is written. A task workbook of an earlier revision of the plan (returned late) is accepted and filed under --year or its revision's year. A council workbook (its Actions sheet) gives the meeting's status and comments as the secretariat's reports (--party, default: the regional council). While the plan file is read and written it is locked (.<plan>.lock in the same folder): another tiltak process that writes the same plan waits until the first is done.

                Examples:
                  tiltak collect --plan plan.yaml returned/*.xlsx
                  tiltak collect --plan plan.yaml --party Gol --year 2022 gol-status.csv
                  tiltak collect --plan plan.yaml --dry-run returned/Ål.xlsx
                """
        case .diffAbstract: return "Show what changed between two revisions of a plan."
        case .diffDiscussion:
            return """
                Compares the actions of OLD and NEW by ID: new, removed and moved actions (another focus area or theme), and changed text, timeframe, responsibility, involvement, financing, remark, status (the overall status in each plan's revision year), each report and comment that came, went or changed ("Report YEAR, Party") and closed; each action with its text and responsible parties. Both may be plan files (YAML) or tables (CSV). Exits with 0 whether there are changes or not.

                Examples:
                  tiltak diff plan-2021.yaml plan.yaml
                  tiltak diff plan-2021.yaml plan.yaml --width 72 -o changes.txt
                  tiltak diff plan-2021.yaml plan.yaml --format xlsx -o changes.xlsx
                """
        case .reviseAbstract: return "Start the plan's next revision."
        case .reviseDiscussion:
            return """
                Writes a new plan file for the revision YEAR, the old one's text with only the revision changed (comments and everything else kept), and the status ledger beside it with the reports and the revision history: the revision date moved to the same day in YEAR (1 January when the day does not exist), the label for the revision of YEAR. Actions whose overall status in the previous revision year is completed or cancelled are marked closed (in the status ledger) and stay in the plan; IDs and status reports are kept. Actions reported unfinished (not started, in progress or postponed) whose timeframe ended before YEAR are listed as overdue (the warning "overdue" in tiltak validate, and the section on overdue actions in the revision agenda); open actions without a report are listed as not reported, not as overdue. YEAR must be after the plan's revision year.

                The new plan is written atomically to -o; -o cannot be the same file as --plan without
                --force (the previous revision is what diff compares with).

                Examples:
                  tiltak revise --year 2022 --plan plan.yaml -o plan-2022.yaml
                  tiltak diff plan.yaml plan-2022.yaml
                """
        case .plan: return "Plan file (YAML) or table (CSV). Default: the Hallingdal plan."
        case .planBase:
            return
                "Plan file with the party registry and plan details for a CSV table (default: the YAML file of the same name beside the table)."
        case .exportOut: return "The folder the files are written to."
        case .exportTemplates:
            return
                "A folder of your own Mustache templates, replacing the default templates of the same name."
        case .exportWidth: return "The width of the text reports (60–200)."
        case .exportOnly:
            return
                "Write only this: council (the council workbook, without municipality workbooks and text reports)."
        case .exportTaskWorkbooks:
            return
                "Who gets a task workbook: municipalities (the municipalities only), responsible (default: the municipalities and every party responsible for at least one action) or all (also parties only involved)."
        case .exportJobs: return "How many files are written at the same time (default: the number of cores)."
        case .exportQuiet: return "No progress on standard error, only the closing summary."
        case .exportPDF:
            return
                "Also write a PDF of every workbook (with LibreOffice, which must be on PATH; without it: exit 69), as LibreOffice prints it on A4, tagged for accessibility."
        case .exportPaper:
            return
                "The paper the workbooks print on: a4 (the default; wide sheets print the columns a reader needs) or a3 (every column). Type is at least 8 pt (task workbooks 9 pt)."
        case .exportDeadline:
            return
                "The return deadline the task workbooks show (YYYY-MM-DD); overrides revision.deadline in the plan file."
        case .exportSheets:
            return
                "Sheets of the council workbook: all (default) or tiltak (only the action sheet, with the status list)."
        case .listResponsible:
            return
                "Only actions this party is responsible for (municipalities also get the actions of all municipalities)."
        case .listDirect:
            return
                "With --responsible: only actions that name the party itself, not through the municipality group."
        case .listMunicipality:
            return
                "Only actions the municipality is responsible for or involved in, directly or through the municipality group."
        case .listYear:
            return "Only actions active this year (annual actions are active every year of the plan period)."
        case .listArea: return "Only actions in this focus area (code, name or short name)."
        case .listUnfinanced: return "Only actions without secured financing."
        case .listStatus:
            return
                "Only actions with this overall status in the revision year, or that a party reported with this status (not started, in progress, completed, postponed, cancelled or \"not reported\")."
        case .listFormat:
            return
                "Output format: table, csv, json or tsv (the columns and values of the council workbook's action sheet, separated by tabs; \\t, \\n and \\\\ stand for tab, line break and \\)."
        case .listWidth: return "The table's width in characters (60–200)."
        case .importTable: return "The table (CSV) or the workbook (XLSX) to read."
        case .importOutput: return "The plan file to write (YAML)."
        case .columns:
            return
                "Which column a field is read from when its header does not say: field=Header,… (fields: id, focus-area, theme, text, timeframe, responsible, involved, remark, cost, financing, status)."
        case .importBase: return "A plan file with the party registry, focus areas and plan details."
        case .importSheet:
            return "The sheet to read in a workbook not written by Tiltak (else the first visible one)."
        case .importFillDown: return "Fill blank focus area and theme cells from the row above."
        case .reportName: return "The report: moteoversikt, kommune, ufinansiert, revisjon or innsamling."
        case .reportYear: return "The year of the revision report (default: the plan's revision year)."
        case .reportMunicipality: return "The municipality of the municipality report."
        case .reportWidth: return "Width in characters (60–200)."
        case .reportOutput: return "The file to write the report to."
        case .reportTemplates: return "A folder of your own Mustache templates."
        case .collectFiles: return "Returned task workbooks (.xlsx) or tables (.csv)."
        case .collectPlan: return "The plan file (YAML) the reports go into. Required."
        case .collectYear: return "The year reported for (default: the revision's year)."
        case .collectParty: return "Who reports in the CSV tables (municipality name or code)."
        case .collectDate: return "Collection date YYYY-MM-DD (default: today)."
        case .collectDryRun: return "Show what would change, without writing anything."
        case .diffOld: return "The previous revision (plan file or table)."
        case .diffNew: return "The new revision (plan file or table)."
        case .diffFormat: return "Format: text (default) or xlsx (needs -o)."
        case .diffOutput: return "The file to write the changes to (default: standard output for text)."
        case .diffWidth: return "Width in characters for text (60–200)."
        case .diffTemplates: return "A folder of your own Mustache templates (endringar.mustache)."
        case .reviseYear: return "The year of the new revision."
        case .reviseOutput: return "The new plan file (YAML)."
        case .reviseForce: return "Overwrite the plan file even when -o is the same file as --plan."
        case .valueFile: return "file"
        case .valueFolder: return "folder"
        case .valueNumber: return "n"
        case .valueName: return "name"
        case .valueYear: return "year"
        case .valuePart: return "part"
        case .valueSheets: return "sheets"
        case .valueStatus: return "status"
        case .valueColumns: return "field=Header,…"
        case .valueTable: return "table"
        case .valueParty: return "party"
        case .valueDate: return "date"
        case .valueFormat: return "format"
        case .valueOld: return "old"
        case .valueNew: return "new"
        }
    }
}
