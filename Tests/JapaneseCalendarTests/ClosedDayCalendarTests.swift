import Testing
@testable import JapaneseCalendar

@Suite struct ClosedDayCalendarTests {
    let calendar = ClosedDayCalendar.standard

    func t(_ text: String) -> Instant { try! Instant(iso: text) }
    func minutes(_ from: String, _ to: String, _ calendar: ClosedDayCalendar? = nil) -> Int64 {
        (calendar ?? self.calendar).openMinutes(from: t(from), to: t(to))
    }

    // Each case worked out by hand; the comment is the arithmetic.
    @Test func acrossAWeekend() {
        // Fri 17:00–24:00 = 420; Sat, Sun closed; Mon 00:00–09:00 = 540.
        #expect(minutes("2023-01-20T17:00", "2023-01-23T09:00") == 960)
    }

    @Test func acrossAHolidayMonday() {
        // Fri 1/6 15:00–24:00 = 540; Sat, Sun, Mon 1/9 成人の日 closed; Tue 00:00–10:00 = 600.
        #expect(minutes("2023-01-06T15:00", "2023-01-10T10:00") == 1140)
    }

    @Test func acrossTheYearEnd() {
        // 12/28 16:30–24:00 = 450; 12/29–1/3 closed (年末年始); 1/4 00:00–09:15 = 555.
        #expect(minutes("2023-12-28T16:30", "2024-01-04T09:15") == 1005)
    }

    @Test func acrossGoldenWeek() {
        // 2024: 4/26 (Fri) 12:00–24:00 = 720; 4/27 Sat, 4/28 Sun, 4/29 昭和の日 closed;
        // 4/30, 5/1, 5/2 open = 4320; 5/3–5/6 closed (5/6 振替休日); 5/7 00:00–12:00 = 720.
        #expect(minutes("2024-04-26T12:00", "2024-05-07T12:00") == 5760)
    }

    @Test func startingAndEndingOnClosedDays() {
        // Sat 2/10 → Sun 2/18 2024: 2/12 is 振替休日 (建国記念の日 on Sunday); 2/13–2/16 open = 4 × 1440.
        #expect(minutes("2024-02-10T10:00", "2024-02-18T11:00") == 5760)
    }

    @Test func aLeapDay() {
        // 2/28 20:00–24:00 = 240; 2/29 (Thu) = 1440; 3/1 00:00–06:00 = 360.
        #expect(minutes("2024-02-28T20:00", "2024-03-01T06:00") == 2040)
    }

    @Test func insideOneClosedDayIsZero() {
        #expect(minutes("2024-01-01T09:00", "2024-01-01T17:00") == 0)
        #expect(minutes("2024-05-04T00:00", "2024-05-06T23:59") == 0)
    }

    @Test func withinOneOpenDayAndWithOffsets() {
        #expect(minutes("2024-03-04T09:00", "2024-03-04T17:30") == 510)
        #expect(minutes("2024-03-04T00:00Z", "2024-03-04T08:30Z") == 510)
        #expect(minutes("2024-03-04T09:00+09:00", "2024-03-04 17:30") == 510)
        #expect(minutes("2024-03-04T17:30", "2024-03-04T09:00") == 0)
    }

    @Test func aStartedMinuteCountsAsAWholeOne() {
        // 40 seconds → 1 minute; exactly 60 seconds → 1 minute; 61 → 2.
        #expect(minutes("2024-03-04T10:00:30", "2024-03-04T10:01:10") == 1)
        #expect(minutes("2024-03-04T10:00:00", "2024-03-04T10:01:00") == 1)
        #expect(minutes("2024-03-04T10:00:00", "2024-03-04T10:01:01") == 2)
        #expect(calendar.openSeconds(from: t("2024-03-04T10:00:30"), to: t("2024-03-04T10:01:10")) == 40)
    }

    @Test func contractDaysClose() {
        let okinawa = ClosedDayCalendar(contractDays: [ContractClosedDay(.annual(month: 6, day: 23), name: "慰霊の日")])
        // 6/22 (Thu) 12:00–24:00 = 720; 6/23 慰霊の日, 6/24–25 weekend; 6/26 00:00–12:00 = 720.
        #expect(minutes("2023-06-22T12:00", "2023-06-26T12:00", okinawa) == 1440)
        // Without it, 6/23 counts: 720 + 1440 + 720.
        #expect(minutes("2023-06-22T12:00", "2023-06-26T12:00") == 2880)
        #expect(okinawa.reasons(CivilDate(iso: "2023-06-23")!).map(\.name) == ["慰霊の日"])
    }

    /// A contract's table is the standard one with its own days added: every day of every
    /// supported year agrees with the reasons asked for one by one, and the open-day counts
    /// agree with a day-by-day count (2/29 closes only in leap years, a one-off date once).
    @Test func aContractTableAgreesDayByDay() {
        let contract = ClosedDayCalendar(contractDays: [
            ContractClosedDay(.annual(month: 5, day: 15), name: "県民の日"),
            ContractClosedDay(.annual(month: 2, day: 29), name: "閏日休業"),
            ContractClosedDay(.once(CivilDate(iso: "2024-08-13")!), name: "臨時休業"),
        ])
        var day = CivilDate(iso: "1955-01-01")!
        var open: Int64 = 0
        while day.year <= 2099 {
            let closed = contract.isClosed(day)
            #expect(closed == !contract.reasons(day).isEmpty, "\(day.iso)")
            if !closed { open += 1 }
            day = day.adding(days: 1)
        }
        #expect(contract.openMinutes(from: Instant(date: CivilDate(iso: "1955-01-01")!), to: Instant(date: day)) == open * 1440)
        #expect(contract.isClosed(CivilDate(iso: "2024-02-29")!))
        #expect(!calendar.isClosed(CivilDate(iso: "2024-02-29")!))
        #expect(contract.isClosed(CivilDate(iso: "2024-08-13")!) && !contract.isClosed(CivilDate(iso: "2025-08-13")!))
        #expect(contract.isClosed(CivilDate(iso: "2025-05-15")!) && !calendar.isClosed(CivilDate(iso: "2025-05-15")!))
        // Spans that start and end anywhere (on the contract's days, around them) count as day by day.
        var generator = SystemRandomNumberGenerator()
        let first = CivilDate(iso: "2023-01-01")!, last = CivilDate(iso: "2026-12-31")!
        let span = last.dayNumber - first.dayNumber
        for _ in 0..<300 {
            let a = first.adding(days: Int.random(in: 0...span, using: &generator))
            let b = a.adding(days: Int.random(in: 0...400, using: &generator))
            var count: Int64 = 0, d = a
            while d < b {
                if !contract.isClosed(d) { count += 1 }
                d = d.adding(days: 1)
            }
            #expect(contract.openMinutes(from: Instant(date: a), to: Instant(date: b)) == count * 1440, "\(a.iso)–\(b.iso)")
        }
    }

    @Test func reasonsAreListedOnce() {
        // 2023-01-01: a Sunday, 元日 and 年末年始.
        #expect(calendar.reasons(CivilDate(iso: "2023-01-01")!).map(\.name) == ["日曜日", "元日", "年末年始"])
        #expect(calendar.reasons(CivilDate(iso: "2024-01-02")!).map(\.name) == ["年末年始"])
        #expect(calendar.reasons(CivilDate(iso: "2024-03-04")!).isEmpty)
    }

    @Test func closedDaysOfAYear() throws {
        let days = try calendar.closedDays(in: 2024)
        // 104 weekend days (2024 starts on Monday, is a leap year: 52 weeks + 2 days = Mon, Tue),
        // 15 holidays and 休日 on weekdays... counted by the rule in the other direction:
        let open = (0..<366).filter { !calendar.isClosed(CivilDate(iso: "2024-01-01")!.adding(days: $0)) }.count
        #expect(days.count + open == 366)
        #expect(days.first!.date.iso == "2024-01-01")
        #expect(days.contains { $0.date.iso == "2024-12-31" })
    }

    @Test func nextOpenDays() {
        #expect(calendar.openDay(onOrAfter: CivilDate(iso: "2023-12-29")!).iso == "2024-01-04")
        #expect(calendar.openDay(5, from: CivilDate(iso: "2024-05-01")!).iso == "2024-05-09")
    }
}

@Suite struct InstantTests {
    @Test func readsIsoTimes() throws {
        #expect(try Instant(iso: "2024-03-01T10:15").japanText == "2024-03-01 10:15")
        #expect(try Instant(iso: "2024-03-01T10:15:30").japanText == "2024-03-01 10:15:30")
        #expect(try Instant(iso: "2024-03-01T01:15Z").japanText == "2024-03-01 10:15")
        #expect(try Instant(iso: "2024-03-01T10:15+0900") == Instant(iso: "2024-03-01T10:15"))
        #expect(try Instant(iso: "2024-02-29T23:30-05:00").japanText == "2024-03-01 13:30")
        #expect(try Instant(iso: "2024-03-01", allowDateOnly: true).iso == "2024-03-01T00:00:00+09:00")
        for bad in ["2024-03-01", "2024-03-01T25:00", "2024-03-01T10", "2024-13-01T10:00", "2024-02-30T10:00",
                    "2024-03-01T10:15:30.5", "2024-03-01T10:15+9", "10:15", ""] {
            #expect(throws: CalendarError.self, "\(bad)") { try Instant(iso: bad) }
        }
    }
}
