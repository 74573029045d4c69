import JapaneseCalendar

/// A justified stop (正当な理由のある停止): planned maintenance announced in advance, a stop 甲 asked for.
public struct MaintenanceWindow: Sendable {
    /// The columns of maintenance.csv.
    public enum Field: String, Sendable, CaseIterable {
        case id, start, end, reason

        /// Its column of `LogSchema.maintenance`.
        var column: LogColumn { Self.columns[Self.position(self)] }
        private static let columns = allCases.map { LogColumn($0.rawValue, of: LogSchema.maintenance) }
        private static func position(_ field: Self) -> Int {
            switch field {
            case .id: 0
            case .start: 1
            case .end: 2
            case .reason: 3
            }
        }
    }

    public let id: String
    public let start: Instant
    public let end: Instant
    public let row: LogRow

    public init?(_ row: LogRow) {
        guard let id = row.text(Field.id.column), let start = row.instant(Field.start.column), let end = row.instant(Field.end.column) else { return nil }
        self.id = id
        self.start = start
        self.end = end
        self.row = row
    }

    public func span(_ field: Field) -> SourceSpan { row.span(field.column) }
    /// Ends before it starts: its times are out of order (LOG-end-before-start).
    public var isOutOfOrder: Bool { end < start }

    public var reason: String { row.text(Field.reason.column) ?? "" }
}
