import DocumentModel
import JapaneseCalendar

/// SLA-RESPONSE: each inquiry's open-day minutes to its first answer.
public struct ResponseResult: Sendable {
    public struct Item: Sendable {
        public let inquiry: Inquiry
        public let openMinutes: Int
        public let answered: Bool
        public let met: Bool
        /// Whether the inquiry counts toward the level (an inquiry of 甲's staff); the others
        /// are listed as outside it (対象外).
        public let counted: Bool
        /// When its clock started: the question's time, or 00:00 of the next open day.
        public let clockStart: Instant
        public let countedUntil: Instant
    }

    public let targetMinutes: Int
    public let inquiries: [Item]
    public var met: Bool { inquiries.allSatisfy { $0.met || !$0.counted } }
}
