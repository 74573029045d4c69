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
        let v = c.report.value
        let month = c.month
        var view = ViewObject(shape)
        let monthLabel = format.month(year: month.year, month: month.month) + "分"
        view["title"] = "サービス実績報告書"
        view["document_title"] = "サービス実績報告書（\(monthLabel)）" + contract.serviceName
        view["month_label"] = monthLabel
        view["month"] = month.description
        let submitted = v.date("submitted_on") ?? c.dueDate
        view["submitted"] = format.date(submitted)
        view["due_date"] = format.date(c.dueDate)
        view["as_of"] = format.date(submitted)
        view["addressee"] = (contract.client.representative ?? contract.client.name) + "　様"
        view["client_name"] = contract.client.name
        view["contractor_name"] = contract.contractor.name
        view["contractor_representative"] = contract.contractor.representative
        view["service_name"] = contract.serviceName
        view["contract_title"] = contract.title
        view["plan_revision"] = plan?.currentRevision.map { "第\($0.number.value)版（\(format.date($0.date.value))）" } ?? ""
        view["generator"] = "teishutsu"
        view.flag("all_met", sla.allMet)
        view.flag("has_missed", !sla.allMet)
        view["summary_status"] = sla.allMet ? "全項目達成" : "未達あり"

        // Service-level summary.
        let a = sla.availability
        let fiscalName = (try? sla.majorFailures.fiscalYear.name(digits: format.digits)) ?? "\(sla.majorFailures.fiscalYear.startYear)年度"
        let rows: [(String, String, String, String, Bool, String)] = [
            ("SLA-AVAIL", "サービス稼働率", "\(a.target)%以上", "\(a.percentText)%", a.met,
             "実際の稼働時間／（当初予定した稼働時間－正当な理由のある停止時間）×100（分単位）"),
            ("SLA-RECOVERY", "重大障害の復旧時間", "\(hours(sla.recovery.targetMinutes))以内",
             sla.recovery.failures.isEmpty ? "対象の障害なし" : "最長 " + DocumentFormat.duration(minutes: Int64(sla.recovery.failures.map(\.minutes).max() ?? 0)),
             sla.recovery.met, "障害の発生から復旧までの時間（一部機能の停止を含む）"),
            ("SLA-RESPONSE", "問合せに係る回答時間", "\(hours(sla.response.targetMinutes))以内（閉庁日を除く）",
             sla.response.inquiries.isEmpty ? "対象の問合せなし" : "最長 " + DocumentFormat.duration(minutes: Int64(sla.response.inquiries.map(\.openMinutes).max() ?? 0)),
             sla.response.met, "問合せから一次回答までの時間（閉庁日を除く）"),
            ("SLA-MAJOR", "重大障害の発生件数", "\(sla.majorFailures.target)回／年度以内", "\(fiscalName)累計 \(sla.majorFailures.count)回",
             sla.majorFailures.met, "\(fiscalName)の初日から当月末までの重大障害の件数"),
        ]
        view.list("sla", rows) { row, o in
            o["id"] = row.0
            o["name"] = row.1
            o["target"] = row.2
            o["actual"] = row.3
            o.flag("is_met", row.4)
            o["status"] = status(row.4)
            o["method"] = row.5
        }

        view.object("availability") { o in
            o["planned"] = minutes(a.plannedMinutes)
            o["justified"] = minutes(a.justifiedMinutes)
            o["down"] = minutes(a.downMinutes)
            o["actual"] = minutes(a.actualMinutes)
            o["percent"] = a.percentText + "%"
            o["target"] = "\(a.target)%以上"
            o.flag("is_met", a.met)
            o["status"] = status(a.met)
            let denominator = a.plannedMinutes - a.justifiedMinutes
            o["formula"] = denominator > 0
                ? "\(DocumentFormat.grouped(Int64(a.actualMinutes))) ÷（\(DocumentFormat.grouped(Int64(a.plannedMinutes))) − \(DocumentFormat.grouped(Int64(a.justifiedMinutes)))）× 100 = \(exactPercent(a.actualMinutes, denominator))% → \(a.percentText)%（小数第2位未満切捨て）"
                : "当初予定した稼働時間がありません"
            o.flag("has_outages", !a.outages.isEmpty)
            o.list("outages", a.outages) { outage, oo in
                oo["id"] = outage.incident.id
                oo["impact"] = outage.incident.impact.japanese
                oo["from"] = format.dateTime(outage.from)
                oo["to"] = format.dateTime(outage.to)
                oo["window_minutes"] = minutes(outage.windowMinutes)
                oo["unjustified_minutes"] = minutes(outage.unjustifiedMinutes)
                oo.flag("is_ongoing", outage.ongoing)
                oo["state"] = outage.ongoing ? "未復旧" : "復旧"
            }
            o.flag("has_justified", !a.justifiedStops.isEmpty)
            o.list("justified_stops", a.justifiedStops) { stop, so in
                so["id"] = stop.window.id
                so["start"] = format.dateTime(stop.window.start)
                so["end"] = format.dateTime(stop.window.end)
                so["minutes"] = minutes(stop.windowMinutes)
                so["reason"] = stop.window.row.text("reason")
            }
            o.object("chart") { chart in AvailabilityChart.build(a, month: month, format: format, into: &chart) }
        }

        view.object("recovery") { o in
            o["target"] = "\(hours(sla.recovery.targetMinutes))（\(sla.recovery.targetMinutes)分）以内"
            o.flag("is_met", sla.recovery.met)
            o["status"] = status(sla.recovery.met)
            o.flag("has_failures", !sla.recovery.failures.isEmpty)
            o.list("failures", sla.recovery.failures) { f, fo in
                fo["id"] = f.incident.id
                fo["impact"] = f.incident.impact.japanese
                fo["occurred"] = format.dateTime(f.incident.occurredAt)
                fo["recovered"] = f.recovered ? format.dateTime(f.incident.recoveredAt) : "未復旧（\(format.dateTime(f.countedUntil))まで計上）"
                fo.flag("is_recovered", f.recovered)
                fo["minutes"] = minutes(f.minutes)
                fo["duration"] = DocumentFormat.duration(minutes: Int64(f.minutes))
                fo.flag("is_met", f.met)
                fo["status"] = status(f.met)
            }
        }

        view.object("response") { o in
            o["target"] = "\(hours(sla.response.targetMinutes))（\(sla.response.targetMinutes)分、閉庁日を除く）以内"
            o.flag("is_met", sla.response.met)
            o["status"] = status(sla.response.met)
            o.flag("has_items", !sla.response.inquiries.isEmpty)
            o.list("items", sla.response.inquiries) { i, io in
                io["id"] = i.inquiry.id
                io["asked_by"] = i.inquiry.row.text("asked_by")
                io["asked"] = format.dateTime(i.inquiry.askedAt)
                io["clock_start"] = format.dateTime(i.clockStart)
                io.flag("clock_moved", i.clockStart != i.inquiry.askedAt)
                io["answered"] = i.answered ? format.dateTime(i.inquiry.answeredAt) : "未回答（\(format.dateTime(i.countedUntil))まで計上）"
                io.flag("is_answered", i.answered)
                io["open_minutes"] = minutes(i.openMinutes)
                io["duration"] = DocumentFormat.duration(minutes: Int64(i.openMinutes))
                io.flag("is_met", i.met)
                io["status"] = status(i.met)
            }
        }

        view.object("major_failures") { o in
            let m = sla.majorFailures
            o["fiscal_year"] = fiscalName
            o["period"] = format.period(m.fiscalYear.firstDay, month.lastDay)
            o["count"] = "\(m.count)回"
            o["target"] = "\(m.target)回以内"
            o.flag("is_met", m.met)
            o["status"] = status(m.met)
            o.flag("has_items", !m.incidents.isEmpty)
            o.list("items", m.incidents) { i, io in
                io["id"] = i.id
                io["occurred"] = format.dateTime(i.occurredAt)
                io["impact"] = i.impact.japanese
                io["summary"] = i.row.text("summary")
            }
        }

        // Sections.
        view.list("result", v.objects("result")) { n, o in
            o["title"] = n.text("title")
            o["content"] = n.text("content")
        }
        let usage = v.object("usage")
        let figures = usage?.objects("figures") ?? []
        view.flag("has_figures", !figures.isEmpty)
        view.list("figures", figures) { f, o in
            o["name"] = f.text("name")
            o["value"] = f["value"]?.decimal.map { groupedDecimal($0) }
            o["unit"] = f.text("unit")
            o["note"] = f.text("note")
        }
        view["usage_notes"] = usage?.text("notes")
        view.flag("has_usage_notes", usage?.text("notes") != nil)

        // REP-INCIDENT: what occurred in the month, and what was still open when it began.
        let openAtStart = Set(sla.recovery.failures.map(\.incident.id))
        let monthIncidents = c.incidents.filter { i in
            (i.occurredAt >= month.start && i.occurredAt < month.end) || openAtStart.contains(i.id)
        }
        view.flag("has_incidents", !monthIncidents.isEmpty)
        view.list("incidents", monthIncidents) { i, o in
            o["id"] = i.id
            o["occurred"] = format.dateTime(i.occurredAt)
            o["recovered"] = i.recoveredAt.map { format.dateTime($0) } ?? "未復旧"
            o.flag("is_recovered", i.recoveredAt != nil)
            o["impact"] = i.impact.japanese
            o.flag("is_major", i.impact.isMajor)
            o["summary"] = i.row.text("summary")
            o["response"] = i.row.text("response")
            o["countermeasure"] = i.row.text("countermeasure")
        }
        view.flag("has_inquiries", !c.inquiries.isEmpty)
        view.list("inquiries", c.inquiries) { q, o in
            o["id"] = q.id
            o["asked"] = format.dateTime(q.askedAt)
            o["asked_by"] = q.row.text("asked_by")
            o["subject"] = q.row.text("subject")
            o["answered"] = q.answeredAt.map { format.dateTime($0) } ?? "未回答"
            o.flag("is_answered", q.answeredAt != nil)
            o["answered_by"] = q.row.text("answered_by")
            o["answer"] = q.row.text("answer")
        }
        view.flag("has_maintenance", !c.maintenance.isEmpty)
        let risks = v.objects("risks")
        view.flag("has_risks", !risks.isEmpty)
        view.list("risks", risks) { r, o in
            o["id"] = r.text("id")
            o["title"] = r.text("title")
            o["status"] = ReportSchema.riskStatuses.first { $0.value == r.text("status") }?.japanese
            o["owner"] = r.text("owner")
            o["action"] = r.text("action")
            o["due"] = format.date(r.date("due"))
        }
        let statuses = Dictionary((v["security_status"]?.entries ?? []).compactMap { e in e.value.object.map { (e.key, $0) } }, uniquingKeysWith: { a, _ in a })
        let measures = plan?.value.objects("security_plan") ?? []
        view.flag("has_security_status", !measures.isEmpty)
        view.list("security_status", measures) { m, o in
            let id = m.text("id") ?? ""
            let status = statuses[id]
            o["id"] = id
            o["measure"] = m.text("measure")
            o["owner"] = m.text("owner")
            o["timing"] = m.text("timing")
            o["status"] = ReportSchema.measureStatuses.first { $0.value == status?.text("status") }?.japanese
            o.flag("is_attention", ["delayed", "not_done"].contains(status?.text("status") ?? ""))
            o["detail"] = status?.text("detail")
        }
        let titles = Dictionary(((plan?.courses.map { ($0.id, $0.title) } ?? []) + (plan?.value.objects("audits").compactMap { a in
            a.text("id").map { ($0, (a.text("kind") == "third_party" ? "第三者監査" : "内部監査") + (a.text("body").map { "（\($0)）" } ?? "")) }
        } ?? [])), uniquingKeysWith: { a, _ in a })
        let activities = v.objects("activities")
        view.flag("has_activities", !activities.isEmpty)
        view.list("activities", activities) { act, o in
            o["id"] = act.text("id")
            o["title"] = act.text("id").flatMap { titles[$0] }
            o["date"] = format.date(act.date("date"))
            o["summary"] = act.text("summary")
        }
        let metricNames = [("availability", "サービス稼働率"), ("recovery", "重大障害の復旧時間"), ("response", "問合せに係る回答時間"),
                           ("major_failures", "重大障害の発生件数")]
        let improvements = metricNames.flatMap { key, name in
            (v.object("improvements")?.objects(key) ?? []).map { (name, $0) }
        }
        view.flag("has_improvements", !improvements.isEmpty)
        view.list("improvements", improvements) { item, o in
            o["metric"] = item.0
            o["measure"] = item.1.text("measure")
            o["owner"] = item.1.text("owner")
            o["due"] = format.date(item.1.date("due"))
        }
        let other = v.objects("other")
        view.flag("has_other", !other.isEmpty)
        view.list("other", other) { n, o in
            o["title"] = n.text("title")
            o["content"] = n.text("content")
        }
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
        let digits = String(fraction)
        return "\(whole)." + String(repeating: "0", count: 4 - digits.count) + digits + "…"
    }

    static func groupedDecimal(_ d: ExactDecimal) -> String {
        let text = d.description
        let parts = text.split(separator: ".", maxSplits: 1)
        guard let whole = Int64(parts[0]) else { return text }
        return DocumentFormat.grouped(whole) + (parts.count == 2 ? "." + parts[1] : "")
    }
}

/// The month's daily availability as bars; the SVG is in the template.
enum AvailabilityChart {
    static let width = 680, height = 230
    static let plotX = 44, plotRight = 672, plotTop = 14, plotBottom = 196

    static func build(_ a: AvailabilityResult, month: YearMonth, format: DocumentFormat, into view: inout ViewObject) {
        view["width"] = String(width)
        view["height"] = String(height)
        view["plot_x"] = String(plotX)
        view["plot_right"] = String(plotRight)
        view["plot_top"] = String(plotTop)
        view["plot_bottom"] = String(plotBottom)
        let percents = a.days.compactMap(\.percentHundredths)
        let lowest = percents.min() ?? 10_000
        let targetHundredths = Int(a.target.significand * 100 / a.target.denominator)
        // The axis starts a step below the worst day or the target (at most 99%), so small dips
        // show; ticks fall on whole steps.
        let floor = min(lowest, targetHundredths, 9_900)
        let step = 10_000 - floor <= 100 ? 20 : 10_000 - floor <= 500 ? 100 : 10_000 - floor <= 2_500 ? 500 : 1_000
        let axisMin = max(0, (floor - 1) / step * step)
        let span = Double(10_000 - axisMin)
        func y(_ hundredths: Int) -> Double {
            Double(plotBottom) - Double(hundredths - axisMin) / span * Double(plotBottom - plotTop)
        }
        let slot = Double(plotRight - plotX) / Double(month.days)
        view.list("bars", a.days.enumerated().compactMap { i, day in day.percentHundredths.map { (i, day, $0) } }) { item, bar in
            let (i, day, p) = item
            let top = y(max(p, axisMin))
            bar["x"] = GanttChart.decimal(Double(plotX) + Double(i) * slot + slot * 0.15)
            bar["width"] = GanttChart.decimal(slot * 0.7)
            bar["y"] = GanttChart.decimal(top)
            bar["height"] = GanttChart.decimal(max(0.5, Double(plotBottom) - top))
            let text = "\(p / 100)." + (p % 100 < 10 ? "0" : "") + "\(p % 100)%"
            bar["title"] = format.date(day.date) + " " + text + (day.down > 0 ? "（停止 \(day.down)分）" : "")
            let met = Int64(day.planned - day.justified - day.down) * 100 * a.target.denominator >= a.target.significand * Int64(day.planned - day.justified)
            bar.flag("is_missed", !met)
        }
        view.list("ticks", Array(stride(from: axisMin, through: 10_000, by: step))) { t, tick in
            tick["y"] = GanttChart.decimal(y(t))
            tick["label_y"] = GanttChart.decimal(y(t) + 3.5)
            tick["label"] = "\(t / 100)." + (t % 100 < 10 ? "0" : "") + "\(t % 100)"
        }
        view.flag("has_target_line", targetHundredths > axisMin)
        view["target_y"] = GanttChart.decimal(y(targetHundredths))
        view["target_label"] = "目標 \(a.target)%"
        view.list("days", Array(stride(from: 0, to: month.days, by: 1)).filter { $0 == 0 || ($0 + 1) % 5 == 0 }) { i, d in
            d["x"] = GanttChart.decimal(Double(plotX) + Double(i) * slot + slot / 2)
            d["label"] = "\(i + 1)"
        }
        view["caption"] = "日別の稼働率（\(format.month(year: month.year, month: month.month))、縦軸 %）"
    }
}
