import DocumentModel
import Foundation
import JapaneseCalendar
import Loading
import Rendering

/// What changed between two versions of a plan, for people and for the revision history.
public enum PlanDiff {

    /// A plan from a YAML file, a contract folder, or an XML document (a submission, a draft).
    public static func load(_ path: String) -> (Plan?, [Diagnostic], SourceTexts) {
        var sources = SourceTexts()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return (nil, [.error(.input(.pathMissing), Message(ja: "\(path) がありません", en: "\(path) does not exist"), at: nil)], sources)
        }
        let file = isDirectory.boolValue ? Paths.join(path, ContractFolder.planFile) : path
        if file.lowercased().hasSuffix(".xml") {
            guard let data = FileManager.default.contents(atPath: file) else {
                return (nil, [.error(.input(.fileUnreadable), Message(ja: "\(file) を読めません", en: "\(file) cannot be read"), at: .file(file))], sources)
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
        guard let value, !diagnostics.hasErrors else { return (nil, diagnostics, sources) }
        return (Plan(value, source: file), [], sources)
    }

    /// A revision entry to paste under `revisions:` in plan.yaml (`teishutsu diff --format yaml`).
    public static func revisionEntry(number: Int, date: CivilDate, parts: [(part: PlanPart, changes: [ValueChange])]) -> String {
        var out = "  # plan.yaml の revisions: の最後に加えてください / append under revisions: in plan.yaml\n"
        out += "  - number: \(number)\n    date: \(date.iso)\n    changes:\n"
        for (part, changes) in parts {
            let paths = changes.prefix(3).map { c in
                let verb = c.kind == .added ? "追加" : c.kind == .removed ? "削除" : "変更"
                return "\(c.path)（\(verb)）"
            }
            let more = changes.count > 3 ? " ほか\(changes.count - 3)件" : ""
            out += "      - " + quoted("\(part.label)：" + paths.joined(separator: "、") + more) + "\n"
        }
        return out
    }

    static func quoted(_ s: String) -> String {
        "\"" + s.replacingAll("\\", "\\\\").replacingAll("\"", "\\\"") + "\""
    }

    /// The human-readable diff (`teishutsu diff`).
    public static func text(_ parts: [(part: PlanPart, changes: [ValueChange])], old: String, new: String, language: Language) -> String {
        let ja = language == .ja
        guard !parts.isEmpty else { return ja ? "\(old) と \(new) の内容に違いはありません。\n" : "\(old) and \(new) say the same.\n" }
        var out = "--- \(old)\n+++ \(new)\n"
        for (part, changes) in parts {
            out += "\n\(part.id) \(part.japanese)\n"
            for c in changes {
                switch c.kind {
                case .added: out += "  + \(c.path): \(c.new ?? "")\n"
                case .removed: out += "  - \(c.path): \(c.old ?? "")\n"
                case .changed: out += "  ~ \(c.path): \(c.old ?? "") → \(c.new ?? "")\n"
                }
            }
        }
        return out
    }

    public static func json(_ parts: [(part: PlanPart, changes: [ValueChange])]) -> JSON {
        .array(parts.map { part, changes in
            .object([
                ("section", .string(part.id)), ("title", .string(part.japanese)),
                ("changes", .array(changes.map { c in
                    var pairs: [(String, JSON)] = [("kind", .string(c.kind.rawValue)), ("path", .string(c.path))]
                    if let old = c.old { pairs.append(("old", .string(old))) }
                    if let new = c.new { pairs.append(("new", .string(new))) }
                    return .object(pairs)
                })),
            ])
        })
    }
}

