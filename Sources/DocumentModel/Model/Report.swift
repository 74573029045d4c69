import JapaneseCalendar

/// A monthly performance report (サービス実績報告書) as `reports/YYYY-MM.yaml` and its logs state it.
public struct Report: Sendable {
    public let value: ObjectValue
    public let source: String
    /// The file's month from its name (`2024-03.yaml`), when it has one.
    public let fileMonth: YearMonth?

    public let month: Located<YearMonth>?
    /// The log files the report names, relative to the report's folder.
    public let logFiles: [LogKind: Located<String>]
    /// REP-RESULT.
    public let result: [Note]
    /// REP-USAGE.
    public let usage: Usage?
    /// REP-RISK.
    public let risks: [Risk]
    /// REP-SECSTATUS, by measure ID.
    public let securityStatus: [MeasureStatus]
    /// Training and audits held (against PLAN-TRAIN and PLAN-AUDIT).
    public let activities: [Activity]
    /// Improvement measures (改善策) for missed service levels.
    public let improvements: [Improvement]
    /// REP-OTHER.
    public let other: [Note]
    /// The status of earlier improvement measures not yet done (`measure_status:`).
    public let measureStatus: [MeasureProgress]

    /// The month's log records: from the files the report names, or inline.
    public var incidents: [Incident]
    public var maintenance: [MaintenanceWindow]
    public var inquiries: [Inquiry]
    /// Which logs were given (as a file or inline): REP-INCIDENT and REP-INQUIRY need theirs.
    public var givenLogs: Set<LogKind>

    public init(_ value: ObjectValue, source: String, fileMonth: YearMonth?) {
        self.value = value
        self.source = source
        self.fileMonth = fileMonth
        month = value.yearMonth(at: "month")
        var files: [LogKind: Located<String>] = [:]
        if let logs = value.object(at: "logs", { $0 }) {
            for kind in LogKind.allCases {
                if let path = logs.text(at: kind.key) { files[kind] = path }
            }
        }
        logFiles = files
        result = value.objects(at: "result", Note.init)
        usage = value.object(at: "usage", Usage.init)
        risks = value.objects(at: "risks", Risk.init)
        securityStatus = value.entries(at: "security_status", MeasureStatus.init)
        activities = value.objects(at: "activities", Activity.init)
        let reportMonth = month?.value ?? fileMonth
        improvements = ServiceLevelMetric.allCases.flatMap { metric in
            value.object(at: "improvements") { $0.objects(at: metric.key) { Improvement(metric: metric, month: reportMonth, $0) } } ?? []
        }
        measureStatus = value.entries(at: "measure_status", MeasureProgress.init)
        other = value.objects(at: "other", Note.init)
        incidents = value.objects(at: "incidents") { Incident(LogRow($0)) }.compactMap { $0 }
        maintenance = value.objects(at: "maintenance") { MaintenanceWindow(LogRow($0)) }.compactMap { $0 }
        inquiries = value.objects(at: "inquiries") { Inquiry(LogRow($0)) }.compactMap { $0 }
        givenLogs = Set(LogKind.allCases.filter { value.presence(at: $0.key).isPresent })
    }

    /// A report with nothing in it, for checking logs on their own.
    public static func empty(source: String) -> Report {
        Report(ObjectValue(schema: ReportSchema.root, fields: [:], keySpans: [:], span: .file(source), hadErrors: false), source: source, fileMonth: nil)
    }

    /// How a section is written in the file (sections kept in logs have no key).
    public func presence(_ section: ReportSection) -> Presence? {
        section.key.map { value.presence(at: $0) }
    }

    /// Where the improvement measures are written, or the file.
    public var improvementsSpan: SourceSpan { value.keySpan("improvements") ?? monthSpan }
    /// Where the report says its month (a problem of the whole report is shown there, not at
    /// the file's first line, which is often a comment).
    public var monthSpan: SourceSpan { value.keySpan("month") ?? .file(source) }

    /// How an inline log is written.
    public func inlinePresence(_ kind: LogKind) -> Presence { value.presence(at: kind.key) }
}

extension Array where Element == Report {
    /// The reports' incidents with a log file that several reports name taken once, from the
    /// first that names it (its rows are the same for each): what `flatMap(\.incidents)` gives,
    /// without a year's log repeated for each month.
    public var incidentsOnce: [Incident] { once(\.incidents, .incidents) }
    public var maintenanceOnce: [MaintenanceWindow] { once(\.maintenance, .maintenance) }
    public var inquiriesOnce: [Inquiry] { once(\.inquiries, .inquiries) }

    private func once<T>(_ records: KeyPath<Report, [T]>, _ kind: LogKind) -> [T] {
        var named: Set<String> = []
        var all: [T] = []
        for report in self {
            // Named by the same words from the same folder: the same file (records given inline
            // beside a file name are the report's own).
            if let file = report.logFiles[kind], !report.inlinePresence(kind).isPresent {
                let folder = report.source.lastIndex(of: "/").map { String(report.source[..<$0]) } ?? ""
                guard named.insert(folder + "\u{0}" + file.value).inserted else { continue }
            }
            all.append(contentsOf: report[keyPath: records])
        }
        return all
    }
}
