import JapaneseCalendar

/// An inquiry (問合せ) and its first answer (一次回答).
public struct Inquiry: Sendable {
    /// The columns of inquiries.csv.
    public enum Field: String, Sendable {
        case id, askedAt = "asked_at", askedBy = "asked_by", subject, answeredAt = "answered_at", answeredBy = "answered_by", answer, party
    }

    /// Whose inquiry it is, where the log says (`party`).
    public enum Party: String, Sendable { case buyer, other }

    public let id: String
    public let askedAt: Instant
    public let answeredAt: Instant?
    public let row: LogRow

    public init?(_ row: LogRow) {
        guard let id = row.text(Field.id.rawValue), let asked = row.instant(Field.askedAt.rawValue) else { return nil }
        self.id = id
        self.askedAt = asked
        self.answeredAt = row.instant(Field.answeredAt.rawValue)
        self.row = row
    }

    public func text(_ field: Field) -> String? { row.text(field.rawValue) }
    public func span(_ field: Field) -> SourceSpan { row.span(field.rawValue) }

    public var askedBy: String { text(.askedBy) ?? "" }
    public var subject: String { text(.subject) ?? "" }
    public var answeredBy: String? { text(.answeredBy) }
    public var answer: String? { text(.answer) }
    public var party: Party? { text(.party).flatMap(Party.init(rawValue:)) }
}
