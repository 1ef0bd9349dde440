/// Why a document could not be made, in English.
extension DocumentMessage {
    public var en: String {
        switch self {
        case .sheetTooLong(let sheet, let rows, let limit):
            return "The sheet \(sheet) would get \(rows) rows; a sheet can have at most \(limit) (Excel)."
        case .cellTooLong(let context, let length, let limit):
            return
                "\(context): the text has \(Language.english.count(length, .character)); an Excel cell holds at most \(limit)"
        case .fileNotCreated: return "the file could not be created"
        case .temporaryFile: return "a temporary file could not be made or read"
        case .outOfMemory: return "not enough memory"
        case .archiveNotWritten: return "the ZIP archive could not be written"
        case .libraryFailure(let what, let code): return "\(what) (libxlsxwriter error \(code))"
        case .templateSyntax(let template, let line, let column, let tag, let reason):
            let shownTag = tag.isEmpty ? "" : " at the tag “\(tag)”"
            return
                "The template \(template).mustache has a syntax error on line \(line), column \(column)\(shownTag): \(reason.en)."
        case .unknownVariable(let template, let line, let column, let tag, let name):
            let place = line.map { l in ", line \(l)" + (column.map { ", column \($0)" } ?? "") } ?? ""
            return
                "The template \(template).mustache\(place) uses the unknown variable “\(name)” in the tag “\(tag)”."
        case .missingTemplate(let name): return "Did not find the template \(name).mustache."
        case .unreadableTemplates(let path, let reason):
            return "Could not read the templates in \(path): \(reason.en)."
        case .unknownMunicipality(let name, let known):
            return
                "“\(name)” is not a municipality of the plan (known municipalities: \(known.joined(separator: ", ")))."
        case .missingMunicipality(let known):
            return "The municipality report needs a municipality (\(known.joined(separator: ", ")))."
        case .widthOutOfRange(let width, let lowest, let highest):
            return "The width \(width) is outside the allowed range \(lowest)–\(highest)."
        }
    }
}

/// Why templates could not be read, in English.
extension TemplateProblem {
    public var en: String {
        switch self {
        case .wrongSectionCloseName: "the section is closed with the wrong name"
        case .unfinishedTag: "the tag is not finished"
        case .unclosedSection: "the section is never closed"
        case .invalidSetDelimiter: "invalid change of delimiters"
        case .transformOnInheritedSection: "transform on an inherited section"
        case .illegalTagInInheritedSection: "invalid tag in an inherited section"
        case .textInInheritedSection: "text in an inherited section"
        case .invalidSetting: "invalid setting"
        case .unknownSetting: "unknown setting"
        case .folderUnreadable: "the folder does not exist or cannot be read"
        case .fileUnreadable: "the file cannot be read"
        case .notUTF8: "the file is not UTF-8"
        case .described(let text): text
        }
    }
}
