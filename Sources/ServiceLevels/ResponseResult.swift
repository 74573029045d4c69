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
        public var counted: Bool { decision.counted }
        /// Why it counts, or why not.
        public let decision: InquirerRule.Decision
        /// When its clock started: the question's time, or 00:00 of the next open day.
        public let clockStart: Instant
        public let countedUntil: Instant
        /// The open-day minutes that lie in the month (from the month's start for an inquiry
        /// carried over from an earlier month, to the month's end at most).
        public let openMinutesInMonth: Int
        /// Asked before the month (前月からの継続).
        public let carriedOver: Bool
    }

    public let targetMinutes: Int
    public let inquiries: [Item]
    public var met: Bool { inquiries.allSatisfy { $0.met || !$0.counted } }
}
