import DocumentModel
import JapaneseCalendar
import ServiceLevels

extension ReportView {
    /// The service-level summary and its evidence (根拠資料).
    static func serviceLevels(_ c: ReportComputation, format: DocumentFormat, into view: inout ViewObject) {
        let sla = c.serviceLevels
        let month = c.month
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
                so["reason"] = stop.window.reason
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
                io["asked_by"] = i.inquiry.askedBy
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
                io["summary"] = i.summary
            }
        }

    }
}
