import JapaneseCalendar

/// Names of people and companies compared as people write them: spaces (half- or
/// full-width) do not matter, so 高橋 誠, 高橋　誠 and 高橋誠 are one person.
public enum PersonName {
    public static func key(_ name: String) -> String { withoutSpaces(name) }

    /// The text without its spaces (U+0020, U+3000) and tabs. By its UTF-8 bytes (U+3000 is
    /// E3 80 80): a String's scalar view costs about 440 instructions a character.
    public static func withoutSpaces(_ text: String) -> String {
        var copy = text
        let kept: [UInt8]? = copy.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var i = 0, removed = false
            while i < bytes.count {
                let byte = bytes[i]
                if byte == 0x20 || byte == 0x09 {
                    i += 1
                    removed = true
                } else if byte == 0xE3, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 {
                    i += 3
                    removed = true
                } else {
                    out.append(byte)
                    i += 1
                }
            }
            return removed ? out : nil
        }
        return kept.map { String(decoding: $0, as: UTF8.self) } ?? text
    }
}
