import DocumentModel
import JapaneseCalendar
import Testing
import TestSupport
@testable import ServiceLevels

/// Every rule of DOMAIN §2 on cases worked out by hand; each comment is the arithmetic.
@Suite struct ServiceLevelEngineTests {
    func t(_ s: String) -> Instant { LogRows.time(s) }

    func incident(_ id: String, _ from: String, _ to: String?, _ impact: String = "stop") -> Incident { LogRows.incident(id, from, to, impact) }
    func window(_ id: String, _ from: String, _ to: String) -> MaintenanceWindow { LogRows.window(id, from, to) }
    func inquiry(_ id: String, _ asked: String, _ answered: String?, by: String = "瀬戸内県 西村", party: String? = nil) -> Inquiry {
        LogRows.inquiry(id, asked, answered, by: by, party: party)
    }

    let march = YearMonth(year: 2024, month: 3)
    let afterMarch = LogRows.time("2024-04-10T00:00")

    func availability(_ month: YearMonth, _ incidents: [Incident], _ windows: [MaintenanceWindow] = [],
                      targets: ServiceLevelTargets = .defaults, now: Instant? = nil) -> AvailabilityResult {
        ServiceLevelEngine.availability(month: month, incidents: incidents, maintenance: windows, targets: targets,
                                        calendar: .standard, now: now ?? afterMarch)
    }

    // MARK: SLA-AVAIL

    @Test func monthsTakenTogetherAddTheirMinutes() {
        // February 2024 (a leap year): 29 × 1440 = 41,760 planned, a 120-minute window justified,
        // 385 minutes down. March: 44,640 planned, 90 down.
        let february = availability(YearMonth(year: 2024, month: 2), [incident("A", "2024-02-10T02:00", "2024-02-10T08:25")],
                                    [window("M", "2024-02-20T02:00", "2024-02-20T04:00")])
        let march = availability(march, [incident("B", "2024-03-05T10:00", "2024-03-05T11:30")])
        #expect((february.plannedMinutes, february.justifiedMinutes, february.actualMinutes) == (41_760, 120, 41_255))
        let year = CombinedAvailability([february, march])
        // (41,255 + 44,550) / (41,640 + 44,640) = 85,805 / 86,280 = 99.4494…%: cut to 99.44.
        #expect((year.plannedMinutes, year.justifiedMinutes, year.actualMinutes) == (86_400, 120, 85_805))
        #expect(year.percentText == "99.44")
        // Nothing planned: no percentage.
        #expect(CombinedAvailability([]).percentText == "—")
    }

    @Test func overlappingOutagesCountOnce() {
        // 10:00–11:00 and 10:30–11:30 merge into 10:00–11:30 = 90 minutes; March has 31 × 1440 = 44,640.
        let a = availability(march, [incident("A", "2024-03-05T10:00", "2024-03-05T11:00"),
                                     incident("B", "2024-03-05T10:30", "2024-03-05T11:30")])
        #expect(a.plannedMinutes == 44_640)
        #expect(a.downMinutes == 90)
        #expect(a.actualMinutes == 44_550)
        // 44,550 / 44,640 = 99.79838…%: cut to 99.79 (rounding would print 99.80), and missed.
        #expect(a.percentText == "99.79")
        #expect(!a.met)
        #expect(a.outages.map(\.unjustifiedMinutes) == [60, 60])
    }

    @Test func anOutageCrossingMidnightAtTheMonthsEndIsSplit() {
        let outage = incident("A", "2024-03-31T23:30", "2024-04-01T00:45")
        // March: 23:30–24:00 = 30; April: 00:00–00:45 = 45 (April has 30 × 1440 = 43,200).
        #expect(availability(march, [outage]).downMinutes == 30)
        let april = availability(YearMonth(year: 2024, month: 4), [outage], now: t("2024-05-10T00:00"))
        #expect(april.plannedMinutes == 43_200)
        #expect(april.downMinutes == 45)
    }

    @Test func aJustifiedWindowOverlappingAnOutageIsJustified() {
        // Outage 02:00–03:00, maintenance 02:30–04:00: justified 90 (02:30–04:00), down 30 (02:00–02:30).
        let a = availability(march, [incident("A", "2024-03-10T02:00", "2024-03-10T03:00")],
                             [window("M", "2024-03-10T02:30", "2024-03-10T04:00")])
        #expect(a.justifiedMinutes == 90)
        #expect(a.downMinutes == 30)
        #expect(a.actualMinutes == 44_640 - 90 - 30)
        // 44,520 / 44,550 = 99.9326…%
        #expect(a.percentText == "99.93")
        #expect(a.met)
        #expect(a.outages.first?.unjustifiedMinutes == 30)
        #expect(a.outages.first?.windowMinutes == 60)
    }

    @Test func aPartialStopCountsAsDownUnlessTheContractSaysOtherwise() {
        let partial = incident("P", "2024-03-12T09:00", "2024-03-12T10:00", "partial")
        #expect(availability(march, [partial]).downMinutes == 60)
        var targets = ServiceLevelTargets.defaults
        targets.partialStopCountsAsDown = false
        #expect(availability(march, [partial], targets: targets).downMinutes == 0)
        // A misprocessing or a minor failure never stops the service.
        #expect(availability(march, [incident("X", "2024-03-12T09:00", "2024-03-12T10:00", "misprocessing"),
                                     incident("Y", "2024-03-12T09:00", "2024-03-12T10:00", "minor")]).downMinutes == 0)
    }

    @Test func aStartedMinuteIsADownMinute() {
        // 10:00:30–10:01:10 touches the minutes 10:00 and 10:01.
        #expect(availability(march, [incident("A", "2024-03-05T10:00:30", "2024-03-05T10:01:10")]).downMinutes == 2)
    }

    @Test func an9979PercentMonthPrints9979AndMisses() {
        // Justified 3/1 00:00 – 3/28 12:50 = 27 × 1440 + 770 = 39,650, leaving 44,640 − 39,650 = 4,990;
        // down 10 → 4,980 / 4,990 = 99.7996…% → "99.79", and 4,980 × 1000 < 998 × 4,990: missed.
        let a = availability(march, [incident("A", "2024-03-30T10:00", "2024-03-30T10:10")],
                             [window("M", "2024-03-01T00:00", "2024-03-28T12:50")])
        #expect(a.justifiedMinutes == 39_650)
        #expect(a.actualMinutes == 4_980)
        #expect(a.percentText == "99.79")
        #expect(!a.met)
        // Exactly at the target is met: 4,990 / 5,000 = 99.80%.
        let b = availability(march, [incident("A", "2024-03-30T10:00", "2024-03-30T10:10")],
                             [window("M", "2024-03-01T00:00", "2024-03-28T12:40")])
        #expect(b.actualMinutes == 4_990)
        #expect(b.percentText == "99.80")
        #expect(b.met)
    }

    @Test func anUnrecoveredFailureCountsToTheMonthsEndOrNow() {
        let open = incident("A", "2024-03-30T20:00", nil)
        // Until the end of March: 3/30 20:00 → 4/1 00:00 = 28 h = 1,680 minutes.
        #expect(availability(march, [open]).downMinutes == 1_680)
        let r = ServiceLevelEngine.recovery(month: march, incidents: [open], targetMinutes: 360, now: afterMarch)
        #expect(r.failures.map(\.minutes) == [1_680])
        #expect(r.failures.first?.recovered == false)
        #expect(!r.met)
        // "Now" earlier than the month's end: 3/30 21:00 → 60 minutes, still within the target.
        let now = t("2024-03-30T21:00")
        #expect(availability(march, [open], now: now).downMinutes == 60)
        let early = ServiceLevelEngine.recovery(month: march, incidents: [open], targetMinutes: 360, now: now)
        #expect(early.failures.map(\.minutes) == [60])
        #expect(early.met)
    }

    @Test func theOperatingWindowSetsThePlannedMinutes() {
        var targets = ServiceLevelTargets.defaults
        targets.operatingWindow = OperatingWindow(days: .openDays, fromMinute: 8 * 60, toMinute: 20 * 60)
        // March 2024: 31 days − 10 weekend days − 春分の日 (3/20) = 20 open days × 720 = 14,400.
        // An outage 19:30–21:00 on an open day is down 30 minutes inside the window; one on a Sunday is not.
        let a = availability(march, [incident("A", "2024-03-05T19:30", "2024-03-05T21:00"),
                                     incident("B", "2024-03-10T10:00", "2024-03-10T11:00")], targets: targets)
        #expect(a.plannedMinutes == 14_400)
        #expect(a.downMinutes == 30)
        #expect(a.days[9].planned == 0)
    }

    @Test func anOvernightWindowEndsTheNextMorning() {
        var targets = ServiceLevelTargets.defaults
        targets.operatingWindow = OperatingWindow(days: .everyDay, fromMinute: 22 * 60, toMinute: 6 * 60)
        #expect(targets.operatingWindow.japanese == "毎日 22:00〜翌6:00")
        // March 2024: the window of 2/29 22:00 gives 3/1 00:00–06:00 (360); 3/1 … 3/30 give 480
        // each (14,400); 3/31 22:00–24:00 is in March (120), its morning in April, so 3/31 itself
        // has 3/30’s morning and its own evening (480).
        // 360 + 14,400 + 120 = 14,880.
        // An outage 3/10 05:00–23:00 is down 05:00–06:00 and 22:00–23:00: 120 minutes.
        let a = availability(march, [incident("A", "2024-03-10T05:00", "2024-03-10T23:00")], targets: targets)
        #expect(a.plannedMinutes == 14_880)
        #expect(a.downMinutes == 120)
        #expect(a.days[0].planned == 360 + 120)
        #expect(a.days[30].planned == 360 + 120)
        // Open days only: the window belongs to the day it starts. March 2024 has 20 open days;
        // Thu 2/29 is open (its morning 3/1: 360); Fri 3/29 22:00 → Sat 3/30 06:00 counts (480);
        // 20 × 480 + 360 = 9,960 (3/31 is a Sunday: nothing).
        targets.operatingWindow = OperatingWindow(days: .openDays, fromMinute: 22 * 60, toMinute: 6 * 60)
        let b = availability(march, [], targets: targets)
        #expect(b.plannedMinutes == 9_960)
        #expect(b.days[29].planned == 360)   // Sat 3/30: only the tail of Friday's window
        // 22:00 to 00:00 is two hours a day, not an error: 31 × 120.
        targets.operatingWindow = OperatingWindow(days: .everyDay, fromMinute: 22 * 60, toMinute: 0)
        #expect(availability(march, [], targets: targets).plannedMinutes == 3_720)
    }

    // MARK: SLA-RECOVERY

    @Test func recoveryCoversTheMonthsFailuresAndThoseOpenAtItsStart() {
        let spanning = incident("S", "2024-02-29T23:00", "2024-03-01T01:30")   // leap day → March
        let inMarch = incident("M", "2024-03-05T10:00", "2024-03-05T16:30")     // 390 minutes: missed
        let february = incident("F", "2024-02-10T10:00", "2024-02-10T11:00")  // over before March
        let r = ServiceLevelEngine.recovery(month: march, incidents: [inMarch, spanning, february], targetMinutes: 360, now: afterMarch)
        #expect(r.failures.map(\.incident.id) == ["S", "M"])
        // S: 2/29 23:00 → 3/1 01:30 = 150 minutes (the whole recovery, not only March's part).
        #expect(r.failures.map(\.minutes) == [150, 390])
        #expect(r.failures.map(\.met) == [true, false])
        #expect(!r.met)
        // Exactly six hours is met.
        let six = ServiceLevelEngine.recovery(month: march, incidents: [incident("E", "2024-03-05T10:00", "2024-03-05T16:00")],
                                              targetMinutes: 360, now: afterMarch)
        #expect(six.met)
    }

    // MARK: SLA-RESPONSE

    func response(_ month: YearMonth, _ inquiries: [Inquiry], now: Instant? = nil) -> ResponseResult {
        ServiceLevelEngine.response(month: month, inquiries: inquiries, targetMinutes: 2880, calendar: .standard, now: now ?? afterMarch)
    }

    @Test func onlyTheBuyersInquiriesCount() {
        let rule = InquirerRule.buyer(names: ["瀬戸内県", "県庁"])
        func run(_ inquiries: [Inquiry], _ rule: InquirerRule) -> ResponseResult {
            ServiceLevelEngine.response(month: march, inquiries: inquiries, targetMinutes: 2880, inquirers: rule, calendar: .standard, now: afterMarch)
        }
        // A municipality's question answered after five open days (Mon 3/4 9:00 → Mon 3/11 9:00): 7,200 minutes, outside the level.
        let town = inquiry("T", "2024-03-04T09:00", "2024-03-11T09:00", by: "汐見市 市民課 桑原")
        // 甲's staff's answered after three open days (Mon 3/4 9:00 → Thu 3/7 9:00): 4,320 minutes, over 48 hours.
        let prefecture = inquiry("P", "2024-03-04T09:00", "2024-03-07T09:00", by: "瀬戸内県　デジタル行政推進課 西村")
        let townOnly = run([town], rule)
        #expect(townOnly.inquiries.map(\.openMinutes) == [7_200])
        #expect(townOnly.inquiries.map(\.counted) == [false])
        #expect(townOnly.inquiries.first?.decision == .otherByName)
        #expect(townOnly.inquiries.first?.decision.reason == "甲以外からの問合せ")
        #expect(townOnly.met, "a municipality's late answer does not fail the level")
        let both = run([town, prefecture], rule)
        // Listed by time, then ID: P before T.
        #expect(both.inquiries.map(\.counted) == [true, false])
        #expect(both.inquiries.first?.decision == .buyerByName("瀬戸内県"))
        #expect(!both.met)
        // Another name of 甲, with spaces of either width.
        #expect(run([inquiry("K", "2024-03-04T09:00", "2024-03-04T10:00", by: "県庁 情報政策課")], rule).inquiries.first?.counted == true)
        // The log's party column decides over the name.
        let marked = inquiry("M", "2024-03-04T09:00", "2024-03-11T09:00", by: "瀬戸内県 西村", party: "other")
        #expect(run([marked], rule).inquiries.first?.decision == .otherByColumn)
        #expect(run([marked], rule).met)
        let vendor = inquiry("V", "2024-03-04T09:00", "2024-03-11T09:00", by: "汐見市 桑原", party: "buyer")
        #expect(!run([vendor], rule).met)
        // A contract that counts every inquiry.
        #expect(!run([town], .everyone).met)
        // No contract: every inquiry counts unless the log says other.
        #expect(!run([town], .unknownBuyer).met)
        #expect(run([marked], .unknownBuyer).met)
    }

    @Test func aQuestionAskedOnASundayStartsOnMonday() {
        // Sun 3/10 15:00 → Mon 3/11 10:00: the clock starts Mon 00:00, 600 minutes.
        let r = response(march, [inquiry("Q", "2024-03-10T15:00", "2024-03-11T10:00")])
        #expect(r.inquiries.map(\.openMinutes) == [600])
        #expect(r.inquiries.first?.clockStart == t("2024-03-11T00:00"))
    }

    @Test func aQuestionAcrossTheYearEnd() {
        // Thu 12/28 16:00 → Fri 1/5 10:00: 12/28 480 + 1/4 1,440 + 1/5 600 = 2,520 (12/29–1/3 closed).
        let q = inquiry("Q", "2023-12-28T16:00", "2024-01-05T10:00")
        let december = response(YearMonth(year: 2023, month: 12), [q])
        #expect(december.inquiries.map(\.openMinutes) == [2_520])
        #expect(december.met)
        // Unanswered when January began: it is January's too.
        #expect(response(YearMonth(year: 2024, month: 1), [q]).inquiries.map(\.openMinutes) == [2_520])
        // As of the end of December it was unanswered: 480 so far.
        let asOf = response(YearMonth(year: 2023, month: 12), [q], now: t("2024-01-01T00:00"))
        #expect(asOf.inquiries.map(\.openMinutes) == [480])
        #expect(asOf.inquiries.first?.answered == false)
    }

    @Test func aQuestionAcrossASubstituteHoliday() {
        // Fri 2/9 13:00 → Tue 2/13 12:00 (2/11 建国記念の日 on Sunday, 2/12 振替休日): 660 + 720 = 1,380.
        let r = response(YearMonth(year: 2024, month: 2), [inquiry("Q", "2024-02-09T13:00", "2024-02-13T12:00")])
        #expect(r.inquiries.map(\.openMinutes) == [1_380])
    }

    @Test func aLateAnswerMisses() {
        // Mon 3/4 09:00 → Thu 3/7 10:00: 900 + 1,440 + 1,440 + 600 = 4,380 > 2,880.
        let r = response(march, [inquiry("Q", "2024-03-04T09:00", "2024-03-07T10:00")])
        #expect(r.inquiries.map(\.openMinutes) == [4_380])
        #expect(!r.met)
    }

    // MARK: SLA-MAJOR

    @Test func majorFailuresCountFromTheStartOfTheFiscalYear() {
        let incidents = [
            incident("2023-04", "2023-04-03T10:00", "2023-04-03T11:00", "stop"),
            incident("2024-02", "2024-02-14T10:00", "2024-02-14T10:30", "misprocessing"),
            incident("2024-03", "2024-03-15T10:00", "2024-03-15T10:20", "partial"),
            incident("minor", "2024-03-16T10:00", "2024-03-16T10:20", "minor"),
            incident("2024-04", "2024-04-02T10:00", "2024-04-02T10:20", "stop"),
            incident("2023-03", "2023-03-31T23:00", "2023-04-01T01:00", "stop"),  // FY2022
        ]
        // March 2024 is in FY2023 (2023-04-01 … 2024-03-31): three major failures, at the target.
        let m = ServiceLevelEngine.majorFailures(month: march, incidents: incidents, target: 3, now: afterMarch)
        #expect(m.fiscalYear.startYear == 2023)
        #expect(m.incidents.map(\.id) == ["2023-04", "2024-02", "2024-03"])
        #expect(m.met)
        // April 2024 starts FY2024 afresh.
        let april = ServiceLevelEngine.majorFailures(month: YearMonth(year: 2024, month: 4), incidents: incidents, target: 3,
                                                     now: t("2024-05-10T00:00"))
        #expect(april.incidents.map(\.id) == ["2024-04"])
        // Four in the year misses.
        let four = ServiceLevelEngine.majorFailures(month: march, incidents: incidents + [incident("x", "2023-10-01T00:00", "2023-10-01T00:10")],
                                                    target: 3, now: afterMarch)
        #expect(four.count == 4)
        #expect(!four.met)
    }
}

/// Records are listed by time, then ID, then as they came: what a stable sort by (time, ID) gives.
@Suite struct SortByTimeTests {
    struct Record: Equatable {
        let time: Instant
        let id: String
        let place: Int
    }

    @Test(arguments: [0, 1, 2, 17, 3_000])
    func theOrderOfAStableSortByTimeThenID(count: Int) {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % UInt64(bound))
        }
        // Few distinct times and IDs: many equal times, and records equal in both.
        for spread: Int64 in [600, 1 << 40] {
            let records = (0..<count).map { k in
                Record(time: Instant(secondsSinceEpoch: 1_700_000_000 + Int64(next(5)) * spread / 5), id: "ID-\(next(7))", place: k)
            }
            let expected = records.sorted { ($0.time, $0.id) < ($1.time, $1.id) }
            #expect(records.sortedByTime(\.time, id: \.id) == expected, "spread \(spread)")
            var inPlace = records
            inPlace.sortByTime(\.time, id: \.id)
            #expect(inPlace == expected, "spread \(spread)")
        }
    }
}

/// An outage's minutes inside the operating window, and of those the justified ones, counted
/// without making intervals: what intersecting and overlapping them gives, on random cases.
@Suite struct MinuteIntervalsClipTests {
    @Test func clippingAgreesWithIntersecting() {
        var random = SplitMix(seed: 20261201)
        func ranges(_ count: Int) -> [Range<Int>] {
            (0..<count).map { _ in
                let start = Int(random.next() % 3000)
                return start..<(start + Int(random.next() % 400))
            }
        }
        // By hand: a window of 100..<200 and 300..<400, justified 150..<320; the outage 120..<350
        // has 80 + 50 = 130 window minutes, 50 + 20 = 70 of them justified.
        let window = MinuteIntervals([100..<200, 300..<400]), justified = MinuteIntervals([150..<320])
        #expect(window.clip(120..<350, coveredBy: justified) == (total: 130, covered: 70))
        #expect(window.clip(200..<300, coveredBy: justified) == (total: 0, covered: 0))
        for _ in 0..<500 {
            let window = MinuteIntervals(ranges(Int(random.next() % 6))), justified = MinuteIntervals(ranges(Int(random.next() % 6)))
            let outage = ranges(1)[0]
            let inWindow = MinuteIntervals([outage]).intersection(window)
            let expected = (total: inWindow.total, covered: inWindow.ranges.reduce(0) { $0 + justified.overlap(with: $1) })
            #expect(window.clip(outage, coveredBy: justified) == expected, "\(outage) in \(window.ranges), justified \(justified.ranges)")
        }
    }
}

/// Keys sorted by their digits come out as `sort()` puts them, whatever digits vary.
@Suite struct RadixSortTests {
    @Test func theOrderOfSortOnKeysOfEveryShape() {
        var random = SplitMix(seed: 20261202)
        // How the keys are made: 64 random bits; a month of seconds above a place (as sortByTime
        // packs them); few distinct values; one digit that varies, the others equal; all equal;
        // only the highest bits; already in order; in reverse.
        let shapes: [(String, (Int, inout SplitMix) -> UInt64)] = [
            ("random", { _, r in r.next() }),
            ("month", { i, r in (r.next() % 2_678_400) << 32 | UInt64(i) }),
            ("few", { _, r in r.next() % 3 }),
            ("one digit", { _, r in 0xABCD_0000_0000_0000 | (r.next() % 2048) << 22 }),
            ("equal", { _, _ in 42 }),
            ("high", { _, r in r.next() & 0xFF00_0000_0000_0000 }),
            ("ascending", { i, _ in UInt64(i) * 7 }),
            ("descending", { i, _ in UInt64.max - UInt64(i) }),
        ]
        for (name, make) in shapes {
            for count in [0, 1, 2, 255, 256, 257, 1000, 5000, 70_000] {
                var keys = (0..<count).map { make($0, &random) }
                let expected = keys.sorted()
                RadixSort.sort(&keys)
                #expect(keys == expected, "\(name), \(count) keys")
            }
        }
    }

    /// By hand: keys that differ in the lowest, a middle and the highest digit.
    @Test func keysThatDifferInFarDigits() {
        let far: [UInt64] = [1 << 63, 1 << 40, 1 << 22 | 5, 0, .max]
        var keys: [UInt64] = (0..<300).map { UInt64(299 - $0) } + far
        RadixSort.sort(&keys)
        let small: [UInt64] = [0, 0] + (1..<300).map { UInt64($0) }
        let large: [UInt64] = [1 << 22 | 5, 1 << 40, 1 << 63, .max]
        #expect(keys == small + large)
    }
}

/// A small deterministic generator for the random cases.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
