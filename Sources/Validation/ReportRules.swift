import DocumentModel
import JapaneseCalendar
import ServiceLevels

/// The rules of a monthly report (DOMAIN §1.2, §2) and of its logs.
public enum ReportRules {
    public static func check(_ report: Report, plan: Plan?, contract: Contract?, serviceLevels: ServiceLevelResult?) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let v = report.value
        let file = SourceSpan.file(report.source)

        if let month = report.month, let fileMonth = report.fileMonth, month != fileMonth, let span = v["month"]?.span {
            diagnostics.append(.error(
                .report(.monthMismatch),
                Message(ja: "対象月 \(month) がファイル名の月 \(fileMonth) と違います", en: "the report is for \(month) but its file is named for \(fileMonth)"),
                expected: Message(ja: "\(fileMonth)", en: "\(fileMonth)"), at: span))
        }
        if let month = report.month, let contract, let start = contract.start, let end = contract.end,
           month.lastDay < start || month.firstDay > end, let span = v["month"]?.span {
            diagnostics.append(.warning(
                .report(.outsideContract),
                Message(ja: "対象月 \(month) が契約期間 \(start.iso)〜\(end.iso) の外です", en: "the month \(month) is outside the contract period \(start.iso)–\(end.iso)"),
                at: span))
        }

        // Sections.
        for section in ReportSection.allCases {
            guard let key = section.key else { continue }
            if v.wasRejected(key) { continue }
            let label = Message(ja: "\(section.id)（\(section.title)）", en: "\(section.id) (\(section.englishTitle))")
            guard let keySpan = v.keySpans[key] else {
                diagnostics.append(.error(
                    .report(.sectionMissing(section)),
                    Message(ja: "\(label.japanese)がありません（\(key):）", en: "\(label.english) is missing (\(key):)"),
                    expected: Message(ja: "\(key): 「\(section.title)」", en: "a top-level key \(key):"), at: file))
                continue
            }
            // Risks and other matters may be empty in a quiet month; the rest may not.
            let mayBeEmpty = section == .risk || section == .other
            let isEmpty: Bool = {
                guard let value = v[key] else { return true }
                switch value.kind {
                case .list(let items): return items.isEmpty
                case .object(let o): return o.fields.isEmpty
                case .map(let entries): return entries.isEmpty
                default: return false
                }
            }()
            if isEmpty && !mayBeEmpty && !(section == .securityStatus && (plan?.measureIDs.isEmpty ?? true)) {
                diagnostics.append(.error(
                    .report(.sectionEmpty(section)), Message(ja: "\(label.japanese)が空です", en: "\(label.english) is empty"),
                    expected: Message(ja: "\(section.title)の記載", en: "the content of \(section.englishTitle)"), at: keySpan))
            }
        }
        if !report.hasIncidentLog {
            diagnostics.append(.error(
                .report(.sectionMissing(.incident)),
                Message(ja: "REP-INCIDENT（障害・インシデント管理）の記録がありません（logs.incidents または incidents:）",
                        en: "REP-INCIDENT (failures and incidents) has no log (logs.incidents or incidents:)"),
                expected: Message(ja: "障害ログのファイル、または incidents: []（障害なし）", en: "an incidents log file, or incidents: [] for none"), at: file))
        }
        if !report.hasInquiryLog {
            diagnostics.append(.error(
                .report(.sectionMissing(.inquiry)),
                Message(ja: "REP-INQUIRY（問合せ管理）の記録がありません（logs.inquiries または inquiries:）",
                        en: "REP-INQUIRY (inquiries) has no log (logs.inquiries or inquiries:)"),
                expected: Message(ja: "問合せログのファイル、または inquiries: []（問合せなし）", en: "an inquiries log file, or inquiries: [] for none"), at: file))
        }

        // REP-SECSTATUS covers every measure of PLAN-SECPLAN.
        if let plan, !v.wasRejected("security_status"), let statusSpan = v.keySpans["security_status"] {
            let entries = v["security_status"]?.entries ?? []
            let reported = Set(entries.map(\.key))
            let planned = plan.measureIDs.map(\.value)
            for id in planned where !reported.contains(id) {
                diagnostics.append(.error(
                    .report(.securityStatusMissingMeasure),
                    Message(ja: "セキュリティ対策 \(id) の実施状況がありません", en: "the security measure \(id) has no status"),
                    expected: Message(ja: "\(id): { status: …, detail: … }", en: "\(id): { status: …, detail: … }"), at: statusSpan,
                    notes: plan.measureIDs.first { $0.value == id }.map { [.init(Message(ja: "計画書の \(id)", en: "\(id) in the plan"), at: $0.span)] } ?? []))
            }
            for entry in entries where !planned.contains(entry.key) {
                let suggestion = Suggest.closest(to: entry.key, among: planned)
                diagnostics.append(.error(
                    .report(.securityStatusUnknown),
                    Message(ja: "「\(entry.key)」は計画書のセキュリティ対策（PLAN-SECPLAN）にありません" + (suggestion.map { "（「\($0)」の誤り？）" } ?? ""),
                            en: "'\(entry.key)' is not a measure of the plan's PLAN-SECPLAN" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")),
                    expected: Message(ja: "次のいずれか: " + planned.joined(separator: ", "), en: "one of: " + planned.joined(separator: ", ")),
                    at: entry.keySpan))
            }
        }

        // Activities refer to the plan's training courses and audits.
        if let plan {
            let known = plan.courses.map(\.id) + plan.audits.map(\.id)
            for activity in v.objects("activities") {
                guard let id = activity.located("id") else { continue }
                if !known.contains(id.value) {
                    let suggestion = Suggest.closest(to: id.value, among: known)
                    diagnostics.append(.error(
                        .report(.activityUnknown),
                        Message(ja: "「\(id.value)」は計画書の研修（PLAN-TRAIN）・監査（PLAN-AUDIT）にありません" + (suggestion.map { "（「\($0)」の誤り？）" } ?? ""),
                                en: "'\(id.value)' is neither a training course nor an audit of the plan" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")),
                        expected: Message(ja: "TR-… または AU-… の番号", en: "an ID of PLAN-TRAIN or PLAN-AUDIT"), at: id.span))
                }
            }
        }

        // A missed service level needs improvement measures (改善策).
        if let sla = serviceLevels {
            let improvements = v.object("improvements")
            let metrics: [(key: String, id: String, ja: String, en: String, met: Bool, detail: Message)] = [
                ("availability", "SLA-AVAIL", "サービス稼働率", "availability", sla.availability.met,
                 Message(ja: "実績 \(sla.availability.percentText)%、目標 \(sla.availability.target)%以上",
                         en: "\(sla.availability.percentText)% against a target of at least \(sla.availability.target)%")),
                ("recovery", "SLA-RECOVERY", "重大障害の復旧時間", "recovery time", sla.recovery.met,
                 Message(ja: "目標 \(sla.recovery.targetMinutes)分以内を超えた障害 \(sla.recovery.failures.filter { !$0.met }.map(\.incident.id).joined(separator: "、"))",
                         en: "over \(sla.recovery.targetMinutes) minutes: \(sla.recovery.failures.filter { !$0.met }.map(\.incident.id).joined(separator: ", "))")),
                ("response", "SLA-RESPONSE", "問合せに係る回答時間", "response time", sla.response.met,
                 Message(ja: "目標 \(sla.response.targetMinutes)分（開庁日）以内を超えた問合せ \(sla.response.inquiries.filter { !$0.met }.map(\.inquiry.id).joined(separator: "、"))",
                         en: "over \(sla.response.targetMinutes) open-day minutes: \(sla.response.inquiries.filter { !$0.met }.map(\.inquiry.id).joined(separator: ", "))")),
                ("major_failures", "SLA-MAJOR", "重大障害の発生件数", "major failures", sla.majorFailures.met,
                 Message(ja: "年度累計 \(sla.majorFailures.count)件、目標 \(sla.majorFailures.target)件以内",
                         en: "\(sla.majorFailures.count) in the fiscal year against at most \(sla.majorFailures.target)")),
            ]
            for metric in metrics where !metric.met && (improvements?.list(metric.key).isEmpty ?? true) {
                diagnostics.append(.error(
                    .report(.slaNoImprovement),
                    Message(ja: "\(metric.id)（\(metric.ja)）が未達です（\(metric.detail.japanese)）。改善策（improvements.\(metric.key)）を記載してください",
                            en: "\(metric.id) (\(metric.en)) is missed (\(metric.detail.english)); the report needs improvement measures (improvements.\(metric.key))"),
                    expected: Message(ja: "improvements:\n  \(metric.key):\n    - measure: 改善策", en: "improvements: \(metric.key): - measure: …"),
                    at: improvements?.span ?? v.keySpans["improvements"] ?? file))
            }
        }
        return diagnostics + logRules(report)
    }

    /// Row-level rules of the logs: times in order, recovered incidents explained, answers complete.
    public static func logRules(_ report: Report) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        func duplicates(_ rows: [(id: String, row: LogRow)], what: Message) {
            var first: [String: Int] = [:]
            for (index, item) in rows.enumerated() {
                if let earlier = first[item.id] {
                    diagnostics.append(.error(
                        .log(.duplicateID),
                        Message(ja: "\(what.japanese)の番号「\(item.id)」が重複しています", en: "the \(what.english) ID '\(item.id)' is used twice"),
                        expected: Message(ja: "一意の番号", en: "a unique ID"), at: item.row.span("id"),
                        notes: [.init(Message(ja: "最初の使用", en: "first use"), at: rows[earlier].row.span("id"))]))
                } else {
                    first[item.id] = index
                }
            }
        }
        duplicates(report.incidents.map { ($0.id, $0.row) }, what: Message(ja: "障害", en: "incident"))
        duplicates(report.maintenance.map { ($0.id, $0.row) }, what: Message(ja: "計画停止", en: "maintenance"))
        duplicates(report.inquiries.map { ($0.id, $0.row) }, what: Message(ja: "問合せ", en: "inquiry"))

        for incident in report.incidents {
            guard let recovered = incident.recoveredAt else { continue }
            if recovered < incident.occurredAt {
                diagnostics.append(.error(
                    .log(.endBeforeStart),
                    Message(ja: "障害 \(incident.id) の復旧日時 \(recovered.japanText) が発生日時 \(incident.occurredAt.japanText) より前です",
                            en: "incident \(incident.id) recovers (\(recovered.japanText)) before it occurs (\(incident.occurredAt.japanText))"),
                    expected: Message(ja: "発生日時以降", en: "a time after the occurrence"), at: incident.row.span("recovered_at")))
            }
            for (key, code, ja, en) in [("response", DiagnosticCode.report(.incidentNoResponse), "対応", "response"),
                                        ("countermeasure", .report(.incidentNoCountermeasure), "恒久対策", "countermeasure")]
            where incident.row.text(key) == nil {
                diagnostics.append(.error(
                    code,
                    Message(ja: "復旧した障害 \(incident.id) に\(ja)（\(key)）がありません", en: "the recovered incident \(incident.id) has no \(en) (\(key))"),
                    expected: Message(ja: "\(key): \(ja)の内容", en: "\(key): what was done"), at: incident.row.span(key)))
            }
        }
        for window in report.maintenance where window.end < window.start {
            diagnostics.append(.error(
                .log(.endBeforeStart),
                Message(ja: "計画停止 \(window.id) の終了 \(window.end.japanText) が開始 \(window.start.japanText) より前です",
                        en: "maintenance \(window.id) ends (\(window.end.japanText)) before it starts (\(window.start.japanText))"),
                expected: Message(ja: "開始以降", en: "a time after the start"), at: window.row.span("end")))
        }
        for inquiry in report.inquiries {
            guard let answered = inquiry.answeredAt else { continue }
            if answered < inquiry.askedAt {
                diagnostics.append(.error(
                    .log(.answerBeforeQuestion),
                    Message(ja: "問合せ \(inquiry.id) の回答日時 \(answered.japanText) が問合せ日時 \(inquiry.askedAt.japanText) より前です",
                            en: "inquiry \(inquiry.id) is answered (\(answered.japanText)) before it is asked (\(inquiry.askedAt.japanText))"),
                    expected: Message(ja: "問合せ日時以降", en: "a time after the question"), at: inquiry.row.span("answered_at")))
            }
            for (key, ja, en) in [("answered_by", "回答者", "who answered"), ("answer", "回答内容", "the answer")]
            where inquiry.row.text(key) == nil {
                diagnostics.append(.error(
                    .report(.inquiryNoAnswer),
                    Message(ja: "回答済みの問合せ \(inquiry.id) に\(ja)（\(key)）がありません", en: "the answered inquiry \(inquiry.id) does not say \(en) (\(key))"),
                    expected: Message(ja: "\(key): \(ja)", en: "\(key): \(en)"), at: inquiry.row.span(key)))
            }
        }
        return diagnostics
    }
}
