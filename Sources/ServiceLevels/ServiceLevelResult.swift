import DocumentModel
import JapaneseCalendar

/// The four service levels of a month.
public struct ServiceLevelResult: Sendable {
    public let month: YearMonth
    public let now: Instant
    public let availability: AvailabilityResult
    public let recovery: RecoveryResult
    public let response: ResponseResult
    public let majorFailures: MajorFailureResult

    public init(month: YearMonth, now: Instant, availability: AvailabilityResult, recovery: RecoveryResult, response: ResponseResult,
                majorFailures: MajorFailureResult) {
        self.month = month
        self.now = now
        self.availability = availability
        self.recovery = recovery
        self.response = response
        self.majorFailures = majorFailures
    }

    public var allMet: Bool { availability.met && recovery.met && response.met && majorFailures.met }

    /// Whether a level is met this month.
    public func met(_ metric: ServiceLevelMetric) -> Bool {
        switch metric {
        case .availability: availability.met
        case .recovery: recovery.met
        case .response: response.met
        case .majorFailures: majorFailures.met
        }
    }
}
