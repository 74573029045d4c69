import Testing
@testable import DocumentModel

/// A month as written in file names and fields: four digits, a hyphen, two digits, in years whose
/// neighbouring months are still dates.
@Suite struct YearMonthTests {
    @Test func readsOnlyWhatIsWrittenThatWay() {
        #expect(YearMonth("2025-04") == YearMonth(year: 2025, month: 4))
        #expect(YearMonth("1000-01") == YearMonth(year: 1000, month: 1))
        #expect(YearMonth("9998-12") == YearMonth(year: 9998, month: 12))
        for text in ["0000-01", "0999-12", "9999-12", "+202-04", "2025-4", "2025-13", "2025-00", "2025--04", "-2025-04", "2025-04-", " 2025-04", "２０２５-04", ""] {
            #expect(YearMonth(text) == nil, "\(text)")
        }
        // Every month read has dates at both ends and next to it.
        for text in ["1000-01", "9998-12"] {
            let month = YearMonth(text)!
            #expect(month.previous.firstDay < month.firstDay && month.next.firstDay > month.lastDay)
        }
    }

    @Test func writesFourDigitYears() {
        #expect(YearMonth(year: 2025, month: 4).description == "2025-04")
        #expect(YearMonth(year: 7, month: 12).description == "0007-12")
        #expect(YearMonth(year: 0, month: 1).description == "0000-01")
    }
}
