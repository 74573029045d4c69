import JapaneseCalendar

/// When each monthly report is due.
public enum ReportDueRule: Sendable, Hashable {
    /// The given day of the next month, moved to the next open day when closed.
    case dayOfNextMonth(Int)
    /// The n-th open day of the next month.
    case openDayOfNextMonth(Int)

    /// The due date of the report on `year`-`month`.
    public func dueDate(year: Int, month: Int, calendar: ClosedDayCalendar) -> CivilDate {
        let nextYear = month == 12 ? year + 1 : year
        let nextMonth = month == 12 ? 1 : month + 1
        switch self {
        case .dayOfNextMonth(let day):
            return calendar.openDay(onOrAfter: CivilDate(year: nextYear, month: nextMonth, day: day)!)
        case .openDayOfNextMonth(let n):
            return calendar.openDay(n, from: CivilDate(year: nextYear, month: nextMonth, day: 1)!)
        }
    }

    public var japanese: String {
        switch self {
        case .dayOfNextMonth(let day): "翌月\(day)日（閉庁日の場合は翌開庁日）"
        case .openDayOfNextMonth(let n): "翌月の第\(n)開庁日"
        }
    }
}
