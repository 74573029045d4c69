import DocumentModel
import JapaneseCalendar
import Loading

/// What is due and when, as of a day (`teishutsu status`; `validate` warns about the overdue).
public enum Deadlines {
    /// Items within this many days count as due soon.
    public static let soonDays = 14
    /// Certificates are listed this long before they expire.
    public static let certificateNoticeDays = 90

    public static func items(_ folder: ContractFolder, today: CivilDate) -> [DeadlineItem] {
        guard let contract = folder.contract else { return [] }
        var items: [DeadlineItem] = []
        let calendar = contract.makeCalendar()
        func state(_ due: CivilDate, done: Bool) -> DeadlineItem.State {
            if done { return .done }
            if due < today { return .overdue }
            return today.days(to: due) <= soonDays ? .dueSoon : .upcoming
        }

        // The plan's first submission.
        if let deadline = contract.planDeadline {
            let first = folder.plan?.revisions.first { $0.number.value == 1 }
            let done = first.map { $0.date.value <= today } ?? false
            items.append(DeadlineItem(
                kind: .plan, state: state(deadline.value, done: done), date: deadline.value,
                title: Message(ja: "サービス実施計画書（第1版）の提出", en: "submit the service implementation plan (revision 1)"),
                detail: done ? Message(ja: "第1版 \(first.map { $0.date.value.iso } ?? "") 作成済み", en: "revision 1 dated \(first.map { $0.date.value.iso } ?? "")")
                    : Message(ja: "plan.yaml の第1版がありません", en: "plan.yaml has no revision 1 yet"),
                span: deadline.span))
        }

        // Monthly reports, from the first tracked month to the contract's last (or this month).
        if let first = contract.firstReportMonth {
            let byMonth = Dictionary(folder.reports.compactMap { r in r.month.map { ($0.value, r) } }, uniquingKeysWith: { a, _ in a })
            let lastMonth = contract.end.map { YearMonth(year: $0.value.year, month: $0.value.month) } ?? YearMonth(year: today.year, month: today.month)
            var month = first
            while month <= lastMonth && month.firstDay <= today && NationalHolidays.supportedYears.contains(month.next.year) {
                let due = contract.reportDue.dueDate(year: month.year, month: month.month, calendar: calendar)
                let report = byMonth[month]
                let submitted = report?.submittedOn?.value
                let done = report != nil && (submitted.map { $0 <= today } ?? true)
                let label = (try? EraDate.formatMonth(year: month.year, month: month.month)) ?? month.description
                items.append(DeadlineItem(
                    kind: .report, state: state(due, done: done), date: due,
                    title: Message(ja: "サービス実績報告書（\(label)分）の提出", en: "submit the performance report for \(month)"),
                    detail: report == nil
                        ? Message(ja: "reports/\(month).yaml がありません（期限: \(contract.reportDue.japanese)）",
                                  en: "reports/\(month).yaml does not exist (due: \(contract.reportDue.japanese))")
                        : submitted.map { date in
                            date <= today ? Message(ja: "\(date.iso) 提出済み", en: "submitted on \(date.iso)")
                                : Message(ja: "reports/\(month).yaml 作成済み（提出予定日 \(date.iso)）", en: "reports/\(month).yaml is written (to be submitted on \(date.iso))")
                        } ?? Message(ja: "reports/\(month).yaml 作成済み", en: "reports/\(month).yaml is written"),
                    span: report.map { SourceSpan.file($0.source) } ?? contract.reportsSpan ?? .file(contract.source)))
                month = month.next
            }
        }

        guard let plan = folder.plan else { return items.sorted(by: order) }

        // Certificates: expired, or expiring soon.
        for cert in plan.certifications {
            guard let until = cert.validUntil else { continue }
            let days = today.days(to: until.value)
            guard days <= certificateNoticeDays else { continue }
            let name = cert.displayName
            items.append(DeadlineItem(
                kind: .certificate, state: days < 0 ? .overdue : (days <= soonDays ? .dueSoon : .upcoming), date: until.value,
                title: Message(ja: "認証（\(name)）の有効期限", en: "certificate (\(name)) expires"),
                detail: days < 0 ? Message(ja: "期限切れ。更新後の認証で計画書を改訂してください", en: "expired; revise the plan with the renewed certificate")
                    : Message(ja: "あと \(days) 日。更新後は計画書を改訂", en: "\(days) days left; revise the plan once renewed"),
                span: until.span))
        }

        // Training and audits the plan scheduled: passed dates need a result in a report.
        let activities = folder.reports.flatMap { report in
            report.activities.compactMap { a -> (String, CivilDate)? in
                a.date.map { (a.id.value, $0.value) }
            }
        }
        let trackedFrom = contract.firstReportMonth?.firstDay ?? contract.start?.value ?? today.adding(days: -36_500)
        func scheduled(_ id: String, _ title: String, dates: [Located<CivilDate>], kind: DeadlineItem.Kind) {
            for planned in dates where planned.value >= trackedFrom {
                let recorded = activities.contains { $0.0 == id && abs($0.1.days(to: planned.value)) <= 31 }
                guard planned.value <= today || today.days(to: planned.value) <= soonDays else { continue }
                let what = kind == .training ? Message(ja: "研修", en: "training") : Message(ja: "監査", en: "audit")
                items.append(DeadlineItem(
                    kind: kind, state: recorded ? .done : (planned.value < today ? .overdue : .dueSoon), date: planned.value,
                    title: Message(ja: "\(what.japanese) \(id)（\(title)）の実施", en: "\(what.english) \(id) (\(title))"),
                    detail: recorded ? Message(ja: "実施記録あり", en: "result recorded")
                        : Message(ja: "報告書（activities）に実施記録がありません", en: "no result recorded in a report (activities)"),
                    span: planned.span))
            }
        }
        for course in plan.training { scheduled(course.id.value, course.title.value, dates: course.dates, kind: .training) }
        for audit in plan.audits {
            scheduled(audit.id.value, audit.isThirdParty ? "第三者監査" : "内部監査", dates: audit.dates, kind: .audit)
        }
        return items.sorted(by: order)
    }

    static func order(_ a: DeadlineItem, _ b: DeadlineItem) -> Bool {
        (a.state, a.date, a.kind.rawValue, a.title.english) < (b.state, b.date, b.kind.rawValue, b.title.english)
    }

    /// `validate`'s warnings: everything overdue.
    public static func warnings(_ items: [DeadlineItem], today: CivilDate) -> [Diagnostic] {
        items.filter { $0.state == .overdue }.map { item in
            .warning(
                .deadline(.overdue(item.kind)),
                Message(ja: "期限切れ: \(item.title.japanese)（期限 \(item.date.iso)、\(today.iso) 現在）— \(item.detail.japanese)",
                        en: "overdue: \(item.title.english) (due \(item.date.iso), as of \(today.iso)) — \(item.detail.english)"),
                at: item.span)
        }
    }

    /// The text of `teishutsu status`.
    public static func text(_ items: [DeadlineItem], today: CivilDate, language: Language, all: Bool) -> String {
        let ja = language == .ja
        let shown = all ? items : items.filter { $0.state != .done }
        var lines = [ja ? "\(today.iso) 現在の期限" : "Deadlines as of \(today.iso)"]
        if shown.isEmpty { lines.append(ja ? "  期限の迫っているもの・過ぎたものはありません。" : "  nothing due or overdue.") }
        let labels: [DeadlineItem.State: (String, String)] = [
            .overdue: ("期限切れ", "OVERDUE"), .dueSoon: ("まもなく", "due soon"), .upcoming: ("予定", "upcoming"), .done: ("済", "done"),
        ]
        for item in shown {
            let label = labels[item.state].map { ja ? $0.0 : $0.1 } ?? item.state.rawValue
            let days = today.days(to: item.date)
            let when = days == 0 ? (ja ? "本日" : "today") : days > 0 ? (ja ? "あと\(days)日" : "in \(days) days") : (ja ? "\(-days)日超過" : "\(-days) days ago")
            lines.append("  " + pad(label, 10) + item.date.iso + "  " + pad(when, 12) + item.title.text(language))
            lines.append("  " + String(repeating: " ", count: 10 + 10 + 2 + 12) + item.detail.text(language))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func json(_ items: [DeadlineItem], today: CivilDate, language: Language) -> JSON {
        .object([
            ("today", .string(today.iso)),
            ("overdue", .int(items.filter { $0.state == .overdue }.count)),
            ("items", .array(items.map { item in
                var pairs: [(String, JSON)] = [
                    ("kind", .string(item.kind.rawValue)), ("state", .string(item.state.rawValue)),
                    ("date", .string(item.date.iso)), ("days", .int(today.days(to: item.date))),
                    ("title", .string(item.title.text(language))), ("detail", .string(item.detail.text(language))),
                ]
                if let span = item.span {
                    pairs.append(("file", .string(span.file)))
                    pairs.append(("line", .int(span.line)))
                }
                return .object(pairs)
            })),
        ])
    }

    private static func pad(_ s: String, _ width: Int) -> String {
        s + String(repeating: " ", count: max(1, width - DisplayWidth.of(s)))
    }
}
