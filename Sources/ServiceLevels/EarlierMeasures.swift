import DocumentModel
import JapaneseCalendar

extension ServiceLevelResult {
    /// The measures that earlier reports presented for this month's miss of `metric`, when the
    /// miss holds nothing new this month; empty when the month needs measures of its own. The
    /// rules accept a report without measures for the level on this, and the report names them:
    /// - the fiscal year's count of major failures, with none new this month: the measures
    ///   presented since the month of the latest failure, in the fiscal year;
    /// - failures over the recovery time that all began in an earlier month: the measures
    ///   presented since the month the first of them began, if every one of them was answered
    ///   in or after its own month.
    /// - the availability lost this month, all of it to failures that began in an earlier month
    ///   (one that ran on into this month): as the recovery time, by the availability measures.
    /// - inquiries over the response time that were all asked in an earlier month (carried over
    ///   unanswered): as the recovery time, by the response measures. An inquiry asked this
    ///   month is new, and needs measures of its own.
    public func answeringMeasures(_ metric: ServiceLevelMetric, among measures: [ImprovementMeasure]) -> [ImprovementMeasure] {
        guard !met(metric) else { return [] }
        let earlier = measures.compactMap { measure -> (month: YearMonth, measure: ImprovementMeasure)? in
            guard case .report(let presented?, let m) = measure.origin, m == metric, presented < month else { return nil }
            return (presented, measure)
        }
        guard !earlier.isEmpty else { return [] }
        func monthOf(_ instant: Instant) -> YearMonth { YearMonth(year: instant.japanDate.year, month: instant.japanDate.month) }
        // Misses that all began in earlier months, each answered in or after its own: the
        // measures presented since the first of them.
        func answeredSince(_ starts: [YearMonth]) -> [ImprovementMeasure] {
            guard let first = starts.min(), starts.allSatisfy({ $0 < month }),
                  starts.allSatisfy({ start in earlier.contains { $0.month >= start } }) else { return [] }
            return earlier.filter { $0.month >= first }.map(\.measure)
        }
        switch metric {
        case .majorFailures:
            guard let latest = majorFailures.incidents.map(\.occurredAt).max(), latest < month.start else { return [] }
            let since = monthOf(latest)
            return earlier.filter { $0.month >= since && $0.month.fiscalYear == month.fiscalYear }.map(\.measure)
        case .recovery:
            return answeredSince(recovery.failures.filter { !$0.met }.map { monthOf($0.incident.occurredAt) })
        case .availability:
            // The time lost this month, all to failures that began earlier (one running on
            // past the month's start): answered as the recovery time of such failures is.
            return answeredSince(availability.outages.filter { $0.unjustifiedMinutes > 0 }.map { monthOf($0.incident.occurredAt) })
        case .response:
            return answeredSince(response.inquiries.filter { $0.counted && !$0.met }.map { monthOf($0.inquiry.askedAt) })
        }
    }
}
