/// How the digits of a 和暦 date are written.
public enum DigitStyle: String, CaseIterable, Sendable {
    /// 令和5年1月16日
    case half
    /// 令和５年１月１６日
    case full
    /// 令和５年１月16日: one-digit numbers full-width, longer ones half-width, as the contract writes.
    case mixed

    /// Writes a number in this style (a minus sign stays ASCII).
    public func write(_ number: Int) -> String {
        var bytes: [UInt8] = []
        write(number, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends a number in this style as UTF-8 (a full-width digit is EF BC 90–99).
    public func write(_ number: Int, into bytes: inout [UInt8]) {
        let fullWidth = self == .full || (self == .mixed && (0...9).contains(number))
        if number < 0 { bytes.append(0x2D) }
        let magnitude = number.magnitude
        var divisor: UInt = 1
        while divisor <= magnitude / 10 { divisor *= 10 }
        var rest = magnitude
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
}
