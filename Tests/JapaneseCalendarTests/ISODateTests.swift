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

/// A month in 和暦 written into bytes says what the concatenation it replaced said.
@Suite struct EraMonthTests {
    @Test func monthsAsBefore() throws {
        for year in [1912, 1913, 1926, 1927, 1989, 1990, 2019, 2020, 2026, 2099] {
            for month in 1...12 {
                for digits in [DigitStyle.half, .full, .mixed] {
                    guard let date = CivilDate(year: year, month: month, day: CivilDate.daysInMonth(year: year, month: month)),
                          let era = Era.of(date) else { continue }
                    let eraYear = era.year(of: date)
                    let before = era.kanji + (eraYear == 1 ? "元" : digits.write(eraYear)) + "年" + digits.write(month) + "月"
                    #expect(try EraDate.formatMonth(year: year, month: month, digits: digits) == before)
                }
            }
        }
    }
}

/// A short ASCII text: numbers padded to their width, bytes as given.
@Suite struct ShortASCIITests {
    @Test func numbersAndBytes() {
        for n in [0, 1, 9, 10, 99, 100, 12_345, Int.max] {
            for width in [1, 2, 4] {
                let made = ShortASCII.make(capacity: 24) { text in
                    text.put(n, width: width)
                    text.put(ascii: 0x2E)
                }
                #expect(made == String(repeating: "0", count: max(0, width - String(n).count)) + String(n) + ".", "\(n) \(width)")
            }
        }
        #expect(ShortASCII.make(capacity: 22) { $0.put(UInt.max) } == String(UInt.max))
    }
}
