/// 閉庁日: the days a prefecture's offices are closed (地方自治法第4条の2 and the 休日条例):
/// Saturdays, Sundays, national holidays and 休日, 12月29日–1月3日, and a contract's own days.
///
/// Days of ``NationalHolidays/supportedYears`` are precomputed into a table, so that a
/// question about a day, or about the open time between two instants, costs a few array reads.
/// Outside those years national holidays are unknown and only the other reasons apply;
/// loaders reject such dates before they reach here.
public struct ClosedDayCalendar: Sendable {
    public let contractDays: [ContractClosedDay]

    private let firstDayNumber: Int
    /// The standard table (weekends, national holidays, 年末年始), shared by every calendar.
    private let closed: [Bool]
    /// `openPrefix[i]` = open days of the standard table among its first `i` days.
    private let openPrefix: [Int32]
    /// The table's days a contract closes on top of it (open in the standard table), ascending.
    private let extraClosed: [Int32]

    /// The calendar with no days of a contract's own.
    public static let standard = ClosedDayCalendar()

    public init(contractDays: [ContractClosedDay] = []) {
        self.contractDays = contractDays
        let first = CivilDate(year: NationalHolidays.supportedYears.lowerBound, month: 1, day: 1)!.dayNumber
        self.firstDayNumber = first
        guard !contractDays.isEmpty else {
            let last = CivilDate(year: NationalHolidays.supportedYears.upperBound, month: 12, day: 31)!.dayNumber
            var closed = [Bool](repeating: false, count: last - first + 1)
            // Day by day through the years, the weekday carried along: no date is converted.
            var i = 0, weekday = CivilDate(dayNumber: first).weekday.rawValue
            for year in NationalHolidays.supportedYears {
                for month in 1...12 {
                    for day in 1...CivilDate.daysInMonth(year: year, month: month) {
                        closed[i] = weekday == Weekday.saturday.rawValue || weekday == Weekday.sunday.rawValue
                            || (month == 12 && day >= 29) || (month == 1 && day <= 3)
                        i += 1
                        weekday = weekday == 6 ? 0 : weekday + 1
                    }
                }
            }
            for i in HolidayTable.shared.holidayOffsets { closed[i] = true }
            self.closed = closed
            self.openPrefix = Self.prefix(closed)
            self.extraClosed = []
            return
        }
        // A contract's days on top of the shared standard table (not copied): one date per year at most.
        let standard = Self.standard
        closed = standard.closed
        openPrefix = standard.openPrefix
        var extra: Set<Int32> = []
        func close(_ date: CivilDate) {
            let i = date.dayNumber - first
            if i >= 0 && i < standard.closed.count && !standard.closed[i] { extra.insert(Int32(i)) }
        }
        for day in contractDays {
            switch day.rule {
            case .annual(let month, let dayOfMonth):
                for year in NationalHolidays.supportedYears {
                    if let date = CivilDate(year: year, month: month, day: dayOfMonth) { close(date) }
                }
            case .once(let date):
                close(date)
            }
        }
        extraClosed = extra.sorted()
    }

    private func isExtraClosed(_ i: Int) -> Bool {
        guard !extraClosed.isEmpty else { return false }
        let at = Int(extraBefore(i))
        return at < extraClosed.count && Int(extraClosed[at]) == i
    }

    /// How many of the contract's extra closed days lie before table index `i`.
    private func extraBefore(_ i: Int) -> Int32 {
        var lo = 0, hi = extraClosed.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(extraClosed[mid]) < i { lo = mid + 1 } else { hi = mid }
        }
        return Int32(lo)
    }

    /// `result[i]` = open days among the first `i` days.
    private static func prefix(_ closed: [Bool]) -> [Int32] {
        var prefix = [Int32](repeating: 0, count: closed.count + 1)
        var open: Int32 = 0
        for (i, isClosed) in closed.enumerated() {
            if !isClosed { open += 1 }
            prefix[i + 1] = open
        }
        return prefix
    }

    private static func isWeekendOrYearEnd(_ date: CivilDate) -> Bool {
        let weekday = date.weekday
        return weekday == .saturday || weekday == .sunday || isYearEnd(date)
    }

    /// 年末年始: 12月29日 to 1月3日.
    public static func isYearEnd(_ date: CivilDate) -> Bool {
        (date.month == 12 && date.day >= 29) || (date.month == 1 && date.day <= 3)
    }

    private func isClosed(dayNumber: Int) -> Bool {
        let i = dayNumber - firstDayNumber
        if i >= 0 && i < closed.count { return closed[i] || isExtraClosed(i) }
        let date = CivilDate(dayNumber: dayNumber)
        return Self.isWeekendOrYearEnd(date) || contractDays.contains { $0.applies(to: date) }
    }

    public func isClosed(_ date: CivilDate) -> Bool {
        isClosed(dayNumber: date.dayNumber)
    }

    /// Every reason the day is closed, in a fixed order (weekday, holiday, 年末年始, contract);
    /// empty for an open day.
    public func reasons(_ date: CivilDate) -> [ClosedReason] {
        var reasons: [ClosedReason] = []
        switch date.weekday {
        case .saturday: reasons.append(ClosedReason(kind: .saturday, name: "土曜日"))
        case .sunday: reasons.append(ClosedReason(kind: .sunday, name: "日曜日"))
        default: break
        }
        if let holiday = HolidayTable.shared.holiday(dayNumber: date.dayNumber) {
            reasons.append(ClosedReason(kind: .holiday, name: holiday.name))
        }
        if Self.isYearEnd(date) { reasons.append(ClosedReason(kind: .yearEnd, name: "年末年始")) }
        for day in contractDays where day.applies(to: date) {
            reasons.append(ClosedReason(kind: .contract, name: day.name))
        }
        return reasons
    }

    /// Every closed day of a year with its reasons.
    public func closedDays(in year: Int) throws(CalendarError) -> [(date: CivilDate, reasons: [ClosedReason])] {
        _ = try NationalHolidays.holidays(in: year)
        var result: [(date: CivilDate, reasons: [ClosedReason])] = []
        var date = CivilDate(year: year, month: 1, day: 1)!
        while date.year == year {
            if isClosed(date) { result.append((date, reasons(date))) }
            date = date.adding(days: 1)
        }
        return result
    }

    /// The first open day on or after `date`.
    public func openDay(onOrAfter date: CivilDate) -> CivilDate {
        var day = date.dayNumber
        while isClosed(dayNumber: day) { day += 1 }
        return CivilDate(dayNumber: day)
    }

    /// The `n`-th open day (from 1) counting from `date` itself.
    public func openDay(_ n: Int, from date: CivilDate) -> CivilDate {
        precondition(n >= 1)
        var day = openDay(onOrAfter: date).dayNumber
        var count = 1
        while count < n {
            day += 1
            if !isClosed(dayNumber: day) { count += 1 }
        }
        return CivilDate(dayNumber: day)
    }

    /// Open days in `[from, to)` (day numbers).
    private func openDays(fromDay: Int, toDay: Int) -> Int64 {
        guard toDay > fromDay else { return 0 }
        let lo = fromDay - firstDayNumber, hi = toDay - firstDayNumber
        if lo >= 0 && hi <= closed.count {
            let extra = extraClosed.isEmpty ? 0 : extraBefore(hi) - extraBefore(lo)
            return Int64(openPrefix[hi] - openPrefix[lo] - extra)
        }
        var count: Int64 = 0
        for day in fromDay..<toDay where !isClosed(dayNumber: day) { count += 1 }
        return count
    }

    /// The seconds of `[from, to)` that lie on open days (Japan time); 0 when `to <= from`.
    public func openSeconds(from: Instant, to: Instant) -> Int64 {
        guard to > from else { return 0 }
        let a = from.japanSeconds, b = to.japanSeconds
        let dayA = Int(Instant.floorDiv(a, 86_400)), dayB = Int(Instant.floorDiv(b, 86_400))
        if dayA == dayB {
            return isClosed(dayNumber: dayA) ? 0 : b - a
        }
        var seconds: Int64 = 0
        if !isClosed(dayNumber: dayA) { seconds += Int64(dayA + 1) * 86_400 - a }
        seconds += openDays(fromDay: dayA + 1, toDay: dayB) * 86_400
        if !isClosed(dayNumber: dayB) { seconds += b - Int64(dayB) * 86_400 }
        return seconds
    }

    /// The open-day minutes of `[from, to)`: a started minute counts as a whole one, the rule
    /// the availability figure uses too.
    public func openMinutes(from: Instant, to: Instant) -> Int64 {
        let seconds = openSeconds(from: from, to: to)
        return (seconds + 59) / 60
    }
}
