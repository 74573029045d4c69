import DocumentModel
import JapaneseCalendar
import Loading
import Validation

/// A contract.yaml read for some of its sections only: the calendar commands need its
/// `calendar`, `teishutsu sla` also its `service_levels`. A contract still being filled in
/// elsewhere can already be used; but a file that is not a contract.yaml at all (another
/// kind of file, or no YAML mapping) is refused, not silently read as defaults.
public enum ContractSections {
    public static func load(_ path: String, sections: Set<String>) -> (Contract?, [Diagnostic], SourceTexts) {
        var sources = SourceTexts()
        let (value, diagnostics) = YAMLLoader.load(path: path, displayPath: path, schema: ContractSchema.root, sources: &sources)
        guard let value else { return (nil, diagnostics, sources) }
        let contract = Contract(value, source: path)
        let keyLines = value.keySpans.mapValues(\.line)
        // The lines of the sections the command does not read: their problems do not concern it.
        let others: [Range<Int>] = keyLines.filter { !sections.contains($0.key) }.map { key, start in
            let end = keyLines.values.filter { $0 > start }.min() ?? Int.max
            return start..<end
        }
        let relevant = (diagnostics + ContractRules.check(contract)).filter { d in
            // A key written twice is a problem of the file as a whole: the lines of a section
            // written again lie inside another section's (and which copy is read is in question).
            if d.code == .input(.value(.duplicateKey, .yaml)) { return true }
            // A missing section elsewhere is what "being filled in" means.
            if d.code == .input(.value(.missingKey, .yaml)) && d.span?.line == value.span.line { return false }
            guard let span = d.span, span.file == path else { return true }
            return !others.contains { $0.contains(span.line) }
        }
        guard !relevant.hasErrors else { return (nil, relevant, sources) }
        return (contract, relevant, sources)
    }
}
