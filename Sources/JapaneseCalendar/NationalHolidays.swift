/// The national holidays of a year, computed from the rules of the 国民の祝日に関する法律 and
/// the special laws, not from a table of dates.
public enum NationalHolidays {
    /// The years the rules are implemented for.
    public static let supportedYears: ClosedRange<Int> = 1955...2099

    /// Why a day, a month or a time given as `written` cannot be taken: its year is outside
    /// ``supportedYears`` (said the same by every command).
    public static func outsideSupportedYears(_ written: String) -> CalendarError {
        CalendarError(.yearOutOfRange,
                      japanese: "\(written) はこのツールが扱える年（\(supportedYears.lowerBound)〜\(supportedYears.upperBound)年）の外です",
                      english: "\(written) is outside the years this tool knows (\(supportedYears.lowerBound)–\(supportedYears.upperBound))")
    }

    /// Every 国民の祝日 and 休日 of `year`, in date order.
    ///
    /// - Throws: ``CalendarError/Code/yearOutOfRange`` outside ``supportedYears``.
    public static func holidays(in year: Int) throws(CalendarError) -> [Holiday] {
        guard supportedYears.contains(year) else {
            throw CalendarError(
                .yearOutOfRange,
                japanese: "\(year)年の祝日は計算できません（対応範囲: \(supportedYears.lowerBound)〜\(supportedYears.upperBound)年）",
                english: "holidays of \(year) are not computed; supported years are \(supportedYears.lowerBound)–\(supportedYears.upperBound)"
            )
        }
        return compute(year)
    }

    static func compute(_ year: Int) -> [Holiday] {
        // A year has about twenty holidays: their day numbers in a small array are looked up
        // faster than a dictionary is built (every supported year is computed at start).
        let statutory = statutoryHolidays(year)
        let statutoryDays = statutory.map(\.date.dayNumber)
        let isStatutory = { (day: Int) in statutoryDays.contains(day) }

        // 振替休日, 法第3条第2項 (1973-04-12 onwards).
        let substituteStart = CivilDate(year: 1973, month: 4, day: 12)!
        let nearestFollowingRule = CivilDate(year: 2007, month: 1, day: 1)!
        var holidays = statutory
        var substituteDays: [Int] = []
        for holiday in statutory where holiday.date >= substituteStart && holiday.date.weekday == .sunday {
            var day = holiday.date.dayNumber + 1
            if holiday.date >= nearestFollowingRule {
                // From 2007: the nearest following day that is not a 国民の祝日.
                while isStatutory(day) { day += 1 }
            } else if isStatutory(day) {
                // Before 2007 only the next day could become the 休日.
                continue
            }
            let date = CivilDate(dayNumber: day)
            guard date.year == year else { continue }
            holidays.append(Holiday(date: date, name: "振替休日", kind: .substitute))
            substituteDays.append(day)
        }

        // 国民の休日, 法第3条第3項 (1985-12-27 onwards): a day whose previous and next days are
        // both 国民の祝日. Before 2007 Sundays and 振替休日 were excluded; from 2007 the day must
        // only not be a 国民の祝日 itself (a 振替休日 keeps its own name).
        let citizensStart = CivilDate(year: 1985, month: 12, day: 27)!
        for day in statutoryDays {
            let next = day + 1
            let date = CivilDate(dayNumber: next)
            guard date >= citizensStart, date.year == year, !isStatutory(next), !substituteDays.contains(next),
                  isStatutory(next + 1) else { continue }
            if date < nearestFollowingRule && date.weekday == .sunday { continue }
            holidays.append(Holiday(date: date, name: "国民の休日", kind: .citizens))
        }

        return holidays.sorted { $0.date < $1.date }
    }

    /// The 国民の祝日 of the law (法第2条, as amended) and the days special laws made holidays.
    static func statutoryHolidays(_ y: Int) -> [Holiday] {
        var days: [Holiday] = []
        func add(_ month: Int, _ day: Int, _ name: String, _ kind: Holiday.Kind = .national) {
            days.append(Holiday(date: CivilDate(year: y, month: month, day: day)!, name: name, kind: kind))
        }
        func add(_ date: CivilDate, _ name: String) {
            days.append(Holiday(date: date, name: name, kind: .national))
        }
        func monday(_ n: Int, of month: Int) -> CivilDate {
            CivilDate.nthWeekday(n, .monday, year: y, month: month)
        }

        add(1, 1, "元日")
        // 成人の日: 1月15日; the second Monday of January from 2000 (Happy Monday, 平成10年法律第141号).
        if y < 2000 { add(1, 15, "成人の日") } else { add(monday(2, of: 1), "成人の日") }
        // 建国記念の日: from 1967 (昭和41年政令第376号).
        if y >= 1967 { add(2, 11, "建国記念の日") }
        // 天皇誕生日 moves with the reign: 4/29 to 1988, 12/23 1989–2018, none in 2019, 2/23 from 2020.
        if y >= 2020 { add(2, 23, "天皇誕生日") }
        add(Equinox.date(.march, year: y), "春分の日")
        if y <= 1988 {
            add(4, 29, "天皇誕生日")
        } else if y <= 2006 {
            add(4, 29, "みどりの日")
        } else {
            add(4, 29, "昭和の日")
        }
        add(5, 3, "憲法記念日")
        // みどりの日 moved to 5/4 in 2007 (平成17年法律第43号).
        if y >= 2007 { add(5, 4, "みどりの日") }
        add(5, 5, "こどもの日")
        // 海の日: 7/20 from 1996, the third Monday of July from 2003; moved for the Olympics in 2020 and 2021.
        switch y {
        case 2020: add(7, 23, "海の日")
        case 2021: add(7, 22, "海の日")
        case 2003...: add(monday(3, of: 7), "海の日")
        case 1996...: add(7, 20, "海の日")
        default: break
        }
        // 山の日: 8/11 from 2016; moved for the Olympics in 2020 and 2021.
        switch y {
        case 2020: add(8, 10, "山の日")
        case 2021: add(8, 8, "山の日")
        case 2016...: add(8, 11, "山の日")
        default: break
        }
        // 敬老の日: 9/15 from 1966, the third Monday of September from 2003.
        if y >= 2003 { add(monday(3, of: 9), "敬老の日") } else if y >= 1966 { add(9, 15, "敬老の日") }
        add(Equinox.date(.september, year: y), "秋分の日")
        // 体育の日: 10/10 from 1966, the second Monday of October from 2000; スポーツの日 from 2020,
        // moved for the Olympics in 2020 and 2021.
        switch y {
        case 2020: add(7, 24, "スポーツの日")
        case 2021: add(7, 23, "スポーツの日")
        case 2022...: add(monday(2, of: 10), "スポーツの日")
        case 2000...: add(monday(2, of: 10), "体育の日")
        case 1966...: add(10, 10, "体育の日")
        default: break
        }
        add(11, 3, "文化の日")
        add(11, 23, "勤労感謝の日")
        if (1989...2018).contains(y) { add(12, 23, "天皇誕生日") }

        // Days made holidays by special laws, treated as 国民の祝日 for 法第3条.
        switch y {
        case 1959: add(4, 10, "結婚の儀", .special)  // 皇太子明仁親王の結婚の儀
        case 1989: add(2, 24, "大喪の礼", .special)  // 昭和天皇の大喪の礼
        case 1990: add(11, 12, "即位礼正殿の儀", .special)
        case 1993: add(6, 9, "結婚の儀", .special)  // 皇太子徳仁親王の結婚の儀
        case 2019:
            add(5, 1, "天皇の即位の日", .special)
            add(10, 22, "即位礼正殿の儀", .special)
        default: break
        }
        return days.sorted { $0.date < $1.date }
    }
}
