import ArgumentParser
import TiltakLanguage
import TiltakPlanFiles

/// The `--columns field=Header,…` option of the commands that read tables.
enum ColumnOption {
    /// The choices `text` makes; none when it is `nil`.
    ///
    /// - Throws: `ValidationError` naming the piece that is not `field=Header` with a known field.
    static func choices(_ text: String?) throws -> ColumnChoices {
        guard let text else { return [:] }
        switch ColumnMap.choices(text) {
        case .success(let choices): return choices
        case .failure(let error): throw ValidationError(CommandMessage.badColumnChoice(error.piece).message)
        }
    }
}
