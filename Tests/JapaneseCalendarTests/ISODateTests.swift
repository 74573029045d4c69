import Testing
@testable import JapaneseCalendar

/// An ISO date written on the stack says what the string it replaced said.
@Suite struct ISODateTests {
    @Test func isoAsBefore() {
        for year in [1, 9, 10, 99, 100, 999, 1000, 1912, 1989, 2019, 2024, 2026, 9999] {
            for month in 1...12 {
                for day in [1, 9, 10, 28, 29, 30, 31] {
                    guard let date = CivilDate(year: year, month: month, day: day) else { continue }
                    let y = String(year)
                    let before = String(repeating: "0", count: max(0, 4 - y.count)) + y + "-" + CivilDate.pad2(month) + "-" + CivilDate.pad2(day)
                    #expect(date.iso == before)
                }
            }
        }
    }
}
