import DocumentModel

/// The rules that tie plan.yaml to the revisions already submitted (`submitted/plan-rN.yaml`):
/// a changed plan needs a new revision, and a submitted history is never rewritten.
public enum SubmissionRules {
    /// - Parameter submitted: the submitted revisions, in number order.
    public static func check(_ plan: Plan, submitted: [SubmittedPlan]) -> [Diagnostic] {
        // A plan with errors of its own is not compared: its gaps would read as changes.
        guard !plan.value.hadErrors, let last = submitted.last else { return [] }
        var diagnostics = rewrittenHistory(plan, submitted: submitted)
        let current = plan.currentRevisionNumber
        let revisionsSpan = plan.revisionsPresence.keySpan ?? .file(plan.source)
        if current < last.number {
            diagnostics.append(.error(
                .plan(.revisionBehindSubmitted),
                Message(ja: "plan.yaml の最新版（第\(current)版）が提出済みの第\(last.number)版より前です", en: "plan.yaml's latest revision (\(current)) is older than the submitted revision \(last.number)"),
                expected: Message(ja: "第\(last.number)版以降の改訂履歴", en: "a history that reaches revision \(last.number)"),
                at: revisionsSpan, notes: [.init(Message(ja: "提出済みの第\(last.number)版", en: "submitted revision \(last.number)"), at: .file(last.path))]))
            return diagnostics
        }
        guard current == last.number else { return diagnostics }
        let parts = PlanComparison.compare(old: last.plan.value, new: plan.value)
        guard let first = parts.first?.changes.first else { return diagnostics }
        let labels = parts.map(\.part.label).joined(separator: "、")
        let labelsEn = parts.map(\.part.id).joined(separator: ", ")
        diagnostics.append(.error(
            .plan(.revisionUnrecordedChange),
            Message(ja: "plan.yaml の内容が提出済みの第\(last.number)版から変わっていますが、第\(last.number + 1)版の改訂履歴がありません（変更: \(labels)）",
                    en: "plan.yaml differs from the submitted revision \(last.number) but has no revision \(last.number + 1) (changed: \(labelsEn))"),
            expected: Message(ja: "revisions に第\(last.number + 1)版（日付と改訂内容）。teishutsu diff \(last.path) \(plan.source) --format yaml が下書きを出力します",
                              en: "revision \(last.number + 1) (date and changes) under revisions; teishutsu diff \(last.path) \(plan.source) --format yaml prints one"),
            at: plan.currentRevision?.span ?? revisionsSpan,
            notes: [.init(Message(ja: "変更箇所の例: \(first.labelPath.japanese)", en: "a change: \(first.path)"), at: first.span)]))
        return diagnostics
    }

    /// Every revision entry that a submission recorded must read as it did when submitted.
    static func rewrittenHistory(_ plan: Plan, submitted: [SubmittedPlan]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var reported: Set<Int> = []
        // The latest submission holds the longest history; earlier ones are checked for what it lacks.
        for record in submitted.reversed() {
            for old in record.plan.revisions where !reported.contains(old.number.value) {
                guard let now = plan.revisions.first(where: { $0.number.value == old.number.value }) else { continue }
                let changes = ValueDiff.objectChanges(old.value, now.value, path: "revisions[\(old.number.value)]")
                guard let change = changes.first else {
                    reported.insert(old.number.value)
                    continue
                }
                reported.insert(old.number.value)
                diagnostics.append(.error(
                    .plan(.revisionHistoryRewritten),
                    Message(ja: "提出済みの第\(old.number.value)版の改訂履歴（\(change.labelPath.japanese)）が、提出時（\(record.path)）から書き換えられています",
                            en: "the history entry of the submitted revision \(old.number.value) (\(change.path)) differs from what was submitted (\(record.path))"),
                    expected: Message(ja: "提出時の記載: \(change.old ?? "なし")", en: "as submitted: \(change.old ?? "nothing")"),
                    at: change.span ?? now.span,
                    notes: [.init(Message(ja: "提出した記録", en: "the submitted record"), at: .file(record.path))]))
            }
        }
        return diagnostics
    }
}
