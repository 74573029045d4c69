import Foundation
import Testing
@testable import JapaneseCalendar

/// The usual time of a log, read from its bytes, is the time the full reading gives, or nil
/// (then the full reading decides): every one-byte change of the usual forms.
@Suite struct InstantCommonFormTests {
    func common(_ text: String) -> Instant? {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { Instant.common($0, from: 0, to: $0.count) }
    }

    @Test func everyOneByteChangeAgreesWithTheFullReading() throws {
        #expect(common("2024-03-05T10:00")?.iso == "2024-03-05T10:00:00+09:00")
        #expect(common("2024-02-29 23:59:59")?.iso == "2024-02-29T23:59:59+09:00")
        #expect(common("2023-02-29T10:00") == nil)  // not a day
        #expect(common("1954-12-31T10:00") == nil)  // before the supported years
        let replacements: [UInt8] = Array("0123456789-:T /ZaO".utf8) + [0, 0x7F, 0xFF, 0x2F, 0x3A + 1]
        var checked = 0
        for base in ["2024-03-05T10:00", "2024-12-31 23:59:59", "2099-01-01T00:00:00"] {
            let bytes = Array(base.utf8)
            for place in bytes.indices {
                for replacement in replacements {
                    var changed = bytes
                    changed[place] = replacement
                    guard let text = String(validating: changed, as: UTF8.self), let read = common(text) else { continue }
                    #expect(read == (try? Instant(iso: text)), "\(text)")
                    checked += 1
                }
            }
        }
        #expect(checked > 100)
    }

    /// The fast reading takes every time in the usual form, not only agrees when it does: a
    /// day of each month of every seventh year (and the leap days of the years teishutsu
    /// supports), at times across the day, with either separator, with and without seconds.
    @Test func everyUsualTimeIsReadQuickly() throws {
        var checked = 0
        let years = Array(stride(from: 1955, through: 2099, by: 7)) + [1956, 2000, 2024, 2096, 2099]
        for year in years {
            for month in 1...12 {
                let days = CivilDate.daysInMonth(year: year, month: month)
                for day in [1, 9, 10, 19, 28, days] {
                    for (hour, minute, second) in [(0, 0, 0), (9, 5, 7), (12, 30, 59), (23, 59, 58)] {
                        let date = String(format: "%04d-%02d-%02d", year, month, day)
                        for text in [date + String(format: "T%02d:%02d", hour, minute), date + String(format: " %02d:%02d:%02d", hour, minute, second)] {
                            let read = common(text)
                            #expect(read != nil && read == (try? Instant(iso: text)), "\(text)")
                            checked += 1
                        }
                    }
                }
            }
        }
        #expect(checked > 10_000)
    }
}
