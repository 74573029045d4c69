import DocumentModel
import Foundation
import JapaneseCalendar
import Loading
import Rendering

/// What changed between two versions of a plan, for people and for the revision history.
public enum PlanDiff {
    /// What differs between two plans: the parts, and the entries of the history they share.
    public struct Difference: Sendable {
        public let parts: [(part: PlanPart, changes: [ValueChange])]
        /// Entries of the revision history both have that read differently.
        public let history: [ValueChange]

        public var isEmpty: Bool { parts.isEmpty && history.isEmpty }
    }

    public static func compare(old: Plan, new: Plan) -> Difference {
        Difference(parts: PlanComparison.compare(old: old.value, new: new.value), history: PlanComparison.rewrittenHistory(old: old, new: new))
    }


    /// A plan from a YAML file, a contract folder, or an XML document (a submission, a draft).
    public static func load(_ path: String) -> (Plan?, [Diagnostic], SourceTexts) {
        var sources = SourceTexts()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return (nil, [.error(.input(.pathMissing), InputFile.missing(path, ja: path, en: path), at: nil)], sources)
        }
        let file = isDirectory.boolValue ? Paths.join(path, ContractFolder.planFile) : path
        if file.lowercased().hasSuffix(".xml") {
            let data: Data
            switch InputFile.readBytes(path: file, displayPath: file, limit: Drafts.maximumBytes) {
            case .success(let bytes): data = Data(bytes)
            case .failure(let problem): return (nil, [problem], sources)
            }
            if let text = String(data: data, encoding: .utf8) { sources.add(file, text: text) }
            let (content, diagnostics) = Drafts.readXML(data, file: file)
            guard let content, content.kind == .plan, !diagnostics.hasErrors else {
                let problems = diagnostics.isEmpty
                    ? [Diagnostic.error(.draft(.xmlUnknownDocument), Message(ja: "\(file) は計画書ではありません", en: "\(file) is not a plan"), at: .file(file))]
                    : diagnostics
                return (nil, problems, sources)
            }
            let parts = XMLDocumentType.plan.parts(of: content.value, document: PlanSchema.root, source: file)
            return (Plan(parts.document, source: file), [], sources)
        }
        let (value, diagnostics) = YAMLLoader.load(path: file, displayPath: file, schema: PlanSchema.root, sources: &sources)
        // A TODO left to fill in is still a plan to compare; anything not read is not.
        let unread = diagnostics.filter { $0.severity == .error && $0.code != .input(.placeholder) }
        guard let value, unread.isEmpty else { return (nil, unread.isEmpty ? diagnostics : unread, sources) }
        return (Plan(value, source: file), [], sources)
    }

    /// A revision entry to paste under `revisions:` in plan.yaml (`teishutsu diff --format yaml`):
    /// each changed section by its Japanese name, what changed in the words of the documents,
    /// the date and numbers in the contract's style.
    public static func revisionEntry(number: Int, date: CivilDate, parts: [(part: PlanPart, changes: [ValueChange])],
                                     format: DocumentFormat = DocumentFormat(), names: [String: String] = [:]) -> String {
        var out = "  # plan.yaml の revisions: の最後に加えてください / append under revisions: in plan.yaml\n"
        out += "  - number: \(number)\n    date: \(format.date(date))\n    changes:\n"
        for (part, changes) in parts {
            // A period whose two ends changed is one change, as the change table says it.
            let rows = ChangeWording.rows(changes, part: part, format: format, names: names)
            let sentences = rows.prefix(3).map { ChangeWording.sentence($0) }
            let more = rows.count > 3 ? "ほか" + format.count(rows.count - 3, "件") : ""
            out += "      - " + quoted("\(part.japanese)：" + sentences.joined(separator: "、") + more) + "\n"
        }
        return out
    }

    /// How the documents of the contract beside a plan write dates and numbers (its contract.yaml's
    /// `document:`), for what `diff` prints; the default style when there is none.
    public static func documentFormat(near path: String) -> DocumentFormat {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return DocumentFormat() }
        var folder = isDirectory.boolValue ? path : Paths.parent(path)
        // A submitted copy lies one level down.
        if (folder as NSString).lastPathComponent == ContractFolder.submittedFolder { folder = Paths.parent(folder) }
        let contractPath = Paths.join(folder.isEmpty ? "." : folder, ContractFolder.contractFile)
        guard FileManager.default.fileExists(atPath: contractPath) else { return DocumentFormat() }
        let (contract, _, _) = ContractSections.load(contractPath, sections: ["document"])
        return DocumentFormat(contract)
    }

    static func quoted(_ s: String) -> String {
        "\"" + s.replacingAll("\\", "\\\\").replacingAll("\"", "\\\"") + "\""
    }

    /// The human-readable diff (`teishutsu diff`).
    public static func text(_ difference: Difference, old: String, new: String, language: Language,
                            format: DocumentFormat = DocumentFormat(), names: [String: String] = [:]) -> String {
        let ja = language == .ja
        guard !difference.isEmpty else { return ja ? "\(old) と \(new) の内容に違いはありません。\n" : "\(old) and \(new) say the same.\n" }
        var out = "--- \(old)\n+++ \(new)\n"
        // In Japanese, the items as the documents name them (a period whose two ends changed is
        // one line, as the change table says it); in English, the field paths.
        func lines(_ changes: [ValueChange], part: PlanPart?) {
            let items: [(kind: ValueChange.Kind, name: String, old: String, new: String)] = ja
                ? ChangeWording.rows(changes, part: part, format: format, names: names).map { ($0.change.kind, $0.subject, $0.old, $0.new) }
                : changes.map { ($0.kind, $0.path, $0.old ?? "", $0.new ?? "") }
            let colon = ja ? "：" : ": "
            for (kind, name, old, new) in items {
                switch kind {
                case .added: out += "  + \(name)\(colon)\(new)\n"
                case .removed: out += "  - \(name)\(colon)\(old)\n"
                case .changed: out += "  ~ \(name)\(colon)\(old) → \(new)\n"
                }
            }
        }
        for (part, changes) in difference.parts {
            out += ja ? "\n\(part.japanese)\n" : "\n\(part.id) \(part.japanese)\n"
            lines(changes, part: part)
        }
        if !difference.history.isEmpty {
            out += ja ? "\n改訂履歴（両方にある版の記載の書き換え）\n" : "\nrevision history (entries both have, written differently)\n"
            lines(difference.history, part: nil)
        }
        return out
    }

    public static func json(_ difference: Difference) -> JSON {
        func changes(_ list: [ValueChange]) -> JSON {
            .array(list.map { c in
                var pairs: [(String, JSON)] = [("kind", .string(c.kind.rawValue)), ("path", .string(c.path)), ("label", .string(c.labelPath.japanese))]
                if let old = c.old { pairs.append(("old", .string(old))) }
                if let new = c.new { pairs.append(("new", .string(new))) }
                return .object(pairs)
            })
        }
        var parts: [JSON] = difference.parts.map { part, list in
            .object([("section", .string(part.id)), ("title", .string(part.japanese)), ("changes", changes(list))])
        }
        if !difference.history.isEmpty {
            parts.append(.object([("section", .string("REV")), ("title", .string("改訂履歴")), ("changes", changes(difference.history))]))
        }
        return .array(parts)
    }
}

