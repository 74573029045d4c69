import DocumentModel
import JapaneseCalendar
import Loading
import Validation

/// The closed-day calendar of a contract.yaml, for the calendar commands: only its `calendar`
/// section has to be right (a contract still being filled in can already be asked about).
public enum ContractCalendar {
    public static func load(_ path: String) -> (ClosedDayCalendar?, [Diagnostic], SourceTexts) {
        var sources = SourceTexts()
        let (value, diagnostics) = YAMLLoader.load(path: path, displayPath: path, schema: ContractSchema.root, sources: &sources)
        guard let value else { return (nil, diagnostics, sources) }
        let contract = Contract(value, source: path)
        guard let start = value.keySpans["calendar"] else { return (.standard, [], sources) }
        let end = value.keySpans.values.filter { $0.line > start.line }.map(\.line).min() ?? Int.max
        let relevant = (diagnostics + ContractRules.check(contract)).filter { d in
            guard let span = d.span, span.file == path else { return false }
            return span.line >= start.line && span.line < end
        }
        guard !relevant.hasErrors else { return (nil, relevant, sources) }
        return (contract.makeCalendar(), relevant, sources)
    }
}
