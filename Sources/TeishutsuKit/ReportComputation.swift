import DocumentModel
import JapaneseCalendar
import Loading
import ServiceLevels

/// Every log record of a contract folder, once each.
public struct FolderLogs: Sendable {
    public var incidents: [Incident] = []
    public var maintenance: [MaintenanceWindow] = []
    public var inquiries: [Inquiry] = []
    public var diagnostics: [Diagnostic] = []

    /// The union of the reports' logs; one ID written twice with different facts is an error.
    public init(_ reports: [Report]) {
        incidents = Self.union(reports.flatMap(\.incidents), id: { ($0.id, $0.row.span("id")) }, key: { "\($0.occurredAt.secondsSinceEpoch)|\($0.recoveredAt?.secondsSinceEpoch ?? -1)|\($0.impact.rawValue)" },
                               what: Message(ja: "障害", en: "incident"), diagnostics: &diagnostics)
        maintenance = Self.union(reports.flatMap(\.maintenance), id: { ($0.id, $0.row.span("id")) }, key: { "\($0.start.secondsSinceEpoch)|\($0.end.secondsSinceEpoch)" },
                                 what: Message(ja: "計画停止", en: "maintenance window"), diagnostics: &diagnostics)
        inquiries = Self.union(reports.flatMap(\.inquiries), id: { ($0.id, $0.row.span("id")) }, key: { "\($0.askedAt.secondsSinceEpoch)|\($0.answeredAt?.secondsSinceEpoch ?? -1)" },
                               what: Message(ja: "問合せ", en: "inquiry"), diagnostics: &diagnostics)
    }

    private static func union<T>(_ items: [T], id: (T) -> (String, SourceSpan), key: (T) -> String, what: Message,
                                 diagnostics: inout [Diagnostic]) -> [T] {
        var seen: [String: (key: String, span: SourceSpan)] = [:]
        var result: [T] = []
        for item in items {
            let (identifier, span) = id(item)
            let located = Located(identifier, at: span)
            if let first = seen[located.value] {
                // The same record read twice (a shared log, or a month-spanning one repeated) is fine.
                if first.key != key(item) && first.span != located.span {
                    diagnostics.append(.error(
                        .log(.conflict),
                        Message(ja: "\(what.japanese) \(located.value) が別の内容で2回記録されています", en: "the \(what.english) \(located.value) is recorded twice with different times"),
                        expected: Message(ja: "同じ番号には同じ日時", en: "the same times for the same ID"), at: located.span,
                        notes: [.init(Message(ja: "もう一方の記録", en: "the other record"), at: first.span)]))
                }
                continue
            }
            seen[located.value] = (key(item), located.span)
            result.append(item)
        }
        return result
    }
}

public enum ReportComputer {
    /// Computes every report that can be (it needs its month and the contract).
    public static func compute(_ folder: ContractFolder) -> ([ReportComputation], [Diagnostic]) {
        guard let contract = folder.contract, !folder.reports.isEmpty else { return ([], []) }
        let logs = FolderLogs(folder.reports)
        let calendar = contract.makeCalendar()
        var results: [ReportComputation] = []
        for report in folder.reports {
            guard let month = report.month, NationalHolidays.supportedYears.contains(month.next.year) else { continue }
            results.append(compute(report, month: month, contract: contract, logs: logs, calendar: calendar))
        }
        return (results, logs.diagnostics)
    }

    /// One report, from the logs given: as of the end of its submission day (or due date).
    public static func compute(_ report: Report, month: YearMonth, contract: Contract, logs: FolderLogs,
                               calendar: ClosedDayCalendar? = nil) -> ReportComputation {
        let calendar = calendar ?? contract.makeCalendar()
        let due = contract.reportDue.dueDate(year: month.year, month: month.month, calendar: calendar)
        let day = report.value.date("submitted_on") ?? due
        let asOf = Instant(date: day.adding(days: 1))
        let sla = ServiceLevelEngine.compute(month: month, incidents: logs.incidents, maintenance: logs.maintenance,
                                             inquiries: logs.inquiries, targets: contract.serviceLevels, calendar: calendar, now: asOf)
        return ReportComputation(
            report: report, month: month, dueDate: due, asOf: asOf, serviceLevels: sla,
            incidents: relevantIncidents(month: month, sla: sla, all: logs.incidents, asOf: asOf),
            maintenance: logs.maintenance.filter { $0.start < month.end && $0.end > month.start }
                .sorted { ($0.start, $0.id) < ($1.start, $1.id) },
            inquiries: sla.response.inquiries.map(\.inquiry))
    }

    /// The month's incidents, those still open at its start, and the fiscal year's major ones.
    static func relevantIncidents(month: YearMonth, sla: ServiceLevelResult, all: [Incident], asOf: Instant) -> [Incident] {
        var ids = Set(sla.recovery.failures.map(\.incident.id))
        ids.formUnion(sla.majorFailures.incidents.map(\.id))
        ids.formUnion(sla.availability.outages.map(\.incident.id))
        for incident in all where incident.occurredAt >= month.start && incident.occurredAt < month.end {
            ids.insert(incident.id)
        }
        return all.filter { ids.contains($0.id) }.sorted { ($0.occurredAt, $0.id) < ($1.occurredAt, $1.id) }
    }
}
