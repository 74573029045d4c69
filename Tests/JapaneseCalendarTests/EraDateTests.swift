import Testing
@testable import JapaneseCalendar

@Suite struct EraDateTests {
    func date(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    @Test func eraBoundaries() throws {
        #expect(try EraDate.format(date("1912-07-30")) == "大正元年7月30日")
        #expect(try EraDate.format(date("1926-12-24")) == "大正15年12月24日")
        #expect(try EraDate.format(date("1926-12-25")) == "昭和元年12月25日")
        #expect(try EraDate.format(date("1989-01-07")) == "昭和64年1月7日")
        #expect(try EraDate.format(date("1989-01-08")) == "平成元年1月8日")
        #expect(try EraDate.format(date("2019-04-30")) == "平成31年4月30日")
        #expect(try EraDate.format(date("2019-05-01")) == "令和元年5月1日")
        #expect(try EraDate.format(date("2020-01-01")) == "令和2年1月1日")
    }

    @Test func digitStyles() throws {
        let d = date("2023-01-16")
        #expect(try EraDate.format(d, digits: .half) == "令和5年1月16日")
        #expect(try EraDate.format(d, digits: .full) == "令和５年１月１６日")
        #expect(try EraDate.format(d, digits: .mixed) == "令和５年１月16日")
        #expect(try EraDate.format(date("2030-12-03"), digits: .mixed) == "令和12年12月３日")
        #expect(try EraDate.format(date("2019-05-01"), digits: .full) == "令和元年５月１日")
    }

    /// Every day from 大正元年 to 2099, in every digit style, with and without the weekday, reads
    /// as the parts put together one by one would (the date is written into bytes), and parses
    /// back to itself.
    @Test func everyDayWritesAsItsParts() throws {
        func parts(_ date: CivilDate, _ digits: DigitStyle, _ weekday: Bool) -> String {
            let era = Era.of(date)!, year = era.year(of: date)
            return era.kanji + (year == 1 ? "元" : digits.write(year)) + "年" + digits.write(date.month) + "月"
                + digits.write(date.day) + "日" + (weekday ? "（" + date.weekday.kanji + "）" : "")
        }
        var day = date("1912-07-30")
        let last = date("2099-12-31")
        var checked = 0
        while day <= last {
            for digits in DigitStyle.allCases {
                for weekday in [false, true] {
                    let text = try EraDate.format(day, digits: digits, weekday: weekday)
                    if text != parts(day, digits, weekday) { Issue.record("\(day.iso) \(digits) \(weekday): \(text)") }
                }
            }
            if day.day == 1 || day.day == 31 {
                #expect(try EraDate.parse(EraDate.format(day, digits: .full, weekday: true)) == day)
            }
            checked += 1
            day = day.adding(days: 1)
        }
        #expect(checked == 68_456)
        // Numbers of several digits in each style.
        for (number, half, full, mixed) in [(0, "0", "０", "０"), (7, "7", "７", "７"), (10, "10", "１０", "10"), (2099, "2099", "２０９９", "2099"), (-12, "-12", "-１２", "-12")] {
            for (style, expected) in [(DigitStyle.half, half), (.full, full), (.mixed, mixed)] {
                var bytes: [UInt8] = []
                style.write(number, into: &bytes)
                #expect(String(decoding: bytes, as: UTF8.self) == expected)
                #expect(style.write(number) == expected)
            }
        }
    }

    @Test func weekdayAndShortForm() throws {
        #expect(try EraDate.format(date("2023-01-16"), weekday: true) == "令和5年1月16日（月）")
        #expect(try EraDate.format(date("2023-01-16"), digits: .mixed, weekday: true) == "令和５年１月16日（月）")
        #expect(try EraDate.formatShort(date("2023-01-16")) == "R5.1.16")
        #expect(try EraDate.formatShort(date("2019-05-01")) == "R1.5.1")
        #expect(try EraDate.formatShort(date("1989-01-07"), weekday: true) == "S64.1.7(土)")
    }

    @Test func parsesEveryForm() throws {
        let expected = date("2023-01-16")
        for text in ["2023-01-16", "2023/1/16", "2023年1月16日", "令和5年1月16日", "令和５年１月１６日",
                     "令和５年１月16日", "令和5年1月16日（月）", "令和5年1月16日(月)", "R5.1.16", "R5.1.16(月)",
                     " 令和 5年 1月 16日 ", "令和05年01月16日"] {
            #expect(try EraDate.parse(text) == expected, "\(text)")
        }
        #expect(try EraDate.parse("令和元年5月1日") == date("2019-05-01"))
        #expect(try EraDate.parse("平成元年1月8日") == date("1989-01-08"))
        #expect(try EraDate.parse("昭和64年1月7日") == date("1989-01-07"))
    }

    /// `dddd-dd-dd` is read straight from its bytes; with a space before it, the same text goes
    /// through the scanner. Both must agree, on dates and on what is refused (February 30,
    /// month 13, year 0, letters, mixed separators).
    @Test func theISOShortcutAgreesWithTheScanner() {
        var rng = SystemRandomNumberGenerator()
        var texts = ["2024-02-29", "2023-02-29", "2025-02-30", "2025-13-01", "2025-00-10", "0000-01-01", "9999-12-31",
                     "2025/04/01", "2025-04/01", "2025/04-01", "2025-4-01x", "20a5-04-01", "2025-04-0１", "2025-04-00"]
        let alphabet = Array("0123456789-/a")
        for _ in 0..<2000 {
            texts.append(String((0..<10).map { i in
                [4, 7].contains(i) && Int.random(in: 0..<4, using: &rng) > 0 ? "-" : alphabet[Int.random(in: 0..<(Int.random(in: 0..<5, using: &rng) == 0 ? alphabet.count : 10), using: &rng)]
            }))
        }
        for text in texts {
            #expect((try? EraDate.parse(text)) == (try? EraDate.parse(" " + text)), "\(text)")
            #expect(code(text) == code(" " + text), "\(text)")
        }
    }

    func code(_ text: String) -> CalendarError.Code? {
        do {
            _ = try EraDate.parse(text)
            return nil
        } catch {
            return error.code
        }
    }

    @Test func refusesWhatIsNotADate() {
        #expect(code("令和元年4月1日") == .outsideEra)
        #expect(code("平成32年1月1日") == .outsideEra)
        #expect(code("昭和64年1月8日") == .outsideEra)
        #expect(code("大正元年7月29日") == .outsideEra)
        #expect(code("明治45年7月29日") == .beforeTaisho)
        // A year before 大正 written in four digits could reach the page only in ISO form.
        #expect(code("1900-01-01") == .beforeTaisho)
        #expect(code("1912年7月29日") == .beforeTaisho)
        #expect(code("1000/04/01") == .beforeTaisho)
        #expect((try? EraDate.parse("1912-07-30")) == CivilDate(year: 1912, month: 7, day: 30))
        #expect(code("令和5年1月16日（火）") == .wrongWeekday)
        #expect(code("令和5年2月29日") == .invalidDate)
        #expect(code("2023-02-30") == .invalidDate)
        #expect(code("令和5年1月") == .malformedDate)
        #expect(code("tomorrow") == .malformedDate)
        #expect(code("") == .malformedDate)
        #expect(code("令和5年1月16日（月") == .malformedDate)
        // Found by the fuzzer: a letter that upper-cases to two characters (ﬕ → ՄԻ) where an
        // era letter (R, H, S, T) may stand used to stop the process.
        #expect(code("\u{FB15}+\u{FF36}\u{FFFD}") == .malformedDate)
        #expect(code("\u{FB15}5.1.16") == .malformedDate)
        #expect(code("ß5.1.16") == .malformedDate)
        #expect(throws: CalendarError.self) { try EraDate.format(date("1912-07-29")) }
    }

    @Test func errorsSayWhatIsWrongInBothLanguages() throws {
        do {
            _ = try EraDate.parse("令和元年4月1日")
            Issue.record("should fail")
        } catch {
            #expect(error.japanese == "「令和元年4月1日」は令和の日付ではありません（令和は令和元年5月1日（2019-05-01）から）")
            #expect(error.english == "\"令和元年4月1日\" is not a date of 令和 (Reiwa): the era began on 2019-05-01 (令和元年5月1日)")
        }
        // A 和暦 year written without its era is not the year 8 (it reached the page as 0008-06-30).
        for text in ["８年６月３０日", "8年6月30日", "26/4/1", "8-06-30", "８年４月１日（水）", "0008年6月30日", "0026/4/1", "0007-10-31"] {
            #expect(code(text) == .malformedDate, "\(text)")
            do {
                _ = try EraDate.parse(text)
            } catch {
                #expect(error.japanese == "「\(text)」の年に元号がありません（令和8年4月1日のように元号を付けるか、2026-04-01 のように西暦を４桁で書いてください）")
                #expect(error.english.hasPrefix("\"\(text)\" has no era for its year"))
            }
        }
        #expect(try EraDate.parse("2026年6月30日") == date("2026-06-30"))
        do {
            _ = try EraDate.parse("令和5年1月16日（火）")
            Issue.record("should fail")
        } catch {
            #expect(error.english == "\"令和5年1月16日（火）\": 2023-01-16 is a Monday (月), not a Tuesday (火)")
        }
    }

    @Test func everyDayRoundTripsInEveryForm() throws {
        var day = date("1912-07-30").dayNumber
        let last = date("2099-12-31").dayNumber
        var checked = 0
        while day <= last {
            let d = CivilDate(dayNumber: day)
            for style in DigitStyle.allCases {
                let text = try EraDate.format(d, digits: style, weekday: day % 2 == 0)
                guard try EraDate.parse(text) == d else {
                    Issue.record("\(d) → \(text) does not read back")
                    return
                }
            }
            guard try EraDate.parse(EraDate.formatShort(d)) == d, try EraDate.parse(d.iso) == d else {
                Issue.record("\(d) short or ISO form does not read back")
                return
            }
            checked += 1
            day += 1
        }
        #expect(checked == 68_456)  // 1912-07-30 … 2099-12-31 inclusive
    }
}

@Suite struct CivilDateTests {
    @Test func dayNumbersAndWeekdays() {
        #expect(CivilDate(iso: "1970-01-01")!.dayNumber == 0)
        #expect(CivilDate(dayNumber: 19_373).iso == "2023-01-16")
        #expect(CivilDate(iso: "2023-01-16")!.weekday == .monday)
        #expect(CivilDate(iso: "1912-07-30")!.weekday == .tuesday)
        #expect(CivilDate(iso: "2024-02-29") != nil)
        #expect(CivilDate(iso: "2023-02-29") == nil)
        #expect(CivilDate(iso: "2100-02-29") == nil)
        #expect(CivilDate(iso: "2000-02-29") != nil)
        #expect(CivilDate.nthWeekday(2, .monday, year: 2023, month: 1).iso == "2023-01-09")
    }
}

@Suite struct FiscalYearTests {
    @Test func boundariesAndNames() throws {
        #expect(FiscalYear(containing: CivilDate(iso: "2024-03-31")!).startYear == 2023)
        #expect(FiscalYear(containing: CivilDate(iso: "2024-04-01")!).startYear == 2024)
        let fy = FiscalYear(startYear: 2023)
        #expect(fy.firstDay.iso == "2023-04-01")
        #expect(fy.lastDay.iso == "2024-03-31")
        #expect(try fy.name() == "令和5年度")
        #expect(try fy.name(digits: .full) == "令和５年度")
        #expect(try FiscalYear(startYear: 2019).name() == "令和元年度")
        #expect(try FiscalYear(startYear: 2018).name() == "平成30年度")
        #expect(try FiscalYear(startYear: 1988).name() == "昭和63年度")
        #expect(try FiscalYear(startYear: 1989).name() == "平成元年度")
    }
}
