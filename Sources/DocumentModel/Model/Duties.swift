import JapaneseCalendar

/// The duties that run across the months: improvement measures followed until done, 甲's
/// requests, incident reports. Reports, the annual report, `status` and the rules read them here.
public struct Duties: Sendable {
    public let reports: [Report]
    public let requests: [ServiceRequest]
    public let incidentReports: [IncidentReport]

    /// Every measure presented (in reports and requests) that has an ID, in the order presented
    /// (gathered once: each month's report and the rules read them again and again).
    public let measures: [ImprovementMeasure]

    public init(reports: [Report], requests: [ServiceRequest], incidentReports: [IncidentReport]) {
        self.reports = reports
        self.requests = requests
        self.incidentReports = incidentReports
        measures = (reports.flatMap { $0.improvements.map(\.entry) } + requests.flatMap(\.measures)).filter { !$0.id.value.isEmpty }
    }

    public static let none = Duties(reports: [], requests: [], incidentReports: [])

    /// The month a measure was presented in (a request's: the month of the answer that gave it,
    /// else the month the request was received in).
    public func presentedMonth(_ measure: ImprovementMeasure) -> YearMonth? {
        switch measure.origin {
        case .report(let month, _): return month
        case .request(let id):
            guard let request = requests.first(where: { $0.id.value == id }) else { return nil }
            return (request.answer?.on ?? request.receivedOn).map { YearMonth(year: $0.value.year, month: $0.value.month) }
        }
    }

    /// A measure as it stood at the end of a month.
    public struct MeasureState: Sendable {
        public let measure: ImprovementMeasure
        public let status: String
        public let doneOn: CivilDate?
        public let evidence: String?
        /// The 補足 the month's own report wrote beside its status (measure_status.note).
        public let note: String?
        public let presented: YearMonth?

        public var isDone: Bool { status == "done" }
    }

    /// Every measure presented by the end of `month`, with its status as the reports up to that
    /// month said it.
    public func measureStates(through month: YearMonth) -> [MeasureState] {
        measures.compactMap { measure in
            let presented = presentedMonth(measure)
            if let presented, presented > month { return nil }
            var status = measure.status?.value ?? "planned", doneOn = measure.doneOn?.value, evidence = measure.evidence?.value
            var note: String?
            for report in reports {
                // A status not given yet (a draft's TODO) leaves the one before.
                guard let m = report.month?.value, m <= month, presented.map({ m > $0 }) ?? true,
                      let entry = report.measureStatus.first(where: { $0.id.value == measure.id.value }), !entry.status.value.isEmpty else { continue }
                status = entry.status.value
                doneOn = entry.doneOn?.value ?? doneOn
                evidence = entry.evidence?.value ?? evidence
                note = m == month ? entry.note?.value : nil
            }
            // A measure taken up again after it was done has no date done.
            return MeasureState(measure: measure, status: status, doneOn: status == "done" ? doneOn : nil, evidence: evidence, note: note,
                                presented: presented)
        }
    }

    /// The measures a month's report shows: those presented that month or open when it began
    /// (the ones done in the month included).
    public func measuresShown(in month: YearMonth) -> [MeasureState] {
        let before = Dictionary(measureStates(through: month.previous).map { ($0.measure.id.value, $0) }, uniquingKeysWith: { a, _ in a })
        return measureStates(through: month).filter { state in
            state.presented == month || !(before[state.measure.id.value]?.isDone ?? false)
        }
    }

    /// The requests a month's report shows: open at some time in the month, or closed in it.
    public func requests(in month: YearMonth) -> [ServiceRequest] {
        requests.filter { request in
            guard let received = request.receivedOn?.value, received <= month.lastDay else { return false }
            return request.closedOn.map { $0.value >= month.firstDay } ?? true
        }.sorted { ($0.receivedOn?.value ?? month.firstDay, $0.id.value) < ($1.receivedOn?.value ?? month.firstDay, $1.id.value) }
    }

    public func incidentReport(_ id: String) -> IncidentReport? { incidentReports.first { $0.id.value == id } }

    /// An incident report as a document dated before `asOf` knows it: its notices made before
    /// then (the final one, and the last); nil when there was none. A monthly report shows the
    /// incident report as it stood when the monthly report was written, and a notice made after
    /// it was submitted does not change it.
    public func incidentReport(_ id: String, before asOf: Instant) -> (final: IncidentReport.Notice?, last: IncidentReport.Notice)? {
        guard let report = incidentReport(id) else { return nil }
        let known = report.notices.filter { notice in notice.at.map { $0.value < asOf } ?? true }
        guard let last = known.last else { return nil }
        return (known.last(where: \.isFinal), last)
    }

    /// A request as it stood before `asOf`: an answer or a closing dated from then on is left
    /// out (they were written in after a report of that day was made from it). The earlier
    /// fingerprint's form.
    static func request(_ request: ServiceRequest, before asOf: Instant) -> ObjectValue {
        var value = request.value
        let day = asOf.japanDate
        if let answered = request.answer?.on?.value, answered >= day { value = value.setting("answer", nil) }
        if let closed = request.closedOn?.value, closed >= day { value = value.setting("closed_on", nil) }
        return value
    }

    /// What a month's report shows of these, as text that changes when any of it changes (the
    /// report's submission fingerprint includes it): the measures it shows, its requests as they
    /// stood at the month's end, and its incidents' reports (the final one's day, else the last
    /// one's kind and day) as they stood before `asOf`, the end of its document date. What is
    /// written in later does not change what the report was made from.
    ///
    /// With it, `earlier`: the text as the version before this one wrote it (each request whole,
    /// each incident report's times), so that the records that version made still match.
    public func canonical(for month: YearMonth, incidents: [Incident], asOf: Instant) -> (text: String, earlier: String) {
        let measures = measuresShown(in: month).map { s in
            "m:" + s.measure.id.value + "|" + s.measure.measure.value + "|" + (s.measure.owner?.value ?? "") + "|"
                + (s.measure.due?.value.iso ?? "") + "|" + s.status + "|" + (s.doneOn?.iso ?? "") + "|" + (s.evidence ?? "")
        }
        let requests = requests(in: month)
        let reports = incidents.compactMap { i in incidentReport(i.id, before: asOf).map { (i.id, $0) } }
        // As the page shows them: answered and closed by the month's end (or by the document
        // date, for a draft of a month not over).
        let end = min(month.lastDay, asOf.japanDate.adding(days: -1))
        var parts = measures
        parts += requests.map { r in
            let answer = r.answer(by: end)
            let fields = [r.id.value, r.kind.value, r.receivedOn?.value.iso ?? "", r.from.value, r.about.value, r.request.value, r.due?.value.iso ?? "",
                          answer?.on?.value.iso ?? "", answer?.content.value ?? "", r.closed(by: end)?.iso ?? ""]
            return "r:" + fields.joined(separator: "|")
        }
        parts += reports.map { id, known in
            known.final.map { "i:" + id + "|final|" + ($0.at?.value.japanDate.iso ?? "") }
                ?? "i:" + id + "|" + known.last.kind.value + "|" + (known.last.at?.value.japanDate.iso ?? "")
        }
        var earlier = measures
        earlier += requests.map { "r:" + Self.request($0, before: asOf).canonical }
        earlier += reports.map { id, known in
            "i:" + id + "|" + (known.final?.at?.value.japanText ?? "") + "|" + known.last.kindJapanese + (known.last.at?.value.japanText ?? "")
        }
        return (parts.joined(separator: "\u{0}"), earlier.joined(separator: "\u{0}"))
    }
}
