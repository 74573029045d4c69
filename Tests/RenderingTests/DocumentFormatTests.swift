import DocumentModel
import Foundation
import JapaneseCalendar
import Testing
import TestSupport
@testable import Rendering

/// How the documents write numbers, times and sentences (JAPANESE-STYLE.md), worked out by hand.
@Suite struct DocumentFormatTests {
    let mixed = DocumentFormat(digits: .mixed)
    let half = DocumentFormat(digits: .half)
    let full = DocumentFormat(digits: .full)

    func t(_ iso: String) -> Instant { LogRows.time(iso) }

    /// A telephone number is written in half-width digits and hyphens whatever it was typed in,
    /// in every digit style (as clocks are); a dash that is not between digits stays.
    @Test func phoneNumbersAreWrittenAsTheyAreDialled() {
        for digits in [DigitStyle.mixed, .full, .half] {
            let format = DocumentFormat(digits: digits)
            #expect(format.phone("０８６－２２４－２１１１") == "086-224-2111")
            #expect(format.phone("086-224-2199") == "086-224-2199")
            #expect(format.phone("０１２０‐１２３‐４５６（コールセンター）") == "0120-123-456（コールセンター）")
            #expect(format.phone("０３ー１２３４ー５６７８") == "03-1234-5678")
            #expect(format.phone(nil) == nil)
        }
    }

    @Test func numbersFollowTheDigitStyle() {
        // Mixed: one digit full-width, more half-width; a comma every three digits.
        #expect(mixed.count(3, "回") == "３回")
        #expect(mixed.count(48, "時間") == "48時間")
        #expect(mixed.count(1977, "件") == "1,977件")
        #expect(mixed.minutes(44_640) == "44,640分")
        #expect(mixed.percent("99.8") == "99.8％")
        #expect(mixed.percent("5") == "５％")
        #expect(half.count(3, "回") == "3回")
        #expect(full.count(1977, "件") == "１，９７７件")
        #expect(full.percent("99.13") == "９９．１３％")
        #expect(mixed.decimal("1832") == "1,832")
    }

    /// Full-width digits, commas and points, written as bytes, read as each character mapped on
    /// its own would: for every ASCII character, and around Japanese, a ％ and a digit already full-width.
    @Test func fullWidthMapsEachCharacter() {
        func byCharacter(_ text: String) -> String {
            String(String.UnicodeScalarView(text.unicodeScalars.map { s in
                switch s.value {
                case 0x30...0x39: Unicode.Scalar(s.value - 0x30 + 0xFF10)!
                case 0x2C: "，"
                case 0x2E: "．"
                default: s
                }
            }))
        }
        let ascii = String(String.UnicodeScalarView((0x20...0x7E).map { Unicode.Scalar($0)! }))
        for text in [ascii, "", "令和7年9月9日", "1,977件（99.8％）", "５と5", "𠮷1.2"] {
            #expect(DocumentFormat.fullWidth(text) == byCharacter(text), "\(text)")
        }
        #expect(full.text("第2条の1,234件、10:15") == "第２条の１，２３４件、10:15")
    }

    /// `text(_:)` works on bytes; it agrees with the same rule worked a scalar at a time, on
    /// texts made of digits of both widths, separators, clocks, kept values and other words.
    @Test func textAgreesWithItsRuleWorkedByScalar() {
        func reference(_ format: DocumentFormat, _ source: String) -> String {
            let scalars = Array(source.unicodeScalars)
            func digit(_ s: Unicode.Scalar) -> UInt32? {
                switch s.value {
                case 0x30...0x39: s.value - 0x30
                case 0xFF10...0xFF19: s.value - 0xFF10
                default: nil
                }
            }
            func isSeparator(_ s: Unicode.Scalar) -> Bool { s == "," || s == "." || s == "，" || s == "．" }
            var out = String.UnicodeScalarView()
            var i = 0
            while i < scalars.count {
                if scalars[i] == "\u{E000}" {
                    i += 1
                    while i < scalars.count && scalars[i] != "\u{E001}" { out.append(scalars[i]); i += 1 }
                    i += 1
                    continue
                }
                guard digit(scalars[i]) != nil else { out.append(scalars[i]); i += 1; continue }
                var j = i
                var run = ""
                while j < scalars.count {
                    if let d = digit(scalars[j]) { run += String(d); j += 1; continue }
                    if isSeparator(scalars[j]), j + 1 < scalars.count, digit(scalars[j + 1]) != nil {
                        run += scalars[j] == "," || scalars[j] == "，" ? "," : "."
                        j += 1
                        continue
                    }
                    break
                }
                let isClock = (j < scalars.count && scalars[j] == ":" && j + 1 < scalars.count && digit(scalars[j + 1]) != nil)
                    || (i > 0 && scalars[i - 1] == ":" && i > 1 && digit(scalars[i - 2]) != nil)
                out.append(contentsOf: (isClock ? run : format.styled(run)).unicodeScalars)
                i = j
            }
            return String(out)
        }
        let pieces = ["1", "23", "０", "９", "4", "9", "0", "5678", "/", ";", "@", ",", ".", "，", "．", ":", "：", "件", "令和", "a", "𠮷", " ",
                      "\u{E000}", "\u{E001}", "\u{E000}7\u{E001}", "\u{E002}", "\u{F000}", "ｺ"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33)
        }
        // Short texts, and long ones (read eight bytes at a time, a digit or a mark at every place
        // of a word).
        for length in Array(repeating: 12, count: 3_000) + Array(repeating: 48, count: 1_000) {
            let text = (0..<(next() % length)).map { _ in pieces[next() % pieces.count] }.joined()
            for format in [mixed, half, full] {
                #expect(format.text(text) == reference(format, text), "\(text)")
            }
        }
    }

    /// A percentage from hundredths reads as the same percentage written as text, in every style;
    /// grouping by threes agrees with a count of digits from the right.
    @Test func percentagesFromHundredthsAndGroupingAgreeWithTheTextForms() {
        for format in [mixed, half, full] {
            for hundredths in 0...10_000 {
                let text = "\(hundredths / 100)." + (hundredths % 100 < 10 ? "0" : "") + "\(hundredths % 100)"
                #expect(format.percent(hundredths: hundredths) == format.percent(text))
            }
        }
        func reference(_ n: Int) -> String {
            let digits = Array(String(n.magnitude))
            var out = ""
            for (i, c) in digits.enumerated() {
                if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
                out.append(c)
            }
            return (n < 0 ? "-" : "") + out
        }
        for n in [0, 7, -7, 999, -999, 1_000, -1_000, 12_345, 999_999, 1_000_000, -1_234_567, Int.max, Int.min + 1] {
            #expect(Digits.grouped(n) == reference(n))
        }
        // The text of hundredths (a percentage in the figures, a tick of the chart).
        for hundredths in 0...10_000 {
            #expect(Digits.hundredths(hundredths) == "\(hundredths / 100)." + (hundredths % 100 < 10 ? "0" : "") + "\(hundredths % 100)")
        }
        #expect(Digits.hundredths(5) == "0.05")
        #expect(mixed.percent(hundredths: 9_997) == "99.97％")
        #expect(full.percent(hundredths: 10_000) == "１００．００％")
    }

    @Test func durationsReadAsPeopleSayThem() {
        #expect(mixed.duration(minutes: 45) == "45分")
        #expect(mixed.duration(minutes: 5) == "５分")
        #expect(mixed.duration(minutes: 335) == "５時間35分")
        #expect(mixed.duration(minutes: 360) == "６時間")
        #expect(mixed.duration(minutes: 2040) == "34時間")
        #expect(mixed.duration(minutes: 3360) == "56時間")
    }

    @Test func spansNameTheDayOnce() {
        // Within one day.
        #expect(mixed.span(t("2025-08-19T02:10"), t("2025-08-19T07:45")) == "令和７年８月19日 2:10〜7:45")
        // Ending at midnight: 24:00 of the day.
        #expect(mixed.span(t("2025-08-19T22:00"), t("2025-08-20T00:00")) == "令和７年８月19日 22:00〜24:00")
        // Across days, and across the year's end: in full.
        #expect(mixed.span(t("2025-08-19T22:00"), t("2025-08-20T01:30")) == "令和７年８月19日 22:00〜令和７年８月20日 1:30")
        #expect(mixed.span(t("2025-12-31T23:00"), t("2026-01-01T02:00")) == "令和７年12月31日 23:00〜令和８年１月１日 2:00")
        // Seconds are written only when there are some.
        #expect(mixed.dateTime(t("2025-08-19T02:10:30")) == "令和７年８月19日 2:10:30")
        // A count that ends at a month's end ends at 24:00 of its last day, across the year's end too.
        #expect(mixed.dateTimeUntil(t("2026-04-01T00:00")) == "令和８年３月31日 24:00")
        #expect(mixed.dateTimeUntil(t("2026-01-01T00:00")) == "令和７年12月31日 24:00")
        #expect(mixed.dateTimeUntil(t("2026-04-10T09:30")) == "令和８年４月10日 9:30")
    }

    @Test func sentencesFollowTheRegister() {
        #expect(DocumentFormat(register: .dearu).say("報告する。", "報告します。") == "報告する。")
        #expect(DocumentFormat(register: .desuMasu).say("報告する。", "報告します。") == "報告します。")
        #expect(mixed.judgement(true) == "達成")
        #expect(mixed.judgement(false) == "【未達成】")
    }

    @Test func namesDoNotBreakInside() {
        #expect(mixed.name("佐藤 直樹") == "佐藤\u{00A0}直樹")
        #expect(mixed.name("佐藤　直樹") == "佐藤\u{00A0}直樹")
    }

    @Test func aRunningHeaderCannotLeaveItsCSSString() {
        // Quotes, backslashes and </style> become hex escapes; Japanese and letters stay.
        #expect(CSSString.escape("報告書\"</style>") == "報告書\\22 \\3c \\2f style\\3e ")
        #expect(CSSString.escape("A4 報告") == "A4 報告")
    }
}

/// Chart coordinates: one decimal place, as the old arithmetic wrote them, the sign kept below 1.
@Suite struct ChartDecimalTests {
    @Test func oneDecimalPlace() {
        let cases: [(Double, String)] = [(0, "0.0"), (12.5, "12.5"), (12.54, "12.5"), (12.55, "12.6"), (196, "196.0"), (0.04, "0.0"),
                                         (-0.5, "-0.5"), (-0.04, "0.0"), (-12.25, "-12.3"), (680.0 / 31, "21.9"), (1e15, "1000000000000000.0")]
        for (value, text) in cases {
            #expect(GanttChart.decimal(value) == text, "\(value)")
        }
        // Away from zero, as String(Int) wrote them.
        for tenths in stride(from: -2_000, through: 20_000, by: 7) where tenths <= -10 || tenths >= 0 {
            let value = Double(tenths) / 10
            #expect(GanttChart.decimal(value) == String(tenths / 10) + "." + String(abs(tenths % 10)), "\(value)")
        }
    }
}

/// The rows of a plan's change table: a period whose start and end both changed is one row.
@Suite struct ChangeRowTests {
    let format = DocumentFormat(digits: .mixed)

    func change(_ labels: [String], _ old: String, _ new: String) -> ValueChange {
        let span = SourceSpan(file: "plan.yaml", line: 1, column: 1)
        let value = { (iso: String) in Value(.date(CivilDate(iso: iso)!), span: span) }
        return ValueDiff.changes(value(old), value(new), path: labels.joined(separator: "."), labels: labels)[0]
    }

    @Test func aPeriodWhoseEndsBothChangedIsOneRow() {
        let rows = ChangeWording.rows([
            change(["「ISMAP」", "有効期間（開始日）"], "2022-09-01", "2024-09-01"),
            change(["「ISMAP」", "有効期間（終了日）"], "2024-08-31", "2028-08-31"),
            change(["「W7」", "開始日"], "2025-10-01", "2025-11-01"),
            change(["「W7」", "終了日"], "2026-03-31", "2026-02-28"),
            // One end alone, or the ends of two items: a row each, as they are.
            change(["「W8」", "終了日"], "2026-03-31", "2026-02-28"),
            change(["「W9」", "開始日"], "2025-10-01", "2025-11-01"),
            change(["「W8」", "終了日"], "2026-03-31", "2026-02-28"),
        ], part: nil, format: format)
        #expect(rows.map(\.subject) == ["「ISMAP」の有効期間", "「W7」の期間", "「W8」の終了日", "「W9」の開始日", "「W8」の終了日"])
        #expect(rows[0].old == "令和４年９月１日〜令和６年８月31日" && rows[0].new == "令和６年９月１日〜令和10年８月31日")
        #expect(rows[1].old == "令和７年10月１日〜令和８年３月31日" && rows[1].new == "令和７年11月１日〜令和８年２月28日")
        #expect(rows[2].old == "令和８年３月31日" && rows[2].new == "令和８年２月28日")
    }
}

/// The schedule chart's axis: the year where it changes, the month beside each line.
@Suite struct GanttAxisTests {
    func months(_ isos: [String]) -> [CivilDate] { isos.map { CivilDate(iso: $0)! } }

    @Test func theYearIsWrittenWhereItChanges() {
        let labels = GanttChart.axisLabels(months(["2023-01-01", "2023-04-01", "2023-10-01", "2024-01-01", "2024-04-01"]),
                                           format: DocumentFormat(digits: .mixed))
        #expect(labels.map(\.year) == ["令和５年", nil, nil, "令和６年", nil])
        #expect(labels.map(\.month) == ["１月", "４月", "10月", "１月", "４月"])
        let full = GanttChart.axisLabels(months(["2030-10-01", "2031-01-01"]), format: DocumentFormat(digits: .full))
        #expect(full.map(\.year) == ["令和１２年", "令和１３年"])
        #expect(full.map(\.month) == ["１０月", "１月"])
    }

    /// A row's label fits the room left of the chart on one line, else on two, broken after a
    /// 、・ or space that leaves the first line at least half full, else where it is full; a
    /// second line still too long is cut with ….
    @Test func aLongLabelTakesTwoLines() {
        #expect(GanttChart.labelLines("W1 実施計画書の作成・提出") == ["W1 実施計画書の作成・提出"])
        #expect(GanttChart.labelLines("W7 次期システムへのデータ移行支援・データ消去") == ["W7 次期システムへのデータ移行支援・", "データ消去"])
        // No place to break after the first half: where the first line is full (20 characters of 10 in 202).
        let plain = "W8 " + String(repeating: "あ", count: 25)
        #expect(GanttChart.labelLines(plain) == ["W8 " + String(repeating: "あ", count: 18), String(repeating: "あ", count: 7)])
        // A break too early (W9 ・) is not taken.
        let early = "W9 あ・" + String(repeating: "い", count: 30)
        let lines = GanttChart.labelLines(early)
        #expect(lines.count == 2 && lines[0] == "W9 あ・" + String(repeating: "い", count: 16))
        // Longer than two lines: the second ends with ….
        let long = GanttChart.labelLines("W10 " + String(repeating: "う", count: 60))
        #expect(long.count == 2 && long[1].hasSuffix("…") && long.allSatisfy { GanttChart.labelWidth($0) <= GanttChart.labelRoom })
    }

    /// The axis of a schedule from `first` for `count` months, as the chart places it.
    func axis(from first: String, months count: Int, digits: DigitStyle) -> [GanttChart.Tick] {
        var months: [CivilDate] = []
        var cursor = CivilDate(iso: first)!
        for _ in 0..<count {
            months.append(cursor)
            cursor = cursor.month == 12 ? CivilDate(year: cursor.year + 1, month: 1, day: 1)! : CivilDate(year: cursor.year, month: cursor.month + 1, day: 1)!
        }
        let total = Double(months[0].days(to: cursor))
        return GanttChart.axis(months, x: { Double(GanttChart.chartX) + Double(months[0].days(to: $0)) / total * Double(GanttChart.chartWidth) },
                               format: DocumentFormat(digits: digits))
    }

    /// No label runs into the next one of its row, none past the chart's right edge, and every
    /// year written stands on a line.
    func expectReadable(_ ticks: [GanttChart.Tick], _ what: String) {
        // The first year, written before its line, ends there and leaves the chart's left edge alone.
        if let first = ticks.first, first.yearBefore, let year = first.year {
            #expect(first.x - 3 - GanttChart.labelWidth(year) >= 0, "\(what)")
        }
        for row in [\GanttChart.Tick.month, \GanttChart.Tick.year] {
            let labeled = ticks.filter { $0[keyPath: row] != nil && !(row == \GanttChart.Tick.year && $0.yearBefore) }
            for (a, b) in zip(labeled, labeled.dropFirst()) {
                #expect(a.x + GanttChart.labelWidth(a[keyPath: row]!) < b.x, "\(what): \(a[keyPath: row]!) runs into \(b[keyPath: row]!)")
            }
            for tick in labeled {
                #expect(tick.x + 2 + GanttChart.labelWidth(tick[keyPath: row]!) <= Double(GanttChart.width), "\(what): \(tick[keyPath: row]!) is cut off")
            }
        }
    }

    @Test func labelsNeverOverlapNorLeaveTheChart() {
        // Twelve years from the era change: yearly lines would be 38 units apart, 令和10年 is 41 wide.
        let long = axis(from: "2019-04-01", months: 144, digits: .mixed)
        expectReadable(long, "2019-04, 144 months")
        #expect(long.compactMap(\.year).first == "平成31年")
        #expect(long.count < 12, "every other year at most: \(long.map(\.date.iso))")
        // Full-width digits make every label wider.
        expectReadable(axis(from: "2016-04-01", months: 154, digits: .full), "2016-04, full")
        // A quarter's line near the right edge: its １０月 would be cut, so it has none.
        let edge = axis(from: "2023-04-01", months: 31, digits: .full)
        expectReadable(edge, "2023-04, 31 months, full")
        #expect(edge.last?.month == nil)
        // Every span from one month to twenty years, in each digit style.
        for digits in [DigitStyle.half, .mixed, .full] {
            for count in stride(from: 1, through: 240, by: 7) {
                expectReadable(axis(from: "2024-10-01", months: count, digits: digits), "\(count) months, \(digits)")
            }
        }
        // From December: the first year is written before its line rather than left out, so
        // that １２月 is not read as the next year's.
        let december = axis(from: "2025-12-01", months: 13, digits: .mixed)
        expectReadable(december, "2025-12, 13 months")
        #expect(december.first?.year == "令和７年" && december.first?.yearBefore == true)
        #expect(december.compactMap(\.year) == ["令和７年", "令和８年"])
        // A short schedule: every month has its line and label.
        let short = axis(from: "2025-01-01", months: 6, digits: .mixed)
        #expect(short.map(\.month) == ["１月", "２月", "３月", "４月", "５月", "６月"])
        #expect(short.map(\.year) == ["令和７年", nil, nil, nil, nil, nil])
    }

    @Test func anEraThatChangesInTheYear() {
        // Heisei ends on 30 April 2019: May is 令和元年, a new year on the axis.
        let labels = GanttChart.axisLabels(months(["2019-03-01", "2019-04-01", "2019-05-01", "2019-06-01"]), format: DocumentFormat(digits: .half))
        #expect(labels.map(\.year) == ["平成31年", nil, "令和元年", nil])
        #expect(labels.map(\.month) == ["3月", "4月", "5月", "6月"])
    }
}

/// The table of a view's names: every name found at its place, others not, as a dictionary would.
@Suite struct NameIndexTests {
    @Test func findsEveryNameAndNoOther() {
        for count in [0, 1, 2, 7, 8, 9, 64, 300] {
            let names = (0..<count).map { i in ["n\(i)", "名前\(i)", "a_rather_long_name_of_a_view_value_\(i)"][i % 3] }
            let index = NameIndex(names)
            for (place, name) in names.enumerated() { #expect(index.index(name) == place) }
            for other in ["", "n", "名前", "x\(count)", "n\(count + 3)", "a_rather_long_name_of_a_view_value_"] where !names.contains(other) {
                #expect(index.index(other) == nil, "\(other)")
            }
        }
        // The first of equal names keeps its place; a name written another way (NFC) is the same String.
        let index = NameIndex(["b", "a", "b", "\u{304C}"])
        #expect(index.index("b") == 0 && index.index("a") == 1)
        #expect(index.index("\u{304B}\u{3099}") == 3 && index.index("\u{304C}") == 3)
    }
}

/// Dates kept whole on the page: spans in HTML text only, with the brackets around them.
@Suite struct DateSpanTests {
    func spans(_ text: String) -> String {
        var out: [UInt8] = []
        DateSpans.escape(text, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    @Test func datesAndTheirBracketsAreWrapped() {
        #expect(spans("完了（令和７年10月21日）") == #"完了<span class="nowrap">（令和７年10月21日）</span>"#)
        #expect(spans("令和５年11月14日、令和６年11月12日") == #"<span class="nowrap">令和５年11月14日、</span><span class="nowrap">令和６年11月12日</span>"#)
        #expect(spans("令和７年８月19日 2:10〜7:45") == #"<span class="nowrap">令和７年８月19日 2:10</span>〜7:45"#)
        #expect(spans("令和元年５月１日（水）に") == #"<span class="nowrap">令和元年５月１日（水）</span>に"#)
        #expect(spans("令和７年度の報告") == #"<span class="nowrap">令和７年度</span>の報告"#)
        #expect(spans("年度報告（令和７年度）") == #"年度報告<span class="nowrap">（令和７年度）</span>"#)
        #expect(spans("a&b 令和７年８月19日 2:10<x>") == #"a&amp;b <span class="nowrap">令和７年８月19日 2:10</span>&lt;x&gt;"#)
        #expect(spans("令和７年８月分の未達成") == #"<span class="nowrap">令和７年８月</span>分の未達成"#)
        // Not a date: left as it is, and escaped.
        #expect(spans("令和の時代 <b>") == "令和の時代 &lt;b&gt;")
        #expect(spans("平成") == "平成")
        #expect(spans("a < b & 大正") == "a &lt; b &amp; 大正")
        #expect(spans("") == "")
    }

    /// An identifier inside a text (RQ-2025-02) is kept whole, with its brackets: a line may
    /// break at a hyphen. One that is the whole value is left to its cell; words are not identifiers.
    @Test func identifiersInATextAreKeptWhole() {
        #expect(spans("改善要求（RQ-2025-02）") == #"改善要求<span class="nowrap">（RQ-2025-02）</span>"#)
        #expect(spans("KZ-RQ-2025-02-1 を完了した。") == #"<span class="nowrap">KZ-RQ-2025-02-1</span> を完了した。"#)
        #expect(spans("障害（INC-2025-004）について") == #"障害<span class="nowrap">（INC-2025-004）</span>について"#)
        #expect(spans("RQ-2025-02") == "RQ-2025-02")
        // No digit, lowercase, no hyphen, a hyphen at an edge, part of a longer word, too long: as they are.
        for text in ["ISO-IEC の規格", "Wi-Fi の設定", "RQ2025 の件", "RQ- 2025", "-RQ-1 の件", "RQ-1- の件", "xRQ-1 の件", "RQ-1x の件",
                     "A-" + String(repeating: "1", count: 40) + " の件"] {
            #expect(spans(text) == text, "\(text)")
        }
        #expect(spans("a<RQ-1>&") == #"a&lt;<span class="nowrap">RQ-1</span>&gt;&amp;"#)
        // Part of a file name, an address, a path or a version: as it is. A full stop ending a sentence is not.
        for text in ["資料A-1.pdf を参照", "問合せは OPS-24@EXAMPLE.JP へ", "https://EXAMPLE.JP/DOC-2025-01/index.html", "TLS-1.2 以上", "x/RQ-1 の件"] {
            #expect(spans(text) == text, "\(text)")
        }
        #expect(spans("完了は RQ-1. 以上") == #"完了は <span class="nowrap">RQ-1</span>. 以上"#)
    }

    /// The lines of a free text that are items ((1) …, ア …, ・…) get spans of their own, so that
    /// their wrapped lines stand under their words; each keeps its line break.
    @Test func itemLinesOfAFreeText() {
        func item(_ mark: String, _ words: String) -> String {
            #"<span class="item"><span class="mark">"# + mark + #"</span><span>"# + words + "</span></span>"
        }
        #expect(spans("(1) 検知した者は連絡する。\n(2) 当番は判断する。") == item("(1) ", "検知した者は連絡する。\n") + item("(2) ", "当番は判断する。"))
        // The words before and between items stay as they are; dates inside an item keep their spans.
        #expect(spans("次による。\n（１）令和７年８月１日に開始\n以上") ==
                "次による。\n" + item("（１）", #"<span class="nowrap">令和７年８月１日</span>に開始"# + "\n") + "以上")
        // Numbers, katakana, circled numbers and bullets, a sub-item's indent with its mark; & escaped.
        #expect(spans("1 件数\n2　対応\n3. 範囲\n4) 期限\n　ア　甲＆乙\n（イ）確認\n① 記録\n・保管\n※ 注") ==
                "1 件数\n" + item("2　", "対応\n") + item("3. ", "範囲\n") + item("4) ", "期限\n") + item("　ア　", "甲＆乙\n")
                + item("（イ）", "確認\n") + item("① ", "記録\n") + item("・", "保管\n") + item("※ ", "注"))
        #expect(spans("a\n・<b> & c") == "a\n" + item("・", "&lt;b&gt; &amp; c"))
        // Not items: a number that goes on or is referred to, a word, a mark with nothing after it.
        for text in ["2.5時間\n1、2回目", "（1）の内容\n1.〜3.の各項目", "アクセス\nアイコン", "24 時間\n100 件", "(1)\n・ ", "(A) x\n第1 総則"] {
            #expect(spans(text) == text.replacingOccurrences(of: "<", with: "&lt;"), "\(text)")
        }
        // One line: no item (a value inside a sentence or a cell is not a list).
        #expect(spans("(1) 検知した者") == "(1) 検知した者")
    }

    @Test func onlyValuesInHTMLTextMayHoldMarkup() {
        func context(_ html: String) -> Bool {
            var context = HTMLContext()
            context.consume(html)
            return context.allowsMarkup
        }
        #expect(context("<p>"))
        #expect(context("<td class=\"a\">"))
        #expect(!context("<td title=\""))
        #expect(!context("<td title='x>y' data-x=\""))
        #expect(!context("<title>"))
        #expect(context("<title>x</title><p>"))
        #expect(!context("<style>p { content: \""))
        #expect(context("<style>a</style ><p>"))
        #expect(!context("<svg viewBox=\"0 0 1 1\"><text>"))
        #expect(context("<svg><g><title>x</title></g></svg><p>"))
        #expect(!context("<!-- <p>"))
        #expect(context("<!-- x --><p>"))
        #expect(context("<!DOCTYPE html><p>"))
        #expect(!context("<p"))
        // Unquoted values: a quote or a slash in one is part of it.
        #expect(!context("<p title=a\"b class=\"c>"))
        #expect(context("<p title=a\"b>"))
        #expect(!context("<svg width=10/>"))
        // Only a script's own end tag ends it; more raw-text elements.
        #expect(!context("<script></scripts>"))
        #expect(context("<script>x</script><p>"))
        #expect(context("<script>x</SCRIPT ><p>"))
        for element in ["xmp", "iframe", "noembed", "noframes", "noscript", "plaintext"] { #expect(!context("<\(element)>"), "\(element)") }
    }

    @Test func aSectionThatLeavesTheHTMLElsewhereStopsTheSpans() {
        var context = HTMLContext()
        context.consume("<p title=\"")
        let start = context
        context.consume("\"")
        context.sectionEnded(startedAs: start)
        context.consume(">")
        #expect(!context.allowsMarkup)
        var balanced = HTMLContext()
        balanced.consume("<td>")
        let before = balanced
        balanced.consume("<span class=\"x\">a</span>")
        balanced.sectionEnded(startedAs: before)
        #expect(balanced.allowsMarkup)
    }
}
