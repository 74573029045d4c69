import JapaneseCalendar

/// The targets of the four service levels (DOMAIN §2), with the contract's overrides.
public struct ServiceLevelTargets: Sendable, Hashable {
    /// SLA-AVAIL: at least this percentage (default 99.8).
    public var availabilityPercent: ExactDecimal
    public var partialStopCountsAsDown: Bool
    public var operatingWindow: OperatingWindow
    /// SLA-RECOVERY: at most this many minutes (default 6 hours).
    public var recoveryMinutes: Int
    /// SLA-RESPONSE: at most this many open-day minutes (default 48 hours).
    public var responseMinutes: Int
    /// SLA-MAJOR: at most this many major failures per fiscal year (default 3).
    public var majorFailuresPerYear: Int
    /// Whose inquiries SLA-RESPONSE measures.
    public var inquirers: InquirerRule = .unknownBuyer

    public static let defaults = ServiceLevelTargets(
        availabilityPercent: ExactDecimal(significand: 998, scale: 1), partialStopCountsAsDown: true,
        operatingWindow: .always, recoveryMinutes: 360, responseMinutes: 2880, majorFailuresPerYear: 3)

    public init(availabilityPercent: ExactDecimal, partialStopCountsAsDown: Bool, operatingWindow: OperatingWindow,
                recoveryMinutes: Int, responseMinutes: Int, majorFailuresPerYear: Int) {
        self.availabilityPercent = availabilityPercent
        self.partialStopCountsAsDown = partialStopCountsAsDown
        self.operatingWindow = operatingWindow
        self.recoveryMinutes = recoveryMinutes
        self.responseMinutes = responseMinutes
        self.majorFailuresPerYear = majorFailuresPerYear
    }
}
