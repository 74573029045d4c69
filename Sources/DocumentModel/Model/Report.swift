import JapaneseCalendar

/// A monthly performance report (サービス実績報告書) as `reports/YYYY-MM.yaml` and its logs state it.
public struct Report: Sendable {
    public let value: ObjectValue
    public let source: String
    /// The file's month from its name (`2024-03.yaml`), when it has one.
    public let fileMonth: YearMonth?

    public let month: Located<YearMonth>?
    /// The submission day as the file states it (a submission record, when there is one, decides).
    public let submittedOn: Located<CivilDate>?
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
        submittedOn = value.date(at: "submitted_on")
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
        improvements = ServiceLevelMetric.allCases.flatMap { metric in
            value.object(at: "improvements") { $0.objects(at: metric.key) { Improvement(metric: metric, $0) } } ?? []
        }
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
    public var improvementsSpan: SourceSpan { value.keySpans["improvements"] ?? .file(source) }

    /// How an inline log is written.
    public func inlinePresence(_ kind: LogKind) -> Presence { value.presence(at: kind.key) }
}

/// The three logs a report reads.
public enum LogKind: String, Sendable, CaseIterable, Hashable {
    case incidents, maintenance, inquiries

    /// The key in `logs:` and for the inline list.
    public var key: String { rawValue }

    public var schema: ObjectSchema {
        switch self {
        case .incidents: LogSchema.incident
        case .maintenance: LogSchema.maintenance
        case .inquiries: LogSchema.inquiry
        }
    }

    /// The log a CSV header row most likely belongs to: the one with the most of its columns.
    public static func guess(header: String) -> LogKind {
        let columns = Set(header.split(separator: ",").map { String($0).trimmingSpaces() })
        return allCases.max { a, b in
            a.schema.keys.filter(columns.contains).count < b.schema.keys.filter(columns.contains).count
        } ?? .incidents
    }
}

/// The four service levels (DOMAIN §2).
public enum ServiceLevelMetric: String, Sendable, CaseIterable, Hashable {
    case availability, recovery, response, majorFailures = "major_failures"

    /// The key under `improvements:` and `service_levels:`.
    public var key: String { rawValue }

    public var id: String {
        switch self {
        case .availability: "SLA-AVAIL"
        case .recovery: "SLA-RECOVERY"
        case .response: "SLA-RESPONSE"
        case .majorFailures: "SLA-MAJOR"
        }
    }

    public var japanese: String {
        switch self {
        case .availability: "サービス稼働率"
        case .recovery: "重大障害の復旧時間"
        case .response: "問合せに係る回答時間"
        case .majorFailures: "重大障害の発生件数"
        }
    }

    public var english: String {
        switch self {
        case .availability: "availability"
        case .recovery: "recovery time"
        case .response: "response time"
        case .majorFailures: "major failures"
        }
    }
}

extension Report {
    /// A titled matter (REP-RESULT, REP-OTHER).
    public struct Note: Sendable {
        public let title: Located<String>
        public let content: Located<String>

        init(_ o: ObjectValue) {
            title = o.requiredText(at: "title")
            content = o.requiredText(at: "content")
        }
    }

    public struct UsageFigure: Sendable {
        public let name: Located<String>
        public let value: Located<ExactDecimal>?
        public let unit: Located<String>?
        public let note: Located<String>?

        init(_ o: ObjectValue) {
            name = o.requiredText(at: "name")
            value = o.decimal(at: "value")
            unit = o.text(at: "unit")
            note = o.text(at: "note")
        }
    }

    /// REP-USAGE.
    public struct Usage: Sendable {
        public let figures: [UsageFigure]
        public let notes: Located<String>?

        init(_ o: ObjectValue) {
            figures = o.objects(at: "figures", UsageFigure.init)
            notes = o.text(at: "notes")
        }
    }

    /// REP-RISK.
    public struct Risk: Sendable {
        public let id: Located<String>
        public let title: Located<String>
        public let status: Located<String>
        public let owner: Located<String>?
        public let action: Located<String>?
        public let due: Located<CivilDate>?

        /// 未対応, 対応中 …
        public var statusJapanese: String {
            ReportSchema.riskStatuses.first { $0.value == status.value }?.japanese ?? status.value
        }

        init(_ o: ObjectValue) {
            id = o.requiredText(at: "id")
            title = o.requiredText(at: "title")
            status = o.requiredText(at: "status")
            owner = o.text(at: "owner")
            action = o.text(at: "action")
            due = o.date(at: "due")
        }
    }

    /// REP-SECSTATUS: the status of one planned measure.
    public struct MeasureStatus: Sendable {
        public let id: Located<String>
        public let status: Located<String>
        public let detail: Located<String>

        /// 実施済, 遅延 …
        public var statusJapanese: String {
            ReportSchema.measureStatuses.first { $0.value == status.value }?.japanese ?? status.value
        }

        /// Delayed or not done: worth a reviewer's attention.
        public var needsAttention: Bool { status.value == "delayed" || status.value == "not_done" }

        init(_ id: Located<String>, _ o: ObjectValue) {
            self.id = id
            status = o.requiredText(at: "status")
            detail = o.requiredText(at: "detail")
        }
    }

    /// A training course or an audit held.
    public struct Activity: Sendable {
        public let id: Located<String>
        public let date: Located<CivilDate>?
        public let summary: Located<String>

        init(_ o: ObjectValue) {
            id = o.requiredText(at: "id")
            date = o.date(at: "date")
            summary = o.requiredText(at: "summary")
        }
    }

    /// An improvement measure (改善策) for a missed service level.
    public struct Improvement: Sendable {
        public let metric: ServiceLevelMetric
        public let measure: Located<String>
        public let owner: Located<String>?
        public let due: Located<CivilDate>?

        init(metric: ServiceLevelMetric, _ o: ObjectValue) {
            self.metric = metric
            measure = o.requiredText(at: "measure")
            owner = o.text(at: "owner")
            due = o.date(at: "due")
        }
    }
}
