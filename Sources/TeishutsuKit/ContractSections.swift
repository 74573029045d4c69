import DocumentModel
import JapaneseCalendar
import Loading
import Validation

/// A contract.yaml read for some of its sections only: the calendar commands need its
/// `calendar`, `teishutsu sla` also its `service_levels`. A contract still being filled in
/// elsewhere can already be used.
public enum ContractSections {
    public static func load(_ path: String, sections: Set<String>) -> (Contract?, [Diagnostic], SourceTexts) {
        var sources = SourceTexts()
        let (value, diagnostics) = YAMLLoader.load(path: path, displayPath: path, schema: ContractSchema.root, sources: &sources)
        guard let value else { return (nil, diagnostics, sources) }
        let contract = Contract(value, source: path)
        let keyLines = value.keySpans.mapValues(\.line)
        let ranges: [Range<Int>] = sections.compactMap { key in
            guard let start = keyLines[key] else { return nil }
            let end = keyLines.values.filter { $0 > start }.min() ?? Int.max
            return start..<end
        }
        let relevant = (diagnostics + ContractRules.check(contract)).filter { d in
            guard let span = d.span, span.file == path else { return false }
            return ranges.contains { $0.contains(span.line) }
        }
        guard !relevant.hasErrors else { return (nil, relevant, sources) }
        return (contract, relevant, sources)
    }
}
