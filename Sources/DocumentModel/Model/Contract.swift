import JapaneseCalendar

/// What `contract.yaml` says.
public struct Contract: Sendable {
    public let title: String
    public let number: String?
    public let start: Located<CivilDate>?
    public let end: Located<CivilDate>?
    /// By when 甲's information is returned or erased (default: the contract's end).
    public let disposalDeadline: Located<CivilDate>?
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
    /// The closed-day calendar, built once with the contract and shared by every document of it.
    public let calendar: ClosedDayCalendar
    /// The extra closed days as written.
    public let closedDayEntries: [ClosedDayEntry]
    public let dateStyle: DigitStyle
    public let showWeekday: Bool
    public let register: Register
    public let coverLetter: CoverLetterSettings?
    public let styleChecks: StyleCheckSettings
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

    /// Whether a month lies wholly outside the contract period (both its dates known).
    public func isOutside(_ month: YearMonth) -> Bool {
        guard let start = start?.value, let end = end?.value else { return false }
        return month.lastDay < start || month.firstDay > end
    }

    public init(_ value: ObjectValue, source: String) {
        self.value = value
        self.source = source
        let info = value.object(at: "contract") { $0 }
        title = info?.text(at: "title")?.value ?? ""
        number = info?.text(at: "number")?.value
        start = info?.date(at: "start")
        end = info?.date(at: "end")
        disposalDeadline = info?.date(at: "disposal_deadline") ?? end
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
        let countAll = sl?.object(at: "response", { $0.flag(at: "count_all_inquiries")?.value }) ?? nil
        levels.inquirers = countAll == true ? .everyone : .buyer(names: [client.name] + client.otherNames)
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
        calendar = closedDays.isEmpty ? .standard : ClosedDayCalendar(contractDays: closedDays)

        let document = value.object(at: "document") { $0 }
        dateStyle = document?.text(at: "date_style").flatMap { DigitStyle(rawValue: $0.value) } ?? .mixed
        showWeekday = document?.flag(at: "weekday")?.value ?? false
        register = document?.text(at: "register").flatMap { Register(rawValue: $0.value) } ?? .dearu
        coverLetter = document?.object(at: "cover_letter", CoverLetterSettings.init) ?? nil
        styleChecks = StyleCheckSettings(document?.object(at: "style_checks") { $0 } ?? nil)
        catalogPath = document?.text(at: "requirements_catalog")
    }

    /// The contract as the documents depend on it: everything but the switches of `validate`'s
    /// style check, which change no document. A submitted document's fingerprint uses it.
    public var documentCanonical: String { documentValue.canonical }

    /// The SHA-256 of ``documentCanonical``.
    public var documentCanonicalSHA256: String { documentValue.canonicalSHA256 }

    private var documentValue: ObjectValue {
        guard let document = value["document"]?.object else { return value }
        return value.setting("document", Value(.object(document.setting("style_checks", nil)), span: document.span))
    }
}
