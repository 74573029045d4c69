import JapaneseCalendar

/// 甲 or 乙.
public struct Party: Sendable, Hashable {
    public let name: String
    public let department: String?
    public let representative: String?
    public let address: String?

    init(_ value: ObjectValue?) {
        name = value?.text("name") ?? ""
        department = value?.text("department")
        representative = value?.text("representative")
        address = value?.text("address")
    }
}

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

    static func clock(_ minute: Int) -> String {
        "\(minute / 60):" + (minute % 60 < 10 ? "0" : "") + "\(minute % 60)"
    }
}

/// The targets of the four service levels (DOMAIN §2), with the contract's overrides.
public struct ServiceLevelTargets: Sendable, Hashable {
    /// SLA-AVAIL: at least this percentage (default 99.8).
    public var availabilityPercent: ExactDecimal
    public var partialStopCountsAsDown: Bool
    public var operatingWindow: OperatingWindow
    /// SLA-RECOVERY: at most this many minutes (default 6 hours).
    public var recoveryMinutes: Int
    /// SLA-RESPONSE: at most this many open-day minutes (default 48 hours).
    public var responseMinutes: Int
    /// SLA-MAJOR: at most this many major failures per fiscal year (default 3).
    public var majorFailuresPerYear: Int

    public static let defaults = ServiceLevelTargets(
        availabilityPercent: ExactDecimal(significand: 998, scale: 1), partialStopCountsAsDown: true,
        operatingWindow: .always, recoveryMinutes: 360, responseMinutes: 2880, majorFailuresPerYear: 3)

    public init(availabilityPercent: ExactDecimal, partialStopCountsAsDown: Bool, operatingWindow: OperatingWindow,
                recoveryMinutes: Int, responseMinutes: Int, majorFailuresPerYear: Int) {
        self.availabilityPercent = availabilityPercent
        self.partialStopCountsAsDown = partialStopCountsAsDown
        self.operatingWindow = operatingWindow
        self.recoveryMinutes = recoveryMinutes
        self.responseMinutes = responseMinutes
        self.majorFailuresPerYear = majorFailuresPerYear
    }
}

/// What `contract.yaml` says.
public struct Contract: Sendable {
    public let title: String
    public let number: String?
    public let start: CivilDate?
    public let end: CivilDate?
    public let client: Party
    public let contractor: Party
    public let contractorName: Located<String>?
    public let serviceName: String
    public let serviceSummary: String?
    public let planDeadline: Located<CivilDate>?
    public let reportDue: ReportDueRule
    /// The first month whose report the folder keeps.
    public let firstReportMonth: YearMonth?
    public let serviceLevels: ServiceLevelTargets
    public let closedDays: [ContractClosedDay]
    public let dateStyle: DigitStyle
    public let showWeekday: Bool
    public let catalogPath: Located<String>?
    /// The file it was read from.
    public let source: String
    /// The checked values, for the XML writer.
    public let value: ObjectValue

    public init(_ value: ObjectValue, source: String) {
        self.value = value
        self.source = source
        let info = value.object("contract")
        title = info?.text("title") ?? ""
        number = info?.text("number")
        start = info?.date("start")
        end = info?.date("end")
        client = Party(value.object("client"))
        contractor = Party(value.object("contractor"))
        contractorName = value.object("contractor")?.located("name")
        let service = value.object("service")
        serviceName = service?.text("name") ?? ""
        serviceSummary = service?.text("summary")
        if let deadline = value.object("plan")?["deadline"], let date = deadline.date {
            planDeadline = Located(date, at: deadline.span)
        } else {
            planDeadline = nil
        }
        if case .yearMonth(let y, let m)? = value.object("reports")?["first_month"]?.kind {
            firstReportMonth = YearMonth(year: y, month: m)
        } else {
            firstReportMonth = (value.object("contract")?.date("start")).map { YearMonth(year: $0.year, month: $0.month) }
        }
        let due = value.object("reports")?.object("due")
        if let n = due?.integer("open_day") {
            reportDue = .openDayOfNextMonth(n)
        } else {
            reportDue = .dayOfNextMonth(due?.integer("day") ?? 10)
        }

        var levels = ServiceLevelTargets.defaults
        let sl = value.object("service_levels")
        if let availability = sl?.object("availability") {
            if let target = availability["target_percent"]?.decimal { levels.availabilityPercent = target }
            if let partial = availability.bool("partial_stop_counts_as_down") { levels.partialStopCountsAsDown = partial }
            let days = availability.text("operating_days").flatMap(OperatingWindow.Days.init(rawValue:)) ?? .everyDay
            var from = 0, to = 1440
            if let hours = availability.object("operating_hours"),
               case .timeOfDay(let f)? = hours["from"]?.kind, case .timeOfDay(let t)? = hours["to"]?.kind {
                from = f
                to = t
            }
            levels.operatingWindow = OperatingWindow(days: days, fromMinute: from, toMinute: to)
        }
        if let hours = sl?.object("recovery")?.integer("target_hours") { levels.recoveryMinutes = hours * 60 }
        if let hours = sl?.object("response")?.integer("target_hours") { levels.responseMinutes = hours * 60 }
        if let max = sl?.object("major_failures")?.integer("max_per_year") { levels.majorFailuresPerYear = max }
        serviceLevels = levels

        closedDays = value.object("calendar")?.objects("closed_days").compactMap { day in
            let name = day.text("name") ?? ""
            if case .monthDay(let m, let d)? = day["month_day"]?.kind {
                return ContractClosedDay(.annual(month: m, day: d), name: name)
            }
            if let date = day.date("date") { return ContractClosedDay(.once(date), name: name) }
            return nil
        } ?? []

        let document = value.object("document")
        dateStyle = document?.text("date_style").flatMap(DigitStyle.init(rawValue:)) ?? .mixed
        showWeekday = document?.bool("weekday") ?? false
        catalogPath = document?.located("requirements_catalog")
    }

    /// The closed-day calendar of this contract.
    public func makeCalendar() -> ClosedDayCalendar {
        closedDays.isEmpty ? .standard : ClosedDayCalendar(contractDays: closedDays)
    }
}
