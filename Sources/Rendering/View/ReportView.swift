import DocumentModel
import JapaneseCalendar
import ServiceLevels

/// What the report's HTML template can print (Templates/html/report.mustache).
public enum ReportView {
    static let slaRow = ViewShape("SLARow", values: ["id", "name", "target", "actual", "status", "method"], flags: ["is_met"])
    static let outage = ViewShape("Outage", values: ["id", "impact", "from", "to", "window_minutes", "unjustified_minutes", "state"], flags: ["is_ongoing"])
    static let justified = ViewShape("JustifiedStop", values: ["id", "start", "end", "minutes", "reason"])
    static let bar = ViewShape("Bar", values: ["x", "y", "width", "height", "title"], flags: ["is_missed"])
    static let tick = ViewShape("Tick", values: ["y", "label", "label_y"])
    static let dayLabel = ViewShape("DayLabel", values: ["x", "label"])
    static let chart = ViewShape("AvailabilityChart", values: ["width", "height", "plot_x", "plot_right", "plot_top", "plot_bottom", "target_y", "target_label", "caption"],
                                 flags: ["has_target_line"], lists: ["bars": bar, "ticks": tick, "days": dayLabel])
    static let availability = ViewShape("Availability", values: ["planned", "justified", "down", "actual", "percent", "target", "formula", "status"],
                                        flags: ["is_met", "has_outages", "has_justified"], lists: ["outages": outage, "justified_stops": justified],
                                        objects: ["chart": chart])
    static let failure = ViewShape("Failure", values: ["id", "impact", "occurred", "recovered", "minutes", "duration", "status"], flags: ["is_met", "is_recovered"])
    static let recovery = ViewShape("Recovery", values: ["target", "status"], flags: ["is_met", "has_failures"], lists: ["failures": failure])
    static let response = ViewShape("ResponseItem", values: ["id", "asked_by", "asked", "clock_start", "answered", "open_minutes", "duration", "status"],
                                    flags: ["is_met", "is_answered", "clock_moved"])
    static let responses = ViewShape("Responses", values: ["target", "status"], flags: ["is_met", "has_items"], lists: ["items": response])
    static let major = ViewShape("MajorItem", values: ["id", "occurred", "impact", "summary"])
    static let majors = ViewShape("MajorFailures", values: ["fiscal_year", "period", "count", "target", "status"], flags: ["is_met", "has_items"],
                                  lists: ["items": major])
    static let note = ViewShape("Note", values: ["title", "content"])
    static let figure = ViewShape("Figure", values: ["name", "value", "unit", "note"])
    static let incident = ViewShape("IncidentRow", values: ["id", "occurred", "recovered", "impact", "summary", "response", "countermeasure"], flags: ["is_recovered", "is_major"])
    static let inquiry = ViewShape("InquiryRow", values: ["id", "asked", "asked_by", "subject", "answered", "answered_by", "answer"], flags: ["is_answered"])
    static let risk = ViewShape("RiskRow", values: ["id", "title", "status", "owner", "action", "due"])
    static let measure = ViewShape("MeasureRow", values: ["id", "measure", "owner", "timing", "status", "detail"], flags: ["is_attention"])
    static let activity = ViewShape("ActivityRow", values: ["id", "title", "date", "summary"])
    static let improvement = ViewShape("ImprovementRow", values: ["metric", "measure", "owner", "due"])

    public static let shape = ViewShape(
        "ReportView",
        values: ["document_title", "title", "month_label", "month", "submitted", "due_date", "as_of", "addressee", "client_name",
                 "contractor_name", "contractor_representative", "service_name", "contract_title", "plan_revision", "usage_notes", "generator",
                 "summary_status"],
        flags: ["all_met", "has_missed", "has_improvements", "has_figures", "has_usage_notes", "has_incidents", "has_inquiries",
                "has_risks", "has_activities", "has_other", "has_security_status", "has_maintenance"],
        lists: ["sla": slaRow, "result": note, "figures": figure, "incidents": incident, "inquiries": inquiry, "risks": risk,
                "security_status": measure, "activities": activity, "improvements": improvement, "other": note],
        objects: ["availability": availability, "recovery": recovery, "response": responses, "major_failures": majors])

    static func status(_ met: Bool) -> String { met ? "達成" : "未達" }

    static func minutes(_ n: Int) -> String { DocumentFormat.grouped(Int64(n)) + "分" }

    public static func make(_ c: ReportComputation, plan: Plan?, contract: Contract) -> ViewNode {
        let format = DocumentFormat(contract)
        let sla = c.serviceLevels
        let report = c.report
        let month = c.month
        var view = ViewObject(shape)
        let monthLabel = format.month(year: month.year, month: month.month) + "分"
        view["title"] = "サービス実績報告書"
        view["document_title"] = "サービス実績報告書（\(monthLabel)）" + contract.serviceName
        view["month_label"] = monthLabel
        view["month"] = month.description
        let submitted = c.documentDate
        view["submitted"] = format.date(submitted)
        view["due_date"] = format.date(c.dueDate)
        view["as_of"] = format.date(submitted)
        view["addressee"] = (contract.client.representative ?? contract.client.name) + "　様"
        view["client_name"] = contract.client.name
        view["contractor_name"] = contract.contractor.name
        view["contractor_representative"] = contract.contractor.representative
        view["service_name"] = contract.serviceName
        view["contract_title"] = contract.title
        // The plan the report follows: the revision in force on its date, not the latest.
        let inForce = c.plan?.revision ?? plan?.currentRevision
        view["plan_revision"] = inForce.map { "第\($0.number.value)版（\(format.date($0.date.value))）" } ?? ""
        view["generator"] = "teishutsu"
        view.flag("all_met", sla.allMet)
        view.flag("has_missed", !sla.allMet)
        view["summary_status"] = sla.allMet ? "全項目達成" : "未達あり"
        serviceLevels(c, format: format, into: &view)
        sections(c, plan: c.plan?.plan ?? plan, format: format, into: &view)
        return view.finished
    }

    /// 6時間, 48時間, 1時間30分.
    static func hours(_ minutes: Int) -> String {
        minutes % 60 == 0 ? "\(minutes / 60)時間" : DocumentFormat.duration(minutes: Int64(minutes))
    }

    /// The exact quotient to four decimals (cut), to show the arithmetic.
    static func exactPercent(_ actual: Int, _ denominator: Int) -> String {
        let tenThousandths = Int64(actual) * 1_000_000 / Int64(denominator)
        let whole = tenThousandths / 10_000, fraction = tenThousandths % 10_000
        return "\(whole)." + Digits.padded(String(fraction), 4) + "…"
    }

    static func groupedDecimal(_ d: ExactDecimal) -> String {
        let text = d.description
        let parts = text.split(separator: ".", maxSplits: 1)
        guard let whole = Int64(parts[0]) else { return text }
        return DocumentFormat.grouped(whole) + (parts.count == 2 ? "." + parts[1] : "")
    }
}
