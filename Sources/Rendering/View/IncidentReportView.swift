import DocumentModel
import JapaneseCalendar
import ServiceLevels

/// What the incident report's template prints (Templates/html/incident.mustache).
public enum IncidentReportView {
    static let notice = ViewShape("NoticeRow", values: ["kind", "at", "to", "by", "means", "content", "timing"], flags: ["is_late"])
    public static let shape = ViewShape(
        "IncidentReportView",
        values: ["document_title", "title", "occurred_label", "running_header", "page_numbers", "issued", "addressee", "contractor_name", "contractor_representative",
                 "service_name", "contract_title", "intro", "id", "impact", "summary", "occurred", "detected", "recovered", "exposed",
                 "cause", "services", "users", "data", "response", "permanent_fix", "prevention", "down", "recovery", "recovery_target",
                 "recovery_status", "first_promise", "final_promise", "update_promise", "generator", "state", "down_heading"] + Correction.values,
        flags: [Correction.flag, "is_security", "is_major", "has_final", "has_recovery_target", "recovery_met", "show_ids", "has_cover_letter", "has_exposed"],
        lists: ["notices": notice],
        objects: ["cover_letter": CoverLetterView.shape])

    static func make(_ d: IncidentReportDocument) -> ViewNode {
        let format = DocumentFormat(d.contract, showIDs: d.showIDs)
        let r = d.report, i = d.incident
        var view = ViewObject(shape)
        view["title"] = "障害報告書"
        // Named by when it occurred, as a reviewer files it (the log's number is in the table).
        let occurred = format.date(i.occurredAt.japanDate) + "発生"
        view["occurred_label"] = occurred
        let mark = d.corrects.isEmpty ? "" : Correction.mark
        view["document_title"] = "障害報告書（\(occurred)）\(mark)　" + d.contract.serviceName
        view["running_header"] = CSSString.escape("障害報告書（\(occurred)）\(mark)　" + d.contract.serviceName)
        Correction.fill(&view, corrects: d.corrects, document: "本報告書", format: format)
        DocumentHead.fill(&view, contract: d.contract, format: format)
        view["issued"] = format.date(d.date)
        view.flag("show_ids", d.showIDs)
        view["intro"] = format.say("「\(format.keep(d.contract.title))」別添１に基づき、次の障害について報告する。",
                                   "「\(format.keep(d.contract.title))」別添１に基づき、次の障害について報告します。")
        view["id"] = r.id.value
        view["impact"] = i.impact.japanese
        view.flag("is_major", i.impact.isMajor)
        view["summary"] = i.summary
        view["occurred"] = format.dateTime(i.occurredAt)
        view["detected"] = format.dateTime(r.detectedAt?.value)
        view["recovered"] = i.recoveredAt.map { format.dateTime($0) } ?? "未復旧"
        view.flag("is_security", r.security)
        view.flag("has_exposed", r.exposedInformation != nil)
        view["exposed"] = r.exposedInformation?.value
        view.flag("has_final", r.finalNotice != nil)
        view["state"] = r.finalNotice != nil ? "最終報告" : "中間報告（最終報告前）"
        view["cause"] = r.cause?.value
        view["services"] = r.scope?.services.value
        view["users"] = r.scope?.users.value
        view["data"] = r.scope?.data.value
        view["response"] = r.response?.value
        view["permanent_fix"] = r.permanentFix?.value
        view["prevention"] = r.prevention?.value
        // The promised times, from the plan's contact section.
        let calendar = d.contract.calendar
        let detected = r.detectedAt?.value
        let firstDue = detected.flatMap { det in d.promise.firstMinutes.map { Instant(secondsSinceEpoch: det.secondsSinceEpoch + Int64($0) * 60) } }
        let finalDue = detected.flatMap { det in d.promise.finalOpenDays.map { Instant(date: calendar.openDay($0, from: det.japanDate.adding(days: 1)).adding(days: 1)) } }
        view["first_promise"] = d.promise.firstMinutes.map { "検知から" + format.duration(minutes: $0) + "以内" + (firstDue.map { "（" + format.dateTime($0) + "まで）" } ?? "") }
        view["final_promise"] = d.promise.finalOpenDays.map { n in
            "検知から" + format.count(n, "開庁日") + "以内" + (finalDue.map { "（" + format.date($0.japanDate.adding(days: -1)) + "まで）" } ?? "")
        }
        view["update_promise"] = d.promise.updateMinutes.map { "第一報の後、復旧まで" + format.duration(minutes: $0) + "ごと" }
        // An update's due time: the interval after the report before it, while the incident lasted.
        let firstIndex = r.notices.firstIndex(where: \.isFirst)
        let dues = d.promise.updateMinutes.flatMap { r.updatesDue(every: $0, recovered: i.recoveredAt)?.dues } ?? []
        let updateDue = Dictionary(dues.map { ($0.index, $0.due) }, uniquingKeysWith: { a, _ in a })
        view.list("notices", Array(r.notices.enumerated())) { item, o in
            let (index, n) = item
            o["kind"] = n.kindJapanese
            o["at"] = format.dateTime(n.at?.value)
            o["to"] = format.name(n.to.value)
            o["by"] = format.name(n.by.value)
            o["means"] = n.means?.value
            o["content"] = n.content.value
            // The first report is judged by its deadline; any report after it, a final one too, as
            // an update while the incident lasted (as DutyRules.checkUpdates judges them).
            let isFirst = index == firstIndex
            let firstLate = isFirst ? firstDue.map { due in n.at.map { $0.value > due } ?? false } : nil
            let updateLate = updateDue[index].map { due in n.at.map { $0.value > due } ?? false } ?? false
            let finalLate = n.isFinal ? finalDue.map { due in n.at.map { $0.value >= due } ?? false } : nil
            o.flag("is_late", firstLate ?? (updateLate || finalLate == true))
            if let firstLate {
                o["timing"] = firstLate ? "【期限超過】" : "期限内"
            } else if updateLate, let due = updateDue[index] {
                // Later than the interval allows: said with the time an update was due.
                o["timing"] = "【期限超過】（" + format.dateTime(due) + "まで）"
            } else if let finalLate {
                o["timing"] = finalLate ? "【期限超過】" : "期限内"
            } else if updateDue[index] != nil {
                o["timing"] = "期限内"
            } else {
                // A report after the recovery: no deadline of its own.
                o["timing"] = "―"
            }
        }
        let e = d.effect
        // The stop counted within the contract's hours: a service of 24 hours every day has no
        // hours outside them to leave out.
        view["down_heading"] = d.contract.serviceLevels.operatingWindow.isAlways
            ? "停止時間（正当な理由のある停止を除く。）" : "停止時間（稼働時間帯内、正当な理由のある停止を除く。）"
        view["down"] = format.minutes(e.downMinutes) + (e.downMinutes >= 60 ? "（" + format.duration(minutes: e.downMinutes) + "）" : "")
        view["recovery"] = e.recoveryMinutes.map { $0 >= 60 ? format.minutes($0) + "（" + format.duration(minutes: $0) + "）" : format.minutes($0) } ?? "未復旧"
        view.flag("has_recovery_target", e.recoveryTargetMinutes != nil)
        view["recovery_target"] = e.recoveryTargetMinutes.map { format.duration(minutes: $0) + "以内" }
        view.flag("recovery_met", e.recoveryMet ?? false)
        view["recovery_status"] = e.recoveryMet.map { format.judgement($0) } ?? ""
        DocumentHead.coverLetter(&view, contract: d.contract, date: d.date,
                                 subject: "\(format.date(i.occurredAt.japanDate))に発生した障害に係る障害報告書\(mark)の提出について",
                                 enclosure: "障害報告書（\(occurred)）\(mark)", format: format)
        return view.finished
    }
}

/// What the closing record's template prints (Templates/html/closing.mustache).
public enum ClosingView {
    static let information = ViewShape("InformationRow", values: ["name", "held_at", "disposition", "on", "to", "format", "by"])
    static let erasure = ViewShape("ErasureRow", values: ["company", "site", "medium", "method", "standard", "erased_on", "performed_by", "witnessed_by", "certificate"])
    public static let shape = ViewShape(
        "ClosingView",
        values: ["document_title", "title", "running_header", "page_numbers", "issued", "addressee", "contractor_name", "contractor_representative",
                 "service_name", "contract_title", "intro", "deadline", "copies_destroyed", "note", "generator", "summary"] + Correction.values,
        flags: [Correction.flag, "has_copies_destroyed", "has_note", "show_ids", "has_cover_letter"],
        lists: ["information": information, "erasures": erasure],
        objects: ["cover_letter": CoverLetterView.shape])

    /// 甲の情報３種類のうち、１種類を甲に返却し、１種類を次期受託者に引き渡し、１種類を消去した。
    /// また、これらを保管していた記録媒体（３か所）から甲の情報を消去した。
    /// (Everything erased: 甲の情報３種類を、保管していた記録媒体（３か所）から消去した。)
    static func summary(_ c: ClosingRecord, format: DocumentFormat) -> String {
        // Each clause is a stem that takes し (and, last, した or しました).
        let stems: [(String, String)] = [("returned", "を甲に返却"), ("handed_over", "を次期受託者に引き渡"), ("erased", "を消去")]
        let total = c.information.count
        let counts = stems.map { disposition, _ in c.information.filter { $0.disposition.value == disposition }.count }
        let past = format.say("した。", "しました。")
        let sites = Set(c.erasures.map { $0.company.value + "\u{0}" + $0.site.value }).count
        let media = "記録媒体（" + format.count(sites, "か所") + "）"
        if total > 0, counts[2] == total {
            return "甲の情報" + format.count(total, "種類") + (sites > 0 ? "を、保管していた" + media + "から消去" : "を消去") + past
        }
        let clauses = zip(stems, counts).compactMap { stem, n -> String? in
            n == 0 ? nil : (n == total ? "" : format.count(n, "種類")) + stem.1
        }
        var text = "甲の情報" + format.count(total, "種類")
        if clauses.count == 1 {
            text += clauses[0] + past
        } else {
            text += "のうち、" + clauses.dropLast().map { $0 + "し、" }.joined() + (clauses.last ?? "") + past
        }
        if sites > 0 {
            text += "また、" + (total == 1 ? "これ" : "これら") + "を保管していた" + media + "から甲の情報を消去" + past
        }
        return text
    }

    static func make(_ d: ClosingDocument) -> ViewNode {
        let format = DocumentFormat(d.contract)
        let c = d.closing
        var view = ViewObject(shape)
        view["title"] = "データ返却・消去報告書"
        let mark = d.corrects.isEmpty ? "" : Correction.mark
        view["document_title"] = "データ返却・消去報告書\(mark)　" + d.contract.serviceName
        view["running_header"] = CSSString.escape("データ返却・消去報告書\(mark)　" + d.contract.serviceName)
        Correction.fill(&view, corrects: d.corrects, document: "本報告書", format: format)
        DocumentHead.fill(&view, contract: d.contract, format: format)
        view["issued"] = format.date(d.date)
        view["intro"] = format.say(
            "「\(format.keep(d.contract.title))」の終了に当たり、甲の情報の返却・引渡し及び消去を次のとおり行ったので報告する。",
            "「\(format.keep(d.contract.title))」の終了に当たり、甲の情報の返却・引渡し及び消去を次のとおり行いましたので報告します。")
        view["deadline"] = format.date(d.contract.disposalDeadline?.value)
        view["summary"] = summary(c, format: format)
        view.list("information", c.information) { item, o in
            o["name"] = item.name.value
            o["held_at"] = item.heldAt.map(\.value).joined(separator: "、")
            o["disposition"] = item.dispositionJapanese
            o["on"] = format.date(item.on?.value)
            o["to"] = item.to?.value
            o["format"] = item.format?.value
            o["by"] = format.name(item.by?.value)
            // Erased with no one named for it: by whom is the record of erasure's (section ２).
            if item.disposition.value == "erased", item.to == nil, item.by == nil, !c.erasures.isEmpty {
                o["to"] = format.text("２の消去の記録のとおり")
            }
        }
        view.list("erasures", c.erasures) { e, o in
            o["company"] = e.company.value
            o["site"] = e.site.value
            o["medium"] = e.medium.value
            o["method"] = e.methodJapanese
            o["standard"] = e.standard?.value
            o["erased_on"] = format.date(e.erasedOn?.value)
            o["performed_by"] = format.name(e.performedBy.value)
            o["witnessed_by"] = format.name(e.witnessedBy?.value)
            // No certificate of its own (乙's own erasure, said by this record): a dash, not a blank.
            o["certificate"] = e.certificate?.value ?? "―"
        }
        view.flag("has_copies_destroyed", c.copiesDestroyed != nil)
        view["copies_destroyed"] = c.copiesDestroyed?.value
        view.flag("has_note", c.note != nil)
        view["note"] = c.note?.value
        DocumentHead.coverLetter(&view, contract: d.contract, date: d.date, subject: "データ返却・消去報告書\(mark)の提出について",
                                 enclosure: "データ返却・消去報告書\(mark)", format: format)
        return view.finished
    }
}

/// What the annual report's template prints (Templates/html/annual.mustache).
public enum AnnualView {
    static let month = ViewShape("AnnualMonthRow", values: ["month", "availability", "recovery", "response", "major", "incidents", "inquiries"],
                                 flags: ["availability_met", "recovery_met", "response_met", "all_met"])
    static let bar = ViewShape("AnnualBar", values: ["x", "y", "width", "height", "title"], flags: ["is_inquiry"])
    static let label = ViewShape("AnnualLabel", values: ["x", "label"])
    static let tick = ViewShape("AnnualTick", values: ["y", "label", "label_y"])
    static let chart = ViewShape("AnnualChart", values: ["width", "height", "plot_x", "plot_right", "plot_bottom", "caption"],
                                 lists: ["bars": bar, "labels": label, "ticks": tick])
    static let total = ViewShape("AnnualTotalRow", values: ["availability", "recovery", "response", "major", "incidents", "inquiries", "note"])
    static let measure = ViewShape("AnnualMeasureRow", values: ["id", "measure", "origin", "owner", "due", "status", "evidence"], flags: ["is_done", "is_overdue"])
    static let request = ViewShape("AnnualRequestRow", values: ["id", "kind", "received", "about", "answered", "state"], flags: ["is_open"])
    public static let shape = ViewShape(
        "AnnualView",
        values: ["document_title", "title", "running_header", "page_numbers", "issued", "addressee", "contractor_name", "contractor_representative",
                 "service_name", "contract_title", "intro", "fiscal_year", "period", "major_count", "major_target", "major_status", "generator",
                 "missed_months", "targets", "no_measures", "no_requests"],
        flags: ["major_met", "has_measures", "has_requests", "show_ids", "has_cover_letter"],
        lists: ["months": month, "measures": measure, "requests": request],
        objects: ["chart": chart, "cover_letter": CoverLetterView.shape, "total": total])

    static func origin(_ m: ImprovementMeasure, duties: Duties, format: DocumentFormat) -> String {
        switch m.origin {
        case .report(let presented, let metric):
            return (presented.map { format.month(year: $0.year, month: $0.month) + "分" } ?? "") + "の未達成（\(metric.japanese)）"
        case .request(let id):
            return (duties.requests.first { $0.id.value == id }?.kindJapanese ?? "要求") + "（\(id)）"
        }
    }

    static func make(_ d: AnnualDocument) -> ViewNode {
        let format = DocumentFormat(d.contract)
        var view = ViewObject(shape)
        let yearName = (try? d.fiscalYear.name(digits: format.digits)) ?? "\(d.fiscalYear.startYear)年度"
        view["title"] = "年度報告（\(yearName)）"
        view["document_title"] = "年度報告（\(yearName)）" + d.contract.serviceName
        view["running_header"] = CSSString.escape("年度報告（\(yearName)）　" + d.contract.serviceName)
        DocumentHead.fill(&view, contract: d.contract, format: format)
        view["fiscal_year"] = yearName
        view["issued"] = format.date(d.date)
        // From the contract's start when it began within the fiscal year; to its end when it ends within it.
        let from = max(d.fiscalYear.firstDay, d.contract.start?.value ?? d.fiscalYear.firstDay)
        view["period"] = format.period(from, d.months.last?.month.lastDay ?? min(d.fiscalYear.lastDay, d.contract.end?.value ?? d.fiscalYear.lastDay))
        view["intro"] = format.say(
            "\(yearName)の各月のサービス実績報告書を、サービスレベルの達成状況、障害・問合せの件数、改善策及び甲からの要求への対応の観点で取りまとめた。数値は各月の報告書と同じログから算出している。",
            "\(yearName)の各月のサービス実績報告書を、サービスレベルの達成状況、障害・問合せの件数、改善策及び甲からの要求への対応の観点で取りまとめました。数値は各月の報告書と同じログから算出しています。")
        let targets = d.contract.serviceLevels
        view["targets"] = "目標値：稼働率" + format.percent(targets.availabilityPercent.description) + "以上、復旧時間" + format.duration(minutes: targets.recoveryMinutes)
            + "以内、回答時間" + format.duration(minutes: targets.responseMinutes) + "以内（閉庁日を除く。）、重大障害は年度当たり" + format.count(targets.majorFailuresPerYear, "回") + "以内"
        var missed: [String] = []
        view.list("months", d.months) { c, o in
            let sla = c.serviceLevels
            o["month"] = format.month(year: c.month.year, month: c.month.month)
            o["availability"] = format.percent(sla.availability.percentText)
            o.flag("availability_met", sla.availability.met)
            let figures = AnnualDocument.Totals([c])
            o["recovery"] = figures.longestRecoveryMinutes.map { format.duration(minutes: $0) } ?? "―"
            o.flag("recovery_met", sla.recovery.met)
            o["response"] = figures.longestResponseMinutes.map { format.duration(minutes: $0) } ?? "―"
            o.flag("response_met", sla.response.met)
            o["major"] = format.count(sla.majorFailures.count, "回")
            o["incidents"] = format.count(figures.incidents, "件")
            o["inquiries"] = format.count(figures.inquiries, "件")
            o.flag("all_met", sla.allMet)
            if !sla.allMet { missed.append(format.month(year: c.month.year, month: c.month.month)) }
        }
        // The year taken together: minutes added (for reference: each month is judged), the
        // longest times of the months, the year's counts.
        let totals = d.totals
        view.object("total") { o in
            o["availability"] = format.percent(totals.availability.percentText)
            o["recovery"] = totals.longestRecoveryMinutes.map { format.duration(minutes: $0) } ?? "―"
            o["response"] = totals.longestResponseMinutes.map { format.duration(minutes: $0) } ?? "―"
            o["major"] = totals.majorFailures.map { format.count($0, "回") } ?? "―"
            o["incidents"] = format.count(totals.incidents, "件")
            o["inquiries"] = format.count(totals.inquiries, "件")
            o["note"] = format.say(
                "年度通算の稼働率は、各月の実際の稼働時間の合計を各月の（当初予定した稼働時間－正当な理由のある停止時間）の合計で除した参考値であり、目標は月ごとに判定する。"
                    + "最長の復旧時間・回答時間には前月から継続した障害・問合せを含むため、同じ障害・問合せが二つの月に現れることがある。障害等・問合せの件数は、その月に発生し、又は受け付けたものである。",
                "年度通算の稼働率は、各月の実際の稼働時間の合計を各月の（当初予定した稼働時間－正当な理由のある停止時間）の合計で除した参考値で、目標は月ごとに判定します。"
                    + "最長の復旧時間・回答時間には前月から継続した障害・問合せを含むため、同じ障害・問合せが二つの月に現れることがあります。障害等・問合せの件数は、その月に発生し、又は受け付けたものです。")
        }
        view["missed_months"] = missed.isEmpty ? format.say("全ての月で全項目を達成した。", "全ての月で全項目を達成しました。")
            : format.say("目標を達成しなかった月：\(missed.joined(separator: "、"))（各月の改善策は下表のとおり）。",
                         "目標を達成しなかった月：\(missed.joined(separator: "、"))（各月の改善策は下表のとおりです）。")
        if let m = d.months.last?.serviceLevels.majorFailures {
            view["major_count"] = format.count(m.count, "回")
            view["major_target"] = "年度当たり" + format.count(m.target, "回") + "以内"
            view.flag("major_met", m.met)
            view["major_status"] = format.judgement(m.met)
        }
        view.object("chart") { chart in buildChart(d, format: format, into: &chart) }
        view["no_measures"] = format.say("この年度に示した改善策はない。", "この年度に示した改善策はありません。")
        view["no_requests"] = format.say("この年度に受けた要求はない。", "この年度に受けた要求はありません。")
        let measures = d.measures
        view.flag("has_measures", !measures.isEmpty)
        view.list("measures", measures) { state, o in
            o["id"] = state.measure.id.value
            o["measure"] = state.measure.measure.value
            o["origin"] = origin(state.measure, duties: d.duties, format: format)
            o["owner"] = format.name(state.measure.owner?.value)
            o["due"] = format.date(state.measure.due?.value)
            o.flag("is_done", state.isDone)
            // As of the year's last report, as the reports said it.
            let status = ReportView.statusText(state, asOf: d.months.last?.month.lastDay ?? d.fiscalYear.lastDay, format: format)
            o["status"] = status.text
            o.flag("is_overdue", status.overdue)
            o["evidence"] = state.isDone ? state.evidence : nil
        }
        let requests = d.requests
        view.flag("has_requests", !requests.isEmpty)
        view.list("requests", requests) { request, o in
            o["id"] = request.id.value
            o["kind"] = request.kindJapanese
            o["received"] = format.date(request.receivedOn?.value)
            o["about"] = request.about.value
            o["answered"] = format.date(request.answer?.on?.value)
            let closed = request.closedOn != nil
            o.flag("is_open", !closed)
            o["state"] = closed ? "完了（\(format.date(request.closedOn?.value))）" : "対応中"
        }
        DocumentHead.coverLetter(&view, contract: d.contract, date: d.date, subject: "年度報告（\(yearName)）の提出について",
                                 enclosure: "年度報告（\(yearName)）", period: view["period"], format: format)
        return view.finished
    }

    /// Incidents and inquiries by month, as grouped bars.
    static func buildChart(_ d: AnnualDocument, format: DocumentFormat, into view: inout ViewObject) {
        let width = 680, height = 200, plotX = 36, plotRight = 672, plotTop = 10, plotBottom = 170
        view["width"] = String(width)
        view["height"] = String(height)
        view["plot_x"] = String(plotX)
        view["plot_right"] = String(plotRight)
        view["plot_bottom"] = String(plotBottom)
        let counts = d.months.map { c in
            let figures = AnnualDocument.Totals([c])
            return (c.month, figures.incidents, figures.inquiries)
        }
        let top = max(1, counts.map { max($0.1, $0.2) }.max() ?? 1)
        let step = top <= 5 ? 1 : top <= 10 ? 2 : top <= 25 ? 5 : 10
        let axisTop = (top + step - 1) / step * step
        let slot = Double(plotRight - plotX) / 12
        func y(_ n: Int) -> Double { Double(plotBottom) - Double(n) / Double(axisTop) * Double(plotBottom - plotTop) }
        var bars: [(x: Double, n: Int, inquiry: Bool, title: String)] = []
        for (index, count) in counts.enumerated() {
            let monthIndex = (count.0.month + 8) % 12    // April → 0
            let x = Double(plotX) + Double(monthIndex) * slot
            let name = format.month(year: count.0.year, month: count.0.month)
            bars.append((x + slot * 0.15, count.1, false, name + " 障害・インシデント" + format.count(count.1, "件")))
            bars.append((x + slot * 0.5, count.2, true, name + " 問合せ" + format.count(count.2, "件")))
            _ = index
        }
        view.list("bars", bars) { bar, o in
            o["x"] = GanttChart.decimal(bar.x)
            o["width"] = GanttChart.decimal(slot * 0.33)
            o["y"] = GanttChart.decimal(y(bar.n))
            o["height"] = GanttChart.decimal(max(0.5, Double(plotBottom) - y(bar.n)))
            o["title"] = bar.title
            o.flag("is_inquiry", bar.inquiry)
        }
        view.list("labels", Array(0..<12)) { i, o in
            o["x"] = GanttChart.decimal(Double(plotX) + Double(i) * slot + slot / 2)
            o["label"] = format.number((i + 3) % 12 + 1) + "月"
        }
        view.list("ticks", Array(stride(from: 0, through: axisTop, by: step))) { n, o in
            o["y"] = GanttChart.decimal(y(n))
            o["label_y"] = GanttChart.decimal(y(n) + 3.5)
            o["label"] = format.number(n)
        }
        view["caption"] = "月別の障害・インシデントと問合せの件数（濃色：障害・インシデント、淡色：問合せ、縦軸：件）"
    }
}
