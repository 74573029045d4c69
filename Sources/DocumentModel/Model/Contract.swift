import JapaneseCalendar

/// 甲 or 乙.
public struct Party: Sendable, Hashable {
    public let name: String
    public let department: String?
    public let representative: String?
    public let address: String?

    init(_ value: ObjectValue?) {
        name = value?.text(at: "name")?.value ?? ""
        department = value?.text(at: "department")?.value
        representative = value?.text(at: "representative")?.value
        address = value?.text(at: "address")?.value
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

    public static func clock(_ minute: Int) -> String {
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
    public let start: Located<CivilDate>?
    public let end: Located<CivilDate>?
    public let client: Party
    public let contractor: Party
    public let contractorName: Located<String>?
    public let serviceName: String
    public let serviceSummary: String?
    public let planDeadline: Located<CivilDate>?
    public let reportDue: ReportDueRule
    /// `reports.due` as written: the rule checks that exactly one of its keys is given.
    public let reportDueKeys: (day: Located<Int>?, openDay: Located<Int>?, span: SourceSpan, readCleanly: Bool)?
    /// The first month whose report the folder keeps.
    public let firstReportMonth: YearMonth?
    public let serviceLevels: ServiceLevelTargets
    /// The availability target as written, and the operating hours as written (minutes since midnight).
    public let availabilityTarget: Located<ExactDecimal>?
    public let operatingHours: (from: Located<Int>, to: Located<Int>)?
    public let closedDays: [ContractClosedDay]
    /// The extra closed days as written.
    public let closedDayEntries: [ClosedDayEntry]
    public let dateStyle: DigitStyle
    public let showWeekday: Bool
    public let catalogPath: Located<String>?
    /// Where `contract:` is written (for a problem with the contract's dates as a whole).
    public let contractKey: SourceSpan
    public let reportsSpan: SourceSpan?
    /// The file it was read from.
    public let source: String
    /// The checked values, for the XML writer.
    public let value: ObjectValue

    /// An extra closed day as written: exactly one of its day fields.
    public struct ClosedDayEntry: Sendable {
        public let name: Located<String>
        public let monthDay: Located<(month: Int, day: Int)>?
        public let date: Located<CivilDate>?
        public let span: SourceSpan
        public let readCleanly: Bool
    }

    public init(_ value: ObjectValue, source: String) {
        self.value = value
        self.source = source
        let info = value.object(at: "contract") { $0 }
        title = info?.text(at: "title")?.value ?? ""
        number = info?.text(at: "number")?.value
        start = info?.date(at: "start")
        end = info?.date(at: "end")
        contractKey = value.span("contract")
        client = value.object(at: "client", Party.init) ?? Party(nil)
        contractor = value.object(at: "contractor", Party.init) ?? Party(nil)
        contractorName = value.object(at: "contractor") { $0.text(at: "name") } ?? nil
        let service = value.object(at: "service") { $0 }
        serviceName = service?.text(at: "name")?.value ?? ""
        serviceSummary = service?.text(at: "summary")?.value
        planDeadline = value.object(at: "plan") { $0.date(at: "deadline") } ?? nil
        let reports = value.object(at: "reports") { $0 }
        reportsSpan = reports?.span
        firstReportMonth = reports?.yearMonth(at: "first_month")?.value ?? start.map { YearMonth(year: $0.value.year, month: $0.value.month) }
        let due = reports?.object(at: "due") { $0 }
        reportDueKeys = due.map { ($0.integer(at: "day"), $0.integer(at: "open_day"), $0.span, !$0.hadErrors) }
        if let n = due?.integer(at: "open_day")?.value {
            reportDue = .openDayOfNextMonth(n)
        } else {
            reportDue = .dayOfNextMonth(due?.integer(at: "day")?.value ?? 10)
        }

        var levels = ServiceLevelTargets.defaults
        let sl = value.object(at: "service_levels") { $0 }
        let availability = sl?.object(at: "availability") { $0 }
        availabilityTarget = availability?.decimal(at: "target_percent")
        let hours = availability?.object(at: "operating_hours") { $0 }
        if let from = hours?.timeOfDay(at: "from"), let to = hours?.timeOfDay(at: "to") {
            operatingHours = (from, to)
        } else {
            operatingHours = nil
        }
        if let availability {
            if let target = availabilityTarget?.value { levels.availabilityPercent = target }
            if let partial = availability.flag(at: "partial_stop_counts_as_down")?.value { levels.partialStopCountsAsDown = partial }
            let days = availability.text(at: "operating_days").flatMap { OperatingWindow.Days(rawValue: $0.value) } ?? .everyDay
            levels.operatingWindow = OperatingWindow(days: days, fromMinute: operatingHours?.from.value ?? 0, toMinute: operatingHours?.to.value ?? 1440)
        }
        if let hours = sl?.object(at: "recovery", { $0.integer(at: "target_hours") }) ?? nil { levels.recoveryMinutes = hours.value * 60 }
        if let hours = sl?.object(at: "response", { $0.integer(at: "target_hours") }) ?? nil { levels.responseMinutes = hours.value * 60 }
        if let max = sl?.object(at: "major_failures", { $0.integer(at: "max_per_year") }) ?? nil { levels.majorFailuresPerYear = max.value }
        serviceLevels = levels

        closedDayEntries = value.object(at: "calendar") { calendar in
            calendar.objects(at: "closed_days") { day in
                ClosedDayEntry(name: day.requiredText(at: "name"), monthDay: day.monthDay(at: "month_day"), date: day.date(at: "date"),
                               span: day.span, readCleanly: !day.hadErrors)
            }
        } ?? []
        closedDays = closedDayEntries.compactMap { day in
            if let md = day.monthDay?.value { return ContractClosedDay(.annual(month: md.month, day: md.day), name: day.name.value) }
            if let date = day.date?.value { return ContractClosedDay(.once(date), name: day.name.value) }
            return nil
        }

        let document = value.object(at: "document") { $0 }
        dateStyle = document?.text(at: "date_style").flatMap { DigitStyle(rawValue: $0.value) } ?? .mixed
        showWeekday = document?.flag(at: "weekday")?.value ?? false
        catalogPath = document?.text(at: "requirements_catalog")
    }

    /// The closed-day calendar of this contract.
    public func makeCalendar() -> ClosedDayCalendar {
        closedDays.isEmpty ? .standard : ClosedDayCalendar(contractDays: closedDays)
    }
}
