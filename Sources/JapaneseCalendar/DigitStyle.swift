/// How the digits of a 和暦 date are written.
public enum DigitStyle: String, CaseIterable, Sendable {
    /// 令和5年1月16日
    case half
    /// 令和５年１月１６日
    case full
    /// 令和５年１月16日: one-digit numbers full-width, longer ones half-width, as the contract writes.
    case mixed

    /// Writes a non-negative number in this style.
    public func write(_ number: Int) -> String {
        let text = String(number)
        switch self {
        case .half: return text
        case .full: return Self.fullWidth(text)
        case .mixed: return text.count == 1 ? Self.fullWidth(text) : text
        }
    }

    static func fullWidth(_ ascii: String) -> String {
        String(String.UnicodeScalarView(ascii.unicodeScalars.map { scalar in
            guard ("0"..."9").contains(scalar) else { return scalar }
            return Unicode.Scalar(scalar.value - 0x30 + 0xFF10)!
        }))
    }
}
