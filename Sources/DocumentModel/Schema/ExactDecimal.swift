import JapaneseCalendar

/// An exact decimal number: `significand × 10^-scale` (99.8 = 998 × 10^-1).
public struct ExactDecimal: Hashable, Sendable, CustomStringConvertible {
    public let significand: Int64
    public let scale: Int

    public init(significand: Int64, scale: Int) {
        self.significand = significand
        self.scale = scale
    }

    /// Reads `99.8`, `100`, `-0.5`; at most 12 decimals and 18 digits.
    public init?(_ text: String) {
        var t = Substring(text.trimmingSpaces())
        var negative = false
        if t.first == "-" { negative = true; t = t.dropFirst() } else if t.first == "+" { t = t.dropFirst() }
        let parts = t.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              parts.count == 1 || !parts[1].isEmpty
        else { return nil }
        let digits = parts.joined()
        guard digits.count <= 18, let value = Int64(digits) else { return nil }
        self.significand = negative ? -value : value
        self.scale = parts.count == 2 ? parts[1].count : 0
        guard scale <= 12 else { return nil }
    }

    public var description: String {
        let digits = String(abs(significand))
        let sign = significand < 0 ? "-" : ""
        guard scale > 0 else { return sign + digits }
        let padded = String(repeating: "0", count: max(0, scale + 1 - digits.count)) + digits
        return sign + padded.dropLast(scale) + "." + padded.suffix(scale)
    }

    /// `10^scale`.
    public var denominator: Int64 {
        var d: Int64 = 1
        for _ in 0..<scale { d *= 10 }
        return d
    }
}

extension String {
    /// Trims ASCII and ideographic spaces and line breaks.
    public func trimmingSpaces() -> String {
        // Fast path: nothing to trim, as the first and last bytes tell (U+3000 is E3 80 80; the
        // other spaces are ASCII).
        let bytes = utf8
        if let first = bytes.first, let last = bytes.last,
           first != 0x20, first != 0x09, first != 0x0A, first != 0x0D,
           last != 0x20, last != 0x09, last != 0x0A, last != 0x0D,
           !(first == 0xE3 && bytes.prefix(3).elementsEqual([0xE3, 0x80, 0x80])),
           !(last == 0x80 && bytes.suffix(3).elementsEqual([0xE3, 0x80, 0x80])) {
            return self
        }
        // CRLF is one Character: a line break too.
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" || $0 == "\u{3000}" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
