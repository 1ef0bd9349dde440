/// Why a workbook or a text report could not be made, as keys: content a workbook cannot hold,
/// libxlsxwriter's failures, templates that cannot be used, report options. Their texts in a
/// language come from the catalogue.
public enum DocumentMessage: Phrase, Hashable {
    /// A sheet that would get more rows than a sheet can have; nothing is written.
    case sheetTooLong(sheet: String, rows: Int, limit: Int)
    /// A text longer than a cell holds: where it belongs, its length and the limit.
    case cellTooLong(context: String, length: Int, limit: Int)
    /// libxlsxwriter could not create the file.
    case fileNotCreated
    /// libxlsxwriter could not make or read a temporary file.
    case temporaryFile
    /// Out of memory.
    case outOfMemory
    /// libxlsxwriter could not write the ZIP archive.
    case archiveNotWritten
    /// One of the causes above with libxlsxwriter's error number.
    case libraryFailure(what: String, code: Int)
    /// A template with a syntax error: where, the tag at fault (may be empty) and what is wrong.
    case templateSyntax(template: String, line: Int, column: Int, tag: String, reason: TemplateProblem)
    /// A template that uses a name the report does not provide.
    case unknownVariable(template: String, line: Int?, column: Int?, tag: String, name: String)
    /// A template the report needs is in neither folder.
    case missingTemplate(String)
    /// The templates could not be read: where, and why.
    case unreadableTemplates(path: String, reason: TemplateProblem)
    /// A municipality that is not one of the plan's (which are listed).
    case unknownMunicipality(String, known: [String])
    /// The municipality report without a municipality (the plan's listed).
    case missingMunicipality(known: [String])
    /// A line width outside what reports allow.
    case widthOutOfRange(Int, lowest: Int, highest: Int)
}

/// Why templates could not be read or parsed.
public enum TemplateProblem: Phrase, Hashable {
    /// A section closed with the wrong name.
    case wrongSectionCloseName
    /// A tag that is not finished.
    case unfinishedTag
    /// A section that is never closed.
    case unclosedSection
    /// An invalid change of delimiters.
    case invalidSetDelimiter
    /// A transform applied to an inherited section.
    case transformOnInheritedSection
    /// A tag that may not stand in an inherited section.
    case illegalTagInInheritedSection
    /// Text inside an inherited section.
    case textInInheritedSection
    /// An invalid setting.
    case invalidSetting
    /// An unknown setting.
    case unknownSetting
    /// The folder does not exist or cannot be read.
    case folderUnreadable
    /// A template file cannot be read.
    case fileUnreadable
    /// A template file is not UTF-8.
    case notUTF8
    /// What the template library said.
    case described(String)
}
