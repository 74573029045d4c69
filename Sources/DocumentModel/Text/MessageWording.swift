import JapaneseCalendar

/// How messages to the user write dates and counts: Japanese messages in 和暦, in the
/// contract's digit style (令和５年１月16日), English ones in ISO (2023-01-16), each language
/// throughout one sentence.
public struct MessageWording: Sendable {
    public let digits: DigitStyle

    public init(digits: DigitStyle = .mixed) {
        self.digits = digits
    }

    public init(_ contract: Contract?) {
        self.init(digits: contract?.dateStyle ?? .mixed)
    }

    /// 令和５年１月16日 / 2023-01-16.
    public func date(_ date: CivilDate) -> Message {
        Message(ja: (try? EraDate.format(date, digits: digits)) ?? date.iso, en: date.iso)
    }

    /// 令和７年８月19日 2:10 / 2025-08-19 02:10 (Japan time).
    public func time(_ instant: Instant) -> Message {
        Message(ja: date(instant.japanDate).japanese + " " + Self.clock(instant), en: instant.japanText)
    }

    /// The Japan-time clock of a Japanese time: 2:10.
    public static func clock(_ instant: Instant) -> String {
        let seconds = instant.japanSecondOfDay
        return "\(seconds / 3600):" + Digits.two(seconds / 60 % 60)
    }

    /// A month: 令和７年８月 / 2025-08.
    public func month(_ month: YearMonth) -> Message {
        Message(ja: (try? EraDate.formatMonth(year: month.year, month: month.month, digits: digits)) ?? month.description, en: month.description)
    }

    /// A text quoted in a message: at most `limit` characters, cut with "…".
    public static func excerpt(_ text: String, limit: Int = 30) -> String {
        // Counted in characters, bounded in scalars too: one character may hold any number of
        // combining marks (four to a character is more than any writing needs).
        let scalars = limit * 4
        if text.count <= limit, text.unicodeScalars.count <= scalars { return text }
        var cut = String(text.prefix(limit - 1))
        if cut.unicodeScalars.count > scalars { cut = String(String.UnicodeScalarView(cut.unicodeScalars.prefix(scalars))) }
        return cut + "…"
    }

    /// A duration as the documents give it: `45分`, `1時間`, `5時間35分`, `48時間` / `45 minutes`,
    /// `1 hour`, `5 hours 35 minutes`.
    public func duration(minutes: Int) -> Message {
        if minutes < 60 { return count(minutes, ja: "分", en: "minute") }
        let hours = count(minutes / 60, ja: "時間", en: "hour"), rest = minutes % 60
        if rest == 0 { return hours }
        let restText = count(rest, ja: "分", en: "minute")
        return Message(ja: hours.japanese + restText.japanese, en: hours.english + " " + restText.english)
    }

    /// `3日` / `3 days`, `1 day`.
    public func count(_ n: Int, ja unit: String, en word: String, plural: String? = nil) -> Message {
        Message(ja: Digits.grouped(n) + unit, en: English.counted(n, word, plural: plural))
    }
}
