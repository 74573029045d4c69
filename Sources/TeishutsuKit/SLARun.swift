import DocumentModel
import Foundation
import JapaneseCalendar
import Loading
import Rendering
import ServiceLevels
import Validation

/// `teishutsu sla`: the four service levels of a month from CSV logs.
public enum SLARun {
    public struct Options: Sendable {
        public var month: YearMonth
        public var incidents: String?
        public var maintenance: String?
        public var inquiries: String?
        public var contract: String?
        public var now: Instant

        public init(month: YearMonth, incidents: String?, maintenance: String?, inquiries: String?, contract: String?, now: Instant) {
            self.month = month
            self.incidents = incidents
            self.maintenance = maintenance
            self.inquiries = inquiries
            self.contract = contract
            self.now = now
        }
    }

    public static func run(_ options: Options) -> (ServiceLevelResult?, [Diagnostic], SourceTexts) {
        var sources = SourceTexts()
        var diagnostics: [Diagnostic] = []
        var targets = ServiceLevelTargets.defaults
        var calendar = ClosedDayCalendar.standard
        if let path = options.contract {
            let (contract, contractDiagnostics, contractSources) = ContractSections.load(path, sections: ["calendar", "service_levels"])
            sources.merge(contractSources)
            diagnostics += contractDiagnostics
            if let contract {
                targets = contract.serviceLevels
                calendar = contract.makeCalendar()
            }
        }
        func rows(_ path: String?, _ schema: ObjectSchema) -> [LogRow] {
            guard let path else { return [] }
            // A path typed on the command line that does not exist is a usage problem.
            guard FileManager.default.fileExists(atPath: path) else {
                diagnostics.append(.error(.input(.pathMissing), Message(ja: "\(path) がありません", en: "\(path) does not exist"), at: nil))
                return []
            }
            let (rows, rowDiagnostics) = LogLoader.load(path: path, displayPath: path, schema: schema, keepText: false, sources: &sources)
            diagnostics += rowDiagnostics
            return rows
        }
        let incidents = rows(options.incidents, LogSchema.incident).compactMap(Incident.init)
        let maintenance = rows(options.maintenance, LogSchema.maintenance).compactMap(MaintenanceWindow.init)
        let inquiries = rows(options.inquiries, LogSchema.inquiry).compactMap(Inquiry.init)
        var report = Report(ObjectValue(schema: ReportSchema.root, fields: [:], keySpans: [:], span: .file("-"), hadErrors: false),
                            source: "-", fileMonth: nil)
        report.incidents = incidents
        report.maintenance = maintenance
        report.inquiries = inquiries
        diagnostics += ReportRules.logRules(report).filter { $0.code.area == .log }
        guard !diagnostics.hasErrors else { return (nil, diagnostics, sources) }
        let result = ServiceLevelEngine.compute(month: options.month, incidents: incidents, maintenance: maintenance,
                                                inquiries: inquiries, targets: targets, calendar: calendar, now: options.now)
        return (result, diagnostics, sources)
    }

    /// The human-readable form (`--format table`).
    public static func table(_ r: ServiceLevelResult, language: Language) -> String {
        let ja = language == .ja
        func mark(_ met: Bool) -> String { ja ? (met ? "達成" : "未達") : (met ? "met" : "MISSED") }
        func n(_ v: Int) -> String { DocumentFormat.grouped(Int64(v)) }
        let a = r.availability
        var lines: [String] = []
        let monthName = (try? EraDate.formatMonth(year: r.month.year, month: r.month.month)) ?? ""
        lines.append(ja ? "サービスレベル \(r.month)（\(monthName)） \(r.now.japanText) 現在" : "Service levels for \(r.month) (\(monthName)) as of \(r.now.japanText)")
        lines.append("")
        lines.append(pad("SLA-AVAIL", 14) + (ja ? "稼働率 \(a.percentText)%（目標 \(a.target)%以上）" : "availability \(a.percentText)% (target ≥ \(a.target)%)") + "  " + mark(a.met))
        lines.append(pad("", 14) + (ja
            ? "予定 \(n(a.plannedMinutes))分 − 正当な停止 \(n(a.justifiedMinutes))分 − 停止 \(n(a.downMinutes))分 = 稼働 \(n(a.actualMinutes))分"
            : "planned \(n(a.plannedMinutes)) − justified \(n(a.justifiedMinutes)) − down \(n(a.downMinutes)) = actual \(n(a.actualMinutes)) minutes"))
        for o in a.outages {
            lines.append(pad("", 16) + "\(o.incident.id)  \(o.from.japanText) – \(o.to.japanText)  "
                         + (ja ? "\(o.unjustifiedMinutes)分\(o.ongoing ? "（未復旧）" : "")" : "\(o.unjustifiedMinutes) min\(o.ongoing ? " (ongoing)" : "")"))
        }
        lines.append(pad("SLA-RECOVERY", 14) + (ja ? "復旧時間（目標 \(r.recovery.targetMinutes)分以内）" : "recovery (target ≤ \(r.recovery.targetMinutes) min)") + "  " + mark(r.recovery.met))
        for f in r.recovery.failures {
            lines.append(pad("", 16) + "\(f.incident.id)  " + (ja ? "\(f.minutes)分 \(f.recovered ? "復旧" : "未復旧")" : "\(f.minutes) min \(f.recovered ? "recovered" : "not recovered")") + "  " + mark(f.met))
        }
        lines.append(pad("SLA-RESPONSE", 14) + (ja ? "回答時間（目標 \(r.response.targetMinutes)分以内、閉庁日除く）" : "response (target ≤ \(r.response.targetMinutes) open-day min)") + "  " + mark(r.response.met))
        for i in r.response.inquiries {
            lines.append(pad("", 16) + "\(i.inquiry.id)  " + (ja ? "\(i.openMinutes)分 \(i.answered ? "回答済" : "未回答")" : "\(i.openMinutes) min \(i.answered ? "answered" : "unanswered")") + "  " + mark(i.met))
        }
        let m = r.majorFailures
        let fy = (try? m.fiscalYear.name()) ?? "FY\(m.fiscalYear.startYear)"
        let majorText = ja ? "\(fy) 重大障害 \(m.count)件（目標 \(m.target)件以内）" : "major failures in \(fy): \(m.count) (target ≤ \(m.target))"
        let majorIDs = m.incidents.isEmpty ? "" : "  " + m.incidents.map(\.id).joined(separator: ", ")
        lines.append(pad("SLA-MAJOR", 14) + majorText + "  " + mark(m.met) + majorIDs)
        return lines.joined(separator: "\n") + "\n"
    }

    private static func pad(_ s: String, _ width: Int) -> String {
        s + String(repeating: " ", count: max(1, width - s.count))
    }
}
