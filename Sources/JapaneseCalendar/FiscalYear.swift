/// 年度: the Japanese fiscal year, 1 April to 31 March, named after the year it begins in
/// (令和5年度 = 2023-04-01 … 2024-03-31).
public struct FiscalYear: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The calendar year in which the fiscal year begins.
    public let startYear: Int

    public init(startYear: Int) {
        self.startYear = startYear
    }

    /// The fiscal year that contains `date`.
    public init(containing date: CivilDate) {
        self.startYear = date.month >= 4 ? date.year : date.year - 1
    }

    public var firstDay: CivilDate { CivilDate(year: startYear, month: 4, day: 1)! }
    public var lastDay: CivilDate { CivilDate(year: startYear + 1, month: 3, day: 31)! }

    public func contains(_ date: CivilDate) -> Bool {
        firstDay <= date && date <= lastDay
    }

    /// 令和5年度. The era is the one that names the calendar year the fiscal year begins in, so
    /// the year from 2019-04-01 is 令和元年度, as the government renamed it, and the year from
    /// 1988-04-01 stays 昭和63年度.
    public func name(digits: DigitStyle = .half) throws(CalendarError) -> String {
        let yearEnd = CivilDate(year: startYear, month: 12, day: 31)!
        guard let era = Era.of(yearEnd) else {
            throw CalendarError(
                .beforeTaisho,
                japanese: "\(startYear)年度は大正より前のため和暦で表記できません",
                english: "fiscal year \(startYear) is before 大正 (Taisho) and has no 和暦 name here"
            )
        }
        let year = era.year(of: yearEnd)
        return era.kanji + (year == 1 ? "元" : digits.write(year)) + "年度"
    }

    public var description: String { "FY\(startYear)" }

    public static func < (lhs: FiscalYear, rhs: FiscalYear) -> Bool { lhs.startYear < rhs.startYear }
}
