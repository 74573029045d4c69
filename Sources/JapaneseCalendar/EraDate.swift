/// Writing and reading dates in 和暦 (令和5年1月16日), the form Japanese public documents use.
public enum EraDate {
    /// Writes `date` as 令和5年1月16日 (or 令和元年5月1日), optionally with its weekday: 令和5年1月16日（月）.
    ///
    /// - Throws: ``CalendarError/Code/beforeTaisho`` for dates before 1912-07-30.
    public static func format(_ date: CivilDate, digits: DigitStyle = .half, weekday: Bool = false) throws(CalendarError) -> String {
        // Into bytes, then one string: documents write thousands of dates.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(48)
        try writeMonth(of: date, digits: digits, into: &bytes)
        digits.write(date.day, into: &bytes)
        put(0xE6, 0x97, 0xA5, into: &bytes)  // 日
        if weekday {
            put(0xEF, 0xBC, 0x88, into: &bytes)  // （
            bytes.append(contentsOf: date.weekday.kanji.utf8)
            put(0xEF, 0xBC, 0x89, into: &bytes)  // ）
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Three bytes (a character of the documents' kanji), appended without an array made for them.
    private static func put(_ a: UInt8, _ b: UInt8, _ c: UInt8, into bytes: inout [UInt8]) {
        bytes.append(a)
        bytes.append(b)
        bytes.append(c)
    }

    /// Appends 令和5年1月 (元年 for the first year of an era): the year and month of `date`.
    private static func writeMonth(of date: CivilDate, digits: DigitStyle, into bytes: inout [UInt8]) throws(CalendarError) {
        let era = try era(of: date)
        let year = era.year(of: date)
        bytes.append(contentsOf: era.kanji.utf8)
        if year == 1 { put(0xE5, 0x85, 0x83, into: &bytes) } else { digits.write(year, into: &bytes) }  // 元
        put(0xE5, 0xB9, 0xB4, into: &bytes)  // 年
        digits.write(date.month, into: &bytes)
        put(0xE6, 0x9C, 0x88, into: &bytes)  // 月
    }

    /// Writes the short form R5.1.16 (always half-width; 元年 is 1), optionally with (月).
    public static func formatShort(_ date: CivilDate, weekday: Bool = false) throws(CalendarError) -> String {
        let era = try era(of: date)
        var text = "\(era.letter)\(era.year(of: date)).\(date.month).\(date.day)"
        if weekday { text += "(" + date.weekday.kanji + ")" }
        return text
    }

    /// Writes the month as 令和5年1月 (used for report titles).
    public static func formatMonth(year: Int, month: Int, digits: DigitStyle = .half) throws(CalendarError) -> String {
        guard (1...12).contains(month), let date = CivilDate(year: year, month: month, day: CivilDate.daysInMonth(year: year, month: month)) else {
            throw CalendarError(.beforeTaisho, japanese: "\(year)年\(month)月は和暦で表記できません", english: "\(year)-\(month) cannot be written in 和暦")
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        try writeMonth(of: date, digits: digits, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func era(of date: CivilDate) throws(CalendarError) -> Era {
        guard let era = Era.of(date) else {
            throw CalendarError(
                .beforeTaisho,
                japanese: "\(date.iso) は大正（1912-07-30）より前の日付のため和暦で表記できません",
                english: "\(date.iso) is before 大正 (Taisho, 1912-07-30); this tool writes 和暦 from 大正 onwards"
            )
        }
        return era
    }

    /// Reads a date written in any of the forms the tool writes, or in ISO 8601.
    ///
    /// Accepted: `2023-01-16`, `2023/1/16`, `2023年1月16日`, `令和5年1月16日`, `令和５年１月１６日`,
    /// `令和５年１月16日`, `令和元年5月1日`, `R5.1.16`, each optionally followed by a weekday in
    /// brackets (`（月）` or `(月)`), which must be the date's own.
    public static func parse(_ text: String) throws(CalendarError) -> CivilDate {
        // Most dates are written `2025-04-01`: read from the bytes, as the scanner below would.
        if let (year, month, day) = isoDigits(text) { return try gregorian(year, month, day, text: text) }
        var scanner = Scanner(normalizing: text)
        guard !scanner.atEnd else { throw malformed(text) }

        let date: CivilDate
        if let era = scanner.eraKanji() {
            guard let year = scanner.eraYear(), scanner.take("年"),
                  let month = scanner.number(), scanner.take("月"),
                  let day = scanner.number(), scanner.take("日")
            else { throw malformed(text) }
            date = try resolve(era: era, year: year, month: month, day: day, text: text)
        } else if let era = scanner.eraLetter() {
            guard let year = scanner.eraYear(), scanner.take("."),
                  let month = scanner.number(), scanner.take("."),
                  let day = scanner.number()
            else { throw malformed(text) }
            date = try resolve(era: era, year: year, month: month, day: day, text: text)
        } else if let year = scanner.number(maxDigits: 4) {
            // A year of one to three digits is a 和暦 year without its era (８年６月30日), not
            // the year 8: read as such it would reach the page as 0008-06-30.
            if scanner.position < 4 { throw withoutEra(text) }
            if scanner.take("年") {
                guard let month = scanner.number(), scanner.take("月"),
                      let day = scanner.number(), scanner.take("日")
                else { throw malformed(text) }
                date = try gregorian(year, month, day, text: text)
            } else if let separator = scanner.peek(), separator == "-" || separator == "/" {
                _ = scanner.take(separator)
                guard let month = scanner.number(), scanner.take(separator),
                      let day = scanner.number()
                else { throw malformed(text) }
                date = try gregorian(year, month, day, text: text)
            } else {
                throw malformed(text)
            }
        } else if scanner.startsWithOtherEra() {
            throw CalendarError(
                .beforeTaisho,
                japanese: "「\(text)」: 和暦は大正以降に対応しています",
                english: "\"\(text)\": 和暦 dates are read from 大正 (Taisho, 1912-07-30) onwards"
            )
        } else {
            throw malformed(text)
        }

        if scanner.take("(") {
            guard let kanji = scanner.next(), let written = Weekday(kanji: Character(kanji)), scanner.take(")") else {
                throw malformed(text)
            }
            guard written == date.weekday else {
                throw CalendarError(
                    .wrongWeekday,
                    japanese: "「\(text)」: \(date.iso) は\(date.weekday.japaneseName)で、\(written.japaneseName)ではありません",
                    english: "\"\(text)\": \(date.iso) is a \(date.weekday.englishName) (\(date.weekday.kanji)), not a \(written.englishName) (\(written.kanji))"
                )
            }
        }
        guard scanner.atEnd else { throw malformed(text) }
        return date
    }

    /// Year, month and day of exactly `dddd-dd-dd` or `dddd/dd/dd` in ASCII; nil for anything else.
    private static func isoDigits(_ text: String) -> (Int, Int, Int)? {
        text.utf8.withContiguousStorageIfAvailable { b -> (Int, Int, Int)? in
            guard b.count == 10, b[4] == b[7], b[4] == UInt8(ascii: "-") || b[4] == UInt8(ascii: "/") else { return nil }
            func digits(_ range: Range<Int>) -> Int? {
                var n = 0
                for i in range {
                    let d = b[i] &- UInt8(ascii: "0")
                    guard d < 10 else { return nil }
                    n = n * 10 + Int(d)
                }
                return n
            }
            guard let year = digits(0..<4), let month = digits(5..<7), let day = digits(8..<10) else { return nil }
            return (year, month, day)
        } ?? nil
    }

    private static func gregorian(_ year: Int, _ month: Int, _ day: Int, text: String) throws(CalendarError) -> CivilDate {
        // 0008年 is a 和暦 year padded to four digits, not the year 8 (0900 is simply too early).
        if year < 100 { throw withoutEra(text) }
        guard let date = CivilDate(year: year, month: month, day: day) else { throw invalid(text) }
        // The documents give dates in 和暦, read and written from 大正: an earlier date (1900,
        // a year mistyped) could reach the page only in ISO form.
        if date < Era.taisho.firstDay {
            throw CalendarError(
                .beforeTaisho,
                japanese: "「\(text)」は大正より前の日付です（和暦で書ける大正元年７月30日（1912-07-30）以降の日付にしてください）",
                english: "\"\(text)\" is before 大正 (Taisho): dates are read from 1912-07-30 onwards, which the documents can give in 和暦"
            )
        }
        return date
    }

    private static func resolve(era: Era, year: Int, month: Int, day: Int, text: String) throws(CalendarError) -> CivilDate {
        guard year >= 1, let date = CivilDate(year: era.firstDay.year + year - 1, month: month, day: day) else {
            throw invalid(text)
        }
        if date < era.firstDay {
            let first = (try? format(era.firstDay)) ?? era.firstDay.iso
            throw CalendarError(
                .outsideEra,
                japanese: "「\(text)」は\(era.kanji)の日付ではありません（\(era.kanji)は\(first)（\(era.firstDay.iso)）から）",
                english: "\"\(text)\" is not a date of \(era.kanji) (\(era.romaji)): the era began on \(era.firstDay.iso) (\(first))"
            )
        }
        if let last = era.lastDay, date > last {
            let lastText = (try? format(last)) ?? last.iso
            throw CalendarError(
                .outsideEra,
                japanese: "「\(text)」は\(era.kanji)の日付ではありません（\(era.kanji)は\(lastText)（\(last.iso)）まで）",
                english: "\"\(text)\" is not a date of \(era.kanji) (\(era.romaji)): the era ended on \(last.iso) (\(lastText))"
            )
        }
        return date
    }

    private static func withoutEra(_ text: String) -> CalendarError {
        CalendarError(
            .malformedDate,
            japanese: "「\(text)」の年に元号がありません（令和8年4月1日のように元号を付けるか、2026-04-01 のように西暦を４桁で書いてください）",
            english: "\"\(text)\" has no era for its year: write the era (令和8年4月1日) or the year in four digits (2026-04-01)"
        )
    }

    private static func malformed(_ text: String) -> CalendarError {
        CalendarError(
            .malformedDate,
            japanese: "「\(text)」は日付として読めません（例: 2023-01-16、令和5年1月16日、令和５年１月16日（月）、R5.1.16）",
            english: "\"\(text)\" is not a date; expected e.g. 2023-01-16, 令和5年1月16日, 令和５年１月16日（月） or R5.1.16"
        )
    }

    private static func invalid(_ text: String) -> CalendarError {
        CalendarError(
            .invalidDate,
            japanese: "「\(text)」という日は存在しません",
            english: "\"\(text)\" is not a day of the calendar"
        )
    }
}

/// Reads the normalized scalars of a date: full-width digits and brackets become half-width,
/// spaces vanish. (Scalars, not Characters: each scalar was read on its own anyway, and making
/// a Character of each cost most of the time of reading a date.)
private struct Scanner {
    private var chars: [Unicode.Scalar]
    private var index = 0

    init(normalizing text: String) {
        var chars: [Unicode.Scalar] = []
        chars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let plain = scalar.halfWidth
            if plain == " " || plain == "\t" { continue }
            chars.append(plain)
        }
        self.chars = chars
    }

    var atEnd: Bool { index >= chars.count }
    /// How many characters have been read.
    var position: Int { index }

    func peek() -> Unicode.Scalar? { atEnd ? nil : chars[index] }

    mutating func next() -> Unicode.Scalar? {
        guard let c = peek() else { return nil }
        index += 1
        return c
    }

    mutating func take(_ c: Unicode.Scalar) -> Bool {
        guard peek() == c else { return false }
        index += 1
        return true
    }

    private static func digit(_ c: Unicode.Scalar) -> Int? {
        c.value >= 0x30 && c.value <= 0x39 ? Int(c.value - 0x30) : nil
    }

    mutating func number(maxDigits: Int = 2) -> Int? {
        var value = 0
        var count = 0
        // Digits past the limit are counted, never accumulated: a long run cannot overflow.
        while let c = peek(), let digit = Self.digit(c) {
            if count < maxDigits { value = value * 10 + digit }
            count += 1
            index += 1
        }
        guard count > 0, count <= maxDigits else { return nil }
        return value
    }

    /// An era year: digits or 元.
    mutating func eraYear() -> Int? {
        if take("元") { return 1 }
        return number()
    }

    /// The two scalars from `index`, as a string.
    private func pair() -> String? {
        guard index + 1 < chars.count else { return nil }
        var pair = String.UnicodeScalarView()
        pair.append(chars[index])
        pair.append(chars[index + 1])
        return String(pair)
    }

    mutating func eraKanji() -> Era? {
        guard let pair = pair(), let era = Era(kanji: pair) else { return nil }
        index += 2
        return era
    }

    mutating func eraLetter() -> Era? {
        // Only an ASCII letter: some letters upper-case to more than one character (ﬕ → ՄԻ).
        guard let c = peek(), c.isASCII, c.properties.isAlphabetic,
              let era = Era(letter: Character(Unicode.Scalar(c.value >= 0x61 ? c.value - 0x20 : c.value)!)) else { return nil }
        guard index + 1 < chars.count, Self.digit(chars[index + 1]) != nil || chars[index + 1] == "元" else {
            return nil
        }
        index += 1
        return era
    }

    func startsWithOtherEra() -> Bool {
        guard let prefix = pair() else { return false }
        if ["明治", "慶応", "元治"].contains(prefix) { return true }
        return chars[index] == "M" && chars[index + 1].properties.numericType != nil
    }
}
