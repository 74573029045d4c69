import JapaneseCalendar

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
        if n > -1_000 && n < 1_000 { return String(n) }
        let digits = Array(String(n.magnitude).utf8)
        var out: [UInt8] = n < 0 ? [UInt8(ascii: "-")] : []
        out.reserveCapacity(digits.count + digits.count / 3 + 1)
        for (i, digit) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(UInt8(ascii: ",")) }
            out.append(digit)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A number given in hundredths, with its two decimals (the whole part grouped): 9,997 →
    /// 99.97, 10,000 → 100.00, 5 → 0.05.
    public static func hundredths(_ n: Int) -> String {
        // Below 1,000 (every rate, every chart's tick): on the stack (``ShortASCII``), no
        // grouping needed. Anything else as before.
        guard n >= 0, n < 100_000 else {
            let fraction = n % 100
            return grouped(n / 100) + (fraction < 10 ? ".0" : ".") + String(fraction)
        }
        return ShortASCII.make(capacity: 6) { text in
            text.put(n / 100)
            text.put(ascii: 0x2E)
            text.put(n % 100, width: 2)
        }
    }

    /// Full-width digits and the punctuation of numbers (．：－) as ASCII, spaces trimmed.
    /// A number as people write it, 4,876 or １，２３４.５ (JAPANESE-STYLE: four digits and more
    /// with commas), as digits alone: the commas only where they group thousands, else unchanged.
    public static func ungrouped(_ text: String) -> String {
        var plain = ascii(text)
        // No comma, ASCII (2C) or full-width (EF BC 8C): the number as it is.
        guard plain.utf8.contains(0x2C) || plain.utf8.contains(0x8C) else { return plain }
        plain = plain.replacingOccurrences(of: "，", with: ",")
        var body = Substring(plain)
        var sign = ""
        if let first = body.first, first == "-" || first == "+" { sign = String(first); body = body.dropFirst() }
        let point = body.firstIndex(of: ".")
        let whole = point.map { body[..<$0] } ?? body
        let fraction = point.map { body[$0...] } ?? ""
        let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
        // 0,977 is not a grouped number (a leading zero groups nothing).
        guard let head = groups.first, (1...3).contains(head.count), groups.count > 1, head.first != "0",
              groups.dropFirst().allSatisfy({ $0.count == 3 }),
              groups.allSatisfy({ $0.allSatisfy { ("0"..."9").contains($0) } }),
              !fraction.contains(",") else { return plain }
        return sign + groups.joined() + fraction
    }

    /// The text as typed in ASCII (full-width digits and marks read by `Unicode.Scalar.halfWidth`),
    /// spaces around it trimmed.
    public static func ascii(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map(\.halfWidth))).trimmingSpaces()
    }
}
