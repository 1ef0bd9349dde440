/// The words of the workbooks: every sheet's name, column caption and fact label in one language.
///
/// The layouts (``TaskWorkbookLayout``, ``ActionTableLayout``, ``AttributionLayout``,
/// ``OverviewLayout``) name sheets, columns and facts by key; a `Words` value gives each key its
/// text, so another language is another value of this type, not other layouts.
public struct Words: Sendable {
    private let sheetNames: @Sendable (SheetKey) -> String
    private let captions: @Sendable (ColumnKey) -> String
    private let labels: @Sendable (FactKey) -> String

    /// A vocabulary from its three lookups; each must give every key a text.
    public init(
        sheetName: @escaping @Sendable (SheetKey) -> String,
        caption: @escaping @Sendable (ColumnKey) -> String,
        label: @escaping @Sendable (FactKey) -> String
    ) {
        sheetNames = sheetName
        captions = caption
        labels = label
    }

    /// The name of `sheet`.
    public func sheetName(_ sheet: SheetKey) -> String { sheetNames(sheet) }

    /// The header caption of `column`.
    public func caption(_ column: ColumnKey) -> String { captions(column) }

    /// The label of `fact`.
    public func label(_ fact: FactKey) -> String { labels(fact) }
}

extension Words {
    /// Nynorsk: the words every workbook is written and read in today.
    public static let nynorsk = Words(
        sheetName: { sheet in
            switch sheet {
            case .overview: "Oversikt"
            case .actionTable: "Tiltak"
            case .responsibility: "Ansvar"
            case .schedule: "Tidsplan"
            case .financing: "Finansiering"
            case .resultGoals: "Resultatmål"
            case .dataQuality: "Datakvalitet"
            case .statusList: "Lister"
            case .tasks: "Oppgåver"
            case .attribution: "Om"
            case .changes: "Endringar"
            }
        },
        caption: { column in
            switch column {
            case .id: "ID"
            case .focusArea: "Innsatsområde"
            case .theme: "Tema"
            case .text: "Tiltak"
            case .role: "Rolle"
            case .throughGroup: "Gjennom"
            case .timeframe: "Tidsramme"
            case .firstYear: "Frå år"
            case .lastYear: "Til år"
            case .responsible: "Ansvar"
            case .involved: "Involvert"
            case .financing: "Finansiering"
            case .source: "Kjelde"
            case .cost: "Kostnad (kr)"
            case .costType: "Kostnadstype"
            case .costOverPeriod: "Kostnad i perioden"
            case .remark: "Merknad"
            case .status: "Status"
            case .comment: "Kommentar"
            }
        },
        label: { fact in
            switch fact {
            case .planID: "Plan-ID"
            case .plan: "Plan"
            case .period: "Periode"
            case .revision: "Revisjon"
            case .revisionDate: "Revisjonsdato"
            case .municipalityCode: "Kommunekode"
            case .municipality: "Kommune"
            case .sourceFile: "Kjeldefil"
            case .sha256: "SHA-256"
            }
        })
}
