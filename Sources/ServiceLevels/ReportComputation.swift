import DocumentModel
import JapaneseCalendar

/// A report with what the tool computes for it: its due date, the instant it speaks as of,
/// and the service levels from every log the folder knows.
public struct ReportComputation: Sendable {
    public let report: Report
    public let month: YearMonth
    public let dueDate: CivilDate
    /// The day it was submitted, as `teishutsu submit` recorded it; nil before.
    public let submittedOn: CivilDate?
    /// The day the report speaks as of: its submission day, or its due date before it is submitted.
    public var documentDate: CivilDate { submittedOn ?? dueDate }
    /// The report states facts as of the end of its document date: figures are then the same
    /// on every build.
    public let asOf: Instant
    /// The plan revision in force on the document date, whose measures and contacts the report follows.
    public let plan: PlanHistory.InForce?
    public let serviceLevels: ServiceLevelResult
    /// The log records the month's figures and tables use.
    public let incidents: [Incident]
    public let maintenance: [MaintenanceWindow]
    public let inquiries: [Inquiry]

    public init(report: Report, month: YearMonth, dueDate: CivilDate, submittedOn: CivilDate?, asOf: Instant, plan: PlanHistory.InForce?,
                serviceLevels: ServiceLevelResult, incidents: [Incident], maintenance: [MaintenanceWindow], inquiries: [Inquiry]) {
        self.submittedOn = submittedOn
        self.plan = plan
        self.report = report
        self.month = month
        self.dueDate = dueDate
        self.asOf = asOf
        self.serviceLevels = serviceLevels
        self.incidents = incidents
        self.maintenance = maintenance
        self.inquiries = inquiries
    }
}


extension ReportComputation {
    /// A fingerprint of everything the report is made from: the report as written, the
    /// contract, the plan revision it follows, and the log records it shows. Recorded at
    /// submission, so that a later change to any of them is seen.
    /// - Parameter duties: the measures, requests and incident reports the report shows.
    public func inputsFingerprint(contract: Contract, duties: Duties = .none) -> String {
        var hash = SHA256()
        hash.update("report\u{0}" + report.value.canonical)
        hash.update("\u{0}contract\u{0}" + contract.documentCanonical)
        if let plan { hash.update("\u{0}plan \(plan.revision.number.value)\u{0}" + plan.plan.value.canonical) }
        for incident in incidents { hash.update("\u{0}incident\u{0}" + incident.row.value.canonical) }
        for window in maintenance { hash.update("\u{0}maintenance\u{0}" + window.row.value.canonical) }
        for inquiry in inquiries { hash.update("\u{0}inquiry\u{0}" + inquiry.row.value.canonical) }
        let shown = duties.canonical(for: month, incidents: incidents)
        if !shown.isEmpty { hash.update("\u{0}duties\u{0}" + shown) }
        return hash.finish()
    }
}
