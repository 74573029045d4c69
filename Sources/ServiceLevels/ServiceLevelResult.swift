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

extension ServiceLevelResult {
    /// The month's figures from its two halves (``ServiceLevelEngine/incidentLevels(month:incidents:maintenance:targets:calendar:now:)``
    /// and ``ServiceLevelEngine/responseLevel(month:inquiries:targets:calendar:now:)``).
    public init(month: YearMonth, now: Instant, incidentLevels: ServiceLevelEngine.IncidentLevels, response: ResponseResult) {
        self.init(month: month, now: now, availability: incidentLevels.availability, recovery: incidentLevels.recovery, response: response,
                  majorFailures: incidentLevels.majorFailures)
    }
}
