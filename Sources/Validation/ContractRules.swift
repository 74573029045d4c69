import DocumentModel
import JapaneseCalendar

/// The rules of `contract.yaml` and of a requirement catalog.
public enum ContractRules {
    public static func check(_ contract: Contract) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let wording = MessageWording(contract)
        // One number printed on every letter: each letter needs its own, written when sent.
        if let number = contract.coverLetter?.number, !number.isEmpty,
           !number.contains("\u{3000}"), !number.contains("＿"), !number.contains("_"), number.contains(where: \.isNumber) {
            diagnostics.append(.warning(
                .contract(.letterNumber),
                Message(ja: "文書番号「\(number)」がすべての送付状に同じく印字されます", en: "the letter number '\(number)' would be printed on every cover letter alike"),
                expected: Message(ja: "番号を空けた形（例: あおば発第　　号）", en: "the number left blank (あおば発第　　号)"),
                at: contract.value["document"]?.object?["cover_letter"]?.object?["number"]?.span ?? .file(contract.source)))
        }
        if let start = contract.start, let end = contract.end, end.value < start.value {
            let (s, e) = (wording.date(start.value), wording.date(end.value))
            diagnostics.append(.error(
                .contract(.period),
                Message(ja: "契約期間の終了日 \(e.japanese) が開始日 \(s.japanese) より前です", en: "the contract ends (\(e.english)) before it starts (\(s.english))"),
                expected: Message(ja: "\(s.japanese) 以降", en: "on or after \(s.english)"), at: end.span))
        }
        for date in [contract.start, contract.end, contract.planDeadline].compactMap({ $0 })
        where !NationalHolidays.supportedYears.contains(date.value.year) {
            diagnostics.append(.error(
                .contract(.year),
                Message(ja: "\(date.value.iso) は対応範囲（1955〜2099年）の外です", en: "\(date.value.iso) is outside the supported years 1955–2099"),
                at: date.span))
        }
        if let due = contract.reportDueKeys, due.readCleanly, (due.day == nil) == (due.openDay == nil) {
            diagnostics.append(.error(
                .contract(.reportDue),
                Message(ja: "報告書の提出期限（reports.due）には day と open_day のどちらか一方を書いてください",
                        en: "reports.due needs exactly one of day and open_day"),
                expected: Message(ja: "day: 10 または open_day: 5", en: "day: 10 or open_day: 5"), at: due.span))
        }
        if let target = contract.availabilityTarget, target.value.significand <= 0 || target.value.significand > 100 * target.value.denominator {
            diagnostics.append(.error(
                .contract(.target),
                Message(ja: "目標稼働率 \(target.value)％ は 0 より大きく 100 以下でなければなりません", en: "the availability target \(target.value)% must be above 0 and at most 100"),
                expected: Message(ja: "例: 99.8", en: "e.g. 99.8"), at: target.span))
        }
        if let hours = contract.operatingHours, hours.from.value == hours.to.value {
            let (from, to) = (OperatingWindow.clock(hours.from.value), OperatingWindow.clock(hours.to.value))
            diagnostics.append(.error(
                .contract(.operatingHours),
                Message(ja: "運用時間帯の開始 \(from) と終了 \(to) が同じで、時間帯がありません", en: "the operating hours from \(from) to \(to) hold no time"),
                expected: Message(ja: "開始より後の終了時刻（終日は 00:00〜24:00、日をまたぐなら 22:00〜06:00 のように開始より前の終了時刻）",
                                  en: "an end after the start (00:00 to 24:00 for all day; an end before the start, such as 22:00 to 06:00, for a window overnight)"),
                at: hours.to.span))
        }
        for day in contract.closedDayEntries where day.readCleanly && (day.monthDay == nil) == (day.date == nil) {
            diagnostics.append(.error(
                .contract(.closedDay),
                Message(ja: "追加の閉庁日「\(day.name.value)」には month_day と date のどちらか一方を書いてください",
                        en: "the closed day '\(day.name.value)' needs exactly one of month_day and date"),
                expected: Message(ja: "month_day: 06-23 または date: 2024-05-10", en: "month_day: 06-23 or date: 2024-05-10"), at: day.span))
        }
        return diagnostics
    }

    public static func check(_ catalog: RequirementCatalog) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var seen: [String: SourceSpan] = [:]
        for id in catalog.writtenIDs {
            if let first = seen[id.value] {
                diagnostics.append(.error(
                    .contract(.catalogDuplicateID), Message(ja: "要件番号「\(id.value)」が重複しています", en: "the requirement ID '\(id.value)' is used twice"),
                    expected: Message(ja: "一意の番号", en: "a unique ID"), at: id.span,
                    notes: [.init(Message(ja: "最初の使用", en: "first use"), at: first)]))
            }
            seen[id.value] = id.span
            if !PlanSchema.requirementKey.matches(id.value) {
                diagnostics.append(.error(
                    .contract(.catalogBadID), Message(ja: "要件番号「\(id.value)」は REQ- で始まる英大文字・数字・ハイフンの形にしてください",
                                                      en: "the requirement ID '\(id.value)' must be REQ- followed by capitals, digits and hyphens"),
                    expected: Message(ja: "REQ-TECH-1 の形", en: "the shape REQ-TECH-1"), at: id.span))
            }
        }
        return diagnostics
    }
}
