import JapaneseCalendar

/// Which days and hours the service is planned to run (当初予定した稼働時間).
public struct OperatingWindow: Sendable, Hashable {
    public enum Days: String, Sendable, Hashable { case everyDay = "every_day", openDays = "open_days" }
    public let days: Days
    /// Minutes since midnight, `to` up to 1440. A window with `to < from` runs overnight: it
    /// starts on its day and ends on the next (22:00〜翌6:00); `days` is about the day it starts.
    public let fromMinute: Int
    public let toMinute: Int

    public static let always = OperatingWindow(days: .everyDay, fromMinute: 0, toMinute: 1440)

    public init(days: Days, fromMinute: Int, toMinute: Int) {
        self.days = days
        self.fromMinute = fromMinute
        self.toMinute = toMinute
    }

    public var isAlways: Bool { self == .always }

    /// Whether the window ends on the day after it starts.
    public var isOvernight: Bool { toMinute < fromMinute }

    public var japanese: String {
        let dayText = days == .everyDay ? "毎日" : "開庁日"
        if fromMinute == 0 && toMinute == 1440 { return dayText + " 24時間" }
        return dayText + " " + Self.clock(fromMinute) + "〜" + (isOvernight ? "翌" : "") + Self.clock(toMinute)
    }

    public static func clock(_ minute: Int) -> String {
        "\(minute / 60):" + (minute % 60 < 10 ? "0" : "") + "\(minute % 60)"
    }
}
