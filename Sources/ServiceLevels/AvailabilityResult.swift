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
