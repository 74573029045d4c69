import JapaneseCalendar

/// An improvement measure (改善策), wherever it was presented: for a month's missed service
/// level, or in answer to 甲's request. Each later report carries its status until it is done.
public struct ImprovementMeasure: Sendable {
    public enum Origin: Sendable, Hashable {
        /// Presented in a month's report for a missed level.
        case report(month: YearMonth?, metric: ServiceLevelMetric)
        /// Presented in answer to 甲's request (its ID).
        case request(String)
    }

    public let id: Located<String>
    public let measure: Located<String>
    public let owner: Located<String>?
    public let due: Located<CivilDate>?
    public let status: Located<String>?
    public let doneOn: Located<CivilDate>?
    public let evidence: Located<String>?
    public let origin: Origin
    /// Where it is written (the item of the list).
    public let span: SourceSpan

    init(_ o: ObjectValue, origin: Origin) {
        id = o.requiredText(at: "id")
        measure = o.requiredText(at: "measure")
        owner = o.text(at: "owner")
        due = o.date(at: "due")
        status = o.text(at: "status")
        doneOn = o.date(at: "done_on")
        evidence = o.text(at: "evidence")
        self.origin = origin
        span = o.span
    }

    public var isDone: Bool { status?.value == "done" }

    /// 実施予定, 実施中, 完了
    public static func statusJapanese(_ status: String) -> String {
        MeasureSchema.statuses.first { $0.value == status }?.japanese ?? status
    }
}
