import DocumentModel

extension PlanRules {
    /// PLAN-SCHED: unique IDs, dates in order, within the contract.
    mutating func checkSchedule() {
        diagnostics += Self.duplicates(plan.schedule.map(\.id), code: .scheduleDuplicateID, what: Message(ja: "作業項目", en: "work item"))
        for item in plan.schedule {
            guard let start = item.start, let end = item.end else { continue }
            let (s, e) = (wording.date(start.value), wording.date(end.value))
            if end.value < start.value {
                add(.error(.plan(.scheduleDates),
                           Message(ja: "作業項目「\(item.name.value)」の終了日 \(e.japanese) が開始日 \(s.japanese) より前です",
                                   en: "the work item '\(item.name.value)' ends (\(e.english)) before it starts (\(s.english))"),
                           expected: Message(ja: "\(s.japanese) 以降の終了日", en: "an end on or after \(s.english)"), at: end.span))
            }
            if let contractStart = contract?.start?.value, let contractEnd = contract?.end?.value,
               start.value < contractStart || end.value > contractEnd {
                let (cs, ce) = (wording.date(contractStart), wording.date(contractEnd))
                add(.warning(.plan(.scheduleOutsideContract),
                             Message(ja: "作業項目「\(item.name.value)」（\(s.japanese)〜\(e.japanese)）が契約期間 \(cs.japanese)〜\(ce.japanese) の外にかかっています",
                                     en: "the work item '\(item.name.value)' (\(s.english)–\(e.english)) extends beyond the contract period \(cs.english)–\(ce.english)"),
                             expected: Message(ja: "契約期間内の日付", en: "dates within the contract period"),
                             at: start.value < contractStart ? start.span : end.span))
            }
        }
    }
}
