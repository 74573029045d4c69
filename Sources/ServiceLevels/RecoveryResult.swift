import DocumentModel
import JapaneseCalendar

/// SLA-RECOVERY: the recovery time of each failure that stopped the service.
public struct RecoveryResult: Sendable {
    public struct Failure: Sendable {
        public let incident: Incident
        /// From occurrence to recovery (when recovered by "now", even after the month), or to
        /// the month's end (or "now", if earlier) while unrecovered.
        public let minutes: Int
        public let recovered: Bool
        public let met: Bool
        /// Where an unrecovered failure's time was counted up to.
        public let countedUntil: Instant
        /// The part of its time that lies in the month (from the month's start for a failure
        /// carried over from an earlier month, to the month's end at most).
        public let minutesInMonth: Int
        /// It began before the month (前月からの継続).
        public let carriedOver: Bool
    }

    public let targetMinutes: Int
    public let failures: [Failure]
    public var met: Bool { failures.allSatisfy(\.met) }
}
