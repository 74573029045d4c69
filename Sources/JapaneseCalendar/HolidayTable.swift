/// The national holidays of every supported year, computed once.
struct HolidayTable: Sendable {
    static let shared = HolidayTable()

    private let firstDayNumber: Int
    private let days: [Holiday?]
    /// The offsets of the holidays in the table, from 1 January of the first supported year.
    let holidayOffsets: [Int]

    private init() {
        let years = NationalHolidays.supportedYears
        let first = CivilDate(year: years.lowerBound, month: 1, day: 1)!.dayNumber
        let last = CivilDate(year: years.upperBound, month: 12, day: 31)!.dayNumber
        var days = [Holiday?](repeating: nil, count: last - first + 1)
        var offsets: [Int] = []
        for year in years {
            for holiday in NationalHolidays.compute(year) {
                days[holiday.date.dayNumber - first] = holiday
                offsets.append(holiday.date.dayNumber - first)
            }
        }
        self.holidayOffsets = offsets
        self.firstDayNumber = first
        self.days = days
    }


    func holiday(dayNumber: Int) -> Holiday? {
        let i = dayNumber - firstDayNumber
        guard i >= 0 && i < days.count else { return nil }
        return days[i]
    }
}

extension NationalHolidays {
    /// The holiday on `date`, if any (from a table computed once).
    public static func holiday(on date: CivilDate) -> Holiday? {
        HolidayTable.shared.holiday(dayNumber: date.dayNumber)
    }
}
