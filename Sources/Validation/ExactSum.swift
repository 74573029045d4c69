import DocumentModel

/// Sums of exact decimals (share ratios).
struct ExactSum: CustomStringConvertible {
    private var significand: Int64 = 0
    private var scale = 0

    mutating func add(_ value: ExactDecimal) {
        let newScale = max(scale, value.scale)
        let (scaled, overflowA) = significand.multipliedReportingOverflow(by: pow10(newScale - scale))
        let (other, overflowB) = value.significand.multipliedReportingOverflow(by: pow10(newScale - value.scale))
        let (sum, overflowC) = scaled.addingReportingOverflow(other)
        // Ratios are percentages: a sum this large exceeds 100 however it is cut.
        significand = overflowA || overflowB || overflowC ? Int64.max / 2 : sum
        scale = newScale
    }

    var exceeds100: Bool { significand > 100 * pow10(scale) }

    static func isPercent(_ value: ExactDecimal) -> Bool {
        value.significand >= 0 && value.significand <= 100 * value.denominator
    }

    var description: String { ExactDecimal(significand: significand, scale: scale).description }

    private func pow10(_ n: Int) -> Int64 {
        var r: Int64 = 1
        for _ in 0..<n { r *= 10 }
        return r
    }
}
