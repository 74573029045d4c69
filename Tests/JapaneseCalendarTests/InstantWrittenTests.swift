import Testing
@testable import JapaneseCalendar

/// Times written as people write them in Japan: a 和暦 date, then the clock.
@Suite struct InstantWrittenTests {
    func at(_ iso: String) -> Instant { try! Instant(iso: iso) }

    @Test func eraDatesWithAClockAreRead() {
        #expect(Instant.japanese("令和7年9月30日 23:50") == at("2025-09-30T23:50"))
        #expect(Instant.japanese("令和７年９月30日（火）　２３：５０") == at("2025-09-30T23:50"))
        #expect(Instant.japanese("R7.9.30 9:05:30") == at("2025-09-30T09:05:30"))
        #expect(Instant.japanese("2025年9月30日 23時50分") == at("2025-09-30T23:50"))
        #expect(Instant.japanese("令和元年5月1日 0:00") == at("2019-05-01T00:00"))
        #expect(Instant.japanese("2024-03-01 10:15:30") == at("2024-03-01T10:15:30"))
    }

    @Test func otherTextIsLeftToISO() {
        for text in ["2024-03-01T10:15", "令和7年9月30日", "令和7年9月30日 24:00", "令和7年9月30日 23:5", "令和7年2月30日 10:00",
                     "令和7年9月30日（月） 10:00", "2024-03-01 10:15+09:00", "令和7年9月30日 10:00 x", ""] {
            #expect(Instant.japanese(text) == nil, "\(text)")
        }
    }
}
