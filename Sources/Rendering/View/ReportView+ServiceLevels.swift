import DocumentModel
import JapaneseCalendar
import ServiceLevels

extension ReportView {
    /// The service-level summary and its evidence (根拠資料).
    static func serviceLevels(_ c: ReportComputation, contract: Contract, format: DocumentFormat, into view: inout ViewObject) {
        let closedDays = contract.closedDays
        let sla = c.serviceLevels
        let month = c.month
        let a = sla.availability
        let fiscalName = (try? sla.majorFailures.fiscalYear.name(digits: format.digits)) ?? "\(sla.majorFailures.fiscalYear.startYear)年度"
        let counted = sla.response.inquiries.filter(\.counted)
        let availabilityTarget = format.percent(a.target.description) + "以上"
        let rows: [(String, String, String, String, Bool, String)] = [
            ("SLA-AVAIL", "サービス稼働率", availabilityTarget, format.percent(a.percentText), a.met,
             format.text("実際の稼働時間／（当初予定した稼働時間－正当な理由のある停止時間）×100（分単位）")),
            ("SLA-RECOVERY", "重大障害の復旧時間", hours(sla.recovery.targetMinutes, format) + "以内",
             sla.recovery.failures.isEmpty ? "該当なし" : "最長" + format.duration(minutes: sla.recovery.failures.map(\.minutes).max() ?? 0),
             sla.recovery.met, "障害の発生から復旧までの時間（一部機能の停止を含む。）"),
            ("SLA-RESPONSE", "問合せに係る回答時間", hours(sla.response.targetMinutes, format) + "以内（閉庁日を除く。）",
             counted.isEmpty ? "該当なし" : "最長" + format.duration(minutes: counted.map(\.openMinutes).max() ?? 0),
             sla.response.met, "甲の担当者の問合せから一次回答までの時間（閉庁日を除く。）"),
            ("SLA-MAJOR", "重大障害の発生件数", "年度当たり" + format.count(sla.majorFailures.target, "回") + "以内",
             fiscalName + "累計" + format.count(sla.majorFailures.count, "回"),
             sla.majorFailures.met, "\(fiscalName)の初日から当月末までの重大障害の件数"),
        ]
        view.list("sla", rows) { row, o in
            o["id"] = row.0
            o["name"] = row.1
            o["target"] = row.2
            o["actual"] = row.3
            o.flag("is_met", row.4)
            // Nothing to judge (no failure, no inquiry of 甲's staff): a dash, not 達成.
            o["status"] = row.3 == "該当なし" ? "―" : format.judgement(row.4)
            o["method"] = row.5
        }

        view.object("availability") { o in
            o["planned"] = format.minutes(a.plannedMinutes)
            o["justified"] = format.minutes(a.justifiedMinutes)
            o["down"] = format.minutes(a.downMinutes)
            o["actual"] = format.minutes(a.actualMinutes)
            o["percent"] = format.percent(a.percentText)
            o["target"] = availabilityTarget
            o.flag("is_met", a.met)
            o["status"] = format.judgement(a.met)
            let sentence = "サービス稼働率は\(format.percent(a.percentText))（目標\(availabilityTarget)、\(format.judgement(a.met))）"
            o["sentence"] = format.say(sentence + "であった。", sentence + "でした。")
            let denominator = a.plannedMinutes - a.justifiedMinutes
            o["formula"] = denominator > 0
                ? format.text("\(Digits.grouped(a.actualMinutes))÷（\(Digits.grouped(a.plannedMinutes))－\(Digits.grouped(a.justifiedMinutes))）×100＝\(exactPercent(a.actualMinutes, denominator))％→\(a.percentText)％（小数第２位未満切捨て）")
                : "当初予定した稼働時間なし"
            // What the planned minutes are the sum of, so that a reader can work them out.
            let window = contract.serviceLevels.operatingWindow
            // The minutes of a stop that count: within the contract's hours, or all of them for a
            // service of 24 hours every day.
            o["window_heading"] = window.isAlways ? "停止時間" : "稼働時間帯内"
            let hours = window.isAlways ? format.text("毎日24時間")
                : (window.days == .everyDay ? "毎日" : "開庁日の") + OperatingWindow.clock(window.fromMinute) + "〜" + (window.isOvernight ? "翌" : "") + OperatingWindow.clock(window.toMinute)
            let basis = window.isAlways ? "当初予定した稼働時間は、当月の全ての時間（\(hours)）"
                : "当初予定した稼働時間は、契約で定めた稼働時間帯（\(hours)）の当月の合計"
            o["note"] = format.say(
                basis + "である。停止が重なる時間は一度だけ数え、１分の一部でも停止した分は停止として数える。正当な理由のある停止と重なる時間は、正当な理由のある停止として扱う。",
                basis + "です。停止が重なる時間は一度だけ数え、１分の一部でも停止した分は停止として数えます。正当な理由のある停止と重なる時間は、正当な理由のある停止として扱います。")
            o.flag("has_outages", !a.outages.isEmpty)
            o.list("outages", a.outages) { outage, oo in
                oo["id"] = outage.incident.id
                oo["impact"] = outage.incident.impact.japanese
                oo["span"] = format.span(outage.from, outage.to)
                oo["window_minutes"] = format.minutes(outage.windowMinutes)
                oo["unjustified_minutes"] = format.minutes(outage.unjustifiedMinutes)
                oo.flag("is_ongoing", outage.ongoing)
                oo["state"] = outage.ongoing ? "未復旧" : "復旧"
            }
            o.flag("has_justified", !a.justifiedStops.isEmpty)
            o.list("justified_stops", a.justifiedStops) { stop, so in
                so["id"] = stop.window.id
                so["span"] = format.span(stop.window.start, stop.window.end)
                so["minutes"] = format.minutes(stop.windowMinutes)
                so["reason"] = stop.window.reason
            }
            o.object("chart") { chart in AvailabilityChart.build(a, month: month, format: format, into: &chart) }
        }

        view.object("recovery") { o in
            o["target"] = "\(hours(sla.recovery.targetMinutes, format))以内"
            o.flag("is_met", sla.recovery.met)
            // Nothing to judge: as the summary says it (該当なし), not 達成.
            o["status"] = sla.recovery.failures.isEmpty ? "該当なし" : format.judgement(sla.recovery.met)
            o["none"] = format.say("当月、サービス停止（一部機能の停止を含む。）に至った障害はなかった。",
                                   "当月、サービス停止（一部機能の停止を含む。）に至った障害はありませんでした。")
            o.flag("has_failures", !sla.recovery.failures.isEmpty)
            o.list("failures", sla.recovery.failures) { f, fo in
                fo["id"] = f.incident.id
                fo["impact"] = f.incident.impact.japanese
                fo["occurred"] = format.dateTime(f.incident.occurredAt)
                fo["recovered"] = f.recovered ? format.dateTime(f.incident.recoveredAt) : "未復旧（\(format.dateTimeUntil(f.countedUntil))まで計上）"
                fo.flag("is_recovered", f.recovered)
                fo["minutes"] = format.minutes(f.minutes)
                fo["duration"] = format.duration(minutes: f.minutes)
                // In hours and minutes only when it says more than the minutes do.
                fo.flag("has_duration", f.minutes >= 60)
                fo.flag("is_carried_over", f.carriedOver)
                fo["in_month"] = format.duration(minutes: f.minutesInMonth)
                fo.flag("is_met", f.met)
                fo["status"] = format.judgement(f.met)
            }
        }

        view.object("response") { o in
            o["target"] = "\(hours(sla.response.targetMinutes, format))以内（閉庁日を除く。）"
            o.flag("is_met", sla.response.met)
            o["status"] = sla.response.inquiries.contains(where: \.counted) ? format.judgement(sla.response.met) : "該当なし"
            o["none"] = format.say("当月、対象となる問合せはなかった。", "当月、対象となる問合せはありませんでした。")
            // The contract's own closed days by their names (県民の日（５月15日）), as its calendar counts them.
            let own = closedDays.map { day -> String in
                switch day.rule {
                case .annual(let month, let d): return day.name + format.text("（\(month)月\(d)日）")
                case .once(let date): return day.name + "（" + format.date(date) + "）"
                }
            }
            let days = (["土曜日・日曜日", "国民の祝日・休日", format.text("12月29日〜1月3日")] + own).joined(separator: "、")
            o["note"] = format.say(
                "閉庁日（\(days)）の時間は数えない。閉庁日の問合せは、翌開庁日の０時から起算する。",
                "閉庁日（\(days)）の時間は数えません。閉庁日の問合せは、翌開庁日の０時から起算します。")
            let excluded = sla.response.inquiries.contains { !$0.counted }
            o.flag("has_excluded", excluded)
            o["scope_note"] = format.say(
                "別添１は「甲の担当者が行った問合せ」の回答時間を求めているため、甲以外（市町村等）からの問合せは一覧に示し、判定の対象外とした。",
                "別添１は「甲の担当者が行った問合せ」の回答時間を求めているため、甲以外（市町村等）からの問合せは一覧に示し、判定の対象外としました。")
            o.flag("has_items", !sla.response.inquiries.isEmpty)
            o.list("items", sla.response.inquiries) { i, io in
                io["id"] = i.inquiry.id
                io["asked_by"] = format.name(i.inquiry.askedBy)
                io["asked"] = format.dateTime(i.inquiry.askedAt)
                io["clock_start"] = format.dateTime(i.clockStart)
                io.flag("clock_moved", i.clockStart != i.inquiry.askedAt)
                io["answered"] = i.answered ? format.dateTime(i.inquiry.answeredAt) : "未回答（\(format.dateTimeUntil(i.countedUntil))まで計上）"
                io.flag("is_answered", i.answered)
                io["open_minutes"] = format.minutes(i.openMinutes)
                io["duration"] = format.duration(minutes: i.openMinutes)
                io.flag("has_duration", i.openMinutes >= 60)
                io.flag("is_carried_over", i.carriedOver)
                io["in_month"] = format.duration(minutes: i.openMinutesInMonth)
                io.flag("is_counted", i.counted)
                io["reason"] = i.decision.reason
                io.flag("is_met", i.met)
                io["status"] = i.counted ? format.judgement(i.met) : "対象外"
            }
        }

        view.object("major_failures") { o in
            let m = sla.majorFailures
            o["fiscal_year"] = fiscalName
            // From the contract's start when it began within the fiscal year.
            let from = max(m.fiscalYear.firstDay, contract.start?.value ?? m.fiscalYear.firstDay)
            o["period"] = format.period(from, month.lastDay)
            o["count"] = format.count(m.count, "回")
            o["target"] = "年度当たり" + format.count(m.target, "回") + "以内"
            o.flag("is_met", m.met)
            o["status"] = format.judgement(m.met)
            let sentence = "\(fiscalName)（\(format.period(from, month.lastDay))）の重大障害は\(format.count(m.count, "回"))"
            o["sentence"] = format.say(sentence + "である。", sentence + "です。")
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
