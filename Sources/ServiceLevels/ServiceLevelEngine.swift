import DocumentModel
import JapaneseCalendar

/// The service-level rules of DOMAIN §2 as pure functions of the logs, the month, the contract's
/// targets and calendar, and "now".
public enum ServiceLevelEngine {
    /// - Parameter workers: with two or more, the figures of the incidents (availability,
    ///   recovery, major failures) and those of the inquiries (response) are computed at once.
    public static func compute(month: YearMonth, incidents: [Incident], maintenance: [MaintenanceWindow], inquiries: [Inquiry],
                               targets: ServiceLevelTargets, calendar: ClosedDayCalendar, now: Instant, workers: Int = 1) -> ServiceLevelResult {
        enum Part: Sendable {
            case incidents(IncidentLevels)
            case inquiries(ResponseResult)
        }
        let parts = Parallel.map(2, workers: workers) { index -> Part in
            index == 0
                ? .incidents(incidentLevels(month: month, incidents: incidents, maintenance: maintenance, targets: targets, calendar: calendar, now: now))
                : .inquiries(responseLevel(month: month, inquiries: inquiries, targets: targets, calendar: calendar, now: now))
        }
        guard case .incidents(let levels) = parts[0], case .inquiries(let response) = parts[1] else {
            preconditionFailure("the parts come back in order")
        }
        return ServiceLevelResult(month: month, now: now, incidentLevels: levels, response: response)
    }

    /// The three levels computed from the incidents (and the justified stops).
    public struct IncidentLevels: Sendable {
        public let availability: AvailabilityResult
        public let recovery: RecoveryResult
        public let majorFailures: MajorFailureResult
    }

    /// The levels of the incidents: one half of the month's figures, computed apart from the
    /// inquiries' (`sla` computes each half as soon as its logs are read and checked).
    public static func incidentLevels(month: YearMonth, incidents: [Incident], maintenance: [MaintenanceWindow],
                                      targets: ServiceLevelTargets, calendar: ClosedDayCalendar, now: Instant) -> IncidentLevels {
        IncidentLevels(
            availability: availability(month: month, incidents: incidents, maintenance: maintenance, targets: targets, calendar: calendar, now: now),
            recovery: recovery(month: month, incidents: incidents, targetMinutes: targets.recoveryMinutes, now: now),
            majorFailures: majorFailures(month: month, incidents: incidents, target: targets.majorFailuresPerYear, now: now))
    }

    /// The level of the inquiries, with the contract's targets: the other half.
    public static func responseLevel(month: YearMonth, inquiries: [Inquiry], targets: ServiceLevelTargets, calendar: ClosedDayCalendar,
                                     now: Instant) -> ResponseResult {
        response(month: month, inquiries: inquiries, targetMinutes: targets.responseMinutes, inquirers: targets.inquirers, calendar: calendar, now: now)
    }

    // MARK: - SLA-AVAIL

    public static func availability(month: YearMonth, incidents: [Incident], maintenance: [MaintenanceWindow],
                                    targets: ServiceLevelTargets, calendar: ClosedDayCalendar, now: Instant) -> AvailabilityResult {
        let monthStart = month.start.secondsSinceEpoch
        let monthMinutes = month.days * 1440
        let monthEnd = month.end

        // A minute counts when any part of it lies inside: floor the start, ceil the end.
        func minutes(_ from: Instant, _ to: Instant) -> Range<Int> {
            let s = from.secondsSinceEpoch - monthStart, e = to.secondsSinceEpoch - monthStart
            guard e > s else { return 0..<0 }
            let lo = Int(max(0, floorDiv(s, 60))), hi = Int(min(Int64(monthMinutes), ceilDiv(e, 60)))
            return lo < hi ? lo..<hi : 0..<0
        }

        let window = operatingWindow(month: month, targets.operatingWindow, calendar: calendar)
        let justifiedRanges = maintenance.map { minutes($0.start, $0.end) }
        let justified = MinuteIntervals(justifiedRanges).intersection(window)

        let counted = LargeBuffers.filter(incidents) { $0.impact == .stop || ($0.impact == .partial && targets.partialStopCountsAsDown) }
        var outageEvidence: [OutageEvidence] = [], outageRanges: [Range<Int>] = []
        LargeBuffers.reserve(&outageEvidence, capacity: counted.count)
        LargeBuffers.reserve(&outageRanges, capacity: counted.count)
        for incident in counted {
            let start = incident.occurredAt
            guard start < monthEnd, start <= now else { continue }
            let recovered = incident.recoveredAt.flatMap { $0 <= now ? $0 : nil }
            let end = recovered ?? min(monthEnd, now)
            guard end > month.start else { continue }
            let range = minutes(start, end)
            guard !range.isEmpty else { continue }
            outageRanges.append(range)
            let inWindow = window.clip(range, coveredBy: justified)
            let unjustified = inWindow.total - inWindow.covered
            outageEvidence.append(OutageEvidence(
                incident: incident, from: max(start, month.start), to: min(end, monthEnd),
                windowMinutes: inWindow.total, unjustifiedMinutes: unjustified, ongoing: recovered == nil))
        }
        let down = MinuteIntervals(outageRanges).intersection(window).subtracting(justified)

        let planned = window.total, justifiedTotal = justified.total, downTotal = down.total
        let actual = planned - justifiedTotal - downTotal
        let denominator = planned - justifiedTotal
        let target = targets.availabilityPercent
        let hundredths = denominator > 0 ? actual * 10_000 / denominator : nil
        // actual / denominator × 100 ≥ significand / 10^scale, in integers.
        let met = denominator <= 0
            || Int64(actual) * 100 * target.denominator >= target.significand * Int64(denominator)

        let plannedDays = window.perDay(days: month.days)
        let justifiedDays = justified.perDay(days: month.days)
        let downDays = down.perDay(days: month.days)
        let days = (0..<month.days).map { d in
            DayAvailability(date: month.firstDay.adding(days: d), planned: plannedDays[d], justified: justifiedDays[d], down: downDays[d])
        }
        let justifiedEvidence = zip(maintenance, justifiedRanges).compactMap { window_, range -> JustifiedEvidence? in
            guard !range.isEmpty else { return nil }
            return JustifiedEvidence(window: window_, windowMinutes: window.overlap(with: range))
        }.sortedByTime(\.window.start, id: \.window.id)

        return AvailabilityResult(
            plannedMinutes: planned, justifiedMinutes: justifiedTotal, downMinutes: downTotal, actualMinutes: actual,
            percentHundredths: hundredths, target: target, met: met,
            outages: outageEvidence.sortedByTime(\.incident.occurredAt, id: \.incident.id),
            justifiedStops: justifiedEvidence, days: days)
    }

    /// The minutes of the month the service is planned to run.
    static func operatingWindow(month: YearMonth, _ window: OperatingWindow, calendar: ClosedDayCalendar) -> MinuteIntervals {
        if window.isAlways { return MinuteIntervals([0..<(month.days * 1440)]) }
        var ranges: [Range<Int>] = []
        // An overnight window that starts on the last day of the previous month ends in this one.
        for d in (window.isOvernight ? -1 : 0)..<month.days {
            if window.days == .openDays && calendar.isClosed(month.firstDay.adding(days: d)) { continue }
            let end = window.isOvernight ? (d + 1) * 1440 + window.toMinute : d * 1440 + window.toMinute
            let range = max(0, d * 1440 + window.fromMinute)..<min(month.days * 1440, end)
            if !range.isEmpty { ranges.append(range) }
        }
        return MinuteIntervals(ranges)
    }

    // MARK: - SLA-RECOVERY

    public static func recovery(month: YearMonth, incidents: [Incident], targetMinutes: Int, now: Instant) -> RecoveryResult {
        let start = month.start, end = month.end
        var failures: [RecoveryResult.Failure] = []
        LargeBuffers.reserve(&failures, capacity: incidents.count)
        for incident in incidents where incident.impact.stopsService {
            let occurred = incident.occurredAt
            guard occurred < end, occurred <= now else { continue }
            let recoveredAt = incident.recoveredAt.flatMap { $0 <= now ? $0 : nil }
            // In the month, or still unrecovered when the month began.
            guard occurred >= start || recoveredAt.map({ $0 > start }) ?? true else { continue }
            let until = recoveredAt ?? min(end, now)
            let minutes = Int(max(0, ceilDiv(until.secondsSinceEpoch - occurred.secondsSinceEpoch, 60)))
            let inMonth = Int(max(0, ceilDiv(min(until, end).secondsSinceEpoch - max(occurred, start).secondsSinceEpoch, 60)))
            failures.append(.init(incident: incident, minutes: minutes, recovered: recoveredAt != nil, met: minutes <= targetMinutes, countedUntil: until,
                                  minutesInMonth: inMonth, carriedOver: occurred < start))
        }
        failures.sortByTime(\.incident.occurredAt, id: \.incident.id)
        return RecoveryResult(targetMinutes: targetMinutes, failures: failures)
    }

    // MARK: - SLA-RESPONSE

    public static func response(month: YearMonth, inquiries: [Inquiry], targetMinutes: Int, inquirers: InquirerRule = .unknownBuyer,
                                calendar: ClosedDayCalendar, now: Instant) -> ResponseResult {
        let start = month.start, end = month.end
        var items: [ResponseResult.Item] = []
        LargeBuffers.reserve(&items, capacity: inquiries.count)
        for inquiry in inquiries {
            let asked = inquiry.askedAt
            guard asked < end, asked <= now else { continue }
            let answeredAt = inquiry.answeredAt.flatMap { $0 <= now ? $0 : nil }
            // Asked in the month, or still unanswered when the month began.
            guard asked >= start || answeredAt.map({ $0 > start }) ?? true else { continue }
            let until = answeredAt ?? min(end, now)
            let minutes = Int(calendar.openMinutes(from: asked, to: until))
            items.append(.init(inquiry: inquiry, openMinutes: minutes, answered: answeredAt != nil, met: minutes <= targetMinutes, decision: inquirers.decide(inquiry),
                               clockStart: clockStart(asked, calendar: calendar), countedUntil: until,
                               openMinutesInMonth: asked >= start && until <= end ? minutes
                                   : Int(calendar.openMinutes(from: max(asked, start), to: max(max(asked, start), min(until, end)))),
                               carriedOver: asked < start))
        }
        items.sortByTime(\.inquiry.askedAt, id: \.inquiry.id)
        return ResponseResult(targetMinutes: targetMinutes, inquiries: items)
    }

    /// A question asked on a closed day starts its clock at 00:00 of the next open day.
    static func clockStart(_ asked: Instant, calendar: ClosedDayCalendar) -> Instant {
        let day = asked.japanDate
        guard calendar.isClosed(day) else { return asked }
        return Instant(date: calendar.openDay(onOrAfter: day))
    }

    // MARK: - SLA-MAJOR

    public static func majorFailures(month: YearMonth, incidents: [Incident], target: Int, now: Instant) -> MajorFailureResult {
        let fiscalYear = month.fiscalYear
        let from = Instant(date: fiscalYear.firstDay), to = month.end
        var counted = LargeBuffers.filter(incidents) { i in
            let t = i.occurredAt
            return i.impact.isMajor && t >= from && t < to && t <= now
        }
        counted.sortByTime(\.occurredAt, id: \.id)
        return MajorFailureResult(fiscalYear: fiscalYear, incidents: counted, target: target)
    }

    static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }

    static func ceilDiv(_ a: Int64, _ b: Int64) -> Int64 {
        -floorDiv(-a, b)
    }
}
