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

    /// The impact written exactly so (a log's 100,000 rows are read once each: compared
    /// directly, not through the synthesized table).
    public init?(rawValue: String) {
        if rawValue == "stop" { self = .stop } else if rawValue == "partial" { self = .partial }
        else if rawValue == "misprocessing" { self = .misprocessing } else if rawValue == "minor" { self = .minor } else { return nil }
    }

    /// 重大障害 (DOMAIN §2): a stop, a partial stop, or a serious misprocessing.
    public var isMajor: Bool { self != .minor }
    /// Counted by SLA-RECOVERY: failures that stopped the service, partially included.
    public var stopsService: Bool { self == .stop || self == .partial }

    public var japanese: String {
        LogSchema.impacts.first { $0.value == rawValue }?.japanese ?? rawValue
    }
}
