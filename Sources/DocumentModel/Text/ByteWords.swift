/// Bytes read eight at a time, for the scans every value goes through (escaping, the checks of
/// what a text may hold): a word is tested at once for the bytes a scan stops at, and only a
/// word that has one is looked at byte by byte. Each test sets the top bit of the lowest byte that
/// matches, and may set it for bytes above that one too: a word with a match is never missed,
/// one without never flagged, which is all a scan asks (it then looks at the word's bytes).
public enum ByteWords {
    public static let ones: UInt64 = 0x0101_0101_0101_0101
    public static let high: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes from `base + offset`, the first the lowest (as the buffer holds them).
    @inlinable @inline(__always)
    public static func load(_ base: UnsafePointer<UInt8>, _ offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
    }

    /// Bytes of `word` that are zero (the classic test: a byte below borrows only from above).
    @inlinable @inline(__always)
    public static func zero(_ word: UInt64) -> UInt64 { (word &- ones) & ~word & high }

    /// Bytes of `word` equal to `byte`.
    @inlinable @inline(__always)
    public static func equal(_ word: UInt64, _ byte: UInt8) -> UInt64 { zero(word ^ (UInt64(byte) &* ones)) }

    /// ASCII bytes of `word` from `lowest` to `highest` (both below 0x80): a byte's low seven bits
    /// plus 0x80 - `lowest` reach the top bit, plus 0x7F - `highest` do not; no sum carries into
    /// the next byte. Exact for every byte.
    @inlinable @inline(__always)
    public static func ascii(_ word: UInt64, from lowest: UInt8, to highest: UInt8) -> UInt64 {
        let low = word & ~high
        return (low &+ UInt64(0x80 - lowest) &* ones) & ~(low &+ UInt64(0x7F - highest) &* ones) & ~word & high
    }

    /// From `index`, where the first word of eight bytes in which `candidates` flags a byte
    /// begins, or the last bytes that do not fill a word.
    @inlinable @inline(__always)
    public static func skip(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int, _ candidates: (UInt64) -> UInt64) -> Int {
        guard let base = bytes.baseAddress else { return index }
        var index = index
        while index &+ 8 <= bytes.count, candidates(load(base, index)) == 0 { index &+= 8 }
        return index
    }

    /// Whether `holds` is true at some index of `bytes`. It is asked only of the bytes of words in
    /// which `candidates` flags a byte, and of the last bytes that do not fill a word: `candidates`
    /// must flag every byte at which `holds` may be true.
    @inlinable @inline(__always)
    public static func contains(_ bytes: UnsafeBufferPointer<UInt8>, candidates: (UInt64) -> UInt64, where holds: (Int) -> Bool) -> Bool {
        var index = 0
        while true {
            index = skip(bytes, from: index, candidates)
            let end = min(index &+ 8, bytes.count)
            guard index < end else { return false }
            for k in index..<end where holds(k) { return true }
            index = end
        }
    }
}
