/// A problem with a date, a time or a year, with its message in Japanese and English.
///
/// Codes are static properties over a private enum, so that new codes never break callers.
public struct CalendarError: Error, Hashable, Sendable, CustomStringConvertible {
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case malformedDate = "date-malformed"
            case invalidDate = "date-invalid"
            case beforeTaisho = "date-before-taisho"
            case outsideEra = "date-outside-era"
            case wrongWeekday = "date-wrong-weekday"
            case yearOutOfRange = "year-out-of-range"
            case malformedInstant = "time-malformed"
        }
        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// The text is not any date form the tool reads.
        public static let malformedDate = Code(.malformedDate)
        /// The form is right but the day does not exist (2月30日).
        public static let invalidDate = Code(.invalidDate)
        /// 和暦 starts, for this tool, with 大正 (1912-07-30).
        public static let beforeTaisho = Code(.beforeTaisho)
        /// A 和暦 year, month and day that its era does not contain (令和元年4月1日).
        public static let outsideEra = Code(.outsideEra)
        /// The weekday written beside a date is not that date's weekday.
        public static let wrongWeekday = Code(.wrongWeekday)
        /// The national-holiday rules are implemented for 1955–2099.
        public static let yearOutOfRange = Code(.yearOutOfRange)
        /// The text is not an ISO 8601 time the tool reads.
        public static let malformedInstant = Code(.malformedInstant)

        public var description: String { base.rawValue }
    }

    public let code: Code
    /// 日本語のメッセージ.
    public let japanese: String
    public let english: String

    public init(_ code: Code, japanese: String, english: String) {
        self.code = code
        self.japanese = japanese
        self.english = english
    }

    public var description: String { english }
}
