/// How many characters (extended grapheme clusters) a text has, as `String.count` says, but
/// counted by scalars where every scalar is a character of its own: the text of Japanese
/// documents (ASCII other than CR, Latin-1, punctuation and symbols, CJK symbols, kana, kanji,
/// full-width and half-width forms). Anything else (a combining mark, a joiner, an emoji, CR,
/// a scalar past U+FFFF) is counted by `String.count`, which works out the clusters.
public enum CharacterCount {
    public static func of(_ text: String) -> Int {
        var text = text
        let byScalars: Int? = text.withUTF8 { bytes in
            var count = 0, index = 0
            let end = bytes.count
            while index < end {
                let lead = bytes[index]
                let scalar: UInt32
                switch lead {
                case 0x0D:
                    return nil
                case 0x00..<0x80:
                    count += 1
                    index += 1
                    continue
                case 0xC2...0xDF:
                    guard index + 1 < end else { return nil }
                    scalar = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                    index += 2
                case 0xE0...0xEF:
                    guard index + 2 < end else { return nil }
                    scalar = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                    index += 3
                default:
                    return nil
                }
                guard standsAlone(scalar) else { return nil }
                count += 1
            }
            return count
        }
        return byScalars ?? text.count
    }

    /// Whether a scalar of the first plane is always a character of its own: its grapheme
    /// break property is Other (or Control), so that nothing joins it to its neighbours.
    static func standsAlone(_ v: UInt32) -> Bool {
        switch v {
        case 0x00A0...0x02FF,                    // Latin-1 and Latin letters, spacing modifiers (not the combining marks after them)
             0x2010...0x2027, 0x2030...0x205E,   // punctuation (not the joiners, marks and separators)
             0x2100...0x214F, 0x2190...0x23FF,   // letter-like symbols, arrows, mathematical and technical symbols
             0x2460...0x27BF,                    // enclosed numbers, box drawing, shapes, symbols, dingbats
             0x3000...0x3029, 0x3030...0x303F,   // CJK symbols and punctuation (not the tone marks)
             0x3040...0x3098, 0x309B...0x30FF,   // kana (not the combining sound marks)
             0x3400...0x4DBF, 0x4E00...0x9FFF,   // kanji
             0xFF01...0xFF9D, 0xFFE0...0xFFEE:   // full-width forms, half-width katakana (not its sound marks)
            return true
        default:
            return false
        }
    }
}
