import DocumentModel
import JapaneseCalendar

/// One incident's effect on the service levels, as its incident report states it: the minutes
/// the service was down (inside the operating window, justified stops left out, over every month
/// it spans) and its recovery time against the target.
public struct IncidentEffect: Sendable {
    public let downMinutes: Int
    /// From occurrence to recovery; nil while unrecovered as of "now".
    public let recoveryMinutes: Int?
    /// The target, when the incident stopped the service or part of it.
    public let recoveryTargetMinutes: Int?
    public var recoveryMet: Bool? {
        guard let recoveryMinutes, let recoveryTargetMinutes else { return nil }
        return recoveryMinutes <= recoveryTargetMinutes
    }
    public let major: Bool

    public static func compute(_ incident: Incident, maintenance: [MaintenanceWindow], targets: ServiceLevelTargets,
                               calendar: ClosedDayCalendar, now: Instant) -> IncidentEffect {
        let end = incident.recoveredAt.flatMap { $0 <= now ? $0 : nil }
        let until = end ?? now
        var down = 0
        var month = YearMonth(year: incident.occurredAt.japanDate.year, month: incident.occurredAt.japanDate.month)
        // Every month the outage touches, as far as "now".
        while month.start < until, month.start <= now {
            let result = ServiceLevelEngine.availability(month: month, incidents: [incident], maintenance: maintenance, targets: targets,
                                                         calendar: calendar, now: now)
            down += result.downMinutes
            month = month.next
        }
        let recovery = end.map { Int((($0.secondsSinceEpoch - incident.occurredAt.secondsSinceEpoch) + 59) / 60) }
        return IncidentEffect(downMinutes: down, recoveryMinutes: recovery,
                              recoveryTargetMinutes: incident.impact.stopsService ? targets.recoveryMinutes : nil, major: incident.impact.isMajor)
    }
}
