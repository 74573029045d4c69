import DocumentModel
import JapaneseCalendar
import ServiceLevels

/// An incident report (障害報告書) as a document.
public struct IncidentReportDocument: CorrectableDocument {
    public let report: IncidentReport
    public let incident: Incident
    public let effect: IncidentEffect
    public let contract: Contract
    public let promise: (firstMinutes: Int?, finalOpenDays: Int?, updateMinutes: Int?)
    public var showIDs = false
    /// The days of the earlier submissions this one corrects (訂正版), oldest first.
    public var corrects: [CivilDate] = []
    /// A correction is dated the day it is sent again.
    public var issuedOn: CivilDate?

    public init(report: IncidentReport, incident: Incident, effect: IncidentEffect, contract: Contract, plan: Plan?) {
        self.report = report
        self.incident = incident
        self.effect = effect
        self.contract = contract
        promise = (plan?.contact?.firstReportWithinMinutes?.value, plan?.contact?.finalReportWithinOpenDays?.value, plan?.contact?.updateEveryMinutes?.value)
    }

    public var kind: DocumentKind { .incident }
    public var stem: String { "incident-\(report.id.value)" }
    public var date: CivilDate? { issuedOn ?? report.documentDate }

    public func view() -> ViewNode { IncidentReportView.make(self) }

    public func xmlContent() -> ObjectValue {
        var fields = report.value.fields
        let span = report.value.span
        fields["contract"] = Value(.object(contract.value), span: contract.value.span)
        fields["incident"] = Value(.object(incident.row.value), span: span)
        var effectFields: [String: Value] = [
            "down_minutes": Value(.integer(effect.downMinutes), span: span),
            "major": Value(.bool(effect.major), span: span),
        ]
        if let minutes = effect.recoveryMinutes { effectFields["recovery_minutes"] = Value(.integer(minutes), span: span) }
        if let target = effect.recoveryTargetMinutes { effectFields["recovery_target_minutes"] = Value(.integer(target), span: span) }
        if let met = effect.recoveryMet { effectFields["recovery_met"] = Value(.bool(met), span: span) }
        fields["effect"] = Value(.object(ObjectValue(schema: ResultSchema.incidentEffect, fields: effectFields, keySpans: [:], span: span, hadErrors: false)),
                                 span: span)
        fields["corrects"] = XMLDocumentType.corrects(corrects, span: span)
        if let date { fields["document_date"] = Value(.date(date), span: span) }
        return ObjectValue(schema: XMLDocumentType.incident.content, fields: fields, keySpans: [:], span: span, hadErrors: false)
    }
}

/// The record of return and erasure (データ返却・消去報告書) as a document.
public struct ClosingDocument: CorrectableDocument {
    public let closing: ClosingRecord
    public let contract: Contract
    /// The days of the earlier submissions this one corrects (訂正版), oldest first.
    public var corrects: [CivilDate] = []
    /// A correction is dated the day it is sent again.
    public var issuedOn: CivilDate?

    public init(closing: ClosingRecord, contract: Contract) {
        self.closing = closing
        self.contract = contract
    }

    public var kind: DocumentKind { .closing }
    public var stem: String { "closing" }
    public var date: CivilDate? { issuedOn ?? closing.reportedOn?.value }

    public func view() -> ViewNode { ClosingView.make(self) }

    public func xmlContent() -> ObjectValue {
        var fields = closing.value.fields
        fields["contract"] = Value(.object(contract.value), span: contract.value.span)
        fields["corrects"] = XMLDocumentType.corrects(corrects, span: closing.value.span)
        return ObjectValue(schema: XMLDocumentType.closing.content, fields: fields, keySpans: [:], span: closing.value.span, hadErrors: false)
    }
}

/// The fiscal year at a glance (年度報告), computed from the monthly reports.
public struct AnnualDocument: Document {
    public let fiscalYear: FiscalYear
    /// The year's monthly reports, computed, in month order.
    public let months: [ReportComputation]
    public let duties: Duties
    public let contract: Contract

    public init(fiscalYear: FiscalYear, months: [ReportComputation], duties: Duties, contract: Contract) {
        self.fiscalYear = fiscalYear
        self.months = months
        self.duties = duties
        self.contract = contract
    }

    public var kind: DocumentKind { .annual }
    public var stem: String { "annual-\(fiscalYear.startYear)" }
    /// As of the last month's report.
    public var date: CivilDate? { months.last?.documentDate }

    public func view() -> ViewNode { AnnualView.make(self) }

    /// The measures of the year: presented within it, or still open when it began.
    public var measures: [Duties.MeasureState] {
        guard let last = months.last?.month else { return [] }
        let start = YearMonth(year: fiscalYear.startYear, month: 4)
        let before = Dictionary(duties.measureStates(through: start.previous).map { ($0.measure.id.value, $0) }, uniquingKeysWith: { a, _ in a })
        return duties.measureStates(through: last).filter { state in
            (state.presented.map { $0 >= start } ?? true) || !(before[state.measure.id.value]?.isDone ?? false)
        }
    }

    /// The requests received in the year, or still open when it began.
    public var requests: [ServiceRequest] {
        duties.requests.filter { request in
            guard let received = request.receivedOn?.value else { return false }
            if fiscalYear.contains(received) { return true }
            return received < fiscalYear.firstDay && (request.closedOn.map { $0.value >= fiscalYear.firstDay } ?? true)
        }.sorted { ($0.receivedOn?.value ?? fiscalYear.firstDay, $0.id.value) < ($1.receivedOn?.value ?? fiscalYear.firstDay, $1.id.value) }
    }

    /// The figures of some months taken together: of one month (a row of the year), or of the
    /// year (年度通算): the minutes added (for reference: each month is judged), the longest
    /// times, and the counts of the incidents that occurred and the inquiries received in them
    /// (not those carried over from the month before).
    public struct Totals: Sendable {
        public let availability: CombinedAvailability
        public let longestRecoveryMinutes: Int?
        public let longestResponseMinutes: Int?
        /// The fiscal year's count as of the last month.
        public let majorFailures: Int?
        public let incidents: Int
        public let inquiries: Int

        public init(_ months: [ReportComputation]) {
            availability = CombinedAvailability(months.map(\.serviceLevels.availability))
            // Counted and compared in place (no list of records made to be counted).
            var recovery: Int?, response: Int?, incidents = 0, inquiries = 0
            for c in months {
                for failure in c.serviceLevels.recovery.failures { recovery = max(recovery ?? failure.minutes, failure.minutes) }
                for inquiry in c.serviceLevels.response.inquiries where inquiry.counted {
                    response = max(response ?? inquiry.openMinutes, inquiry.openMinutes)
                }
                let (start, end) = (c.month.start, c.month.end)
                for incident in c.incidents where incident.occurredAt >= start && incident.occurredAt < end { incidents += 1 }
                for inquiry in c.inquiries where inquiry.askedAt >= start { inquiries += 1 }
            }
            longestRecoveryMinutes = recovery
            longestResponseMinutes = response
            majorFailures = months.last?.serviceLevels.majorFailures.count
            self.incidents = incidents
            self.inquiries = inquiries
        }
    }

    /// The year taken together (年度通算).
    public var totals: Totals { Totals(months) }

    public func xmlContent() -> ObjectValue {
        let span = SourceSpan.file(stem)
        func value(_ kind: Value.Kind) -> Value { Value(kind, span: span) }
        func object(_ schema: ObjectSchema, _ fields: [String: Value]) -> Value {
            value(.object(ObjectValue(schema: schema, fields: fields, keySpans: [:], span: span, hadErrors: false)))
        }
        // What a month's row and the year's have alike: the counts and the longest times.
        func counted(_ totals: Totals, rate: String) -> [String: Value] {
            var fields = ["incidents": value(.integer(totals.incidents)), "inquiries": value(.integer(totals.inquiries))]
            if let percent = ExactDecimal(rate) { fields["availability_percent"] = value(.decimal(percent)) }
            if let longest = totals.longestRecoveryMinutes { fields["longest_recovery_minutes"] = value(.integer(longest)) }
            if let longest = totals.longestResponseMinutes { fields["longest_response_minutes"] = value(.integer(longest)) }
            return fields
        }
        let rows: [Value] = months.map { c in
            let sla = c.serviceLevels
            let fields = counted(Totals([c]), rate: sla.availability.percentText).merging([
                "month": value(.yearMonth(year: c.month.year, month: c.month.month)),
                "availability_met": value(.bool(sla.availability.met)),
                "recovery_met": value(.bool(sla.recovery.met)),
                "response_met": value(.bool(sla.response.met)),
                "major_failures_to_date": value(.integer(sla.majorFailures.count)),
            ]) { a, _ in a }
            return object(ResultSchema.annualMonth, fields)
        }
        let major = months.last.map { c -> Value in
            let m = c.serviceLevels.majorFailures
            return object(ResultSchema.majorFailures, [
                "fiscal_year": value(.integer(fiscalYear.startYear)), "count": value(.integer(m.count)),
                "target": value(.integer(m.target)), "met": value(.bool(m.met)),
                "ids": value(.list(m.incidents.map { value(.text($0.id)) })),
            ])
        }
        let measureValues: [Value] = measures.map { state in
            var fields: [String: Value] = [
                "id": value(.text(state.measure.id.value)), "measure": value(.text(state.measure.measure.value)),
                "origin": value(.text(AnnualView.origin(state.measure, duties: duties, format: DocumentFormat(contract)))),
                "status": value(.choice(state.status)),
            ]
            if let due = state.measure.due?.value { fields["due"] = value(.date(due)) }
            if let done = state.doneOn { fields["done_on"] = value(.date(done)) }
            return object(ResultSchema.annualMeasure, fields)
        }
        let requestValues: [Value] = requests.map { request in
            var fields: [String: Value] = [
                "id": value(.text(request.id.value)), "kind": value(.choice(request.kind.value)),
                "about": value(.text(request.about.value)),
            ]
            if let received = request.receivedOn?.value { fields["received_on"] = value(.date(received)) }
            if let answered = request.answer?.on?.value { fields["answered_on"] = value(.date(answered)) }
            if let closed = request.closedOn?.value { fields["closed_on"] = value(.date(closed)) }
            return object(ResultSchema.annualRequest, fields)
        }
        let totals = totals
        let yearFields = counted(totals, rate: totals.availability.percentText).merging([
            "planned_minutes": value(.integer(totals.availability.plannedMinutes)),
            "justified_minutes": value(.integer(totals.availability.justifiedMinutes)),
            "actual_minutes": value(.integer(totals.availability.actualMinutes)),
        ]) { a, _ in a }
        var fields: [String: Value] = [
            "contract": Value(.object(contract.value), span: contract.value.span),
            "fiscal_year": value(.integer(fiscalYear.startYear)),
            "months": value(.list(rows)),
            "year": object(ResultSchema.annualYear, yearFields),
            "measures": value(.list(measureValues)),
            "requests": value(.list(requestValues)),
        ]
        fields["major_failures"] = major
        if let date { fields["document_date"] = value(.date(date)) }
        return ObjectValue(schema: XMLDocumentType.annual.content, fields: fields, keySpans: [:], span: span, hadErrors: false)
    }
}
