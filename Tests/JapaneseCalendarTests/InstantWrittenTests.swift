import Testing
@testable import JapaneseCalendar

/// Times written as people write them in Japan: a 和暦 date, then the clock.
@Suite struct InstantWrittenTests {
    func at(_ iso: String) -> Instant { try! Instant(iso: iso) }

    @Test func eraDatesWithAClockAreRead() throws {
        #expect(try Instant.japanese("令和7年9月30日 23:50") == at("2025-09-30T23:50"))
        #expect(try Instant.japanese("令和７年９月30日（火）　２３：５０") == at("2025-09-30T23:50"))
        #expect(try Instant.japanese("R7.9.30 9:05:30") == at("2025-09-30T09:05:30"))
        #expect(try Instant.japanese("2025年9月30日 23時50分") == at("2025-09-30T23:50"))
        #expect(try Instant.japanese("令和元年5月1日 0:00") == at("2019-05-01T00:00"))
        #expect(try Instant.japanese("2024-03-01 10:15:30") == at("2024-03-01T10:15:30"))
        // No space after the weekday's bracket or after 日, as people often type it.
        #expect(try Instant.japanese("令和７年８月14日（木）９：３０") == at("2025-08-14T09:30"))
        #expect(try Instant.japanese("令和7年8月14日(木)9:30") == at("2025-08-14T09:30"))
        #expect(try Instant.japanese("令和7年8月14日9時30分") == at("2025-08-14T09:30"))
    }

    @Test func otherTextIsLeftToISO() throws {
        for text in ["2024-03-01T10:15", "令和7年9月30日", "令和7年9月30日 24:00", "令和7年9月30日 23:5",
                     "2024-03-01 10:15+09:00", "令和7年9月30日 10:00 x", "", "a 10:00", "令和7年9月30日（火）"] {
            #expect(try Instant.japanese(text) == nil, "\(text)")
        }
    }

    /// A date of a form that is read but is no day says what is wrong with it, as a date alone
    /// would: not that the time has no form.
    @Test func aDateThatIsNoDaySaysWhy() {
        for (text, code) in [("平成31年5月1日 0:00", CalendarError.Code.outsideEra), ("令和7年2月30日 10:00", .invalidDate),
                             ("2026/4/31 10:00", .invalidDate), ("令和7年9月30日（月） 10:00", .wrongWeekday)] {
            #expect(throws: CalendarError.self, "\(text)") { try Instant.japanese(text) }
            do { _ = try Instant.japanese(text) } catch { #expect(error.code == code, "\(text): \(error.code)") }
        }
    }
}
