import Foundation
import Testing
@testable import JapaneseCalendar

/// The official list (内閣府 syukujitsu.csv, 1955–2027) against the rule-computed holidays.
@Suite struct NationalHolidaysTests {
    struct OfficialRow { let date: CivilDate; let name: String }

    static let official: [OfficialRow] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/syukujitsu.csv")
        let text = try! String(contentsOf: url, encoding: .utf8)
        return text.split(whereSeparator: \.isNewline).dropFirst().map { line in
            let fields = line.split(separator: ",")
            let parts = fields[0].split(separator: "/").map { Int($0)! }
            return OfficialRow(date: CivilDate(year: parts[0], month: parts[1], day: parts[2])!, name: String(fields[1]))
        }
    }()

    /// The list labels a few days with annotations rather than the law's names.
    static let officialAnnotations: [String: String] = [
        "2019-05-01": "天皇の即位の日",   // listed as 休日（祝日扱い）
        "2019-10-22": "即位礼正殿の儀",   // listed as 休日（祝日扱い）
        "2019-10-14": "体育の日",         // listed as 体育の日（スポーツの日）: renamed from 2020
    ]

    @Test func officialListHasItsDocumentedShape() {
        #expect(Self.official.count == 1067)
        #expect(Self.official.first!.date.iso == "1955-01-01")
        #expect(Self.official.last!.date.iso == "2027-11-23")
    }

    @Test func everyOfficialDayIsComputedAndNothingElse() throws {
        let lastOfficial = Self.official.last!.date
        var computed: [CivilDate: Holiday] = [:]
        for year in 1955...2027 {
            for holiday in try NationalHolidays.holidays(in: year) where holiday.date <= lastOfficial {
                computed[holiday.date] = holiday
            }
        }
        let officialDates = Set(Self.official.map(\.date))
        let missing = officialDates.subtracting(computed.keys).sorted()
        let extra = Set(computed.keys).subtracting(officialDates).sorted()
        #expect(missing.isEmpty, "official holidays not computed: \(missing)")
        #expect(extra.isEmpty, "computed days not in the official list: \(extra)")

        var mismatched: [String] = []
        for row in Self.official {
            guard let holiday = computed[row.date] else { continue }
            if row.name == "休日" {
                if holiday.kind != .substitute && holiday.kind != .citizens {
                    mismatched.append("\(row.date): 休日 computed as \(holiday.name)")
                }
            } else if let lawName = Self.officialAnnotations[row.date.iso] {
                if holiday.name != lawName { mismatched.append("\(row.date): expected \(lawName), got \(holiday.name)") }
            } else if holiday.name != row.name {
                mismatched.append("\(row.date): expected \(row.name), got \(holiday.name)")
            }
        }
        #expect(mismatched.isEmpty, "\(mismatched)")
    }

    @Test func substituteAndCitizensDaysAreNamedByTheirRule() throws {
        let cases: [(String, String, Holiday.Kind)] = [
            ("1973-04-30", "振替休日", .substitute),   // first 振替休日: 4/29 was a Sunday
            ("1988-05-04", "国民の休日", .citizens),    // first 国民の休日
            ("1998-05-04", "振替休日", .substitute),   // 5/3 Sunday, before 2007: the next day
            ("2008-05-06", "振替休日", .substitute),   // 5/4 Sunday, from 2007: the nearest non-holiday
            ("2009-09-22", "国民の休日", .citizens),    // between 敬老の日 and 秋分の日
            ("2019-04-30", "国民の休日", .citizens),    // between 昭和の日 and 天皇の即位の日
            ("2019-05-02", "国民の休日", .citizens),
            ("2019-05-06", "振替休日", .substitute),
            ("2021-08-09", "振替休日", .substitute),   // 山の日 moved to Sunday 8/8
        ]
        for (iso, name, kind) in cases {
            let holiday = NationalHolidays.holiday(on: CivilDate(iso: iso)!)
            #expect(holiday?.name == name, "\(iso)")
            #expect(holiday?.kind == kind, "\(iso)")
        }
        // 1986-05-04 was a Sunday between two holidays: excluded before 2007.
        #expect(NationalHolidays.holiday(on: CivilDate(iso: "1986-05-04")!) == nil)
        // No 天皇誕生日 in 2019.
        #expect(try NationalHolidays.holidays(in: 2019).allSatisfy { $0.name != "天皇誕生日" })
    }

    @Test func yearsOutsideTheRulesAreRefused() {
        #expect(throws: CalendarError.self) { try NationalHolidays.holidays(in: 1954) }
        #expect(throws: CalendarError.self) { try NationalHolidays.holidays(in: 2100) }
        #expect((try? NationalHolidays.holidays(in: 2099))?.isEmpty == false)
    }

    @Test func futureYearsFollowTheRules() throws {
        // Worked out by hand from the law: 2030 has 春分の日 3/20 and 秋分の日 9/23;
        // 2033: 9/18 is 敬老の日 (3rd Monday), 9/23 秋分の日 (Friday); 2037: 9/21 敬老の日,
        // 9/22 国民の休日, 9/23 秋分の日.
        let names = { (year: Int) in
            Dictionary(uniqueKeysWithValues: try NationalHolidays.holidays(in: year).map { ($0.date.iso, $0.name) })
        }
        let y2030 = try names(2030)
        #expect(y2030["2030-03-20"] == "春分の日")
        #expect(y2030["2030-09-23"] == "秋分の日")
        let y2037 = try names(2037)
        #expect(y2037["2037-09-21"] == "敬老の日")
        #expect(y2037["2037-09-22"] == "国民の休日")
        #expect(y2037["2037-09-23"] == "秋分の日")
        // 2099: 2/23 Monday, 5/3 Sunday → 5/6 振替休日.
        let y2099 = try names(2099)
        #expect(y2099["2099-05-06"] == "振替休日")
    }
}

@Suite struct EquinoxTests {
    /// The simplified formula published for 1980–2099 (e.g. in 海上保安庁 tables), as an
    /// independent check of the astronomical computation.
    static func simplified(_ season: Equinox.Season, year: Int) -> Int {
        let base = season == .march ? 20.8431 : 23.2488
        let value = base + 0.242194 * Double(year - 1980) - Double((year - 1980) / 4)
        return Int(value.rounded(.down))
    }

    @Test func astronomicalDatesAgreeWithTheSimplifiedFormula() {
        for year in 1980...2099 {
            #expect(Equinox.date(.march, year: year).day == Self.simplified(.march, year: year), "\(year) March")
            #expect(Equinox.date(.september, year: year).day == Self.simplified(.september, year: year), "\(year) September")
        }
    }
}
