import DocumentModel
import JapaneseCalendar

/// SLA-AVAIL for one month: the minute counts of DOMAIN §2 and what they came from.
public struct AvailabilityResult: Sendable {
    /// Minutes of the operating window in the month (当初予定した稼働時間).
    public let plannedMinutes: Int
    /// Minutes of justified stops inside the window (正当な理由のある停止時間).
    public let justifiedMinutes: Int
    /// Unjustified down minutes inside the window: overlaps counted once, justified minutes excluded.
    public let downMinutes: Int
    /// planned − justified − down (実際の稼働時間).
    public let actualMinutes: Int
    /// The percentage in hundredths, cut (never rounded up); `nil` when no time was planned.
    public let percentHundredths: Int?
    public let target: ExactDecimal
    /// Compared exactly on the minute counts, not on the cut percentage.
    public let met: Bool
    public let outages: [OutageEvidence]
    public let justifiedStops: [JustifiedEvidence]
    public let days: [DayAvailability]

    /// `99.78`, or `—` when nothing was planned.
    public var percentText: String {
        guard let h = percentHundredths else { return "—" }
        return Digits.hundredths(h)
    }
}

/// The availability of several months taken together (an annual report's 年度通算): the minute
/// counts added, the percentage cut to hundredths as a month's is. For reference only: the
/// contract judges each month.
public struct CombinedAvailability: Sendable, Equatable {
    public let plannedMinutes: Int
    public let justifiedMinutes: Int
    public let actualMinutes: Int
    /// `nil` when no time was planned.
    public let percentHundredths: Int?

    public init(_ months: [AvailabilityResult]) {
        plannedMinutes = months.reduce(0) { $0 + $1.plannedMinutes }
        justifiedMinutes = months.reduce(0) { $0 + $1.justifiedMinutes }
        actualMinutes = months.reduce(0) { $0 + $1.actualMinutes }
        let denominator = plannedMinutes - justifiedMinutes
        percentHundredths = denominator > 0 ? actualMinutes * 10_000 / denominator : nil
    }

    /// `99.78`, or `—` when nothing was planned.
    public var percentText: String {
        guard let h = percentHundredths else { return "—" }
        return Digits.hundredths(h)
    }
}
