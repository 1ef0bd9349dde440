/// Why a report could not be made.
public enum ReportError: Error, CustomStringConvertible, Equatable {
    /// A template could not be parsed: its name, line and column (1-based), the tag at fault and what is wrong.
    case templateSyntax(template: String, line: Int, column: Int, tag: String, reason: String)
    /// A template uses a name the report does not provide; where it was found, if it could be located.
    case unknownVariable(template: String, line: Int?, column: Int?, tag: String, name: String)
    /// A template the report needs is in neither folder.
    case missingTemplate(String)
    /// The templates folder or one of its files could not be read.
    case unreadableTemplates(path: String, reason: String)
    /// The municipality is not a municipality of the plan; `known` lists the plan's municipalities.
    case unknownMunicipality(String, known: [String])
    /// The municipality report was asked for without naming a municipality.
    case missingMunicipality(known: [String])
    /// The line width is outside 60–200.
    case widthOutOfRange(Int)

    public var description: String {
        switch self {
        case .templateSyntax(let template, let line, let column, let tag, let reason):
            let shownTag = tag.isEmpty ? "" : " ved taggen «\(tag)»"
            return
                "Malen \(template).mustache har ein syntaksfeil på linje \(line), kolonne \(column)\(shownTag): \(reason)."
        case .unknownVariable(let template, let line, let column, let tag, let name):
            let place = line.map { l in ", linje \(l)" + (column.map { ", kolonne \($0)" } ?? "") } ?? ""
            return
                "Malen \(template).mustache\(place) brukar den ukjende variabelen «\(name)» i taggen «\(tag)»."
        case .missingTemplate(let name):
            return "Fann ikkje malen \(name).mustache."
        case .unreadableTemplates(let path, let reason):
            return "Kunne ikkje lese malane i \(path): \(reason)."
        case .unknownMunicipality(let name, let known):
            return
                "«\(name)» er ikkje ein kommune i planen (kjende kommunar: \(known.joined(separator: ", ")))."
        case .missingMunicipality(let known):
            return "Kommunerapporten treng ein kommune (\(known.joined(separator: ", ")))."
        case .widthOutOfRange(let width):
            return
                "Breidda \(width) er utanfor det tillatne området \(ReportOptions.minimumWidth)–\(ReportOptions.maximumWidth)."
        }
    }
}
