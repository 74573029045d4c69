/// A point in time, to the second, as seconds since 1970-01-01T00:00:00Z.
///
/// Calendar logic is in Japan time (UTC+9, no daylight saving); a time written without an
/// offset is Japan time.
public struct Instant: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var secondsSinceEpoch: Int64

    /// Japan Standard Time's offset from UTC, in seconds.
    public static let japanOffset: Int64 = 9 * 3600

    public init(secondsSinceEpoch: Int64) {
        self.secondsSinceEpoch = secondsSinceEpoch
    }

    /// The instant at `hour:minute:second` Japan time on `date`.
    public init(date: CivilDate, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        let local = Int64(date.dayNumber) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        self.secondsSinceEpoch = local - Self.japanOffset
    }

    /// Seconds since 1970-01-01T00:00:00 on a Japan-time clock.
    public var japanSeconds: Int64 { secondsSinceEpoch + Self.japanOffset }

    /// The Japan-time day number (days since 1970-01-01).
    public var japanDayNumber: Int { Int(Self.floorDiv(japanSeconds, 86_400)) }

    /// The Japan-time date.
    public var japanDate: CivilDate { CivilDate(dayNumber: japanDayNumber) }

    /// Seconds since Japan-time midnight.
    public var japanSecondOfDay: Int { Int(japanSeconds - Int64(japanDayNumber) * 86_400) }

    public func adding(seconds: Int64) -> Instant {
        Instant(secondsSinceEpoch: secondsSinceEpoch + seconds)
    }

    /// `2024-03-01 10:15` (Japan time; seconds shown only when not zero).
    public var japanText: String {
        let s = japanSecondOfDay
        var text = japanDate.iso + " " + CivilDate.pad2(s / 3600) + ":" + CivilDate.pad2(s / 60 % 60)
        if s % 60 != 0 { text += ":" + CivilDate.pad2(s % 60) }
        return text
    }

    /// `2024-03-01T10:15:00+09:00`, the form of XML documents.
    public var iso: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(25)
        writeISO(into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends ``iso``'s 25 bytes (for writers that build bytes, not strings), in quotes when
    /// `quoted` (a JSON string): made in place, appended at once.
    public func writeISO(into bytes: inout [UInt8], quoted: Bool = false) {
        let date = japanDate, s = japanSecondOfDay
        var text: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        let count = withUnsafeMutableBytes(of: &text) { buffer -> Int in
            var i = 0
            func byte(_ value: UInt8) { buffer[i] = value; i += 1 }
            func two(_ value: Int) {
                byte(UInt8(truncatingIfNeeded: 0x30 + value / 10 % 10))
                byte(UInt8(truncatingIfNeeded: 0x30 + value % 10))
            }
            if quoted { byte(0x22) }
            two(date.year / 100); two(date.year); byte(0x2D)
            two(date.month); byte(0x2D)
            two(date.day); byte(0x54)
            two(s / 3600); byte(0x3A)
            two(s / 60 % 60); byte(0x3A)
            two(s % 60)
            for b: UInt8 in [0x2B, 0x30, 0x39, 0x3A, 0x30, 0x30] { byte(b) }
            if quoted { byte(0x22) }
            return i
        }
        withUnsafeBytes(of: &text) { bytes.append(contentsOf: $0.prefix(count)) }
    }

    public var description: String { iso }

    public static func < (lhs: Instant, rhs: Instant) -> Bool {
        lhs.secondsSinceEpoch < rhs.secondsSinceEpoch
    }

    static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }

    /// Reads an ISO 8601 time: `2024-03-01T10:15`, seconds optional, `T` or a space between
    /// date and time, an offset (`Z`, `+09:00`, `+0900`) optional: without one it is Japan time.
    /// With `allowDateOnly`, `2024-03-01` means its Japan-time midnight.
    public init(iso text: String, allowDateOnly: Bool = false) throws(CalendarError) {
        // Short enough to copy cheaply; this runs for every time of a large log.
        let bytes = ContiguousArray(text.utf8)
        func fail() -> CalendarError {
            // Digits or a colon typed in Japanese input mode are the usual cause: say so.
            if text.unicodeScalars.contains(where: { (0xFF10...0xFF1A).contains($0.value) || $0.value == 0x3000 }) {
                return CalendarError(
                    .malformedInstant,
                    japanese: "「\(text)」に全角の数字・「：」・空白が含まれています。日時は半角で書いてください（例: 2024-03-01T10:15）",
                    english: "\"\(text)\" holds full-width digits, colons or spaces (typed in Japanese input mode); write times in ASCII, such as 2024-03-01T10:15"
                )
            }
            return CalendarError(
                .malformedInstant,
                japanese: "「\(text)」は日時として読めません（例: 2024-03-01T10:15、2024-03-01 10:15:30、2024-03-01T10:15+09:00、2024/03/01 10:15、令和6年3月1日 10:15）",
                english: "\"\(text)\" is not a time; expected ISO 8601 such as 2024-03-01T10:15, 2024-03-01 10:15:30 or 2024-03-01T10:15+09:00, or 2024/03/01 10:15, or 令和6年3月1日 10:15"
            )
        }
        if let excel = Self.spreadsheetForm(bytes) {
            self = excel
            return
        }
        guard bytes.count >= 10, let date = Self.date(bytes) else {
            if bytes.count >= 10, CivilDate.digits(bytes[0..<4]) != nil, bytes[4] == 0x2D, bytes[7] == 0x2D {
                throw CalendarError(
                    .invalidDate,
                    japanese: "「\(text)」の日付は存在しません",
                    english: "\"\(text)\": the date does not exist"
                )
            }
            throw fail()
        }
        if bytes.count == 10 {
            guard allowDateOnly else { throw fail() }
            self.init(date: date)
            return
        }
        guard bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "), bytes.count >= 16,
              let hour = CivilDate.digits(bytes[11..<13]), bytes[13] == UInt8(ascii: ":"),
              let minute = CivilDate.digits(bytes[14..<16]), hour < 24, minute < 60
        else { throw fail() }
        var index = 16
        var second = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: ":") {
            guard index + 3 <= bytes.count, let s = CivilDate.digits(bytes[(index + 1)..<(index + 3)]), s < 60 else { throw fail() }
            second = s
            index += 3
        }
        var offset = Self.japanOffset
        if index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "Z"):
                guard index + 1 == bytes.count else { throw fail() }
                offset = 0
            case UInt8(ascii: "+"), UInt8(ascii: "-"):
                let rest = bytes[(index + 1)...]
                let hh: Int?, mm: Int?
                if rest.count == 5, rest[rest.startIndex + 2] == UInt8(ascii: ":") {
                    hh = CivilDate.digits(rest.prefix(2)); mm = CivilDate.digits(rest.suffix(2))
                } else if rest.count == 4 {
                    hh = CivilDate.digits(rest.prefix(2)); mm = CivilDate.digits(rest.suffix(2))
                } else if rest.count == 2 {
                    hh = CivilDate.digits(rest.prefix(2)); mm = 0
                } else {
                    throw fail()
                }
                guard let h = hh, let m = mm, h <= 14, m < 60 else { throw fail() }
                offset = Int64(h * 3600 + m * 60) * (bytes[index] == UInt8(ascii: "-") ? -1 : 1)
            default:
                throw fail()
            }
        }
        let local = Int64(date.dayNumber) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        self.init(secondsSinceEpoch: local - offset)
    }

    /// The usual form of a log's time read straight from its bytes, without a `String`:
    /// `2024-03-01T10:15` or `2024-03-01 10:15:30` (Japan time, no offset), in the years
    /// teishutsu supports. Anything else (an offset, a spreadsheet form, a mistake) is `nil`,
    /// and ``init(iso:allowDateOnly:)`` reads it or says what is wrong: same value either way.
    public static func common(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Instant? {
        let count = end - start
        guard count == 16 || count == 19, start >= 0, end <= bytes.count, let base = bytes.baseAddress else { return nil }
        let p = base + start
        // Every place but the separators is a digit (a letter in the year's last place is not a
        // year): each byte less "0" is under 10, looked at once for all of them.
        var notDigits: UInt8 = 0
        @inline(__always) func digit(_ k: Int) -> Int {
            let value = p[k] &- 48
            notDigits |= value > 9 ? 1 : 0
            return Int(value)
        }
        let separator = p[10]
        guard p[4] == 0x2D, p[7] == 0x2D, separator == 0x54 || separator == 0x20, p[13] == 0x3A else { return nil }
        let year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3)
        let month = digit(5) * 10 + digit(6), day = digit(8) * 10 + digit(9)
        let hour = digit(11) * 10 + digit(12), minute = digit(14) * 10 + digit(15)
        var second = 0
        if count == 19 {
            guard p[16] == 0x3A else { return nil }
            second = digit(17) * 10 + digit(18)
        }
        guard notDigits == 0, NationalHolidays.supportedYears.contains(year), hour < 24, minute < 60, second < 60,
              let date = CivilDate(year: year, month: month, day: day) else { return nil }
        return Instant(date: date, hour: hour, minute: minute, second: second)
    }

    /// `2026/11/18 10:00` or `2026/1/5 9:00:00`, as a spreadsheet writes a time in Japan: the
    /// year, month and day with slashes (one or two digits), a space, hours and minutes (and
    /// seconds); Japan time.
    private static func spreadsheetForm(_ bytes: ContiguousArray<UInt8>) -> Instant? {
        guard bytes.count >= 12, bytes.count <= 19, bytes[4] == UInt8(ascii: "/") else { return nil }
        var fields: [Int] = []
        var current = 0, digits = 0
        let separators: [UInt8] = [UInt8(ascii: "/"), UInt8(ascii: "/"), UInt8(ascii: " "), UInt8(ascii: ":"), UInt8(ascii: ":")]
        for byte in bytes {
            if byte >= 48 && byte <= 57 {
                guard digits < 4 else { return nil }
                current = current * 10 + Int(byte - 48)
                digits += 1
            } else {
                guard digits > 0, fields.count < separators.count, byte == separators[fields.count] else { return nil }
                fields.append(current)
                current = 0
                digits = 0
            }
        }
        guard digits > 0 else { return nil }
        fields.append(current)
        guard fields.count == 5 || fields.count == 6, let date = CivilDate(year: fields[0], month: fields[1], day: fields[2]),
              fields[3] < 24, fields[4] < 60, fields.count == 5 || fields[5] < 60 else { return nil }
        return Instant(date: date, hour: fields[3], minute: fields[4], second: fields.count == 6 ? fields[5] : 0)
    }

    private static func date(_ bytes: ContiguousArray<UInt8>) -> CivilDate? {
        guard let y = CivilDate.digits(bytes[0..<4]), bytes[4] == 0x2D, let m = CivilDate.digits(bytes[5..<7]),
              bytes[7] == 0x2D, let d = CivilDate.digits(bytes[8..<10]) else { return nil }
        return CivilDate(year: y, month: m, day: d)
    }
}

extension Instant {
    /// A time written with a date in any of the forms ``EraDate/parse(_:)`` reads, then a clock
    /// after a space: 令和7年9月30日 23:50, 令和７年９月30日（火） 23:50, R7.9.30 9:05:30,
    /// 2025年9月30日 23時50分 (Japan time); after 日 or a weekday's bracket the space may be left
    /// out (令和７年９月30日（火）９：30). Nil for anything else; a date of a form it reads that is
    /// no day (平成31年5月1日, 2026/4/31) throws what is wrong with it.
    public static func japanese(_ text: String) throws(CalendarError) -> Instant? {
        // A space, 日 or a bracket parts a date from its clock: ISO (2024-03-01T10:15), the usual
        // form of a log, has none and goes its own way at once.
        guard text.unicodeScalars.contains(where: { scalar in
            switch scalar {
            case " ", ")", "\u{3000}", "日", "）": true
            default: false
            }
        }) else { return nil }
        // Full-width digits, colon and space as ASCII.
        let plain = String(String.UnicodeScalarView(text.unicodeScalars.map(\.halfWidth)))
        var parts = plain.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        if parts.count == 1, let cut = Self.clockStart(plain) {
            parts = [String(plain[..<cut]), String(plain[cut...])]
        }
        guard parts.count == 2 else { return nil }
        let date: CivilDate
        do {
            date = try EraDate.parse(parts[0])
        } catch {
            // Not a date of any form: not this kind of time. A date of a known form that is no
            // day: said as such, not as a time of no form.
            if error.code == .malformedDate { return nil }
            throw error
        }
        var clock = parts[1]
        if clock.hasSuffix("分") { clock = String(clock.dropLast()).replacingOccurrences(of: "時", with: ":") }
        if clock.hasSuffix("時") { clock = String(clock.dropLast()) + ":00" }
        let fields = clock.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(fields.count), fields.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isASCII) }),
              let hour = Int(fields[0]), let minute = Int(fields[1]), fields[1].count == 2,
              (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        var second = 0
        if fields.count == 3 {
            guard fields[2].count == 2, let s = Int(fields[2]), (0...59).contains(s) else { return nil }
            second = s
        }
        return Instant(date: date, hour: hour, minute: minute, second: second)
    }

    /// Where a clock begins right after a date with no space: after 日 or after a weekday's
    /// closing bracket, a digit.
    static func clockStart(_ text: String) -> String.Index? {
        // From the last 日 on (a clock holds none; 9時30分 has no 日): one pass, however long the text.
        var index = text.lastIndex(of: "日") ?? text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            if text[index] == "日" || text[index] == ")", next < text.endIndex, text[next].isASCII, text[next].isNumber { return next }
            index = next
        }
        return nil
    }
}
