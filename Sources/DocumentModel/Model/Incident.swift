import JapaneseCalendar

/// A failure or incident (障害・インシデント).
public struct Incident: Sendable {
    /// The columns of incidents.csv.
    public enum Field: String, Sendable, CaseIterable {
        case id, occurredAt = "occurred_at", recoveredAt = "recovered_at", impact, summary, response, countermeasure

        /// Its column of `LogSchema.incident`.
        var column: LogColumn { Self.columns[Self.position(self)] }
        private static let columns = allCases.map { LogColumn($0.rawValue, of: LogSchema.incident) }
        private static func position(_ field: Self) -> Int {
            switch field {
            case .id: 0
            case .occurredAt: 1
            case .recoveredAt: 2
            case .impact: 3
            case .summary: 4
            case .response: 5
            case .countermeasure: 6
            }
        }
    }

    public let id: String
    public let occurredAt: Instant
    public let recoveredAt: Instant?
    public let impact: Impact
    public let row: LogRow

    /// From a row read without errors; `nil` when a required value is missing.
    public init?(_ row: LogRow) {
        guard let id = row.text(Field.id.column), let occurred = row.instant(Field.occurredAt.column),
              let impact = row.text(Field.impact.column).flatMap(Impact.init(rawValue:)) else { return nil }
        self.id = id
        self.occurredAt = occurred
        self.recoveredAt = row.instant(Field.recoveredAt.column)
        self.impact = impact
        self.row = row
    }

    /// A field's text as written (nil when empty).
    public func text(_ field: Field) -> String? { row.text(field.column) }
    /// Where a field is written.
    public func span(_ field: Field) -> SourceSpan { row.span(field.column) }
    /// Recovered before it occurred: its times are out of order (LOG-end-before-start).
    public var isOutOfOrder: Bool { recoveredAt.map { $0 < occurredAt } ?? false }
    /// Whether a field is filled (`text(field) != nil`, without making the text).
    public func has(_ field: Field) -> Bool { row.has(field.column) }

    public var summary: String { text(.summary) ?? "" }
    public var response: String? { text(.response) }
    public var countermeasure: String? { text(.countermeasure) }
}
