/// The national holidays of every supported year, computed once.
struct HolidayTable: Sendable {
    static let shared = HolidayTable()

    private let firstDayNumber: Int
    /// Per day from the first, the holiday's place in `holidays` plus one (0: no holiday): two
    /// bytes a day, not an optional holiday's forty.
    private let days: [UInt16]
    private let holidays: [Holiday]
    /// The offsets of the holidays in the table, from 1 January of the first supported year.
    let holidayOffsets: [Int]

    private init() {
        let years = NationalHolidays.supportedYears
        let first = CivilDate(year: years.lowerBound, month: 1, day: 1)!.dayNumber
        let last = CivilDate(year: years.upperBound, month: 12, day: 31)!.dayNumber
        var days = [UInt16](repeating: 0, count: last - first + 1)
        var offsets: [Int] = []
        var holidays: [Holiday] = []
        for year in years {
            for holiday in NationalHolidays.compute(year) {
                holidays.append(holiday)
                days[holiday.date.dayNumber - first] = UInt16(holidays.count)
                offsets.append(holiday.date.dayNumber - first)
            }
        }
        self.holidayOffsets = offsets
        self.firstDayNumber = first
        self.days = days
        self.holidays = holidays
    }

    func holiday(dayNumber: Int) -> Holiday? {
        let i = dayNumber - firstDayNumber
        guard i >= 0 && i < days.count, days[i] > 0 else { return nil }
        return holidays[Int(days[i]) - 1]
    }
}

extension NationalHolidays {
    /// The holiday on `date`, if any (from a table computed once).
    public static func holiday(on date: CivilDate) -> Holiday? {
        HolidayTable.shared.holiday(dayNumber: date.dayNumber)
    }
}
