import DocumentModel
import JapaneseCalendar

public struct DayAvailability: Sendable {
    public let date: CivilDate
    public let planned: Int
    public let justified: Int
    public let down: Int

    /// The day's percentage in hundredths (cut), `nil` without planned time.
    public var percentHundredths: Int? {
        let denominator = planned - justified
        guard denominator > 0 else { return nil }
        return (denominator - down) * 10_000 / denominator
    }
}
