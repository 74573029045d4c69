import DocumentModel
import JapaneseCalendar
import ServiceLevels

/// What the report's HTML template can print (Templates/html/report.mustache). Every sentence
/// the tool writes is made here, in the contract's register and digit style, so that a
/// template only places them.
public enum ReportView {
    static let slaRow = ViewShape("SLARow", values: ["id", "name", "target", "actual", "status", "method"], flags: ["is_met"])
    static let outage = ViewShape("Outage", values: ["id", "impact", "span", "window_minutes", "unjustified_minutes", "state"], flags: ["is_ongoing"])
    static let justified = ViewShape("JustifiedStop", values: ["id", "span", "minutes", "reason"])
    static let bar = ViewShape("Bar", values: ["x", "y", "width", "height", "title", "value", "value_x", "value_y"], flags: ["is_missed"])
    static let tick = ViewShape("Tick", values: ["y", "label", "label_y"])
    static let dayLabel = ViewShape("DayLabel", values: ["x", "label"])
    static let chart = ViewShape("AvailabilityChart", values: ["width", "height", "plot_x", "plot_right", "plot_top", "plot_bottom", "target_y", "target_label", "target_label_x", "target_label_y", "caption"],
                                 flags: ["has_target_line"], lists: ["bars": bar, "ticks": tick, "days": dayLabel])
    static let availability = ViewShape("Availability", values: ["planned", "justified", "down", "actual", "percent", "target", "formula", "status", "sentence", "note", "window_heading"],
                                        flags: ["is_met", "has_outages", "has_justified"], lists: ["outages": outage, "justified_stops": justified],
                                        objects: ["chart": chart])
    static let failure = ViewShape("Failure", values: ["id", "impact", "occurred", "recovered", "minutes", "duration", "status", "in_month"],
                                   flags: ["is_met", "is_recovered", "is_carried_over", "has_duration"])
    static let recovery = ViewShape("Recovery", values: ["target", "status", "none"], flags: ["is_met", "has_failures"], lists: ["failures": failure])
    static let response = ViewShape("ResponseItem", values: ["id", "asked_by", "asked", "clock_start", "answered", "open_minutes", "duration", "status",
                                                             "reason", "in_month"],
                                    flags: ["is_met", "is_answered", "clock_moved", "is_counted", "is_carried_over", "has_duration"])
    static let responses = ViewShape("Responses", values: ["target", "status", "none", "note", "scope_note"], flags: ["is_met", "has_items", "has_excluded"],
                                     lists: ["items": response])
    static let major = ViewShape("MajorItem", values: ["id", "occurred", "impact", "summary"])
    static let majors = ViewShape("MajorFailures", values: ["fiscal_year", "period", "count", "target", "status", "sentence"], flags: ["is_met", "has_items"],
                                  lists: ["items": major])
    static let note = ViewShape("Note", values: ["title", "content"])
    static let figure = ViewShape("Figure", values: ["name", "value", "note"])
    static let incident = ViewShape("IncidentRow", values: ["id", "occurred", "recovered", "impact", "summary", "response", "countermeasure", "in_month",
                                                            "report_href", "report_note"],
                                    flags: ["is_recovered", "is_major", "is_carried_over", "has_report"])
    static let measureProgress = ViewShape("MeasureProgressRow", values: ["id", "measure", "origin", "owner", "due", "status", "note", "evidence"],
                                           flags: ["is_done", "is_overdue"])
    static let request = ViewShape("RequestRow", values: ["id", "kind", "received", "from", "about", "request", "due", "answer", "answered", "state"],
                                   flags: ["is_open", "is_answered"])
    static let inquiry = ViewShape("InquiryRow", values: ["id", "asked", "asked_by", "subject", "answered", "answered_by", "answer", "reason"],
                                   flags: ["is_answered", "is_carried_over", "is_excluded"])
    static let risk = ViewShape("RiskRow", values: ["id", "title", "status", "owner", "action", "due"])
    static let measure = ViewShape("MeasureRow", values: ["id", "measure", "owner", "timing", "status", "detail"], flags: ["is_attention"])
    static let activity = ViewShape("ActivityRow", values: ["id", "title", "date", "summary"])
    static let improvement = ViewShape("ImprovementRow", values: ["id", "metric", "measure", "owner", "due", "status"], flags: ["is_overdue"])
    static let section = ViewShape("ReportSectionHeading", values: ["number", "title", "id", "anchor"])

    public static let shape = ViewShape(
        "ReportView",
        values: ["document_title", "title", "month_label", "month", "submitted", "due_date", "as_of", "addressee", "client_name",
                 "contractor_name", "contractor_representative", "service_name", "contract_title", "plan_revision", "usage_notes", "generator",
                 "summary_status", "intro", "basis", "running_header", "page_numbers", "no_incidents", "no_inquiries", "no_risks", "no_other", "carried_note",
                 "improvements_no", "measures_no", "answered_note"] + Correction.values,
        flags: [Correction.flag, "all_met", "has_missed", "has_improvements", "has_answered_note", "has_figures", "has_usage_notes", "has_incidents", "has_inquiries",
                "has_risks", "has_risk_due", "has_activities", "has_other", "has_security_status", "has_maintenance", "show_ids", "has_carried_over",
                "has_cover_letter", "has_measures", "has_requests"],
        lists: ["sla": slaRow, "result": note, "figures": figure, "incidents": incident, "inquiries": inquiry, "risks": risk,
                "security_status": measure, "activities": activity, "improvements": improvement, "other": note,
                "measures": measureProgress, "requests": request],
        objects: ["availability": availability, "recovery": recovery, "response": responses, "major_failures": majors,
                  "cover_letter": CoverLetterView.shape,
                  "s_result": section, "s_usage": section, "s_incident": section, "s_inquiry": section, "s_risk": section,
                  "s_security": section, "s_other": section, "s_sla": section, "s_requests": section])

    public static func make(_ c: ReportComputation, plan: Plan?, contract: Contract, duties: Duties = .none, showIDs: Bool = false,
                            corrects: [CivilDate] = []) -> ViewNode {
        let format = DocumentFormat(contract, showIDs: showIDs)
        let sla = c.serviceLevels
        let month = c.month
        var view = ViewObject(shape)
        let monthLabel = format.month(year: month.year, month: month.month) + "分"
        let mark = corrects.isEmpty ? "" : Correction.mark
        view["title"] = "サービス実績報告書"
        view["document_title"] = "サービス実績報告書（\(monthLabel)）\(mark)" + contract.serviceName
        view["running_header"] = CSSString.escape("サービス実績報告書（\(monthLabel)）\(mark)　" + contract.serviceName)
        Correction.fill(&view, corrects: corrects, document: "本報告書", format: format)
        DocumentHead.fill(&view, contract: contract, format: format)
        view["month_label"] = monthLabel
        view["month"] = month.description
        let submitted = c.documentDate
        view["submitted"] = format.date(submitted)
        view["due_date"] = format.date(c.dueDate)
        view["as_of"] = format.date(submitted)
        view["client_name"] = contract.client.name
        // The plan the report follows: the revision in force on its date, not the latest.
        let inForce = c.plan?.revision ?? plan?.currentRevision
        let revision = inForce.map { "第\(format.number($0.number.value))版（\(format.date($0.date.value))）" } ?? ""
        view["plan_revision"] = revision
        view["intro"] = format.say("「\(format.keep(contract.title))」別添１に基づき、\(monthLabel)のサービス実績を次のとおり報告する。",
                                   "「\(format.keep(contract.title))」別添１に基づき、\(monthLabel)のサービス実績を次のとおり報告します。")
        // Two sentences: the revision's date in brackets inside brackets read as a pile of them.
        let basis = "サービスレベルの各数値は、\(format.date(submitted))現在のログに基づき算出"
        view["basis"] = format.say(basis + "した。" + (revision.isEmpty ? "" : "準拠する計画書は\(revision)である。"),
                                   basis + "しました。" + (revision.isEmpty ? "" : "準拠する計画書は\(revision)です。"))
        view.flag("show_ids", showIDs)
        view.flag("all_met", sla.allMet)
        view.flag("has_missed", !sla.allMet)
        view["summary_status"] = sla.allMet ? "全項目達成" : "未達成の項目あり"
        view["no_incidents"] = format.say("当月の障害・インシデントはなかった。", "当月の障害・インシデントはありませんでした。")
        view["no_inquiries"] = format.say("当月の問合せはなかった。", "当月の問合せはありませんでした。")
        view["no_risks"] = format.say("報告すべき課題・リスクはない。", "報告すべき課題・リスクはありません。")
        view["no_other"] = "特になし。"
        view["carried_note"] = format.say(
            "「前月からの継続」は、前月以前に発生し当月も続いた障害・問合せを示す。時間は発生からの通算であり、（当月分）は当月に属する時間である。",
            "「前月からの継続」は、前月以前に発生し当月も続いた障害・問合せを示します。時間は発生からの通算で、（当月分）は当月に属する時間です。")
        let headings: [(String, ReportSection?, String)] = [
            ("s_result", .result, "本サービスの実施実績"), ("s_usage", .usage, "サービス利用状況（稼働状況）"),
            ("s_incident", .incident, "障害・インシデント管理"), ("s_inquiry", .inquiry, "問合せ管理"),
            ("s_risk", .risk, "課題・リスク管理"), ("s_security", .securityStatus, "「セキュリティ対策実施計画」の実施状況"),
            ("s_other", .other, "その他必要な事項"), ("s_sla", .serviceLevels, "サービスレベルの達成状況と根拠資料"),
            ("s_requests", nil, "甲からの改善要求・説明要求への対応"),
        ]
        for (offset, heading) in headings.enumerated() {
            view.object(heading.0) { o in
                o["number"] = format.number(offset + 1)
                o["title"] = heading.2
                o["id"] = heading.1?.id
                o["anchor"] = heading.1?.id.lowercased()
            }
        }
        serviceLevels(c, contract: contract, format: format, into: &view)
        sections(c, plan: c.plan?.plan ?? plan, duties: duties, format: format, into: &view)
        dutySections(c, duties: duties, format: format, into: &view)
        DocumentHead.coverLetter(&view, contract: contract, date: submitted, subject: "\(monthLabel)サービス実績報告書\(mark)の提出について",
                                 enclosure: "サービス実績報告書（\(monthLabel)）\(mark)", period: format.period(month.firstDay, month.lastDay), format: format)
        return view.finished
    }

    /// ６時間, 48時間, １時間30分.
    static func hours(_ minutes: Int, _ format: DocumentFormat) -> String { format.duration(minutes: minutes) }

    /// The exact quotient to four decimals (cut), to show the arithmetic.
    static func exactPercent(_ actual: Int, _ denominator: Int) -> String {
        let tenThousandths = Int64(actual) * 1_000_000 / Int64(denominator)
        let whole = tenThousandths / 10_000, fraction = tenThousandths % 10_000
        // An exact quotient (100, 99.5) has nothing cut: no ….
        let exact = (Int64(actual) * 1_000_000) % Int64(denominator) == 0
        return "\(whole)." + Digits.padded(String(fraction), 4) + (exact ? "" : "…")
    }
}
