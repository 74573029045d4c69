import DocumentModel
import Foundation
import JapaneseCalendar
import Loading
import Rendering

/// What changed between two versions of a plan, for people and for the revision history.
extension PlanComparison {
    /// The latest revision number a plan value states.
    public static func latestRevision(_ value: ObjectValue) -> Int {
        value.objects("revisions").compactMap { $0.integer("number") }.max() ?? 0
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

/// The submitted revisions of a contract folder and the rule that ties them to plan.yaml.
public enum Submissions {
    /// A plan whose content differs from its last submitted revision needs a new revision entry.
    public static func check(_ folder: ContractFolder) -> [Diagnostic] {
        // A plan with errors of its own is not compared: its gaps would read as changes.
        guard let plan = folder.plan, !plan.value.hadErrors, let last = folder.submittedPlans.last else { return [] }
        let current = plan.currentRevision?.number.value ?? 0
        let revisionsSpan = plan.value.keySpans["revisions"] ?? .file(plan.source)
        if current < last.number {
            return [.error(
                .plan(.revisionBehindSubmitted),
                Message(ja: "plan.yaml の最新版（第\(current)版）が提出済みの第\(last.number)版より前です", en: "plan.yaml's latest revision (\(current)) is older than the submitted revision \(last.number)"),
                expected: Message(ja: "第\(last.number)版以降の改訂履歴", en: "a history that reaches revision \(last.number)"),
                at: revisionsSpan, notes: [.init(Message(ja: "提出済みの第\(last.number)版", en: "submitted revision \(last.number)"), at: .file(last.path))])]
        }
        guard current == last.number else { return [] }
        let parts = PlanComparison.compare(old: last.value, new: plan.value)
        guard !parts.isEmpty else { return [] }
        let labels = parts.map(\.part.label).joined(separator: "、")
        let labelsEn = parts.map(\.part.id).joined(separator: ", ")
        let first = parts[0].changes[0]
        return [.error(
            .plan(.revisionUnrecordedChange),
            Message(ja: "plan.yaml の内容が提出済みの第\(last.number)版から変わっていますが、第\(last.number + 1)版の改訂履歴がありません（変更: \(labels)）",
                    en: "plan.yaml differs from the submitted revision \(last.number) but has no revision \(last.number + 1) (changed: \(labelsEn))"),
            expected: Message(ja: "revisions に第\(last.number + 1)版（日付と改訂内容）。teishutsu diff \(last.path) \(plan.source) --format yaml が下書きを出力します",
                              en: "revision \(last.number + 1) (date and changes) under revisions; teishutsu diff \(last.path) \(plan.source) --format yaml prints one"),
            at: plan.currentRevision?.span ?? revisionsSpan,
            notes: [.init(Message(ja: "変更箇所の例: \(first.path)", en: "a change: \(first.path)"), at: first.span)])]
    }

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Records the plan's current revision as submitted on `date`: `submitted/plan-rN.yaml`
    /// (the plan as it is, stamped) and `submitted/plan-rN.xml`.
    public static func submit(folder path: String, date: CivilDate) throws -> (number: Int, written: [String]) {
        let (folder, report, _) = Pipeline.check(folder: path, today: nil)
        guard !report.hasErrors, let plan = folder.plan, let contract = folder.contract, let revision = plan.currentRevision else {
            throw Failure(description: "the folder has errors; run teishutsu validate \(path)")
        }
        let number = revision.number.value
        guard revision.date.value <= date else {
            throw Failure(description: "revision \(number) is dated \(revision.date.value.iso), after the submission date \(date.iso)")
        }
        if let existing = folder.submittedPlans.first(where: { $0.number == number }) {
            if PlanComparison.compare(old: existing.value, new: plan.value).isEmpty {
                return (number, [])
            }
            throw Failure(description: "revision \(number) was already submitted (\(existing.path)) with other content; add revision \(number + 1) first")
        }
        let planText = (try? String(contentsOfFile: plan.source, encoding: .utf8)) ?? ""
        let stamp = "# 提出記録: 第\(number)版（改訂日 \(revision.date.value.iso)）を \(date.iso) に提出 — teishutsu submit\n"
            + "# submitted: revision \(number) (dated \(revision.date.value.iso)) on \(date.iso); do not edit\n"
        let document = PlanDocument(plan: plan, contract: contract, catalog: folder.catalog ?? ContractFolder.shippedCatalog, previous: nil)
        let xml = XMLWriter.document(.plan, document.xmlContent())
        let problems = XMLFormat.validate(xml, as: .plan, file: "plan-r\(number).xml")
        guard problems.isEmpty else {
            throw Failure(description: "the plan's XML does not match its XSD: " + problems.map(\.message.english).joined(separator: "; "))
        }
        let files = [
            RenderedFile(name: ContractFolder.submittedPlanName(number), contents: stamp + planText),
            RenderedFile(name: "plan-r\(number).xml", contents: xml),
        ]
        let result = try OutputWriter.write(files, to: Paths.join(path, ContractFolder.submittedFolder))
        return (number, result.written)
    }
}
