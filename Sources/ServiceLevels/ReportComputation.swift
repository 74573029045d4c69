import DocumentModel
import JapaneseCalendar

/// A report with what the tool computes for it: its due date, the instant it speaks as of,
/// and the service levels from every log the folder knows.
public struct ReportComputation: Sendable {
    public let report: Report
    public let month: YearMonth
    public let dueDate: CivilDate
    /// The report states facts as of the end of its submission day (`submitted_on`, else the
    /// due date): figures are then the same on every build.
    public let asOf: Instant
    public let serviceLevels: ServiceLevelResult
    /// The log records the month's figures and tables use.
    public let incidents: [Incident]
    public let maintenance: [MaintenanceWindow]
    public let inquiries: [Inquiry]

    public init(report: Report, month: YearMonth, dueDate: CivilDate, asOf: Instant, serviceLevels: ServiceLevelResult,
                incidents: [Incident], maintenance: [MaintenanceWindow], inquiries: [Inquiry]) {
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

