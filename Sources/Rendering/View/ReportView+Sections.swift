import DocumentModel
import JapaneseCalendar
import ServiceLevels

extension ReportView {
    /// REP-RESULT … REP-OTHER, the logs' tables and the improvement measures.
    static func sections(_ c: ReportComputation, plan: Plan?, duties: Duties, format: DocumentFormat, into view: inout ViewObject) {
        let report = c.report
        let month = c.month
        view.list("result", report.result) { n, o in
            o["title"] = n.title.value
            o["content"] = n.content.value
        }
        let figures = report.usage?.figures ?? []
        view.flag("has_figures", !figures.isEmpty)
        view.list("figures", figures) { f, o in
            o["name"] = f.name.value
            // The number and its unit, with nothing between (1,832件).
            o["value"] = (f.value.map { format.decimal($0.value.description) } ?? "") + (f.unit?.value ?? "")
            o["note"] = f.note?.value
        }
        view["usage_notes"] = report.usage?.notes?.value
        view.flag("has_usage_notes", report.usage?.notes != nil)

        // REP-INCIDENT: what occurred in the month, and what was still open when it began.
        let failures = Dictionary(c.serviceLevels.recovery.failures.map { ($0.incident.id, $0) }, uniquingKeysWith: { a, _ in a })
        let monthIncidents = c.shownIncidents
        view.flag("has_incidents", !monthIncidents.isEmpty)
        let carried = monthIncidents.contains { $0.occurredAt < month.start } || c.inquiries.contains { $0.askedAt < month.start }
        view.flag("has_carried_over", carried)
        view.list("incidents", monthIncidents) { i, o in
            o["id"] = i.id
            o.flag("is_carried_over", i.occurredAt < month.start)
            o["in_month"] = failures[i.id].map { format.duration(minutes: $0.minutesInMonth) }
            // Its incident report (障害報告書) as it stood when this report was written.
            if let known = duties.incidentReport(i.id, before: c.asOf) {
                o.flag("has_report", true)
                o["report_href"] = "incident-\(i.id).html"
                if let final = known.final?.at?.value {
                    o["report_note"] = "障害報告書（最終報告 \(format.date(final.japanDate))）"
                } else {
                    o["report_note"] = "障害報告書（\(known.last.kindJapanese) \(format.date(known.last.at?.value.japanDate))、最終報告前）"
                }
            }
            o["occurred"] = format.dateTime(i.occurredAt)
            o["recovered"] = i.recoveredAt.map { format.dateTime($0) } ?? "未復旧"
            o.flag("is_recovered", i.recoveredAt != nil)
            o["impact"] = i.impact.japanese
            o.flag("is_major", i.impact.isMajor)
            o["summary"] = i.summary
            o["response"] = i.response
            o["countermeasure"] = i.countermeasure
        }
        view.flag("has_inquiries", !c.inquiries.isEmpty)
        let decisions = Dictionary(c.serviceLevels.response.inquiries.map { ($0.inquiry.id, $0.decision) }, uniquingKeysWith: { a, _ in a })
        view.list("inquiries", c.inquiries) { q, o in
            o["id"] = q.id
            o.flag("is_carried_over", q.askedAt < month.start)
            o.flag("is_excluded", decisions[q.id].map { !$0.counted } ?? false)
            o["reason"] = decisions[q.id]?.reason
            o["asked"] = format.dateTime(q.askedAt)
            o["asked_by"] = format.name(q.askedBy)
            o["subject"] = q.subject
            o["answered"] = q.answeredAt.map { format.dateTime($0) } ?? "未回答"
            o.flag("is_answered", q.answeredAt != nil)
            o["answered_by"] = format.name(q.answeredBy)
            o["answer"] = q.answer
        }
        view.flag("has_maintenance", !c.maintenance.isEmpty)
        view.flag("has_risks", !report.risks.isEmpty)
        // A 期限 column only where some risk has one (not a column empty in every row).
        view.flag("has_risk_due", report.risks.contains { $0.due != nil })
        view.list("risks", report.risks) { r, o in
            o["id"] = r.id.value
            o["title"] = r.title.value
            o["status"] = r.statusJapanese
            o["owner"] = format.name(r.owner?.value)
            o["action"] = r.action?.value
            o["due"] = format.date(r.due?.value)
        }
        let statuses = Dictionary(report.securityStatus.map { ($0.id.value, $0) }, uniquingKeysWith: { a, _ in a })
        let measures = plan?.securityPlan ?? []
        view.flag("has_security_status", !measures.isEmpty)
        view.list("security_status", measures) { m, o in
            let status = statuses[m.id.value]
            o["id"] = m.id.value
            o["measure"] = m.measure.value
            o["owner"] = format.name(m.owner.value)
            o["timing"] = m.timing.value
            o["status"] = status?.statusJapanese
            o.flag("is_attention", status?.needsAttention ?? false)
            o["detail"] = status?.detail.value
        }
        var titles: [String: String] = [:]
        for course in plan?.training ?? [] where titles[course.id.value] == nil { titles[course.id.value] = course.title.value }
        for audit in plan?.audits ?? [] where titles[audit.id.value] == nil {
            titles[audit.id.value] = (audit.isThirdParty ? "第三者監査" : "内部監査") + (audit.body.map { "（\($0.value)）" } ?? "")
        }
        view.flag("has_activities", !report.activities.isEmpty)
        view.list("activities", report.activities) { act, o in
            o["id"] = act.id.value
            o["title"] = titles[act.id.value]
            o["date"] = format.date(act.date?.value)
            o["summary"] = act.summary.value
        }
        view.flag("has_other", !report.other.isEmpty)
        view.list("other", report.other) { n, o in
            o["title"] = n.title.value
            o["content"] = n.content.value
        }
    }
}

extension ReportView {
    /// What runs across the months: each major incident's report, the measures being carried
    /// out (改善策の実施状況), and 甲's requests.
    static func dutySections(_ c: ReportComputation, duties: Duties, format: DocumentFormat, into view: inout ViewObject) {
        let month = c.month
        // A measure presented this month for a miss stands in the improvements table above; it
        // comes here once it has a status to report (or is already done).
        let presentedNow = Set(c.report.improvements.map(\.entry.id.value))
        let states = duties.measuresShown(in: month)
        let shown = states.filter { state in
            !(state.presented == month && !state.isDone && presentedNow.contains(state.measure.id.value))
        }
        // Each measure presented this month with its number (later reports follow it by that
        // number) and its status at the month's end.
        let stateOf = Dictionary(states.map { ($0.measure.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        view.flag("has_improvements", !c.report.improvements.isEmpty)
        view.list("improvements", c.report.improvements) { item, o in
            o["id"] = item.entry.id.value
            o["metric"] = item.metric.japanese
            o["measure"] = item.measure.value
            o["owner"] = format.name(item.owner?.value)
            o["due"] = format.date(item.due?.value)
            let status = stateOf[item.entry.id.value].map { statusText($0, asOf: month.lastDay, format: format) }
            o.flag("is_overdue", status?.overdue ?? false)
            o["status"] = status?.text ?? item.entry.status.map { ImprovementMeasure.statusJapanese($0.value) }
        }
        // A level missed again with no measure of its own this month is answered by those an
        // earlier report presented for it (the measures the rules accept): named, so that the
        // 【未達成】 above does not stand alone.
        var answered: [String] = []
        let own = Set(c.report.improvements.map(\.metric))
        let allPresented = duties.measures
        for metric in ServiceLevelMetric.allCases where !own.contains(metric) {
            let earlier = c.serviceLevels.answeringMeasures(metric, among: allPresented).compactMap { measure -> (YearMonth, String)? in
                guard case .report(let presented?, _) = measure.origin else { return nil }
                return (presented, measure.id.value)
            }
            guard !earlier.isEmpty else { continue }
            let months = Set(earlier.map(\.0)).sorted()
            let where_ = months.map { format.month(year: $0.year, month: $0.month) + "分" }.joined(separator: "、")
            answered.append("\(metric.japanese)の未達成には、\(where_)の報告書で示した改善策（\(earlier.map(\.1).joined(separator: "、"))）により対応"
                            + format.say("している。", "しています。"))
        }
        view.flag("has_answered_note", !answered.isEmpty)
        view["answered_note"] = answered.joined()
        view.flag("has_measures", !shown.isEmpty)
        view["improvements_no"] = "(5)"
        view["measures_no"] = c.report.improvements.isEmpty ? "(5)" : "(6)"
        view.list("measures", shown) { state, o in
            let m = state.measure
            o["id"] = m.id.value
            o["measure"] = m.measure.value
            switch m.origin {
            case .report(let presented, let metric):
                o["origin"] = (presented.map { format.month(year: $0.year, month: $0.month) + "分" } ?? "") + "の未達成（\(metric.japanese)）"
            case .request(let id):
                let kind = duties.requests.first { $0.id.value == id }?.kindJapanese ?? "要求"
                o["origin"] = "\(kind)（\(id)）"
            }
            o["owner"] = format.name(m.owner?.value)
            o["due"] = format.date(m.due?.value)
            o.flag("is_done", state.isDone)
            let status = statusText(state, asOf: month.lastDay, format: format)
            o.flag("is_overdue", status.overdue)
            o["status"] = status.text
            o["note"] = state.note
            o["evidence"] = state.evidence
        }
        let requests = duties.requests(in: month)
        view.flag("has_requests", !requests.isEmpty)
        view.list("requests", requests) { request, o in
            o["id"] = request.id.value
            o["kind"] = request.kindJapanese
            o["received"] = format.date(request.receivedOn?.value)
            o["from"] = format.name(request.from.value)
            o["about"] = request.about.value
            o["request"] = request.request.value
            o["due"] = format.date(request.due?.value)
            // As it stood at the month's end.
            let answer = request.answer(by: month.lastDay), closed = request.closed(by: month.lastDay)
            o.flag("is_answered", answer != nil)
            o["answered"] = answer.map { format.date($0.on?.value) } ?? ""
            o["answer"] = answer?.content.value
            o.flag("is_open", closed == nil)
            o["state"] = closed.map { "完了（\(format.date($0))）" } ?? (answer != nil ? "回答済み・対応中" : "対応中")
        }
    }
}

extension ReportView {
    /// A measure's status at the end of a period: 完了（令和８年１月16日）, with 【期限超過】 when
    /// not done by its due date, or 【期限後に完了】 when done after it.
    static func statusText(_ state: Duties.MeasureState, asOf end: CivilDate, format: DocumentFormat) -> (text: String, overdue: Bool) {
        let due = state.measure.due?.value
        let overdue = !state.isDone && (due.map { $0 < end } ?? false)
        let late = state.isDone && (state.doneOn.flatMap { done in due.map { done > $0 } } ?? false)
        let text = ImprovementMeasure.statusJapanese(state.status) + (state.doneOn.map { "（\(format.date($0))）" } ?? "")
            + (overdue ? "【期限超過】" : "") + (late ? "【期限後に完了】" : "")
        return (text, overdue)
    }
}
