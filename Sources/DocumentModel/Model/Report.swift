import JapaneseCalendar

/// A monthly performance report (サービス実績報告書) as `reports/YYYY-MM.yaml` and its logs state it.
public struct Report: Sendable {
    public let month: YearMonth?
    public let value: ObjectValue
    public let source: String
    /// The file's month from its name (`2024-03.yaml`), when it has one.
    public let fileMonth: YearMonth?
    public var incidents: [Incident]
    public var maintenance: [MaintenanceWindow]
    public var inquiries: [Inquiry]
    /// Whether each log was given (as a file or inline): REP-INCIDENT and REP-INQUIRY need theirs.
    public var hasIncidentLog: Bool
    public var hasMaintenanceLog: Bool
    public var hasInquiryLog: Bool

    public init(_ value: ObjectValue, source: String, fileMonth: YearMonth?) {
        self.value = value
        self.source = source
        self.fileMonth = fileMonth
        if case .yearMonth(let y, let m)? = value["month"]?.kind {
            month = YearMonth(year: y, month: m)
        } else {
            month = nil
        }
        incidents = value.objects("incidents").compactMap(Incident.init)
        maintenance = value.objects("maintenance").compactMap(MaintenanceWindow.init)
        inquiries = value.objects("inquiries").compactMap(Inquiry.init)
        hasIncidentLog = value["incidents"] != nil || value.keySpans["incidents"] != nil
        hasMaintenanceLog = value["maintenance"] != nil || value.keySpans["maintenance"] != nil
        hasInquiryLog = value["inquiries"] != nil || value.keySpans["inquiries"] != nil
    }

    /// The path of a log file named under `logs:`, as written.
    public func logPath(_ key: String) -> Located<String>? {
        value.object("logs")?.located(key)
    }
}
