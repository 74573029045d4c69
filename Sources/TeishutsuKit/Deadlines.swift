import DocumentModel
import Foundation
import JapaneseCalendar
import Loading
import Validation

/// What is due and when, as of a day (`teishutsu status`; `validate` warns about the overdue).
/// A document counts as submitted only when `teishutsu submit` recorded it (`submitted/`):
/// written is not sent.
public enum Deadlines {
    /// Items within this many days count as due soon.
    public static let soonDays = 14
    /// Certificates are listed this long before they expire.
    public static let certificateNoticeDays = 90
    /// A revision of the plan is submitted promptly (その都度、速やかに): due from its date,
    /// overdue once this many days have passed.
    public static let promptDays = 10

    /// `teishutsu status`: a folder's deadlines, or the problems that keep them from being known.
    public static func status(folder path: String, today: CivilDate, allowed: [String] = []) -> (items: [DeadlineItem]?, wording: MessageWording, RunReport) {
        // Checked as validate checks it: a submitted document whose inputs changed since is owed again.
        let (folder, checked, _) = Pipeline.check(folder: path, today: today, allowed: allowed)
        var report = RunReport()
        report.sources = folder.sources
        // The running month's draft: what it has not said yet does not hide a deadline.
        report.diagnostics = folder.diagnostics.filter { !folder.waitsForMonthEnd($0) }
        guard folder.contract != nil else { return (nil, MessageWording(), report) }
        let wording = MessageWording(folder.contract)
        let all = items(folder, today: today) + resubmissions(checked.diagnostics, folder: folder, today: today, wording: wording)
        return (all.sorted(by: order), wording, report)
    }

    /// A submitted document whose inputs changed after it was sent (SUBMIT-inputs-changed): to
    /// submit again, corrected, or the change to undo; due now.
    static func resubmissions(_ diagnostics: [Diagnostic], folder: ContractFolder, today: CivilDate, wording: MessageWording) -> [DeadlineItem] {
        var items: [DeadlineItem] = []
        // A plan is not corrected but revised: its next revision is owed, due promptly from the
        // date of the change, which only the revision added for it will say: no date until then
        // (not "today" on every day it is looked at).
        func revision(_ next: Int, _ diagnostic: Diagnostic) -> DeadlineItem {
            let number = wording.digits.write(next)
            return DeadlineItem(
                kind: .plan, state: .unknown, progress: .written, date: today,
                title: Message(ja: "サービス実施計画書の改訂（第\(number)版）の提出", en: "submit the service implementation plan's revision \(next)"),
                detail: Message(ja: diagnostic.message.japanese + "。改訂履歴に第\(number)版を変更の日付で加えて提出し、記録してください（teishutsu submit \(folder.path)）。期限はその日付から数えます",
                                en: diagnostic.message.english + "; add revision \(next) to the history, dated when the plan changed, submit it and record it (teishutsu submit \(folder.path)); it is due counting from that date"),
                span: diagnostic.span)
        }
        var seen: Set<SubmittedDocument> = []
        for diagnostic in diagnostics where diagnostic.code == .record(.inputsChanged) {
            guard let file = diagnostic.span?.file, file.hasSuffix(ContractFolder.recordSuffix) else { continue }
            let name = String(file.split(separator: "/").last ?? "")
            guard let document = SubmittedDocument(stem: String(name.dropLast(ContractFolder.recordSuffix.count))),
                  seen.insert(document).inserted else { continue }
            let kind: DeadlineItem.Kind
            let option: String
            switch document {
            case .plan(let n):
                items.append(revision(n + 1, diagnostic))
                continue
            case .report(let month): kind = .report; option = "--report \(month)"
            case .incident(let id): kind = .incidentReport; option = "--incident \(id)"
            case .closing: kind = .closing; option = "--closing"
            }
            let title = document.title(wording)
            items.append(DeadlineItem(
                kind: kind, state: .dueSoon, progress: .written, date: today,
                title: Message(ja: "\(title.japanese)の再提出", en: "resubmit \(title.english)"),
                detail: Message(ja: diagnostic.message.japanese + "。訂正版を確かめ（teishutsu submit \(folder.path) \(option) --resubmit --preview 確認用フォルダ）、提出し直して記録するか（--preview なしで同じコマンド）、変更を元に戻してください",
                                en: diagnostic.message.english + "; read the corrected document (teishutsu submit \(folder.path) \(option) --resubmit --preview DIR), send it and record it (the same without --preview), or undo the change"),
                span: diagnostic.span))
        }
        // A plan changed since its last submitted revision, with no new revision for it
        // (validate says PLAN-REV-unrecorded-change): once, however both say it.
        if let diagnostic = diagnostics.first(where: { $0.code == .plan(.revisionUnrecordedChange) }),
           let last = folder.submittedPlans.last?.number, !items.contains(where: { $0.kind == .plan }) {
            items.append(revision(last + 1, diagnostic))
        }
        return items
    }

    public static func items(_ folder: ContractFolder, today: CivilDate) -> [DeadlineItem] {
        guard let contract = folder.contract else { return [] }
        let wording = MessageWording(contract)
        var items: [DeadlineItem] = []
        func state(_ due: CivilDate, done: Bool) -> DeadlineItem.State {
            if done { return .done }
            if due < today { return .overdue }
            return today.days(to: due) <= soonDays ? .dueSoon : .upcoming
        }
        // Judged on an earlier day, a submission recorded later had not happened yet.
        // A correction recorded later does not undo the submission it corrects: the deadline is met
        // by the first.
        func submission(_ document: SubmittedDocument) -> CivilDate? {
            folder.submissions(document, asOf: today)?.first
        }
        func corrected(_ document: SubmittedDocument) -> CivilDate? { folder.correctedOn(document, asOf: today) }

        // A file with placeholders (TODO) left is a draft, not written: the placeholders of each file.
        var todos: [String: Int] = [:]
        for diagnostic in folder.diagnostics where diagnostic.code == .input(.placeholder) {
            if let file = diagnostic.span?.file { todos[file, default: 0] += 1 }
        }
        func detail(_ progress: DeadlineItem.Progress, sent: CivilDate?, corrected: CivilDate? = nil, file: String, command: String,
                    wording: MessageWording) -> Message {
            Self.detail(progress, sent: sent, corrected: corrected, file: file, command: command, wording: wording, placeholders: todos[file] ?? 0)
        }
        func progress(sent: CivilDate?, file: String, exists: Bool) -> DeadlineItem.Progress {
            sent != nil ? .submitted : (todos[file] ?? 0) > 0 ? .draft : exists ? .written : .notWritten
        }

        // The plan: revision 1 by the deadline, each later revision promptly.
        let planFile = folder.plan?.source ?? Paths.join(folder.path, ContractFolder.planFile)
        // The current revision is recorded by `submit DIR`; an earlier one only with --revision
        // and a note saying how it was sent.
        let current = folder.plan?.currentRevisionNumber
        func submitPlan(_ number: Int) -> String {
            number == current ? "teishutsu submit \(folder.path)"
                : "teishutsu submit \(folder.path) --revision \(number) --note \"…\""
        }
        if contract.planDeadline == nil, submission(.plan(revision: 1)) == nil {
            // Not left out: the plan is owed first, whether or not its day is written yet.
            items.append(DeadlineItem(
                kind: .plan, state: .unknown, progress: progress(sent: nil, file: planFile, exists: folder.plan != nil), date: today,
                title: Message(ja: "サービス実施計画書（第\(wording.digits.write(1))版）の提出", en: "submit the service implementation plan (revision 1)"),
                detail: Message(ja: "提出期限が未記入です（contract.yaml の plan.deadline）", en: "its deadline is not filled in (plan.deadline in contract.yaml)"),
                span: contract.value.keySpan("plan") ?? .file(contract.source)))
        }
        if let deadline = contract.planDeadline {
            let first = folder.plan?.revisions.first { $0.number.value == 1 }
            let sent = submission(.plan(revision: 1))
            let progress = progress(sent: sent, file: planFile, exists: first != nil)
            items.append(DeadlineItem(
                kind: .plan, state: state(deadline.value, done: sent != nil), progress: progress, date: deadline.value,
                title: Message(ja: "サービス実施計画書（第\(wording.digits.write(1))版）の提出", en: "submit the service implementation plan (revision 1)"),
                detail: detail(progress, sent: sent, file: planFile, command: submitPlan(1), wording: wording),
                span: deadline.span))
        }
        // A later revision is listed from a fortnight before its date: one dated further ahead is not yet in view.
        for revision in folder.plan?.revisions ?? [] where revision.number.value > 1 && today.days(to: revision.date.value) <= soonDays {
            let sent = submission(.plan(revision: revision.number.value))
            // Ten days on, moved past closed days as a report's due date is.
            let due = contract.calendar.openDay(onOrAfter: revision.date.value.adding(days: promptDays))
            let progress: DeadlineItem.Progress = sent != nil ? .submitted : .written
            let dated = wording.date(revision.date.value)
            items.append(DeadlineItem(
                kind: .plan, state: state(due, done: sent != nil), progress: progress, date: due,
                title: Message(ja: "サービス実施計画書（第\(wording.digits.write(revision.number.value))版、\(dated.japanese)改訂）の提出",
                               en: "submit the service implementation plan (revision \(revision.number.value) of \(dated.english))"),
                detail: detail(progress, sent: sent, file: planFile, command: submitPlan(revision.number.value), wording: wording),
                span: revision.date.span))
        }

        // Monthly reports, from the first tracked month to the contract's last (or this month).
        if let first = contract.firstReportMonth {
            let calendar = contract.calendar
            let byMonth = Dictionary(folder.reports.compactMap { r in r.month.map { ($0.value, r) } }, uniquingKeysWith: { a, _ in a })
            let lastMonth = contract.end.map { YearMonth(year: $0.value.year, month: $0.value.month) } ?? YearMonth(year: today.year, month: today.month)
            var month = first
            while month <= lastMonth && month.firstDay <= today && NationalHolidays.supportedYears.contains(month.next.year) {
                let due = contract.reportDue.dueDate(year: month.year, month: month.month, calendar: calendar)
                let report = byMonth[month]
                let sent = submission(.report(month))
                let file = report?.source ?? Paths.join(Paths.join(folder.path, ContractFolder.reportsFolder), "\(month).yaml")
                var progress = progress(sent: sent, file: file, exists: report != nil)
                let monthName = wording.month(month)
                var detail = detail(progress, sent: sent, corrected: corrected(.report(month)), file: file,
                                    command: "teishutsu submit \(folder.path) --report \(month)", wording: wording)
                // Written for a month still under way: being written until the month ends.
                if progress == .written, today < month.lastDay {
                    progress = .draft
                    let end = wording.date(month.lastDay)
                    detail = Message(ja: "作成中（対象月の途中です。\(end.japanese)までの実績を記載し、月が終わってから提出します）",
                                     en: "being written (the month is under way: it covers up to \(end.english) and is sent after the month ends)")
                }
                items.append(DeadlineItem(
                    kind: .report, state: state(due, done: sent != nil), progress: progress, date: due,
                    title: Message(ja: "サービス実績報告書（\(monthName.japanese)分）の提出", en: "submit the performance report for \(month)"),
                    detail: detail,
                    span: report.map(\.monthSpan) ?? contract.reportsSpan ?? .file(contract.source)))
                month = month.next
            }
        }

        items += dutyItems(folder, contract: contract, today: today, state: state, wording: wording, placeholders: todos)

        guard let plan = folder.plan else { return items.sorted(by: order) }

        // Certificates: expired, or expiring soon.
        for cert in plan.certifications {
            guard let until = cert.validUntil else { continue }
            // A certificate that lapses after the work is over, or once it is over, owes no revision.
            if let end = contract.end?.value, until.value > end || today > end { continue }
            let days = today.days(to: until.value)
            guard days <= certificateNoticeDays else { continue }
            let name = cert.displayName
            let left = wording.count(days, ja: "日", en: "day")
            items.append(DeadlineItem(
                kind: .certificate, state: days < 0 ? .overdue : (days <= soonDays ? .dueSoon : .upcoming), progress: .none, date: until.value,
                title: Message(ja: "認証（\(name)）の有効期限", en: "the certificate (\(name)) expires"),
                detail: days < 0 ? Message(ja: "期限切れ。更新後の認証で計画書を改訂してください", en: "expired; revise the plan with the renewed certificate")
                    : Message(ja: "あと\(left.japanese)。更新したら計画書を改訂してください", en: "\(left.english) left; revise the plan once it is renewed"),
                span: until.span))
        }

        // Training and audits the plan scheduled: passed dates need a result in a report.
        let activities = folder.reports.flatMap { report in report.activities.compactMap { a in a.date.map { (a.id.value, $0.value) } } }
        let trackedFrom = contract.firstReportMonth?.firstDay ?? contract.start?.value ?? today.adding(days: -36_500)
        func scheduled(_ id: String, _ title: String, dates: [Located<CivilDate>], kind: DeadlineItem.Kind) {
            for planned in dates where planned.value >= trackedFrom {
                let recorded = activities.contains { $0.0 == id && abs($0.1.days(to: planned.value)) <= 31 }
                guard planned.value <= today || today.days(to: planned.value) <= soonDays else { continue }
                let what = kind == .training ? Message(ja: "研修", en: "training") : Message(ja: "監査", en: "audit")
                items.append(DeadlineItem(
                    kind: kind, state: recorded ? .done : (planned.value < today ? .overdue : .dueSoon), progress: recorded ? .recorded : .none,
                    date: planned.value,
                    title: Message(ja: "\(what.japanese) \(id)（\(title)）の実施", en: "\(what.english) \(id) (\(title))"),
                    detail: recorded ? Message(ja: "報告書に実施記録あり", en: "its result is recorded in a report")
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

    /// Incident reports owed, improvement measures, 甲's open requests, and the record of return
    /// and erasure at the contract's end.
    static func dutyItems(_ folder: ContractFolder, contract: Contract, today: CivilDate, state: (CivilDate, Bool) -> DeadlineItem.State,
                          wording: MessageWording, placeholders: [String: Int] = [:]) -> [DeadlineItem] {
        var items: [DeadlineItem] = []
        let trackedFrom = contract.firstReportMonth?.firstDay ?? contract.start?.value ?? today.adding(days: -36_500)
        let calendar = contract.calendar
        let reports = Dictionary(folder.incidentReports.map { ($0.id.value, $0) }, uniquingKeysWith: { a, _ in a })
        let incidentsFile = Paths.join(folder.path, ContractFolder.incidentsFolder)
        for incident in DutyRules.reportable(folder.reports.incidentsOnce) where incident.occurredAt.japanDate >= trackedFrom {
            guard incident.occurredAt.japanDate <= today else { continue }
            let report = reports[incident.id]
            let detected = report?.detectedAt?.value ?? incident.occurredAt
            let promise = DutyRules.Promise(folder.plan(inForceOn: detected.japanDate))
            let file = report?.source ?? Paths.join(incidentsFile, incident.id + ".yaml")
            if let due = promise.firstDue(detected: detected) {
                let sent = report?.firstNotice?.at?.value
                items.append(DeadlineItem(
                    kind: .incidentReport, state: state(due.japanDate, sent != nil), progress: .none, date: due.japanDate,
                    title: Message(ja: "障害 \(incident.id) の第一報（\(DocumentFormatClock.text(due))まで）", en: "the first report of the incident \(incident.id) (by \(due.japanText))"),
                    // Made, but after the time promised: said (INCIDENT-first-report-late is the finding).
                    detail: sent.map { at in
                        let late = at > due
                        return Message(ja: "\(wording.date(at.japanDate).japanese) \(DocumentFormatClock.text(at))に報告済み" + (late ? "（期限超過）" : ""),
                                       en: "reported at \(at.japanText)" + (late ? " (late)" : ""))
                    }
                        ?? (report == nil
                            ? Message(ja: "teishutsu init \(folder.path) --incident \(incident.id) で \(file) を作り、reports に第一報（kind: first）を記録してください",
                                      en: "start \(file) with teishutsu init \(folder.path) --incident \(incident.id) and record the first report (kind: first) under reports")
                            : Message(ja: "\(file) の reports に第一報（kind: first）を記録してください", en: "record the first report (kind: first) under reports in \(file)")),
                    span: report?.value.keySpan("reports") ?? incident.span(.id)))
            }
            // The final report is the incident report itself (障害報告書): a document, submitted
            // only once `submit --incident` recorded it. Without a promised time in the plan it
            // is owed at once (都度、速やかに) once the failure is over: its cause and permanent fix
            // cannot be reported before (the day of recovery, the day of detection at the earliest).
            // A failure still going on owes it from no day yet.
            let promised = promise.finalDue(detected: detected, calendar: calendar).map { $0.japanDate.adding(days: -1) }
            guard let day = promised ?? incident.recoveredAt.map({ max(detected.japanDate, $0.japanDate) }) else { continue }
            let reported = report?.finalNotice?.at?.value
            let recorded = folder.submissions(.incident(incident.id), asOf: today)?.first
            let progress: DeadlineItem.Progress = recorded != nil ? .submitted : reported != nil ? .written : .notWritten
            // Recorded as of the day the final report was given (the day it says), not the day of recording.
            let command = "teishutsu submit \(folder.path) --incident \(incident.id)" + (reported.map { " --date \($0.japanDate.iso)" } ?? "")
            items.append(DeadlineItem(
                kind: .incidentReport, state: state(day, recorded != nil), progress: progress, date: day,
                title: Message(ja: "障害 \(incident.id) の最終報告（障害報告書）", en: "the final report of the incident \(incident.id)"),
                detail: progress == .notWritten
                    ? (promise.finalWithinOpenDays == nil
                        ? Message(ja: "計画書に報告の期限がないため、復旧後速やかに、原因・影響範囲・対応・恒久対策・再発防止策を記載し、最終報告（kind: final）を記録してください（\(file)）",
                                  en: "the plan promises no time, so once the failure is over, write the cause, scope, response, permanent fix and prevention, and record the final report (kind: final) in \(file) without delay")
                        : Message(ja: "原因・影響範囲・対応・恒久対策・再発防止策を記載し、最終報告（kind: final）を記録してください（\(file)）",
                                  en: "write the cause, scope, response, permanent fix and prevention, and record the final report (kind: final) in \(file)"))
                    : detail(progress, sent: recorded, corrected: folder.correctedOn(.incident(incident.id), asOf: today), file: file, command: command, wording: wording,
                             placeholders: placeholders[file] ?? 0),
                span: report?.value.keySpan("reports") ?? incident.span(.id)))
        }
        // Improvement measures: each with its due date, until a report says it is done.
        let duties = folder.duties
        for measureState in duties.measureStates(through: YearMonth(year: today.year, month: today.month)) {
            guard let due = measureState.measure.due?.value else { continue }
            // Done on a day still to come (a report written ahead) is not done yet.
            let doneLater = measureState.doneOn.map { $0 > today } ?? false
            let done = measureState.isDone && !doneLater
            let text = MessageWording.excerpt(measureState.measure.measure.value, limit: 40)
            let detail: Message
            if done {
                detail = Message(ja: "完了（\(measureState.doneOn.map { wording.date($0).japanese } ?? "")）",
                                 en: "done (\(measureState.doneOn.map { wording.date($0).english } ?? ""))")
            } else if doneLater, let day = measureState.doneOn {
                detail = Message(ja: "\(wording.date(day).japanese)に完了予定：\(text)", en: "to be done on \(wording.date(day).english): \(text)")
            } else {
                detail = Message(ja: "\(ImprovementMeasure.statusJapanese(measureState.status))：\(text)",
                                 en: "\(measureState.status.replacingOccurrences(of: "_", with: " ")): \(text)")
            }
            items.append(DeadlineItem(
                kind: .measure, state: state(due, done), progress: .none, date: due,
                title: Message(ja: "改善策 \(measureState.measure.id.value) の実施", en: "the improvement measure \(measureState.measure.id.value)"),
                detail: detail, span: measureState.measure.id.span))
        }
        // 甲's requests: open ones by due date; unanswered past it is overdue.
        for request in folder.requests {
            guard let received = request.receivedOn?.value, received <= today else { continue }
            let closed = request.closedOn.map { $0.value <= today } ?? false
            let answered = request.answer?.on.map { $0.value <= today } ?? false
            let due = request.due?.value ?? received
            let itemState: DeadlineItem.State = closed ? .done : (answered ? (today.days(to: due) <= soonDays ? .dueSoon : .upcoming) : state(due, false))
            items.append(DeadlineItem(
                // Answered, and waiting for 甲 to accept: nothing is owed by 乙 (its detail says so).
                kind: .request, state: answered && !closed ? .done : itemState, progress: .none, date: due,
                title: Message(ja: "\(request.kindJapanese) \(request.id.value)（\(MessageWording.excerpt(request.about.value))）への対応", en: "\(request.kind.value) request \(request.id.value)"),
                detail: closed ? Message(ja: "完了（\(wording.date(request.closedOn?.value ?? due).japanese)）", en: "closed (\(wording.date(request.closedOn?.value ?? due).english))")
                    : answered ? Message(ja: "回答済み（\(wording.date(request.answer?.on?.value ?? due).japanese)）。甲の確認を待って closed_on を記録してください",
                                         en: "answered (\(wording.date(request.answer?.on?.value ?? due).english)); record closed_on once 甲 accepts")
                    : Message(ja: "未回答。回答したら requests/\(request.id.value).yaml の answer に記録してください", en: "not answered; record the answer in requests/\(request.id.value).yaml"),
                span: request.id.span))
        }
        // The contract's end: 甲's information returned or erased, and reported.
        if let deadline = contract.disposalDeadline?.value, let end = contract.end?.value, today.days(to: end) <= 60 {
            let sent = folder.submissions(.closing, asOf: today)?.first
            let file = Paths.join(folder.path, ContractFolder.closingFile)
            // There and read, but dated after the day of the check (set aside as not yet made): being written.
            let datedLater = folder.closing == nil && FileManager.default.fileExists(atPath: file)
                && !folder.diagnostics.contains { $0.severity == .error && $0.span?.file == file }
            let progress: DeadlineItem.Progress = sent != nil ? .submitted : (placeholders[file] ?? 0) > 0 || datedLater ? .draft
                : folder.closing != nil ? .written : .notWritten
            let detail = sent == nil && datedLater
                ? Message(ja: "作成中（\(file) の報告日が、確認した日（\(wording.date(today).japanese)）より後です）",
                          en: "being written (\(file) is dated after the day of this check, \(today.iso))")
                : detail(progress, sent: sent, corrected: folder.correctedOn(.closing, asOf: today), file: file,
                         command: "teishutsu submit \(folder.path) --closing", wording: wording, placeholders: placeholders[file] ?? 0)
            items.append(DeadlineItem(
                kind: .closing, state: state(deadline, sent != nil), progress: progress, date: deadline,
                title: Message(ja: "データ返却・消去報告書の提出", en: "submit the record of return and erasure"),
                detail: detail, span: contract.disposalDeadline?.span))
        }
        return items
    }

    /// What state a document is in, and what to do next.
    static func detail(_ progress: DeadlineItem.Progress, sent: CivilDate?, corrected: CivilDate? = nil, file: String, command: String,
                       wording: MessageWording, placeholders: Int = 0) -> Message {
        switch progress {
        case .draft:
            return Message(ja: "作成中（\(file) に未記入の TODO が\(placeholders)か所あります）",
                           en: "being written (\(file) has \(placeholders) TODO placeholder\(placeholders == 1 ? "" : "s") to fill in)")
        case .submitted:
            let day = sent.map { wording.date($0) } ?? Message(ja: "", en: "")
            if let corrected {
                let later = wording.date(corrected)
                return Message(ja: "\(day.japanese)に提出済み、\(later.japanese)に訂正版を提出（提出記録あり）",
                               en: "submitted on \(day.english), a corrected one on \(later.english) (recorded)")
            }
            return Message(ja: "\(day.japanese)に提出済み（提出記録あり）", en: "submitted on \(day.english) (recorded)")
        case .written:
            return Message(ja: "作成済み・未提出（\(file)）。提出したら \(command) で記録してください",
                           en: "written, not submitted (\(file)); once sent, record it with \(command)")
        case .notWritten, .none, .recorded:
            // There, but not read (a syntax error, a value that is not a date): not "missing".
            if FileManager.default.fileExists(atPath: file) {
                return Message(ja: "\(file) を読み込めません（エラーを併せて表示しています）", en: "\(file) could not be read (its errors are shown with this list)")
            }
            return Message(ja: "未作成（\(file) がありません）", en: "not written (\(file) does not exist)")
        }
    }

    static func order(_ a: DeadlineItem, _ b: DeadlineItem) -> Bool {
        (a.state, a.date, a.kind.rawValue, a.title.english) < (b.state, b.date, b.kind.rawValue, b.title.english)
    }

    /// `validate`'s warnings: everything overdue.
    public static func warnings(_ items: [DeadlineItem], today: CivilDate, wording: MessageWording) -> [Diagnostic] {
        items.filter { $0.state == .overdue }.map { item in
            let (due, now) = (wording.date(item.date), wording.date(today))
            return .warning(
                .deadline(.overdue(item.kind)),
                Message(ja: "期限切れ: \(item.title.japanese)（期限 \(due.japanese)、\(now.japanese)現在）— \(item.detail.japanese)",
                        en: "overdue: \(item.title.english) (due \(due.english), as of \(now.english)) — \(item.detail.english)"),
                at: item.span)
        }
    }

    /// The text of `teishutsu status`.
    public static func text(_ items: [DeadlineItem], today: CivilDate, language: Language, all: Bool, wording: MessageWording) -> String {
        let ja = language == .ja
        let shown = all ? items : items.filter { $0.state != .done }
        let overdue = items.filter { $0.state == .overdue }.count, soon = items.filter { $0.state == .dueSoon }.count
        let now = wording.date(today)
        var lines = [ja ? "\(now.japanese)現在の期限（期限切れ\(overdue)件、まもなく\(soon)件）"
                        : "Deadlines as of \(now.english) (\(overdue) overdue, \(soon) due soon)"]
        if shown.isEmpty { lines.append(ja ? "  期限の迫っているもの・過ぎたものはありません。" : "  nothing due or overdue.") }
        let dates = shown.map { $0.state == .unknown ? "—" : wording.date($0.date).text(language) }
        let dateWidth = dates.map { DisplayWidth.of($0) }.max() ?? 10
        let whens = shown.map { item -> String in
            let days = today.days(to: item.date)
            if item.state == .unknown || item.state == .done { return "" }
            if days == 0 { return ja ? "本日" : "today" }
            if days > 0 { return ja ? "あと" + wording.count(days, ja: "日", en: "day").japanese : "in " + English.counted(days, "day") }
            return ja ? wording.count(-days, ja: "日", en: "day").japanese + "超過" : English.counted(-days, "day") + " ago"
        }
        // The columns as wide as their widest (1,000 days ago): every title starts in one column.
        let whenWidth = max(12, whens.map { DisplayWidth.of($0) }.max() ?? 0) + 2
        for ((item, date), when) in zip(zip(shown, dates), whens) {
            let label: String
            switch item.state {
            case .overdue: label = ja ? "期限切れ" : "OVERDUE"
            case .dueSoon: label = ja ? "まもなく" : "due soon"
            case .upcoming: label = ja ? "予定" : "upcoming"
            case .done: label = ja ? "済" : "done"
            case .unknown: label = ja ? "期限未定" : "no date"
            }
            let head = "  " + pad(label, 10) + pad(date, dateWidth + 2) + pad(when, whenWidth)
            lines.append(head + item.title.text(language))
            lines.append(String(repeating: " ", count: DisplayWidth.of(head)) + item.detail.text(language))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func json(_ items: [DeadlineItem], today: CivilDate, language: Language) -> JSON {
        .object([
            ("today", .string(today.iso)),
            ("overdue", .int(items.filter { $0.state == .overdue }.count)),
            ("items", .array(items.map { item in
                var pairs: [(String, JSON)] = [("kind", .string(item.kind.rawValue)), ("state", .string(item.state.rawValue))]
                // A deadline not known has no date (null), not today's.
                pairs += item.state == .unknown ? [("date", .null), ("days", .null)]
                    : [("date", .string(item.date.iso)), ("days", .int(today.days(to: item.date)))]
                pairs += [("title", .string(item.title.text(language))), ("detail", .string(item.detail.text(language)))]
                if item.isDocument {
                    pairs.append(("submitted", .bool(item.progress == .submitted)))
                    pairs.append(("written", .bool(item.progress == .written || item.progress == .submitted)))
                    // A draft: its file is there with placeholders (TODO) left.
                    pairs.append(("draft", .bool(item.progress == .draft)))
                }
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

/// A time of day in Japan as people write it beside a date (10:15).
enum DocumentFormatClock {
    static func text(_ instant: Instant) -> String {
        let seconds = instant.japanSecondOfDay
        return "\(seconds / 3600):" + Digits.two(seconds % 3600 / 60)
    }
}
