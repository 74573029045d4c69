import DocumentModel
import JapaneseCalendar

/// The rules of `contract.yaml` and of a requirement catalog.
public enum ContractRules {
    public static func check(_ contract: Contract) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let v = contract.value
        if let info = v.object("contract"), let start = info.date("start"), let end = info.date("end"), end < start {
            diagnostics.append(.error(
                .contract(.period),
                Message(ja: "契約期間の終了日 \(end.iso) が開始日 \(start.iso) より前です", en: "the contract ends (\(end.iso)) before it starts (\(start.iso))"),
                expected: Message(ja: "\(start.iso) 以降", en: "on or after \(start.iso)"), at: info.span("end")))
        }
        for date in [contract.start, contract.end, contract.planDeadline?.value].compactMap({ $0 })
        where !NationalHolidays.supportedYears.contains(date.year) {
            diagnostics.append(.error(
                .contract(.year),
                Message(ja: "\(date.iso) は対応範囲（1955〜2099年）の外です", en: "\(date.iso) is outside the supported years 1955–2099"),
                at: v.span("contract")))
        }
        if let due = v.object("reports")?.object("due") {
            let count = ["day", "open_day"].filter { due[$0] != nil }.count
            if count != 1 && !due.hadErrors {
                diagnostics.append(.error(
                    .contract(.reportDue),
                    Message(ja: "報告書の提出期限（reports.due）には day と open_day のどちらか一方を書いてください",
                            en: "reports.due needs exactly one of day and open_day"),
                    expected: Message(ja: "day: 10 または open_day: 5", en: "day: 10 or open_day: 5"), at: due.span))
            }
        }
        if let availability = v.object("service_levels")?.object("availability") {
            if let target = availability["target_percent"], let value = target.decimal,
               value.significand <= 0 || value.significand > 100 * value.denominator {
                diagnostics.append(.error(
                    .contract(.target),
                    Message(ja: "目標稼働率 \(value)% は 0 より大きく 100 以下でなければなりません", en: "the availability target \(value)% must be above 0 and at most 100"),
                    expected: Message(ja: "例: 99.8", en: "e.g. 99.8"), at: target.span))
            }
            if let hours = availability.object("operating_hours"),
               case .timeOfDay(let from)? = hours["from"]?.kind, case .timeOfDay(let to)? = hours["to"]?.kind, from == to {
                diagnostics.append(.error(
                    .contract(.operatingHours),
                    Message(ja: "運用時間帯の終了 \(to / 60):\(String(format2: to % 60)) と開始 \(from / 60):\(String(format2: from % 60)) では時間帯がありません",
                            en: "the operating hours from \(from / 60):\(String(format2: from % 60)) to \(to / 60):\(String(format2: to % 60)) hold no time"),
                    expected: Message(ja: "開始より後の終了時刻（終日は 00:00〜24:00、日をまたぐなら 22:00〜06:00 のように開始より前の終了時刻）",
                                      en: "an end after the start (00:00 to 24:00 for all day; an end before the start, such as 22:00 to 06:00, for a window overnight)"),
                    at: hours.span("to")))
            }
        }
        for day in v.object("calendar")?.objects("closed_days") ?? [] where !day.hadErrors {
            let count = ["month_day", "date"].filter { day[$0] != nil }.count
            if count != 1 {
                diagnostics.append(.error(
                    .contract(.closedDay),
                    Message(ja: "追加の閉庁日「\(day.text("name") ?? "")」には month_day と date のどちらか一方を書いてください",
                            en: "the closed day '\(day.text("name") ?? "")' needs exactly one of month_day and date"),
                    expected: Message(ja: "month_day: 06-23 または date: 2024-05-10", en: "month_day: 06-23 or date: 2024-05-10"), at: day.span))
            }
        }
        return diagnostics
    }

    public static func check(_ catalog: RequirementCatalog, value: ObjectValue) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var seen: [String: SourceSpan] = [:]
        for requirement in value.objects("requirements") {
            guard let id = requirement.located("id") else { continue }
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

extension String {
    init(format2 n: Int) {
        self = n < 10 ? "0\(n)" : "\(n)"
    }
}
