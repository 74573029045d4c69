import JapaneseCalendar

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
        public let entry: ImprovementMeasure

        public var measure: Located<String> { entry.measure }
        public var owner: Located<String>? { entry.owner }
        public var due: Located<CivilDate>? { entry.due }

        init(metric: ServiceLevelMetric, month: YearMonth?, _ o: ObjectValue) {
            self.metric = metric
            entry = ImprovementMeasure(o, origin: .report(month: month, metric: metric))
        }
    }

    /// The status, as of a month, of a measure presented before (`measure_status:`).
    public struct MeasureProgress: Sendable {
        public let id: Located<String>
        public let status: Located<String>
        public let doneOn: Located<CivilDate>?
        public let evidence: Located<String>?
        public let note: Located<String>?
        public let span: SourceSpan

        init(_ id: Located<String>, _ o: ObjectValue) {
            self.id = id
            status = o.requiredText(at: "status")
            doneOn = o.date(at: "done_on")
            evidence = o.text(at: "evidence")
            note = o.text(at: "note")
            span = o.span
        }

        public var isDone: Bool { status.value == "done" }
    }
}
