import DocumentModel
import JapaneseCalendar

/// How dates and numbers are written in a document, by the contract's house rule.
public struct DocumentFormat: Sendable {
    public var digits: DigitStyle
    public var weekday: Bool

    public init(digits: DigitStyle = .mixed, weekday: Bool = false) {
        self.digits = digits
        self.weekday = weekday
    }

    public init(_ contract: Contract?) {
        self.init(digits: contract?.dateStyle ?? .mixed, weekday: contract?.showWeekday ?? false)
    }

    /// 令和５年１月16日 (or the ISO date for dates before 大正, which never occur in practice).
    public func date(_ date: CivilDate?) -> String {
        guard let date else { return "" }
        return (try? EraDate.format(date, digits: digits, weekday: weekday)) ?? date.iso
    }

    /// 令和５年１月16日 10:15 (Japan time).
    public func dateTime(_ instant: Instant?) -> String {
        guard let instant else { return "" }
        let seconds = instant.japanSecondOfDay
        return date(instant.japanDate) + " " + Self.clock(seconds / 60) + (seconds % 60 == 0 ? "" : ":" + Self.two(seconds % 60))
    }

    /// 令和５年１月
    public func month(year: Int, month: Int) -> String {
        (try? EraDate.formatMonth(year: year, month: month, digits: digits)) ?? "\(year)-\(Self.two(month))"
    }

    /// 令和５年１月16日〜令和６年３月31日
    public func period(_ from: CivilDate?, _ to: CivilDate?) -> String {
        guard from != nil || to != nil else { return "" }
        return date(from) + "〜" + date(to)
    }

    /// 10:15
    public static func clock(_ minuteOfDay: Int) -> String {
        "\(minuteOfDay / 60):" + two(minuteOfDay % 60)
    }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// 1,234
    public static func grouped(_ n: Int64) -> String {
        let digits = String(abs(n))
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// 95分 / 1時間35分 / 2日3時間 — for durations shown to people.
    public static func duration(minutes: Int64) -> String {
        if minutes < 60 { return "\(minutes)分" }
        let hours = minutes / 60, rest = minutes % 60
        return "\(hours)時間" + (rest == 0 ? "" : "\(rest)分")
    }
}
