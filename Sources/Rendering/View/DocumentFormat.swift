import DocumentModel
import JapaneseCalendar

/// How a document writes what the tool itself says: dates, numbers, durations and sentences,
/// by the contract's house rule (JAPANESE-STYLE.md). One digit style for every number (dates,
/// counts, hours), full-width ％ and ：, no space between a number and its unit, a comma every
/// three digits, and one register for every sentence.
public struct DocumentFormat: Sendable {
    public var digits: DigitStyle
    public var weekday: Bool
    public var register: Register
    /// Print the tool's internal identifiers (PLAN-ORG, SLA-AVAIL) beside the headings, for drafting.
    public var showIDs: Bool

    public init(digits: DigitStyle = .mixed, weekday: Bool = false, register: Register = .dearu, showIDs: Bool = false) {
        self.digits = digits
        self.weekday = weekday
        self.register = register
        self.showIDs = showIDs
    }

    public init(_ contract: Contract?, showIDs: Bool = false) {
        self.init(digits: contract?.dateStyle ?? .mixed, weekday: contract?.showWeekday ?? false,
                  register: contract?.register ?? .dearu, showIDs: showIDs)
    }

    // MARK: Dates and times

    /// 令和５年１月16日 (or the ISO date for dates before 大正, which never occur in practice).
    public func date(_ date: CivilDate?) -> String {
        guard let date else { return "" }
        return (try? EraDate.format(date, digits: digits, weekday: weekday)) ?? date.iso
    }

    /// 令和５年１月16日 10:15 (Japan time). Times are written in ASCII digits, as clocks are.
    public func dateTime(_ instant: Instant?) -> String {
        guard let instant else { return "" }
        // Appended in place (a + " " + b made a string for each step).
        var text = date(instant.japanDate)
        text.append(" ")
        text.append(Self.clock(instant.japanSecondOfDay))
        return text
    }

    /// The end of a count (…まで計上): midnight is 24:00 of the day that ends, not 0:00 of the next.
    public func dateTimeUntil(_ instant: Instant?) -> String {
        guard let instant else { return "" }
        guard instant.japanSecondOfDay == 0 else { return dateTime(instant) }
        return date(instant.japanDate.adding(days: -1)) + " 24:00"
    }

    /// A span of time: the day named once when it lies within one day (令和７年８月19日 2:10〜7:45),
    /// a span that ends at midnight ends at 24:00 of its day, and one across days in full.
    public func span(_ from: Instant, _ to: Instant) -> String {
        let startDay = from.japanDate
        let endSeconds = to.japanSecondOfDay
        // 00:00 of the next day is 24:00 of this one.
        let (endDay, endClock) = endSeconds == 0 && to > from ? (to.japanDate.adding(days: -1), "24:00") : (to.japanDate, Self.clock(endSeconds))
        if endDay == startDay { return date(startDay) + " " + Self.clock(from.japanSecondOfDay) + "〜" + endClock }
        return dateTime(from) + "〜" + date(endDay) + " " + endClock
    }

    /// 令和５年１月
    public func month(year: Int, month: Int) -> String {
        (try? EraDate.formatMonth(year: year, month: month, digits: digits)) ?? "\(year)-\(Digits.two(month))"
    }

    /// 令和５年１月16日〜令和６年３月31日
    public func period(_ from: CivilDate?, _ to: CivilDate?) -> String {
        guard from != nil || to != nil else { return "" }
        return date(from) + "〜" + date(to)
    }

    /// 10:15, or 10:15:30 when the seconds are not zero.
    public static func clock(_ secondOfDay: Int) -> String {
        let minutes = secondOfDay / 60, seconds = secondOfDay % 60, hours = minutes / 60
        // A clock of a day (0:00 to 24:00, seconds if any): at most eight bytes, on the stack
        // (``ShortASCII``). Anything else as before.
        guard secondOfDay >= 0, hours < 100 else {
            return "\(hours):" + Digits.two(minutes % 60) + (seconds == 0 ? "" : ":" + Digits.two(seconds))
        }
        return ShortASCII.make(capacity: 8) { text in
            text.put(hours)
            text.put(ascii: 0x3A)
            text.put(minutes % 60, width: 2)
            if seconds != 0 {
                text.put(ascii: 0x3A)
                text.put(seconds, width: 2)
            }
        }
    }

    // MARK: Numbers

    /// A whole number in the document's digit style, with a comma every three digits:
    /// ３, 48, 1,977 (mixed); 3, 48, 1,977 (half); ３, ４８, １，９７７ (full).
    public func number(_ n: Int) -> String { styled(Digits.grouped(n)) }

    /// A number and its unit, with nothing between: ３回, 1,977件, 44,640分.
    public func count(_ n: Int, _ unit: String) -> String { number(n) + unit }

    /// A decimal as written (99.8, 99.13, 5) in the document's digit style.
    public func decimal(_ text: String) -> String {
        let parts = text.split(separator: ".", maxSplits: 1)
        guard let whole = Int(parts[0]) else { return styled(text) }
        let grouped = Digits.grouped(whole)
        return styled(parts.count == 2 ? grouped + "." + parts[1] : grouped)
    }

    /// 99.8％, ５％
    public func percent(_ decimalText: String) -> String { decimal(decimalText) + "％" }

    /// A percentage given in hundredths, with its two decimals: 9,997 → 99.97％.
    public func percent(hundredths: Int) -> String { styled(Digits.hundredths(hundredths)) + "％" }

    /// A duration for people: 45分, ５時間35分, 25時間, 56時間
    public func duration(minutes: Int) -> String {
        if minutes < 60 { return count(minutes, "分") }
        let hours = minutes / 60, rest = minutes % 60
        return count(hours, "時間") + (rest == 0 ? "" : count(rest, "分"))
    }

    /// Minutes as counted: 44,640分
    public func minutes(_ n: Int) -> String { count(n, "分") }

    /// A telephone number in half-width digits and hyphens, as clocks are written, whatever the
    /// digits it was typed in (０８６－２２４－２１１１ → 086-224-2111): the same in every row. A
    /// dash is made a hyphen only between digits (the ー of センター stays).
    public func phone(_ text: String?) -> String? { Self.phone(text) }

    /// The same, for the XML (which has no digit style).
    public static func phone(_ text: String?) -> String? {
        guard let text else { return nil }
        guard text.unicodeScalars.contains(where: { $0.value >= 0x80 }) else { return text }
        let dashes: Set<UInt32> = [0xFF0D, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0x30FC, 0xFF70]
        func digit(_ s: Unicode.Scalar) -> Unicode.Scalar? {
            let half = s.halfWidth
            return (0x30...0x39).contains(half.value) ? half : nil
        }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        for (i, s) in scalars.enumerated() {
            if let d = digit(s) {
                out.append(d)
            } else if dashes.contains(s.value), i > 0, i + 1 < scalars.count, digit(scalars[i - 1]) != nil, digit(scalars[i + 1]) != nil {
                out.append("-")
            } else {
                out.append(s)
            }
        }
        return String(out)
    }

    /// Applies the digit style to the ASCII digits of a text (a number already grouped).
    func styled(_ text: String) -> String {
        isFullWidth(digitCount: digits == .mixed ? text.utf8.count { $0 >= 0x30 && $0 <= 0x39 } : 0) ? Self.fullWidth(text) : text
    }

    /// Whether a number of `digitCount` digits is written full-width in this style (the mixed
    /// style: one digit alone is full-width, a number of two digits or more stays half-width).
    private func isFullWidth(digitCount: Int) -> Bool {
        switch digits {
        case .half: false
        case .full: true
        case .mixed: digitCount == 1
        }
    }

    /// ASCII digits and the punctuation of numbers as full-width (１，９７７．５).
    static func fullWidth(_ text: String) -> String {
        // As UTF-8 bytes (through a String's scalar view, a number cost about 2,700 instructions).
        var out: [UInt8] = []
        out.reserveCapacity(3 * text.utf8.count)
        appendFullWidth(text.utf8, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `bytes` with ASCII digits, commas and points made full-width: ０–９ are EF BC
    /// 90–99, ， EF BC 8C, ． EF BC 8E; any other byte as it is.
    private static func appendFullWidth<Bytes: Sequence<UInt8>>(_ bytes: Bytes, into out: inout [UInt8]) {
        for byte in bytes {
            switch byte {
            case 0x30...0x39, 0x2C, 0x2E:
                out.append(0xEF)
                out.append(0xBC)
                out.append(byte == 0x2C ? 0x8C : byte == 0x2E ? 0x8E : 0x90 + (byte - 0x30))
            default: out.append(byte)
            }
        }
    }

    // MARK: Sentences

    /// A person's name (佐藤 直樹) that never breaks between family and given name: the spaces
    /// inside it become no-break spaces.
    public func name(_ text: String?) -> String? {
        text.map { $0.replacingAll(" ", "\u{00A0}").replacingAll("\u{3000}", "\u{00A0}") }
    }

    /// The sentence in the document's register: である調 or です・ます調, its numbers in the
    /// document's digit style.
    public func say(_ dearu: String, _ desuMasu: String) -> String {
        text(register == .dearu ? dearu : desuMasu)
    }

    /// A text the tool writes (a note, a formula, a method), its numbers in the document's
    /// digit style: each run of digits (ASCII or full-width, with its grouping commas and
    /// decimal point) is styled as a whole, as ``number(_:)`` would write it. Clock times
    /// (2:10, 24:00) stay as clocks are written.
    public func text(_ source: String) -> String {
        let restyled = source.withUTF8Bytes { bytes -> String? in
            // As UTF-8 bytes: a digit is 0–9, or ０–９ as EF BC 90–99; the kept marks U+E000 and
            // U+E001 are EE 80 80 and EE 80 81. (A scalar at a time cost about 400 instructions.)
            let n = bytes.count
            func digit(_ k: Int) -> (UInt8, Int)? {
                guard k < n else { return nil }
                let b = bytes[k]
                if (0x30...0x39).contains(b) { return (b, 1) }
                if b == 0xEF, k + 2 < n, bytes[k + 1] == 0xBC, (0x90...0x99).contains(bytes[k + 2]) { return (0x30 + bytes[k + 2] - 0x90, 3) }
                return nil
            }
            // A grouping comma or a decimal point, ASCII or full-width (， EF BC 8C, ． EF BC 8E).
            func separator(_ k: Int) -> (UInt8, Int)? {
                guard k < n else { return nil }
                switch bytes[k] {
                case 0x2C, 0x2E: return (bytes[k], 1)
                case 0xEF where k + 2 < n && bytes[k + 1] == 0xBC && (bytes[k + 2] == 0x8C || bytes[k + 2] == 0x8E):
                    return (bytes[k + 2] == 0x8C ? 0x2C : 0x2E, 3)
                default: return nil
                }
            }
            func mark(_ k: Int, _ last: UInt8) -> Bool { k + 2 < n && bytes[k] == 0xEE && bytes[k + 1] == 0x80 && bytes[k + 2] == last }
            /// Where the next byte that may begin a digit or a kept value is, from `k`: words of
            /// eight bytes with no 0–9, EE or EF (０–９ and the marks begin with those) are stepped over.
            func next(from k: Int) -> Int {
                var k = ByteWords.skip(bytes, from: k) { word in
                    ByteWords.ascii(word, from: 0x30, to: 0x39) | ByteWords.zero((word ^ (0xEE * ByteWords.ones)) & (0xFE * ByteWords.ones))
                }
                while k < n, bytes[k] < 0x30 || (bytes[k] > 0x39 && bytes[k] < 0xEE) || bytes[k] > 0xEF { k += 1 }
                return k
            }
            // Most texts have no digit and nothing kept: they are returned as they are, found by
            // a plain pass over the bytes.
            var k = next(from: 0)
            while k < n, digit(k) == nil, !mark(k, 0x80) { k = next(from: k + 1) }
            guard k < n else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(n + n / 2)
            var run: [UInt8] = []
            // The bytes before the first digit or kept value, copied at once.
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[0..<k]))
            var i = k
            while i < n {
                // What the user wrote (``keep(_:)``) is copied as written.
                if mark(i, 0x80) {
                    i += 3
                    while i < n && !mark(i, 0x81) { out.append(bytes[i]); i += 1 }
                    i += 3
                    continue
                }
                guard digit(i) != nil else {
                    // Up to the next byte that may begin one, copied at once.
                    let end = next(from: i + 1)
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<end]))
                    i = end
                    continue
                }
                // The run: digits, with a comma or point only between digits.
                var j = i
                run.removeAll(keepingCapacity: true)
                while j < n {
                    if let (d, length) = digit(j) { run.append(d); j += length; continue }
                    if let (s, length) = separator(j), digit(j + length) != nil { run.append(s); j += length; continue }
                    break
                }
                // A clock (2:10, 24:00) stays as clocks are written: a colon with a digit after
                // the run, or before it with a digit before the colon.
                let isClock = (j < n && bytes[j] == 0x3A && digit(j + 1) != nil)
                    || (i > 1 && bytes[i - 1] == 0x3A && ((0x30...0x39).contains(bytes[i - 2]) || (i > 3 && digit(i - 4)?.1 == 3)))
                // Styled as ``styled(_:)`` would, straight into the bytes (no string per number).
                if !isClock && isFullWidth(digitCount: run.count { $0 >= 0x30 && $0 <= 0x39 }) {
                    Self.appendFullWidth(run, into: &out)
                } else {
                    out.append(contentsOf: run)
                }
                i = j
            }
            return String(decoding: out, as: UTF8.self)
        }
        return restyled ?? source
    }

    private static let keepStart: Unicode.Scalar = "\u{E000}", keepEnd: Unicode.Scalar = "\u{E001}"

    /// A value the user wrote, inside a text the tool writes: ``text(_:)`` leaves its digits
    /// as written (a contract's title is quoted, not restyled).
    public func keep(_ value: String) -> String {
        String(Self.keepStart) + value + String(Self.keepEnd)
    }

    /// The CSS counter style of page numbers in the digit style (see style.mustache).
    public var pageCounterStyle: String {
        switch digits {
        case .half: "decimal"
        case .full: "teishutsu-full"
        case .mixed: "teishutsu-mixed"
        }
    }

    /// A service level's judgement, as a reviewer expects to read it.
    public func judgement(_ met: Bool) -> String { met ? "達成" : "【未達成】" }
}
