import DocumentModel
import JapaneseCalendar

/// The duties of the attachment beyond the plan and the monthly report: incident reports (都度
/// 報告), improvement measures carried out (改善策の実施), 甲's requests (改善要求・説明要求) and
/// the return or erasure of 甲's information at the contract's end.
public enum DutyRules {
    // MARK: Incident reports

    /// When the plan promises the reports of an incident.
    public struct Promise: Sendable {
        public let firstWithinMinutes: Int?
        public let finalWithinOpenDays: Int?
        public let updateEveryMinutes: Int?

        public init(_ plan: Plan?) {
            firstWithinMinutes = plan?.contact?.firstReportWithinMinutes?.value
            finalWithinOpenDays = plan?.contact?.finalReportWithinOpenDays?.value
            updateEveryMinutes = plan?.contact?.updateEveryMinutes?.value
        }

        /// The first report's deadline: minutes after detection.
        public func firstDue(detected: Instant) -> Instant? {
            firstWithinMinutes.map { Instant(secondsSinceEpoch: detected.secondsSinceEpoch + Int64($0) * 60) }
        }

        /// The final report's deadline: the end of the n-th open day after the day of detection.
        public func finalDue(detected: Instant, calendar: ClosedDayCalendar) -> Instant? {
            finalWithinOpenDays.map { n in
                let last = calendar.openDay(n, from: detected.japanDate.adding(days: 1))
                return Instant(date: last.adding(days: 1))
            }
        }
    }

    /// The incidents of the logs that need an incident report: those that stopped the service,
    /// part of it, or misprocessed.
    public static func reportable(_ incidents: [Incident]) -> [Incident] {
        var seen: Set<String> = []
        return incidents.filter { $0.impact.isMajor && seen.insert($0.id).inserted }.sorted { ($0.occurredAt, $0.id) < ($1.occurredAt, $1.id) }
    }

    /// What an incident id that names files must be.
    static let fitID = Message(ja: "\(IncidentReport.longestID)バイトまでの、制御文字も改行もない番号",
                               en: "an id of at most \(IncidentReport.longestID) bytes, without control characters or line breaks")

    /// - Parameter today: incidents after it are not yet owed a report (nil: every incident).
    /// - Parameter promise: what the plan in force at an incident report's detection promised.
    public static func checkIncidents(_ reports: [IncidentReport], incidents: [Incident], promise: (IncidentReport) -> Promise, calendar: ClosedDayCalendar,
                                      wording: MessageWording, folder: String, today: CivilDate? = nil) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let byID = Dictionary(incidents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let written = Set(reports.map(\.id.value))
        for incident in reportable(incidents) where !written.contains(incident.id) && today.map({ incident.occurredAt.japanDate <= $0 }) ?? true {
            // An id that cannot name a report's file is said where it is written, in the log:
            // a report for it could never be made.
            if let problem = IncidentReport.fileNameProblem(incident.id) {
                diagnostics.append(.error(.record(.incidentFileName), problem, expected: Self.fitID, at: incident.span(.id)))
                continue
            }
            // Short enough to name a file (said above otherwise): named whole, as the command to run.
            let id = incident.id
            diagnostics.append(.error(
                .record(.incidentReportMissing),
                Message(ja: "障害 \(id)（\(incident.impact.japanese)）の障害報告書（incidents/\(id).yaml）がありません",
                        en: "the incident \(id) (\(incident.impact.rawValue)) has no incident report (incidents/\(id).yaml)"),
                expected: Message(ja: "teishutsu init \(folder) --incident \(id) で作成", en: "one made with teishutsu init \(folder) --incident \(id)"),
                at: incident.span(.id)))
        }
        // Two files of one incident (INC-1.yaml and INC-1.yml): which one is meant is unknown.
        diagnostics += twice(reports.map { ($0.id, $0.source) }, code: .record(.incidentFileName), what: Message(ja: "障害", en: "incident"))
        for report in reports {
            // No id (misspelt or missing): the schema said so; nothing here can be matched.
            guard !report.id.value.isEmpty else { continue }
            let shown = MessageWording.excerpt(report.id.value, limit: 40)
            // Its documents are named incident-<ID>.html, .xml and .pdf: a name a file system takes.
            if let problem = IncidentReport.fileNameProblem(report.id.value) {
                diagnostics.append(.error(.record(.incidentFileName), problem, expected: Self.fitID, at: report.id.span))
            }
            if report.id.value != report.fileID {
                diagnostics.append(.error(.record(.incidentFileName),
                                          Message(ja: "ファイル名 \(report.fileID).yaml と id \(shown) が違います",
                                                  en: "the file \(report.fileID).yaml has the id \(shown)"),
                                          expected: Message(ja: report.fileID, en: report.fileID), at: report.id.span))
            }
            guard let incident = byID[report.id.value] else {
                diagnostics.append(.error(.record(.incidentUnknown),
                                          Message(ja: "障害 \(shown) が障害ログにありません", en: "the incident \(shown) is not in the incidents log")
                                          // An id too long for a file name (said above) is no misspelling of one.
                                          + Suggest.didYouMean(report.id.value.utf8.count > IncidentReport.longestID ? nil
                                                               : Suggest.closest(to: report.id.value, among: Array(byID.keys))),
                                          expected: Message(ja: "障害ログにある番号", en: "an ID of the incidents log"), at: report.id.span))
                continue
            }
            diagnostics += checkTimes(report, incident: incident, promise: promise(report), calendar: calendar, wording: wording, today: today)
            if report.security, report.exposedInformation == nil {
                diagnostics.append(.error(.record(.incidentExposure),
                                          Message(ja: "情報セキュリティに関わる障害 \(shown) に exposed_information（漏えい・流出した情報）がありません",
                                                  en: "the security incident \(shown) does not say what information was exposed (exposed_information)"),
                                          expected: Message(ja: "漏えいした情報、またはなし", en: "the information exposed, or なし"), at: report.value.span))
            }
            if let final = report.finalNotice {
                let missing = IncidentReportSchema.finalReportKeys.filter { report.value[$0] == nil }
                if !missing.isEmpty {
                    let names = missing.compactMap { IncidentReportSchema.root.field($0)?.japanese }
                    diagnostics.append(.error(.record(.incidentFinalIncomplete),
                                              Message(ja: "最終報告があるのに \(names.joined(separator: "・"))（\(missing.joined(separator: ", "))）がありません",
                                                      en: "there is a final report but no \(missing.joined(separator: ", "))"),
                                              expected: Message(ja: missing.joined(separator: ", "), en: missing.joined(separator: ", ")), at: final.kind.span))
                }
            }
        }
        return diagnostics
    }

    static func checkTimes(_ report: IncidentReport, incident: Incident, promise: Promise, calendar: ClosedDayCalendar,
                           wording: MessageWording, today: CivilDate? = nil) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        func order(_ message: Message, _ span: SourceSpan) {
            diagnostics.append(.error(.record(.incidentOrder), message, at: span))
        }
        if let detected = report.detectedAt, detected.value < incident.occurredAt {
            order(Message(ja: "検知日時が障害の発生日時（\(wording.date(incident.occurredAt.japanDate).japanese) \(clock(incident.occurredAt))）より前です",
                          en: "detected before the incident occurred (\(incident.occurredAt.japanText))"),
                  detected.span)
        }
        var previous = report.detectedAt?.value
        for notice in report.notices {
            guard let at = notice.at else { continue }
            if let previous, at.value < previous {
                order(Message(ja: "報告日時が検知日時または前の報告より前です", en: "reported before the detection or an earlier report"), at.span)
            }
            previous = at.value
        }
        guard let detected = report.detectedAt?.value else { return diagnostics }
        guard let first = report.firstNotice else {
            diagnostics.append(.error(.record(.incidentNoFirst),
                                      Message(ja: "障害 \(MessageWording.excerpt(report.id.value, limit: 40)) の第一報（kind: first）がありません", en: "the incident \(MessageWording.excerpt(report.id.value, limit: 40)) has no first report (kind: first)"),
                                      expected: Message(ja: "reports に kind: first の報告", en: "a report of kind: first under reports"),
                                      at: report.value.keySpan("reports") ?? report.value.span))
            return diagnostics
        }
        if let due = promise.firstDue(detected: detected), let at = first.at, at.value > due {
            let late = wording.duration(minutes: Int((at.value.secondsSinceEpoch - detected.secondsSinceEpoch + 59) / 60))
            let promised = wording.duration(minutes: promise.firstWithinMinutes ?? 0)
            diagnostics.append(.warning(.record(.incidentFirstLate),
                                      Message(ja: "第一報が検知から\(late.japanese)後で、計画書の約束（\(promised.japanese)以内）より遅れています",
                                              en: "the first report came \(late.english) after detection, later than the plan promises (within \(promised.english))"),
                                      expected: Message(ja: "\(wording.date(due.japanDate).japanese) \(clock(due))まで", en: "by \(due.japanText)"), at: at.span))
        }
        diagnostics += checkUpdates(report, incident: incident, promise: promise, wording: wording, today: today)
        if let final = report.finalNotice, let due = promise.finalDue(detected: detected, calendar: calendar), let at = final.at, at.value >= due {
            let day = wording.date(due.japanDate.adding(days: -1))
            diagnostics.append(.warning(.record(.incidentFinalLate),
                                      Message(ja: "最終報告が計画書の約束（検知から\(promise.finalWithinOpenDays ?? 0)開庁日以内、\(day.japanese)まで）より遅れています",
                                              en: "the final report came later than the plan promises (within \(promise.finalWithinOpenDays ?? 0) open days of detection, by \(day.english))"),
                                      expected: Message(ja: "\(day.japanese)まで", en: "by \(day.english)"), at: at.span))
        }
        return diagnostics
    }

    /// After the first report, until recovery, a report at least every `update_every_minutes`:
    /// each report that came later than that after the one before, and no report at all while
    /// the incident lasted past the interval after the last one.
    /// - Parameter today: an incident not recovered is owed its updates up to the start of the day.
    static func checkUpdates(_ report: IncidentReport, incident: Incident, promise: Promise,
                             wording: MessageWording, today: CivilDate? = nil) -> [Diagnostic] {
        let recovered = incident.recoveredAt
        guard let every = promise.updateEveryMinutes, let (dues, last) = report.updatesDue(every: every, recovered: recovered) else { return [] }
        var diagnostics: [Diagnostic] = []
        let interval = Int64(every) * 60, promised = wording.duration(minutes: every)
        // The earlier report's time, with its day when that is not the day of the later one.
        func when(_ earlier: Instant, before later: Instant) -> Message {
            earlier.japanDate == later.japanDate ? Message(ja: clock(earlier), en: clock(earlier))
                : Message(ja: wording.date(earlier.japanDate).japanese + " " + clock(earlier), en: earlier.japanText)
        }
        func silence(after previous: Instant, until recovered: Instant, at span: SourceSpan) {
            let due = Instant(secondsSinceEpoch: previous.secondsSinceEpoch + interval)
            diagnostics.append(.warning(.record(.incidentUpdateLate),
                                        Message(ja: "復旧（\(wording.date(recovered.japanDate).japanese) \(clock(recovered))）まで、最後の報告（\(when(previous, before: recovered).japanese)）の後の報告がなく、計画書の約束（復旧まで\(promised.japanese)ごと）より遅れています",
                                                en: "no report between the last one (\(when(previous, before: recovered).english)) and recovery (\(recovered.japanText)), against the plan's promise (every \(promised.english) until recovery)"),
                                        expected: Message(ja: "\(wording.date(due.japanDate).japanese) \(clock(due))までの続報", en: "an update by \(due.japanText)"), at: span))
        }
        for owed in dues {
            guard let at = report.notices[owed.index].at, at.value > owed.due else { continue }
            if let recovered, at.value > recovered {
                // The next report came after the recovery: none while it lasted.
                silence(after: owed.previous, until: recovered, at: at.span)
                continue
            }
            let gap = wording.duration(minutes: Int((at.value.secondsSinceEpoch - owed.previous.secondsSinceEpoch + 59) / 60))
            let before = when(owed.previous, before: at.value)
            diagnostics.append(.warning(.record(.incidentUpdateLate),
                                        Message(ja: "前の報告（\(before.japanese)）から\(gap.japanese)後の報告で、計画書の約束（復旧まで\(promised.japanese)ごと）より遅れています",
                                                en: "this report came \(gap.english) after the one before (\(before.english)), later than the plan promises (every \(promised.english) until recovery)"),
                                        expected: Message(ja: "\(wording.date(owed.due.japanDate).japanese) \(clock(owed.due))までの続報", en: "an update by \(owed.due.japanText)"), at: at.span))
        }
        // Recovered, with no report after the last one while it lasted.
        if let recovered, recovered.secondsSinceEpoch > last.secondsSinceEpoch + interval {
            silence(after: last, until: recovered, at: report.value.keySpan("reports") ?? report.value.span)
        } else if recovered == nil, let today, Instant(date: today).secondsSinceEpoch > last.secondsSinceEpoch + interval {
            // Not recovered: an update was owed by the day judged.
            let due = Instant(secondsSinceEpoch: last.secondsSinceEpoch + interval)
            diagnostics.append(.warning(.record(.incidentUpdateLate),
                                        Message(ja: "復旧していない障害で、最後の報告（\(wording.date(last.japanDate).japanese) \(clock(last))）の後の報告がなく、計画書の約束（復旧まで\(promised.japanese)ごと）より遅れています",
                                                en: "the incident has not recovered and nothing was reported after the last report (\(last.japanText)), against the plan's promise (every \(promised.english) until recovery)"),
                                        expected: Message(ja: "\(wording.date(due.japanDate).japanese) \(clock(due))までの続報", en: "an update by \(due.japanText)"),
                                        at: report.value.keySpan("reports") ?? report.value.span))
        }
        return diagnostics
    }

    /// 3:05, as people write a time beside a date.
    static func clock(_ instant: Instant) -> String {
        let seconds = instant.japanSecondOfDay
        return "\(seconds / 3600):" + Digits.two(seconds % 3600 / 60)
    }

    // MARK: Improvement measures

    /// - Parameter complete: whether every report and request was read; if not, a measure named
    ///   but never seen, or missing from a month, may be in what could not be read, and is not said.
    public static func checkMeasures(reports: [Report], requests: [ServiceRequest], complete: Bool = true, wording: MessageWording = MessageWording()) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        // A measure without an ID has its own error; it cannot be followed.
        let duties = Duties(reports: reports, requests: requests, incidentReports: [])
        let all = duties.measures
        var seen: [String: ImprovementMeasure] = [:]
        // IDs that cannot be named (改善策１, ＫＺ-1): their error says so once; a later report
        // naming them as they were meant (KZ-1) and the months without their status are not
        // said again.
        var unnameable: Set<String> = []
        for measure in all {
            if !Self.isMeasureID(measure.id.value) {
                unnameable.insert(measure.id.value)
                unnameable.insert(Self.asciiFolded(measure.id.value))
                diagnostics.append(.error(.record(.measureIDForm),
                                          Message(ja: "改善策の番号「\(measure.id.value)」に使えない文字があります（半角英数字で始め、半角英数字と - _ . で書きます）",
                                                  en: "the improvement measure ID '\(measure.id.value)' has characters an ID cannot have (ASCII letters, digits, - _ . only, beginning with a letter or digit)"),
                                          expected: Message(ja: "KZ-2025-08-1 のような番号", en: "an ID such as KZ-2025-08-1"), at: measure.id.span))
            }
            if let first = seen[measure.id.value] {
                diagnostics.append(.error(.record(.measureDuplicate),
                                          Message(ja: "改善策 \(measure.id.value) が二度示されています", en: "the improvement measure \(measure.id.value) is presented twice"),
                                          at: measure.id.span, notes: [.init(Message(ja: "最初の改善策", en: "the first one"), at: first.id.span)]))
            } else {
                seen[measure.id.value] = measure
            }
            diagnostics += doneComplete(id: measure.id, status: measure.status?.value, doneOn: measure.doneOn, evidence: measure.evidence, at: measure.span)
        }
        // Month by month: every measure presented earlier and not yet done has its status.
        var done: Set<String> = Set(all.filter(\.isDone).map(\.id.value))
        // Measures whose status a draft has not given yet (a TODO): what they are after it is
        // not known, so later months are not told they lack its status (the TODO is the error).
        var unknown: Set<String> = []
        for report in reports {
            guard let month = report.month?.value else { continue }
            let monthName = wording.month(month)
            // Done before, not done now: said unless the month says why.
            for progress in report.measureStatus where done.contains(progress.id.value) && !progress.isDone && progress.note == nil
                && !progress.status.value.isEmpty {
                diagnostics.append(.warning(.record(.measureReopened),
                                            Message(ja: "改善策 \(progress.id.value) は以前の報告で完了としていますが、\(monthName.japanese)分の報告書では完了でない状況です。理由を note に書いてください",
                                                    en: "the measure \(progress.id.value) was reported done before, but the report for \(monthName.english) says it is not; say why in its note"),
                                            expected: Message(ja: "note: 再開した理由", en: "note: why it was taken up again"), at: progress.status.span))
            }
            for progress in report.measureStatus {
                guard seen[progress.id.value] != nil else {
                    guard complete, !unnameable.contains(progress.id.value) else { continue }
                    diagnostics.append(.error(.record(.measureUnknown),
                                              Message(ja: "改善策 \(progress.id.value) はこれまでに示されていません", en: "no improvement measure \(progress.id.value) was presented before")
                                              + Suggest.didYouMean(Suggest.closest(to: progress.id.value, among: Array(seen.keys))),
                                              expected: Message(ja: "示した改善策の番号", en: "the ID of a measure presented"), at: progress.id.span))
                    continue
                }
                // A status for a measure only presented in a later month, or in this one (whose
                // status is the one it is presented with).
                if let measure = seen[progress.id.value], let presented = duties.presentedMonth(measure), presented >= month {
                    let later = wording.month(presented)
                    diagnostics.append(.error(.record(.measureUnknown),
                                              presented == month
                                                ? Message(ja: "改善策 \(progress.id.value) は\(monthName.japanese)分で示したもので、その状況は示したところ（status）に書きます。measure_status は前の月までに示した改善策の状況です",
                                                          en: "the improvement measure \(progress.id.value) is presented for \(monthName.english): its status goes where it is presented (status); measure_status is for measures presented in earlier months")
                                                : Message(ja: "改善策 \(progress.id.value) は\(monthName.japanese)分の時点ではまだ示されていません（\(later.japanese)分で示したもの）",
                                                          en: "the improvement measure \(progress.id.value) was not yet presented by the report for \(monthName.english) (it is presented for \(later.english))"),
                                              expected: Message(ja: "それまでに示した改善策の番号", en: "the ID of a measure presented by then"), at: progress.id.span))
                    continue
                }
                diagnostics += doneComplete(id: progress.id, status: progress.status.value, doneOn: progress.doneOn, evidence: progress.evidence, at: progress.span)
            }
            let reported = Set(report.measureStatus.map(\.id.value))
            for measure in all where complete && !done.contains(measure.id.value) && !reported.contains(measure.id.value)
                && !unnameable.contains(measure.id.value) && !unknown.contains(measure.id.value) {
                guard let presented = duties.presentedMonth(measure), presented < month else { continue }
                diagnostics.append(.error(.record(.measureMissingStatus),
                                          Message(ja: "未完了の改善策 \(measure.id.value)（\(MessageWording.excerpt(measure.measure.value))）の実施状況（measure_status）が、\(monthName.japanese)分の報告書にありません",
                                                  en: "the improvement measure \(measure.id.value), not yet done, has no status (measure_status) in the report for \(monthName.english)"),
                                          expected: Message(ja: "measure_status: に \(measure.id.value) の状況", en: "its status under measure_status: (\(measure.id.value))"),
                                          at: report.value.keySpan("measure_status") ?? report.monthSpan,
                                          notes: [.init(Message(ja: "示した改善策", en: "the measure as presented"), at: measure.id.span)]))
            }
            for progress in report.measureStatus {
                if progress.status.value.isEmpty {
                    unknown.insert(progress.id.value)
                    continue
                }
                unknown.remove(progress.id.value)
                if progress.isDone { done.insert(progress.id.value) } else { done.remove(progress.id.value) }
            }
        }
        return diagnostics
    }

    static func doneComplete(id: Located<String>, status: String?, doneOn: Located<CivilDate>?, evidence: Located<String>?, at span: SourceSpan) -> [Diagnostic] {
        guard status == "done", doneOn == nil || evidence == nil else { return [] }
        let missing = [doneOn == nil ? "done_on" : nil, evidence == nil ? "evidence" : nil].compactMap { $0 }
        return [.error(.record(.measureDoneIncomplete),
                       Message(ja: "完了した改善策 \(id.value) に \(missing.joined(separator: "・")) がありません", en: "the measure \(id.value) is done but has no \(missing.joined(separator: " or "))"),
                       expected: Message(ja: missing.joined(separator: ", "), en: missing.joined(separator: ", ")), at: span)]
    }

    // MARK: Requests

    /// Full-width ASCII (ＫＺ－１) as ASCII, the way an ID typed in Japanese input mode was meant.
    static func asciiFolded(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { s in
            (0xFF01...0xFF5E).contains(s.value) ? Unicode.Scalar(s.value - 0xFF01 + 0x21)! : s
        }))
    }

    /// An ID later reports can name under measure_status (IncidentReportSchema.statusKey) and
    /// the XML can carry: `[A-Za-z0-9][A-Za-z0-9_.-]*`.
    static func isMeasureID(_ id: String) -> Bool {
        func alphanumeric(_ b: UInt8) -> Bool { (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) }
        guard let first = id.utf8.first, alphanumeric(first) else { return false }
        return id.utf8.allSatisfy { alphanumeric($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".") }
    }

    /// The second and later files that give an ID an earlier file gave.
    static func twice(_ files: [(id: Located<String>, source: String)], code: DiagnosticCode, what: Message) -> [Diagnostic] {
        var first: [String: (id: Located<String>, source: String)] = [:]
        var diagnostics: [Diagnostic] = []
        for file in files {
            guard let earlier = first[file.id.value] else {
                first[file.id.value] = file
                continue
            }
            func name(_ path: String) -> String { path.split(separator: "/").last.map(String.init) ?? path }
            let (a, b) = (name(earlier.source), name(file.source))
            diagnostics.append(.error(code,
                                      Message(ja: "\(what.japanese) \(file.id.value) のファイルが二つあります（\(a) と \(b)）。どちらを使うか決められません",
                                              en: "the \(what.english) \(file.id.value) has two files (\(a) and \(b)); which one is meant is unknown"),
                                      expected: Message(ja: "一つのファイル", en: "one file"), at: file.id.span,
                                      notes: [.init(Message(ja: "もう一つのファイル", en: "the other file"), at: earlier.id.span)]))
        }
        return diagnostics
    }

    public static func checkRequests(_ requests: [ServiceRequest], contract: Contract? = nil) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        diagnostics += twice(requests.map { ($0.id, $0.source) }, code: .record(.requestFileName), what: Message(ja: "要求", en: "request"))
        for request in requests {
            if !request.id.value.isEmpty, request.id.value != request.fileID {
                diagnostics.append(.error(.record(.requestFileName),
                                          Message(ja: "ファイル名 \(request.fileID).yaml と id \(request.id.value) が違います",
                                                  en: "the file \(request.fileID).yaml has the id \(request.id.value)"),
                                          expected: Message(ja: request.fileID, en: request.fileID), at: request.id.span))
            }
            // Closed (甲 accepted the answer) before it was answered.
            if let closed = request.closedOn, let answered = request.answer?.on, closed.value < answered.value,
               request.receivedOn.map({ closed.value >= $0.value }) ?? true {
                diagnostics.append(.error(.record(.requestDates),
                                          Message(ja: "closed_on が回答日（answer.on）より前です", en: "closed_on is before the day it was answered (answer.on)"),
                                          expected: Message(ja: "回答日以降", en: "on or after answer.on"), at: closed.span))
            }
            // The report it concerns is one of the contract's months.
            if let month = request.reportMonth, let contract, contract.isOutside(month.value),
               let start = contract.start?.value, let end = contract.end?.value {
                diagnostics.append(.error(.record(.requestDates),
                                          Message(ja: "report_month（\(MessageWording(contract).month(month.value).japanese)）が契約期間の外です",
                                                  en: "report_month (\(month.value)) is outside the contract period (\(start.iso)–\(end.iso))"),
                                          expected: Message(ja: "契約期間内の月", en: "a month of the contract"), at: month.span))
            }
            guard let received = request.receivedOn?.value else { continue }
            for (date, name) in [(request.answer?.on, "answer.on"), (request.closedOn, "closed_on"), (request.due, "due")] {
                guard let date, date.value < received else { continue }
                diagnostics.append(.error(.record(.requestDates),
                                          Message(ja: "\(name) が受領日（received_on）より前です", en: "\(name) is before the day it was received (received_on)"),
                                          expected: Message(ja: "受領日以降", en: "on or after received_on"), at: date.span))
            }
        }
        return diagnostics
    }

    // MARK: The contract's end

    /// The subcontractors that handled 甲's information: those the plan names.
    public static func subcontractors(_ plan: Plan?) -> [String] {
        var names: [String] = []
        for company in plan?.ownership ?? [] where !company.isContractor && !names.contains(company.company.value) { names.append(company.company.value) }
        for sub in plan?.organization?.subcontractors ?? [] where !names.contains(sub.company.value) { names.append(sub.company.value) }
        return names
    }

    public static func checkClosing(_ closing: ClosingRecord, plan: Plan?, contract: Contract?, wording: MessageWording) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let erasedBy = closing.erasures.map(\.company.value)
        for company in subcontractors(plan) where !erasedBy.contains(where: { CompanyName.same($0, company) }) {
            diagnostics.append(.error(.record(.closingSubcontractorMissing),
                                      Message(ja: "再委託先 \(company) の消去の記録がありません", en: "the subcontractor \(company) has no erasure recorded"),
                                      expected: Message(ja: "erasures に \(company) の消去と消去証明書", en: "its erasure and certificate under erasures"),
                                      at: closing.value.keySpan("erasures") ?? .file(closing.source)))
        }
        // Whose erasure needs a certificate is known only from a contract that was read (and
        // an erasure whose company is written): otherwise its own errors say enough.
        let contractor = contract?.contractor.name ?? ""
        for erasure in closing.erasures where contract != nil && !contractor.isEmpty && !erasure.company.value.isEmpty
            && erasure.certificate == nil && !CompanyName.same(erasure.company.value, contractor) {
            diagnostics.append(.error(.record(.closingNoCertificate),
                                      Message(ja: "\(erasure.company.value) の消去（\(erasure.site.value)）に消去証明書（certificate）がありません",
                                              en: "the erasure by \(erasure.company.value) (\(erasure.site.value)) has no certificate"),
                                      expected: Message(ja: "消去証明書の番号", en: "the certificate's number"), at: erasure.company.span))
        }
        // The record says who witnessed each erasure (別紙: 立会者).
        for erasure in closing.erasures where erasure.witnessedBy == nil && !erasure.company.value.isEmpty {
            diagnostics.append(.warning(.record(.closingNoWitness),
                                        Message(ja: "\(erasure.company.value) の消去（\(erasure.site.value)）に立会者（witnessed_by）がありません",
                                                en: "the erasure by \(erasure.company.value) (\(erasure.site.value)) does not say who witnessed it (witnessed_by)"),
                                        expected: Message(ja: "立ち会った者の氏名", en: "the name of who witnessed it"),
                                        at: erasure.performedBy.span))
        }
        // The record says by whom (別紙: 実施者), for a return or hand-over as for an erasure.
        for item in closing.information where ["returned", "handed_over"].contains(item.disposition.value) && item.by == nil && !item.name.value.isEmpty {
            diagnostics.append(.warning(.record(.closingNoPerformer),
                                        Message(ja: "\(item.name.value) の\(item.dispositionJapanese)に実施者（by）がありません",
                                                en: "the \(item.disposition.value == "returned" ? "return" : "hand-over") of \(item.name.value) does not say who carried it out (by)"),
                                        expected: Message(ja: "\(item.dispositionJapanese)を行った者の氏名", en: "the name of who carried it out"),
                                        at: item.to?.span ?? item.disposition.span))
        }
        for item in closing.information where ["returned", "handed_over"].contains(item.disposition.value) && item.to == nil {
            diagnostics.append(.error(.record(.closingNoRecipient),
                                      Message(ja: "\(item.name.value) の\(item.dispositionJapanese)先（to）がありません", en: "\(item.name.value) does not say to whom it went (to)"),
                                      expected: Message(ja: "返却・引渡し先", en: "to whom"), at: item.disposition.span))
        }
        if let deadline = contract?.disposalDeadline?.value {
            let dates = closing.information.compactMap(\.on) + closing.erasures.compactMap(\.erasedOn)
            for date in dates where date.value > deadline {
                let (d, l) = (wording.date(date.value), wording.date(deadline))
                diagnostics.append(.error(.record(.closingAfterDeadline),
                                          Message(ja: "\(d.japanese) は返却・消去の期限 \(l.japanese) より後です", en: "\(d.english) is after the deadline for return and erasure, \(l.english)"),
                                          expected: Message(ja: "\(l.japanese)まで", en: "by \(l.english)"), at: date.span))
            }
        }
        return diagnostics
    }
}
