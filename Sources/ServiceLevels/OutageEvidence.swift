import DocumentModel
import JapaneseCalendar

/// One outage's part in the month.
public struct OutageEvidence: Sendable {
    public let incident: Incident
    /// Where the outage lies within the month (clipped), as instants.
    public let from: Instant
    public let to: Instant
    /// Its minutes inside the operating window of the month.
    public let windowMinutes: Int
    /// Of those, the minutes not covered by a justified stop.
    public let unjustifiedMinutes: Int
    public let ongoing: Bool
}
