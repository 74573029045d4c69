import DocumentModel
import JapaneseCalendar

extension PlanRules {
    /// The revision history (改訂履歴): numbered in order, dated forward, each after the first
    /// saying what changed, revision 1 by the deadline.
    mutating func checkRevisions() {
        var previous: Plan.Revision?
        for (index, revision) in plan.revisions.enumerated() {
            let expectedNumber = index + 1
            if revision.number.value != expectedNumber {
                add(.error(.plan(.revisionNumber),
                           Message(ja: "改訂履歴の\(expectedNumber)件目の版数が\(revision.number.value)です（1, 2, 3 … と連番にしてください）",
                                   en: "revision \(expectedNumber) in the history is numbered \(revision.number.value); number them 1, 2, 3 …"),
                           expected: Message(ja: "版数 \(expectedNumber)", en: "number \(expectedNumber)"),
                           at: revision.number.span))
            }
            if let previous, revision.date.value < previous.date.value {
                let (this, before) = (wording.date(revision.date.value), wording.date(previous.date.value))
                add(.error(.plan(.revisionDateOrder),
                           Message(ja: "第\(revision.number.value)版の日付 \(this.japanese) が第\(previous.number.value)版の \(before.japanese) より前です",
                                   en: "revision \(revision.number.value) is dated \(this.english), before revision \(previous.number.value) (\(before.english))"),
                           expected: Message(ja: "\(before.japanese) 以降の日付", en: "a date on or after \(before.english)"),
                           at: revision.date.span,
                           notes: [.init(Message(ja: "第\(previous.number.value)版の日付", en: "revision \(previous.number.value)'s date"), at: previous.date.span)]))
            }
            if index > 0 && revision.changes.isEmpty {
                add(.error(.plan(.revisionNoChanges),
                           Message(ja: "第\(revision.number.value)版に改訂内容（changes）がありません",
                                   en: "revision \(revision.number.value) does not say what changed (changes)"),
                           expected: Message(ja: "changes: 変更した内容", en: "changes: what changed"),
                           at: revision.span))
            }
            previous = revision
        }
        guard let first = plan.revisions.first, first.number.value == 1, let deadline = contract?.planDeadline else { return }
        let days = first.date.value.days(to: deadline.value)
        let (dated, due) = (wording.date(first.date.value), wording.date(deadline.value))
        let deadlineNote = Diagnostic.Note(Message(ja: "提出期限はここで定めています", en: "the deadline is set here"), at: deadline.span)
        if days < 0 {
            add(.error(.plan(.revisionLate),
                       Message(ja: "第1版の日付 \(dated.japanese) が提出期限 \(due.japanese) を過ぎています",
                               en: "revision 1 is dated \(dated.english), after the deadline \(due.english)"),
                       expected: Message(ja: "\(due.japanese) 以前", en: "on or before \(due.english)"),
                       at: first.date.span, notes: [deadlineNote]))
        } else if days < Self.deadlineWarningDays && !(currentRevisionSubmitted && plan.currentRevisionNumber == 1) {
            let before = wording.count(days, ja: "日", en: "day")
            add(.warning(.plan(.revisionNearDeadline),
                         Message(ja: "第1版の日付 \(dated.japanese) は提出期限 \(due.japanese) の\(before.japanese)前です（提出の記録はまだありません）",
                                 en: "revision 1 is dated \(dated.english), \(before.english) before the deadline \(due.english), and its submission is not recorded yet"),
                         expected: Message(ja: "期限の\(Self.deadlineWarningDays)日以上前の提出、または teishutsu submit による提出の記録",
                                           en: "submission at least \(Self.deadlineWarningDays) days before the deadline, or its record by teishutsu submit"),
                         at: first.date.span, notes: [deadlineNote]))
        }
    }
}
