import ArgumentParser
import DocumentModel
import Foundation
import JapaneseCalendar
import Loading
import TeishutsuKit

/// The real clock, read only here, at the edge: everything below takes "today" as a parameter.
enum Clock {
    static var now: Instant { Instant(secondsSinceEpoch: Int64(Date().timeIntervalSince1970)) }
    static var today: CivilDate { now.japanDate }

    /// The day an option gives (`--today`, `--date`: 2026-04-30 or 令和8年4月30日), else today.
    /// Deadlines fall on open days of the years whose holidays are known: a day outside them
    /// is refused, not answered with an empty list.
    static func day(_ text: String?) throws(CalendarError) -> CivilDate {
        guard let text else { return today }
        let day = try EraDate.parse(text)
        guard NationalHolidays.supportedYears.contains(day.year) else { throw NationalHolidays.outsideSupportedYears(text) }
        return day
    }
}
