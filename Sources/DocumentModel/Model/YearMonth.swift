import JapaneseCalendar

/// A calendar month in Japan time (the period of one report).
public struct YearMonth: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    public init(year: Int, month: Int) {
        precondition((1...12).contains(month))
        self.year = year
        self.month = month
    }

    /// The years a month written by hand may have: four digits, and a month before and after
    /// that are still dates (CivilDate holds years 1–9999).
    public static let writtenYears = 1000...9998

    /// Reads `2024-03`: four digits, a hyphen, two digits (no sign, no spaces).
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              parts.allSatisfy({ $0.utf8.allSatisfy { (0x30...0x39).contains($0) } }),
              let y = Int(parts[0]), let m = Int(parts[1]), Self.writtenYears.contains(y), (1...12).contains(m) else { return nil }
        self.init(year: y, month: m)
    }

    public var firstDay: CivilDate { CivilDate(year: year, month: month, day: 1)! }
    public var lastDay: CivilDate { CivilDate(year: year, month: month, day: CivilDate.daysInMonth(year: year, month: month))! }
    public var next: YearMonth { month == 12 ? YearMonth(year: year + 1, month: 1) : YearMonth(year: year, month: month + 1) }
    public var previous: YearMonth { month == 1 ? YearMonth(year: year - 1, month: 12) : YearMonth(year: year, month: month - 1) }
    public var days: Int { CivilDate.daysInMonth(year: year, month: month) }

    /// 00:00 Japan time on the first day.
    public var start: Instant { Instant(date: firstDay) }
    /// 00:00 Japan time on the first day of the next month (exclusive end).
    public var end: Instant { Instant(date: next.firstDay) }
    public var fiscalYear: FiscalYear { FiscalYear(containing: firstDay) }

    /// `2024-03`.
    public var description: String {
        let digits = String(year.magnitude)
        return (year < 0 ? "-" : "") + String(repeating: "0", count: max(0, 4 - digits.count)) + digits + "-" + (month < 10 ? "0" : "") + "\(month)"
    }

    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool { (lhs.year, lhs.month) < (rhs.year, rhs.month) }
}
