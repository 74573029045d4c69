import JapaneseCalendar

/// An inquiry (問合せ) and its first answer (一次回答).
public struct Inquiry: Sendable {
    /// The columns of inquiries.csv.
    public enum Field: String, Sendable, CaseIterable {
        case id, askedAt = "asked_at", askedBy = "asked_by", subject, answeredAt = "answered_at", answeredBy = "answered_by", answer, party

        /// Its column of `LogSchema.inquiry`.
        var column: LogColumn { Self.columns[Self.position(self)] }
        private static let columns = allCases.map { LogColumn($0.rawValue, of: LogSchema.inquiry) }
        private static func position(_ field: Self) -> Int {
            switch field {
            case .id: 0
            case .askedAt: 1
            case .askedBy: 2
            case .subject: 3
            case .answeredAt: 4
            case .answeredBy: 5
            case .answer: 6
            case .party: 7
            }
        }
    }

    /// Whose inquiry it is, where the log says (`party`).
    public enum Party: String, Sendable { case buyer, other }

    public let id: String
    public let askedAt: Instant
    public let answeredAt: Instant?
    public let row: LogRow

    public init?(_ row: LogRow) {
        guard let id = row.text(Field.id.column), let asked = row.instant(Field.askedAt.column) else { return nil }
        self.id = id
        self.askedAt = asked
        self.answeredAt = row.instant(Field.answeredAt.column)
        self.row = row
    }

    public func text(_ field: Field) -> String? { row.text(field.column) }
    public func span(_ field: Field) -> SourceSpan { row.span(field.column) }
    /// Answered before it was asked: its times are out of order (LOG-answer-before-question).
    public var isOutOfOrder: Bool { answeredAt.map { $0 < askedAt } ?? false }
    /// Whether a field is filled (`text(field) != nil`, without making the text).
    public func has(_ field: Field) -> Bool { row.has(field.column) }

    public var askedBy: String { text(.askedBy) ?? "" }
    public var subject: String { text(.subject) ?? "" }
    public var answeredBy: String? { text(.answeredBy) }
    public var answer: String? { text(.answer) }
    public var party: Party? { text(.party).flatMap(Party.init(rawValue:)) }
}
