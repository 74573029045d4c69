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
        let seconds = instant.japanSecondOfDay
        let clock = "\(seconds / 3600):" + Digits.two(seconds / 60 % 60)
        return Message(ja: date(instant.japanDate).japanese + " " + clock, en: instant.japanText)
    }

    /// A month: 令和７年８月 / 2025-08.
    public func month(_ month: YearMonth) -> Message {
        Message(ja: (try? EraDate.formatMonth(year: month.year, month: month.month, digits: digits)) ?? month.description, en: month.description)
    }

    /// `3日` / `3 days`, `1 day`.
    public func count(_ n: Int, ja unit: String, en word: String, plural: String? = nil) -> Message {
        Message(ja: Digits.grouped(n) + unit, en: English.counted(n, word, plural: plural))
    }
}

/// English words with their numbers.
public enum English {
    /// `1 day`, `2 days`, `1,977 inquiries` (with `plural` for irregular words).
    public static func counted(_ n: Int, _ word: String, plural: String? = nil) -> String {
        Digits.grouped(n) + " " + (n == 1 ? word : plural ?? word + "s")
    }
}

/// Digits as documents and messages write them.
public enum Digits {
    /// `05`: two digits at least.
    public static func two(_ n: Int) -> String { n >= 0 && n < 10 ? "0\(n)" : "\(n)" }

    /// `0F`: `width` characters at least, zeros in front.
    public static func padded(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }

    /// `1,977`: a comma every three digits.
    public static func grouped(_ n: Int) -> String { grouped(Int64(n)) }

    public static func grouped(_ n: Int64) -> String {
        let digits = String(n.magnitude)
        var out = ""
        out.reserveCapacity(digits.count + digits.count / 3)
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// Full-width digits and the punctuation of numbers (．：－) as ASCII, spaces trimmed.
    public static func ascii(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { s in
            switch s.value {
            case 0xFF10...0xFF19: Unicode.Scalar(s.value - 0xFF10 + 0x30) ?? s
            case 0xFF0E: "."
            case 0xFF1A: ":"
            case 0xFF0D: "-"
            default: s
            }
        })).trimmingSpaces()
    }
}
