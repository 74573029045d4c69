import JapaneseCalendar

/// How badly a failure hit the service (incidents.csv `impact`).
public enum Impact: String, Sendable, CaseIterable {
    /// The service stopped.
    case stop
    /// Part of the service stopped.
    case partial
    /// A miscalculation or misprocessing that seriously affected the prefecture's business.
    case misprocessing
    case minor

    /// 重大障害 (DOMAIN §2): a stop, a partial stop, or a serious misprocessing.
    public var isMajor: Bool { self != .minor }
    /// Counted by SLA-RECOVERY: failures that stopped the service, partially included.
    public var stopsService: Bool { self == .stop || self == .partial }

    public var japanese: String {
        LogSchema.impacts.first { $0.value == rawValue }?.japanese ?? rawValue
    }
}
