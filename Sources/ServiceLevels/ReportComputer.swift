import DocumentModel
import JapaneseCalendar

/// The figures of monthly reports, as of the end of each report's submission day.
public enum ReportComputer {
    /// Computes every report that can be (it needs its month, within the supported years).
    /// - Parameters:
    ///   - submitted: the day each month's report was submitted, as recorded.
    ///   - today: the day of the run: a report not yet recorded is dated as if sent today
    ///     (see ``draftDay(month:due:today:)``).
    ///   - workers: the reports are computed on up to this many cores (each on its own).
    public static func compute(_ reports: [Report], contract: Contract, logs: FolderLogs, plans: PlanHistory,
                               submitted: [YearMonth: CivilDate] = [:], today: CivilDate? = nil, workers: Int = 1) -> [ReportComputation] {
        let calendar = contract.calendar
        return Parallel.map(reports.count, workers: workers) { index -> ReportComputation? in
            let report = reports[index]
            guard let month = report.month?.value, NationalHolidays.supportedYears.contains(month.next.year) else { return nil }
            return compute(report, month: month, contract: contract, logs: logs, plans: plans, submittedOn: submitted[month],
                           today: today, calendar: calendar)
        }.compactMap { $0 }
    }

    /// The day a report not yet recorded is dated: today from the month's last day on (the day
    /// it would be sent, so that what `build` shows is what `submit` records that day), the
    /// month's last day while it runs; without a day of the run, its due date.
    public static func draftDay(month: YearMonth, due: CivilDate, today: CivilDate?) -> CivilDate {
        guard let today else { return due }
        return max(today, month.lastDay)
    }

    /// One report, from the logs given: as of the end of its submission day (or the day it
    /// would be sent), so that rebuilding gives the same figures.
    public static func compute(_ report: Report, month: YearMonth, contract: Contract, logs: FolderLogs, plans: PlanHistory,
                               submittedOn: CivilDate?, today: CivilDate? = nil, calendar: ClosedDayCalendar? = nil) -> ReportComputation {
        let calendar = calendar ?? contract.calendar
        let due = contract.reportDue.dueDate(year: month.year, month: month.month, calendar: calendar)
        let day = submittedOn ?? draftDay(month: month, due: due, today: today)
        let asOf = Instant(date: day.adding(days: 1))
        let sla = ServiceLevelEngine.compute(month: month, incidents: logs.incidents, maintenance: logs.maintenance,
                                             inquiries: logs.inquiries, targets: contract.serviceLevels, calendar: calendar, now: asOf)
        return ReportComputation(
            report: report, month: month, dueDate: due, submittedOn: submittedOn, asOf: asOf, plan: plans.inForce(on: day), serviceLevels: sla,
            incidents: relevantIncidents(month: month, sla: sla, all: logs.incidents),
            maintenance: logs.maintenance.filter { $0.start < month.end && $0.end > month.start }
                .sortedByTime(\.start, id: \.id),
            inquiries: sla.response.inquiries.map(\.inquiry))
    }

    /// The month's incidents, those still open at its start, and the fiscal year's major ones.
    static func relevantIncidents(month: YearMonth, sla: ServiceLevelResult, all: [Incident]) -> [Incident] {
        var ids = Set(sla.recovery.failures.map(\.incident.id))
        ids.formUnion(sla.majorFailures.incidents.map(\.id))
        ids.formUnion(sla.availability.outages.map(\.incident.id))
        for incident in all where incident.occurredAt >= month.start && incident.occurredAt < month.end {
            ids.insert(incident.id)
        }
        return all.filter { ids.contains($0.id) }.sortedByTime(\.occurredAt, id: \.id)
    }
}
