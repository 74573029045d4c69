import DocumentModel
import JapaneseCalendar

/// A report with what the tool computes for it: its due date, the instant it speaks as of,
/// and the service levels from every log the folder knows. A class: a build hands each month's
/// to its report, the year's report, the rules and the XML, and copying its many fields on every
/// hand-over was a measurable part of a build of many folders.
public final class ReportComputation: Sendable {
    public let report: Report
    public let month: YearMonth
    public let dueDate: CivilDate
    /// The day it was submitted, as `teishutsu submit` recorded it; nil before.
    public let submittedOn: CivilDate?
    /// The day the report speaks as of: its submission day, or the day it would be sent before
    /// it is recorded (``ReportComputer/draftDay(month:due:today:)``).
    public var documentDate: CivilDate { submittedOn ?? asOf.japanDate.adding(days: -1) }
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
    /// The incidents the report's incident section shows: those that occurred in the month,
    /// and those carried over whose recovery counts in it.
    public var shownIncidents: [Incident] {
        let failures = Set(serviceLevels.recovery.failures.map(\.incident.id))
        return incidents.filter { i in (i.occurredAt >= month.start && i.occurredAt < month.end) || failures.contains(i.id) }
    }

    /// Everything the report is made from, part by part: the report as written, the log
    /// records it shows, the contract, the plan revision it follows, and the measures, requests
    /// and incident reports it shows. Recorded at submission, so that a later change to any of
    /// them is seen and named.
    public func inputParts(contract: Contract, duties: Duties = .none) -> [InputPart] {
        inputParts(contract: InputPart(.contract, sha256: contract.documentCanonicalSHA256), plan: plan.map(Self.planPart), duties: duties)
    }

    /// The plan revision's part, the same for every report that follows it.
    public static func planPart(_ plan: PlanHistory.InForce) -> InputPart {
        var text = CanonicalText()
        text.append(plan.revision.number.value)
        text.append(byte: 0)
        plan.plan.value.writeCanonical(into: &text)
        return InputPart(.plan, sha256: text.sha256)
    }

    /// The parts, with those shared by many reports (the contract, the plan revision) worked out once by the caller.
    public func inputParts(contract: InputPart, plan planPart: InputPart?, duties: Duties) -> [InputPart] {
        // Each row as "kind NUL canonical NUL", hashed from one buffer.
        var logs = SHA256()
        var text = CanonicalText()
        func row(_ kind: String, _ row: LogRow) {
            text.removeAll()
            text.append(kind)
            text.append(byte: 0)
            row.writeCanonical(into: &text)
            text.append(byte: 0)
            logs.update(text.bytes)
        }
        for incident in incidents { row("incident", incident.row) }
        for window in maintenance { row("maintenance", window.row) }
        for inquiry in inquiries { row("inquiry", inquiry.row) }
        var parts = [InputPart(.report, sha256: report.value.canonicalSHA256), InputPart(.logs, sha256: logs.finish()), contract]
        if let planPart { parts.append(planPart) }
        let shown = duties.canonical(for: month, incidents: shownIncidents, asOf: asOf)
        parts.append(InputPart(.duties, text: shown.text, earlierTexts: [shown.earlier]))
        return parts
    }
}
