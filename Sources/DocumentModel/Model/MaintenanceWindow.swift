import JapaneseCalendar

/// A justified stop (正当な理由のある停止): planned maintenance announced in advance, a stop 甲 asked for.
public struct MaintenanceWindow: Sendable {
    /// The columns of maintenance.csv.
    public enum Field: String, Sendable {
        case id, start, end, reason
    }

    public let id: String
    public let start: Instant
    public let end: Instant
    public let row: LogRow

    public init?(_ row: LogRow) {
        guard let id = row.text(Field.id.rawValue), let start = row.instant(Field.start.rawValue), let end = row.instant(Field.end.rawValue) else { return nil }
        self.id = id
        self.start = start
        self.end = end
        self.row = row
    }

    public func span(_ field: Field) -> SourceSpan { row.span(field.rawValue) }

    public var reason: String { row.text(Field.reason.rawValue) ?? "" }
}
