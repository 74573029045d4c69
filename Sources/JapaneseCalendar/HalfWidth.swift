/// Characters typed in Japanese input mode, read as their ASCII forms.
extension Unicode.Scalar {
    /// The ASCII form of a full-width digit (０–９), of ，．／－：（） and of the ideographic space;
    /// any other scalar as it is. Dates, times and numbers are read through it.
    public var halfWidth: Unicode.Scalar {
        switch value {
        case 0xFF10...0xFF19: Unicode.Scalar(UInt8(value - 0xFF10 + 0x30))
        case 0xFF0C: ","
        case 0xFF0E: "."
        case 0xFF0F: "/"
        case 0xFF0D: "-"
        case 0xFF1A: ":"
        case 0xFF08: "("
        case 0xFF09: ")"
        case 0x3000: " "
        default: self
        }
    }
}
