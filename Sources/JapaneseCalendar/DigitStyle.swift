/// How the digits of a 和暦 date are written.
public enum DigitStyle: String, CaseIterable, Sendable {
    /// 令和5年1月16日
    case half
    /// 令和５年１月１６日
    case full
    /// 令和５年１月16日: one-digit numbers full-width, longer ones half-width, as the contract writes.
    case mixed

    /// Writes a non-negative number in this style.
    /// The full-width digits, for the one-digit case (the most common in dates).
    private static let fullWidthDigits = (0...9).map { String(Unicode.Scalar(0xFF10 + UInt32($0))!) }

    public func write(_ number: Int) -> String {
        switch self {
        case .half: return String(number)
        case .full: return (0...9).contains(number) ? Self.fullWidthDigits[number] : Self.fullWidth(String(number))
        case .mixed: return (0...9).contains(number) ? Self.fullWidthDigits[number] : String(number)
        }
    }

    /// Appends a non-negative number in this style as UTF-8 (a full-width digit is EF BC 90–99).
    public func write(_ number: Int, into bytes: inout [UInt8]) {
        let fullWidth = self == .full || (self == .mixed && (0...9).contains(number))
        guard number >= 0 else {
            bytes.append(contentsOf: write(number).utf8)
            return
        }
        var divisor = 1
        while divisor <= number / 10 { divisor *= 10 }
        var rest = number
        while divisor > 0 {
            let digit = UInt8(rest / divisor)
            rest %= divisor
            divisor /= 10
            if fullWidth {
                bytes.append(0xEF); bytes.append(0xBC); bytes.append(0x90 + digit)
            } else {
                bytes.append(0x30 + digit)
            }
        }
    }

    static func fullWidth(_ ascii: String) -> String {
        String(String.UnicodeScalarView(ascii.unicodeScalars.map { scalar in
            guard ("0"..."9").contains(scalar) else { return scalar }
            return Unicode.Scalar(scalar.value - 0x30 + 0xFF10)!
        }))
    }
}
