/// A labelled fact on a sheet of label and value rows (the hidden `Om` sheet, the top of
/// `Oversikt`), as a key; its label in a language comes from the catalogue.
public enum FactKey: Phrase, Hashable, CaseIterable {
    /// The plan's id (`Plan-ID`).
    case planID
    /// The plan's title (`Plan`).
    case plan
    /// The plan period (`Periode`).
    case period
    /// The revision's label (`Revisjon`).
    case revision
    /// The revision's date, ISO 8601 (`Revisjonsdato`).
    case revisionDate
    /// The municipality's code (`Kommunekode`).
    case municipalityCode
    /// The municipality's name (`Kommune`).
    case municipality
    /// The plan file the workbook was made from (`Kjeldefil`).
    case sourceFile
    /// That file's SHA-256 (`SHA-256`).
    case sha256
    /// The code of a party that is not a municipality, on its task workbook's `Om` sheet (`Partskode`).
    case partyCode
    /// The name of that party (`Part`).
    case party
    /// The day a task workbook is due back, ISO 8601, on its `Om` sheet (`Svarfrist`).
    case deadline
    /// Whom a task workbook goes back to, on its `Om` sheet (`Kontakt`).
    case contact
}
