import JapaneseCalendar

/// A failure or incident (障害・インシデント).
public struct Incident: Sendable {
    /// The columns of incidents.csv.
    public enum Field: String, Sendable {
        case id, occurredAt = "occurred_at", recoveredAt = "recovered_at", impact, summary, response, countermeasure
    }

    public let id: String
    public let occurredAt: Instant
    public let recoveredAt: Instant?
    public let impact: Impact
    public let row: LogRow

    /// From a row read without errors; `nil` when a required value is missing.
    public init?(_ row: LogRow) {
        guard let id = row.text(Field.id.rawValue), let occurred = row.instant(Field.occurredAt.rawValue),
              let impact = row.text(Field.impact.rawValue).flatMap(Impact.init(rawValue:)) else { return nil }
        self.id = id
        self.occurredAt = occurred
        self.recoveredAt = row.instant(Field.recoveredAt.rawValue)
        self.impact = impact
        self.row = row
    }

    /// A field's text as written (nil when empty).
    public func text(_ field: Field) -> String? { row.text(field.rawValue) }
    /// Where a field is written.
    public func span(_ field: Field) -> SourceSpan { row.span(field.rawValue) }

    public var summary: String { text(.summary) ?? "" }
    public var response: String? { text(.response) }
    public var countermeasure: String? { text(.countermeasure) }
}
