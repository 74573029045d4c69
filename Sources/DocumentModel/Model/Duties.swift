import JapaneseCalendar

/// The duties that run across the months: improvement measures followed until done, 甲's
/// requests, incident reports. Reports, the annual report, `status` and the rules read them here.
public struct Duties: Sendable {
    public let reports: [Report]
    public let requests: [ServiceRequest]
    public let incidentReports: [IncidentReport]

    public init(reports: [Report], requests: [ServiceRequest], incidentReports: [IncidentReport]) {
        self.reports = reports
        self.requests = requests
        self.incidentReports = incidentReports
    }

    public static let none = Duties(reports: [], requests: [], incidentReports: [])

    /// Every measure presented (in reports and requests) that has an ID, in the order presented.
    public var measures: [ImprovementMeasure] {
        (reports.flatMap { $0.improvements.map(\.entry) } + requests.flatMap(\.measures)).filter { !$0.id.value.isEmpty }
    }

    /// The month a measure was presented in (a request's: the month it was received in).
    public func presentedMonth(_ measure: ImprovementMeasure) -> YearMonth? {
        switch measure.origin {
        case .report(let month, _): return month
        case .request(let id):
            return requests.first { $0.id.value == id }?.receivedOn.map { YearMonth(year: $0.value.year, month: $0.value.month) }
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
                guard let m = report.month?.value, m <= month, presented.map({ m > $0 }) ?? true,
                      let entry = report.measureStatus.first(where: { $0.id.value == measure.id.value }) else { continue }
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
    /// out (they were written in after a report of that day was made from it).
    static func request(_ request: ServiceRequest, before asOf: Instant) -> ObjectValue {
        var fields = request.value.fields
        let day = asOf.japanDate
        if let answered = request.answer?.on?.value, answered >= day { fields["answer"] = nil }
        if let closed = request.closedOn?.value, closed >= day { fields["closed_on"] = nil }
        if fields.count == request.value.fields.count { return request.value }
        return ObjectValue(schema: request.value.schema, fields: fields, keySpans: request.value.keySpans, span: request.value.span, hadErrors: request.value.hadErrors)
    }

    /// What a month's report shows of these, as text that changes when any of it changes (the
    /// report's submission fingerprint includes it).
    ///
    /// Requests and incident reports count as they stood before `asOf`, the end of the report's
    /// document date: an answer, a closing or a notice written in later does not change what the
    /// report was made from.
    public func canonical(for month: YearMonth, incidents: [Incident], asOf: Instant) -> String {
        var parts = measuresShown(in: month).map { s in
            "m:" + s.measure.id.value + "|" + s.measure.measure.value + "|" + (s.measure.owner?.value ?? "") + "|"
                + (s.measure.due?.value.iso ?? "") + "|" + s.status + "|" + (s.doneOn?.iso ?? "") + "|" + (s.evidence ?? "")
        }
        parts += requests(in: month).map { "r:" + Self.request($0, before: asOf).canonical }
        parts += incidents.compactMap { i in incidentReport(i.id, before: asOf).map { (i.id, $0) } }.map { id, known in
            "i:" + id + "|" + (known.final?.at?.value.japanText ?? "") + "|" + known.last.kindJapanese + (known.last.at?.value.japanText ?? "")
        }
        return parts.joined(separator: "\u{0}")
    }
}
